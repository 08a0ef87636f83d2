import { AnonymousCredential, ContainerClient, StorageSharedKeyCredential } from '@azure/storage-blob';
import { OperationError } from '../engine/errors.js';
import type { Logger } from '../engine/logger.js';
import type { ArmClient } from './arm-client.js';

type Json = Record<string, any>;

export interface Datastore {
  name: string;
  container: ContainerClient;
  /** azureml:// prefix for paths in this datastore. */
  uriPrefix: string;
}

/**
 * Opens the workspace's default blob datastore with its account key or SAS (masked when read).
 * `blobEndpoint` overrides the account URL (Azurite serves path-style URLs on loopback).
 */
export async function openDefaultDatastore(client: ArmClient, logger: Logger, blobEndpoint?: string): Promise<Datastore> {
  const list = await client.send<{ value: { name: string; properties: Json }[] }>('GET', '/datastores', { query: { isDefault: 'true' } });
  const store = list.body.value[0];
  if (!store) throw new OperationError('the workspace has no default datastore; set one in Azure ML studio (Data → Datastores)', 'datastores');
  const p = store.properties;
  if (p.datastoreType !== 'AzureBlob')
    throw new OperationError(`the default datastore ${store.name} is ${p.datastoreType}; mlship uploads to an Azure Blob datastore`, store.name);
  const secrets = (await client.send<Json>('POST', `/datastores/${store.name}/listSecrets`, { body: {} })).body;
  const accountUrl = blobEndpoint ?? `${p.protocol ?? 'https'}://${p.accountName}.blob.${p.endpoint ?? 'core.windows.net'}`;
  let container: ContainerClient;
  if (secrets.secretsType === 'AccountKey' && secrets.key) {
    logger.secret(String(secrets.key));
    container = new ContainerClient(`${accountUrl}/${p.containerName}`, new StorageSharedKeyCredential(String(p.accountName), String(secrets.key)));
  } else if (secrets.secretsType === 'Sas' && secrets.sasToken) {
    logger.secret(String(secrets.sasToken));
    container = new ContainerClient(`${accountUrl}/${p.containerName}?${String(secrets.sasToken).replace(/^\?/, '')}`, new AnonymousCredential());
  } else {
    throw new OperationError(`the default datastore ${store.name} uses ${secrets.secretsType} credentials; mlship needs an account key or SAS`, store.name);
  }
  return {
    name: store.name,
    container,
    uriPrefix: `azureml://${client.workspacePath(`/datastores/${store.name}/paths/`).replace(/^\//, '').replace('providers/Microsoft.MachineLearningServices/', '')}`,
  };
}
