import type { ArmClient } from '../../azure/arm-client.js';
import { ArmError } from '../../azure/arm-error.js';
import { hourlyPrice } from '../../azure/prices.js';
import { endpointNameInRegion } from '../../azure/endpoint-names.js';
import { formatCost } from '../../engine/format.js';
import { roleFor } from '../../engine/diagnosis.js';
import { allows, quotaNeeded, UPGRADE_RESERVE, type PreflightFinding, type RolePermission } from '../../engine/preflight.js';

/**
 * The reads behind preflight on Azure. Sources: Microsoft.Authorization/permissions (the caller's
 * effective actions at a scope, api-version 2022-04-01, as `az role assignment`'s permission checks
 * read them); VirtualMachineSizes_List and Usages_List of Microsoft.MachineLearningServices
 * (`locations/{location}/vmSizes` and `/usages`: each size's family and vCPUs, each family's
 * dedicated-vCPU usage and limit); the upgrade reserve of managed online endpoints from
 * how-to-manage-quotas.md.
 */

const WS = 'Microsoft.MachineLearningServices/workspaces';

export interface VmSize {
  name: string;
  family?: string;
  vCPUs?: number;
  memoryGB?: number;
}

interface Usage {
  name?: { value?: string; localizedValue?: string };
  currentValue?: number;
  limit?: number;
}

/** What a run will read and write, as ARM actions: what preflight asks the caller's roles for. */
export function actionsNeeded(options: { kind: 'online' | 'batch'; keys: boolean; registersModel: boolean }): string[] {
  const endpoints = options.kind === 'online' ? 'onlineEndpoints' : 'batchEndpoints';
  return [
    ...(options.registersModel ? [`${WS}/models/versions/write`] : []),
    `${WS}/environments/versions/write`,
    `${WS}/codes/versions/write`,
    `${WS}/${endpoints}/read`,
    `${WS}/${endpoints}/write`,
    `${WS}/${endpoints}/deployments/read`,
    `${WS}/${endpoints}/deployments/write`,
    ...(options.keys ? [`${WS}/onlineEndpoints/listKeys/action`] : []),
  ];
}

/** A read that may be refused: the refusal becomes an "unchecked" finding, never a failure of the run. */
async function read<T>(what: string, check: PreflightFinding['check'], fn: () => Promise<T>): Promise<T | PreflightFinding> {
  try {
    return await fn();
  } catch (err) {
    const reason = err instanceof ArmError ? `${err.status} ${err.code}` : (err as Error).message.split('\n')[0];
    return { check, status: 'unchecked', message: `could not read ${what} (${reason}); not checked` };
  }
}

const isFinding = (value: unknown): value is PreflightFinding => !!value && typeof value === 'object' && 'status' in value && 'check' in value;

/** The caller's roles at the workspace against the actions the run needs; a missing one is named with the role that grants it. */
export async function checkPermissions(client: ArmClient, needed: string[]): Promise<PreflightFinding[]> {
  const answer = await read('your permissions on the workspace', 'permissions', async () => {
    const response = await client.send<{ value?: RolePermission[] }>('GET', '/providers/Microsoft.Authorization/permissions', {
      query: { 'api-version': '2022-04-01' },
    });
    return response.body.value ?? [];
  });
  if (isFinding(answer)) return [answer];
  const findings: PreflightFinding[] = [];
  const missing = needed.filter((action) => !allows(answer, action));
  for (const action of missing)
    findings.push({ check: 'permissions', status: 'refused', message: `your identity may not ${action}: grant it ${roleFor(action)}` });
  // Uploads go with the datastore's key (listSecrets) or, without one, with a storage data role
  // this check cannot see (it is granted on the storage account, not the workspace).
  if (!allows(answer, `${WS}/datastores/listSecrets/action`))
    findings.push({
      check: 'permissions',
      status: 'unchecked',
      message: `your identity may not read the datastore's key (${WS}/datastores/listSecrets/action): uploads then need Storage Blob Data Contributor on the workspace storage account, which this check cannot see`,
    });
  if (!missing.length)
    findings.unshift({ check: 'permissions', status: 'ok', message: `your roles on the workspace cover the ${needed.length} action(s) this run writes with` });
  return findings;
}

/**
 * The instance type is offered in the region (vmSizes), and its family's dedicated-vCPU quota has
 * room for the instances plus Azure's upgrade reserve.
 */
export async function checkInstanceType(
  client: ArmClient,
  options: { instanceType: string; instances: number; location: string },
): Promise<PreflightFinding[]> {
  const at = `/providers/Microsoft.MachineLearningServices/locations/${encodeURIComponent(options.location)}`;
  const [sizes, usages] = await Promise.all([
    read(
      `the instance types offered in ${options.location}`,
      'instance-type',
      async () => (await client.send<{ value?: VmSize[] }>('GET', client.subscriptionUrl(`${at}/vmSizes`))).body.value ?? [],
    ),
    read(
      `the quota in ${options.location}`,
      'quota',
      async () => (await client.send<{ value?: Usage[] }>('GET', client.subscriptionUrl(`${at}/usages`))).body.value ?? [],
    ),
  ]);
  if (isFinding(sizes)) return [sizes, ...(isFinding(usages) ? [usages] : [])];
  const size = sizes.find((s) => s.name.toLowerCase() === options.instanceType.toLowerCase());
  if (!size) {
    const near = sizes
      .map((s) => s.name)
      .filter((n) => n.toLowerCase().startsWith(options.instanceType.toLowerCase().slice(0, 10)))
      .slice(0, 5);
    return [
      {
        check: 'instance-type',
        status: 'refused',
        message: `${options.instanceType} is not offered in ${options.location}${near.length ? ` (offered there: ${near.join(', ')})` : ''}: choose another instance type or region`,
      },
    ];
  }
  const findings: PreflightFinding[] = [
    {
      check: 'instance-type',
      status: 'ok',
      message: `${size.name} is offered in ${options.location} (${size.vCPUs ?? '?'} vCPUs, ${size.memoryGB ?? '?'} GB)`,
    },
  ];
  if (isFinding(usages)) return [...findings, usages];
  const usage = size.family ? usages.find((u) => u.name?.value?.toLowerCase() === size.family!.toLowerCase()) : undefined;
  if (!usage || usage.limit === undefined || size.vCPUs === undefined) {
    findings.push({ check: 'quota', status: 'unchecked', message: `no quota figure for ${size.family ?? size.name} in ${options.location}; not checked` });
    return findings;
  }
  const needed = quotaNeeded(options.instances, size.vCPUs);
  const free = usage.limit - (usage.currentValue ?? 0);
  const detail = `${options.instances} × ${size.name} needs ${needed} vCPUs of ${size.family} (${size.vCPUs} per instance, plus Azure's ${UPGRADE_RESERVE * 100}% upgrade reserve); ${free} of ${usage.limit} are free`;
  findings.push(
    needed > free
      ? {
          check: 'quota',
          status: 'refused',
          message: `${detail}: request ${needed - free} more vCPUs of ${size.family} in ${options.location}, or deploy fewer or smaller instances`,
        }
      : { check: 'quota', status: 'ok', message: detail },
  );
  return findings;
}

/**
 * What the deployment costs while it runs, on managed online endpoints: instances × the VM size's
 * hourly price (azure/prices.ts). An unknown price is "unchecked", never a failure; with
 * `max`, a dearer deployment is refused.
 */
export async function checkCost(options: {
  url?: string;
  home: string;
  sku: string;
  region: string;
  instances: number;
  max?: number;
}): Promise<PreflightFinding[]> {
  const price = options.home ? await hourlyPrice(options) : undefined;
  if (!price)
    return [
      {
        check: 'cost',
        status: 'unchecked',
        message: `hourly cost unknown (no price for ${options.sku} in ${options.region} from the retail prices API)${options.max !== undefined ? ': max-hourly-cost not enforced' : ''}`,
      },
    ];
  const total = price.price * options.instances;
  const detail = `about ${formatCost(total, price.currency)} while it runs: ${options.instances} × ${options.sku} at ${formatCost(price.price, price.currency)} (pay-as-you-go Linux price in ${options.region})`;
  if (options.max !== undefined && total > options.max)
    return [
      {
        check: 'cost',
        status: 'refused',
        message: `${detail}, above max-hourly-cost ${options.max}: deploy fewer or smaller instances, or raise the limit`,
        hourly: { amount: total, currency: price.currency },
      },
    ];
  return [{ check: 'cost', status: 'ok', message: detail, hourly: { amount: total, currency: price.currency } }];
}

/**
 * A new managed online endpoint's name is free in its region (azure/endpoint-names.ts); one that
 * exists in this workspace is an update, whatever DNS says.
 */
export async function checkEndpointName(
  client: ArmClient,
  options: { name: string; region: string; server?: string; path: string },
): Promise<PreflightFinding[]> {
  if (options.server === undefined) return [];
  const here = await read(`endpoint ${options.name}`, 'endpoint-name', () => client.get(options.path));
  if (isFinding(here)) return [here];
  if (here) return [{ check: 'endpoint-name', status: 'ok', message: `endpoint ${options.name} exists in this workspace: it is updated` }];
  const answer = await endpointNameInRegion(options.name, options.region, options.server);
  if (answer.state === 'unknown')
    return [{ check: 'endpoint-name', status: 'unchecked', message: `could not tell whether ${options.name} is free in ${options.region}: ${answer.reason}` }];
  return [
    answer.state === 'taken'
      ? {
          check: 'endpoint-name',
          status: 'refused',
          message: `endpoint name ${options.name} is taken in ${options.region} (${options.name}.${options.region}.inference.ml.azure.com exists; names of managed online endpoints are unique per region): choose another name`,
        }
      : { check: 'endpoint-name', status: 'ok', message: `endpoint name ${options.name} is free in ${options.region}` },
  ];
}
