import type { AzureSettings } from '../azure/settings.js';
import type { EngineContext } from '../engine/context.js';
import type { AzureBatch } from './azure/azure-batch.js';

/**
 * Batch endpoints on Azure ML compute (`amlcompute`) for a workspace. Azure's SDKs are loaded here,
 * only when a batch deployment goes to Azure.
 */
export async function createAzureBatch(ctx: EngineContext, settings: AzureSettings): Promise<AzureBatch> {
  const [{ ArmClient }, { AzureAssets }, { createCredential }, { AzureBatch }] = await Promise.all([
    import('../azure/arm-client.js'),
    import('../azure/assets.js'),
    import('../azure/auth.js'),
    import('./azure/azure-batch.js'),
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
  return new AzureBatch({
    client,
    assets: new AzureAssets(client, ctx.logger, { credential, blobEndpoint: settings.blobEndpoint }),
    location: settings.location,
  });
}
