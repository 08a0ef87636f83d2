import { formatDuration } from '../engine/duration.js';
import { describeError, NotFoundError } from '../engine/errors.js';
import { knownEndpoints, targetOfEndpoint } from '../engine/known-endpoints.js';
import { checkResourceName } from '../engine/naming.js';
import type { TargetName } from '../engine/spec.js';
import type { Target } from '../engine/target.js';
import { targetOf, type CliValues } from './args.js';
import { cliTarget, type CliContext } from './context.js';
import { LocalBatch } from '../targets/local/local-batch.js';

const MISSING = 'does not exist (deleted)';

interface DeploymentRow {
  name: string;
  state: string;
  detail: string;
  provisioningState: string;
  traffic: number;
}

interface EndpointRow {
  name: string;
  target: TargetName;
  scoringUri: string | null;
  traffic: Record<string, number>;
  createdAt: string | null;
  deployments: DeploymentRow[];
  /** Why it could not be read, when it could not. */
  error?: string;
}

/**
 * `mlship status`: one endpoint, or every endpoint deployed from this folder (and with --target
 * aci|aks every endpoint on the workspace): target, deployments, traffic, state, URL, age.
 */
export async function runStatus(ctx: CliContext, values: CliValues): Promise<number> {
  const given = targetOf(values);
  const named = values['endpoint-name'] === undefined ? undefined : checkResourceName(values['endpoint-name'], '--endpoint-name');
  const targets = new Map<TargetName, Promise<Target>>();
  const targetFor = (name: TargetName) => {
    if (!targets.has(name)) targets.set(name, cliTarget(name, ctx, values));
    return targets.get(name)!;
  };
  const batch = !given || given === 'local' ? await localBatchRows(ctx, named) : [];
  if (named && batch.length) {
    ctx.out.result(table(batch, ctx.clock.now()), { endpoints: batch });
    return 0;
  }
  const wanted: [string, TargetName][] = named
    ? [[named, await targetOfEndpoint(ctx.home, named, given, '--target')]]
    : await endpointsToShow(ctx, given, targetFor);
  const rows: EndpointRow[] = [];
  for (const [name, target] of wanted) rows.push(await endpointRow(name, target, targetFor));
  rows.push(...batch);
  if (named && rows[0]!.error === MISSING) throw new NotFoundError(`endpoint ${named} does not exist on target ${wanted[0]![1]}`, named);
  ctx.out.result(table(rows, ctx.clock.now()), { endpoints: rows });
  return 0;
}

/**
 * Local batch endpoints as status rows: each deployment as recorded (a batch deployment runs only
 * during its jobs, so recorded is ready); the default one takes the endpoint's jobs (100%).
 */
async function localBatchRows(ctx: CliContext, named?: string): Promise<EndpointRow[]> {
  const local = new LocalBatch(ctx.home, ctx.commands);
  const records = named ? [await local.read(named)].filter((r) => !!r) : await local.list();
  return records.map((r) => ({
    name: r.name,
    target: 'local' as const,
    scoringUri: null,
    traffic: r.defaultDeployment ? { [r.defaultDeployment]: 100 } : {},
    createdAt: r.createdAt,
    deployments: Object.values(r.deployments).map((d) => ({
      name: d.name,
      state: 'Healthy',
      detail: `batch deployment${r.defaultDeployment === d.name ? ', the default' : ''}; runs on mlship invoke`,
      provisioningState: 'Succeeded',
      traffic: r.defaultDeployment === d.name ? 100 : 0,
    })),
  }));
}

async function endpointsToShow(ctx: CliContext, given: TargetName | undefined, targetFor: (t: TargetName) => Promise<Target>): Promise<[string, TargetName][]> {
  const found = new Map<string, TargetName>();
  for (const [name, target] of Object.entries(await knownEndpoints(ctx.home))) if (!given || given === target) found.set(name, target);
  // Local endpoints are all in this state folder; Azure's are listed only when asked for.
  if (!given || given === 'local') for (const e of await (await targetFor('local')).listEndpoints()) found.set(e.name, 'local');
  if (given && given !== 'local') for (const e of await (await targetFor(given)).listEndpoints()) found.set(e.name, given);
  return [...found].sort(([a], [b]) => a.localeCompare(b));
}

async function endpointRow(name: string, targetName: TargetName, targetFor: (t: TargetName) => Promise<Target>): Promise<EndpointRow> {
  const row: EndpointRow = { name, target: targetName, scoringUri: null, traffic: {}, createdAt: null, deployments: [] };
  try {
    const target = await targetFor(targetName);
    const observed = await target.describe(name);
    if (!observed) return { ...row, error: MISSING };
    row.scoringUri = observed.scoringUri || null;
    row.traffic = observed.traffic;
    row.createdAt = Number.isFinite(observed.createdAt) ? new Date(observed.createdAt).toISOString() : null;
    for (const d of observed.deployments) {
      const status = await target.status(name, d.name).catch((err: unknown) => ({ state: 'Unknown', detail: describeError(err).message }));
      row.deployments.push({
        name: d.name,
        state: status.state,
        detail: status.detail,
        provisioningState: d.provisioningState,
        traffic: observed.traffic[d.name] ?? 0,
      });
    }
  } catch (err) {
    row.error = describeError(err).message;
  }
  return row;
}

function table(rows: EndpointRow[], now: number): string {
  if (!rows.length) return 'No endpoints deployed from here. (Give --target aci or aks to list the workspace.)';
  const lines = [['ENDPOINT', 'TARGET', 'DEPLOYMENT', 'STATE', 'TRAFFIC', 'AGE', 'URL']];
  for (const r of rows) {
    const age = r.createdAt ? formatDuration(now - Date.parse(r.createdAt)) : '-';
    if (r.error || !r.deployments.length) lines.push([r.name, r.target, '-', r.error ?? 'no deployments', '-', age, r.scoringUri ?? '-']);
    for (const d of r.deployments) lines.push([r.name, r.target, d.name, d.state, `${d.traffic}%`, age, r.scoringUri ?? '-']);
  }
  const widths = lines[0]!.map((_, i) => lines.reduce((width, l) => Math.max(width, l[i]!.length), 0));
  return lines.map((l) => l.map((cell, i) => (i === l.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ')).join('\n');
}
