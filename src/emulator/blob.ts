import { createDefaultHttpClient, type HttpClient } from '@azure/core-rest-pipeline';
import { ContainerClient, newPipeline, StorageSharedKeyCredential } from '@azure/storage-blob';
import { AZURITE_ACCOUNT, AZURITE_KEY } from './azurite.js';

/**
 * A container of the emulator's Azurite, opened with the account key. When Azurite serves https
 * (identity-datastore mode) with the emulator's self-signed certificate, the requests trust that
 * certificate: this process cannot add it to NODE_EXTRA_CA_CERTS after it started. storage-blob 12
 * sends through the core HTTP client its Pipeline holds (`getCoreClientOptions`), which is where
 * the trusting client goes.
 */
export function azuriteContainer(url: string, ca?: string): ContainerClient {
  const pipeline = newPipeline(new StorageSharedKeyCredential(AZURITE_ACCOUNT, AZURITE_KEY));
  if (ca) {
    const inner = createDefaultHttpClient();
    const trusting: HttpClient = {
      sendRequest: (request) => {
        request.tlsSettings = { ca };
        return inner.sendRequest(request);
      },
    };
    (pipeline as unknown as { _coreHttpClient: HttpClient })._coreHttpClient = trusting;
  }
  return new ContainerClient(url, pipeline);
}
