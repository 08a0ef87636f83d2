import type { TokenCredential } from '@azure/identity';
import { AnonymousCredential, StorageSharedKeyCredential, type ContainerClient } from '@azure/storage-blob';
import { OperationError } from '../engine/errors.js';
import type { Logger } from '../engine/logger.js';
import type { ArmClient } from './arm-client.js';
import { containerClient } from './storage-tls.js';
import { ArmError } from './arm-error.js';
import type { Datastore as DatastoreResource, DatastoreSecrets } from './resources.js';

/** The datastore azure-ai-ml uploads models, code and build contexts to (`WORKSPACE_BLOB_STORE`). */
export const WORKSPACE_BLOB_STORE = 'workspaceblobstore';

/** How the upload authenticates to the storage account; said in the log. */
export type StorageAuth = 'account key' | 'SAS token' | 'Entra token';

export interface Datastore {
  name: string;
  accountName: string;
  container: ContainerClient;
  auth: StorageAuth;
  /** azureml:// prefix for paths in this datastore. */
  uriPrefix: string;
  /** Another container of the same account, reached with the same key or token (a SAS reaches only its own). */
  sibling(containerName: string): ContainerClient | undefined;
}

export interface DatastoreOptions {
  /** The signed-in identity: used for the storage account when the datastore has no key or SAS. */
  credential: TokenCredential;
  /** Overrides the account URL (the emulator's Azurite serves path-style URLs on loopback). */
  blobEndpoint?: string;
  /** Extra trusted CA certificate (PEM) for the storage endpoint, as ArmClient's `ca`. */
  ca?: string;
}

/**
 * Opens `workspaceblobstore` as azure-ai-ml does (`_artifact_utilities.get_datastore_info`): with
 * the account key or SAS that `listSecrets` returns (masked the moment it is read) or, when the
 * datastore holds no secret (identity-based access, `systemDatastoresAuthMode: identity`, where
 * real Azure answers `listSecrets` with 400 "No secrets for credentials of type None."), with the
 * caller's own Entra token for storage. That identity then needs the Storage Blob Data
 * Contributor role on the account.
 */
export async function openWorkspaceDatastore(client: ArmClient, logger: Logger, options: DatastoreOptions): Promise<Datastore> {
  const store = await findDatastore(client);
  const p = store.properties;
  if (p.datastoreType !== 'AzureBlob')
    throw new OperationError(
      `the datastore ${store.name} is ${p.datastoreType}; mlship uploads to an Azure Blob datastore`,
      store.name ?? WORKSPACE_BLOB_STORE,
    );
  const name = store.name ?? WORKSPACE_BLOB_STORE;
  const accountName = String(p.accountName);
  const accountUrl = options.blobEndpoint ?? `${p.protocol ?? 'https'}://${accountName}.blob.${p.endpoint ?? 'core.windows.net'}`;
  const containerUrl = `${accountUrl}/${p.containerName}`;
  const secrets = p.credentials?.credentialsType === 'None' ? undefined : await listSecrets(client, name);
  let container: ContainerClient;
  let auth: StorageAuth;
  let sibling: Datastore['sibling'] = () => undefined;
  if (secrets?.secretsType === 'AccountKey' && secrets.key) {
    logger.secret(secrets.key);
    const key = new StorageSharedKeyCredential(accountName, secrets.key);
    container = containerClient(containerUrl, key, options.ca);
    sibling = (other) => containerClient(`${accountUrl}/${other}`, key, options.ca);
    auth = 'account key';
  } else if (secrets?.secretsType === 'Sas' && secrets.sasToken) {
    logger.secret(secrets.sasToken);
    container = containerClient(`${containerUrl}?${secrets.sasToken.replace(/^\?/, '')}`, new AnonymousCredential(), options.ca);
    auth = 'SAS token';
  } else {
    container = containerClient(containerUrl, options.credential, options.ca);
    sibling = (other) => containerClient(`${accountUrl}/${other}`, options.credential, options.ca);
    auth = 'Entra token';
  }
  logger.info(
    auth === 'Entra token'
      ? `Datastore ${name} holds no key (identity-based access): uploading to ${accountName} with your own Entra token.`
      : `Datastore ${name}: uploading to ${accountName} with the datastore's ${auth}.`,
  );
  return {
    name,
    accountName,
    container,
    auth,
    sibling,
    uriPrefix: `azureml://${client.workspacePath(`/datastores/${name}/paths/`).replace(/^\//, '').replace('providers/Microsoft.MachineLearningServices/', '')}`,
  };
}

/** `workspaceblobstore`, or the workspace's default blob datastore when that one was removed. */
async function findDatastore(client: ArmClient): Promise<DatastoreResource & { properties: Record<string, any> }> {
  const named = await client.get<DatastoreResource>(`/datastores/${WORKSPACE_BLOB_STORE}`);
  if (named) return named as DatastoreResource & { properties: Record<string, any> };
  const list = await client.send<{ value: DatastoreResource[] }>('GET', '/datastores', { query: { isDefault: 'true' } });
  const store = list.body.value[0];
  if (!store) throw new OperationError('the workspace has no default datastore; set one in Azure ML studio (Data → Datastores)', 'datastores');
  return store as DatastoreResource & { properties: Record<string, any> };
}

/**
 * The datastore's key or SAS, asked for as azure-ai-ml asks (an expirable secret, one hour).
 * Undefined when the datastore has none: a 400 from a datastore whose credentials are of type
 * None (what the recordings of real Azure show) means "use your own token", not a failure.
 */
async function listSecrets(client: ArmClient, name: string): Promise<DatastoreSecrets | undefined> {
  try {
    return (
      await client.send<DatastoreSecrets>('POST', `/datastores/${encodeURIComponent(name)}/listSecrets`, {
        body: { expirableSecret: true, expireAfterHours: 1 },
      })
    ).body;
  } catch (err) {
    if (err instanceof ArmError && err.status === 400 && /no secrets/i.test(err.armMessage)) return undefined;
    throw err;
  }
}
