import type { AzureSettings } from '../azure/settings.js';
import type { EngineContext } from '../engine/context.js';
import { pricesUrl } from '../azure/prices.js';
import { nameCheckServer } from '../azure/endpoint-names.js';
import { ConfigError } from '../engine/errors.js';
import type { TargetName } from '../engine/spec.js';
import { LocalTarget } from './local/local-target.js';
import type { Target } from '../engine/target.js';

/** What each v1 compute type is on today's Azure ML; printed once when a v1 name is used. */
export const TARGET_MAPPING: Record<TargetName, string> = {
  local: 'LocalWebservice → a scoring server on this machine',
  aci: 'AciWebservice → managed online endpoint',
  aks: 'AksWebservice → Kubernetes online endpoint',
};

/**
 * The target for a name. Azure targets need the workspace settings; `azure` is called only for
 * them, so a local run never asks for Azure inputs (nor loads Azure's SDKs).
 */
export async function createTarget(name: TargetName, ctx: EngineContext, azure?: () => AzureSettings): Promise<Target> {
  if (name === 'local') return new LocalTarget(ctx.home, ctx.commands, ctx.deadline === undefined ? undefined : () => ctx.deadline! - ctx.clock.now());
  if (!azure) throw new ConfigError(`target "${name}" (${TARGET_MAPPING[name]}) needs the Azure workspace: subscription-id, resource-group and workspace`);
  const settings = azure();
  // Azure's SDKs are loaded only for an Azure target: a local run (or one that fails on its inputs) starts without them.
  const [{ ArmClient }, { AzureAssets }, { createCredential }, { AzureTarget }] = await Promise.all([
    import('../azure/arm-client.js'),
    import('../azure/assets.js'),
    import('../azure/auth.js'),
    import('./azure/azure-target.js'),
  ]);
  const credential = createCredential(settings.auth, ctx.logger);
  const client = new ArmClient({
    endpoint: settings.armEndpoint,
    credential,
    logger: ctx.logger,
    clock: ctx.clock,
    subscriptionId: settings.subscriptionId,
    resourceGroup: settings.resourceGroup,
    workspace: settings.workspace,
    poll: settings.poll,
  });
  return new AzureTarget({
    kind: name,
    client,
    assets: new AzureAssets(client, ctx.logger, { credential, blobEndpoint: settings.blobEndpoint }),
    clock: ctx.clock,
    logger: ctx.logger,
    location: settings.location,
    poll: settings.poll,
    deadline: ctx.deadline,
    prices: { url: pricesUrl(settings.armEndpoint), home: ctx.home },
    nameServer: nameCheckServer(settings.armEndpoint),
  });
}
