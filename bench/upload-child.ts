import { ContainerClient, StorageSharedKeyCredential } from '@azure/storage-blob';
import { randomUUID } from 'node:crypto';
import { uploadAsset as upload } from '../src/azure/upload.js';
import { AZURITE_ACCOUNT, AZURITE_KEY } from '../src/emulator/azurite.js';
import { hashAsset, listAssetFiles } from '../src/engine/hash.js';
import { silentLogger } from '../src/engine/logger.js';

/**
 * One upload in a child process, so each contender's peak memory is its own:
 * `child mlship|sdk <blobEndpoint> <path>`; prints {ms, bytes, maxRssMb} as JSON.
 */
export async function uploadChild(mode: string, blobEndpoint: string, path: string): Promise<void> {
  const container = new ContainerClient(`${blobEndpoint}/bench-${randomUUID()}`, new StorageSharedKeyCredential(AZURITE_ACCOUNT, AZURITE_KEY));
  await container.createIfNotExists();
  const started = performance.now();
  let bytes = 0;
  if (mode === 'mlship') {
    // What register-model does: hash like Azure's CLI, then upload (with the completed mark).
    const content = await hashAsset(path);
    const store = { name: 'bench', accountName: AZURITE_ACCOUNT, container, auth: 'account key' as const, uriPrefix: '' };
    bytes = (await upload(store, path, content, { name: 'bench', version: '1' }, silentLogger)).bytes;
  } else {
    // The ceiling: the SDK's own uploadFile, same block size and parallelism, no hashing, no mark.
    const { files } = await listAssetFiles(path);
    const queue = [...files];
    await Promise.all(
      Array.from({ length: Math.min(8, files.length) }, async () => {
        for (let f = queue.shift(); f; f = queue.shift()) {
          await container.getBlockBlobClient(`sdk/${f.relativePath}`).uploadFile(f.absolutePath, { blockSize: 8 << 20, concurrency: 4 });
          bytes += f.size;
        }
      }),
    );
  }
  const ms = performance.now() - started;
  process.stdout.write(`${JSON.stringify({ ms, bytes, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
}
