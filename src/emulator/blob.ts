import { StorageSharedKeyCredential, type ContainerClient } from '@azure/storage-blob';
import { containerClient } from '../azure/storage-tls.js';
import { AZURITE_ACCOUNT, AZURITE_KEY } from './azurite.js';

/** A container of the emulator's Azurite, opened with the account key, trusting `ca` when Azurite serves https. */
export function azuriteContainer(url: string, ca?: string): ContainerClient {
  return containerClient(url, new StorageSharedKeyCredential(AZURITE_ACCOUNT, AZURITE_KEY), ca);
}
