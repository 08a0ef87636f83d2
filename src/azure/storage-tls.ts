import { createDefaultHttpClient, type HttpClient } from '@azure/core-rest-pipeline';
import { ContainerClient, newPipeline, type AnonymousCredential, type StorageSharedKeyCredential } from '@azure/storage-blob';
import type { TokenCredential } from '@azure/identity';

/**
 * A container client that also trusts `ca` (PEM), like ArmClient's `ca` option: for a storage
 * endpoint with a self-signed certificate (the emulator's Azurite in identity mode, a replay of
 * recorded sessions) when NODE_EXTRA_CA_CERTS could not be set before the process started.
 * storage-blob 12 sends through the core HTTP client its Pipeline holds (`getCoreClientOptions`
 * reads `_coreHttpClient`), which is where the trusting client goes. Without `ca`, a plain client.
 */
export function containerClient(url: string, credential: TokenCredential | StorageSharedKeyCredential | AnonymousCredential, ca?: string): ContainerClient {
  if (!ca) return new ContainerClient(url, credential);
  const pipeline = newPipeline(credential);
  const inner = createDefaultHttpClient();
  const trusting: HttpClient = {
    sendRequest: (request) => {
      request.tlsSettings = { ca };
      return inner.sendRequest(request);
    },
  };
  (pipeline as unknown as { _coreHttpClient: HttpClient })._coreHttpClient = trusting;
  return new ContainerClient(url, pipeline);
}
