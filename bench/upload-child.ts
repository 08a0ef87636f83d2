import { ContainerClient, StorageSharedKeyCredential } from '@azure/storage-blob';
import { uploadAsset as upload } from '../src/azure/upload.js';
import { AZURITE_ACCOUNT, AZURITE_KEY } from '../src/emulator/azurite.js';
import { hashAsset, listAssetFiles } from '../src/engine/hash.js';
import { silentLogger } from '../src/engine/logger.js';
import { objectHash, startObjectHash } from '../src/engine/object-hash.js';

/**
 * One upload in its own process, so each contender's peak memory is its own and every contender
 * is timed the same way (the parent times the whole process):
 * `child mlship|sdk|md5sdk <blobEndpoint> <container> <path> [blockMiB parallelFiles concurrency]`;
 * prints {bytes, maxRssMb} as JSON.
 */
export async function uploadChild(args: string[]): Promise<void> {
  const [mode, blobEndpoint, containerName, path, block = '8', files = '8', concurrency = '4'] = args as [
    string,
    string,
    string,
    string,
    string?,
    string?,
    string?,
  ];
  const container = new ContainerClient(`${blobEndpoint}/${containerName}`, new StorageSharedKeyCredential(AZURITE_ACCOUNT, AZURITE_KEY));
  let bytes: number;
  if (mode === 'mlship') {
    // What register-model does: the content hash (version reuse), then the upload, which names its
    // folder with the object hash and puts the completed mark on last.
    const objectHash = startObjectHash(path);
    const content = await hashAsset(path);
    const store = { name: 'bench', accountName: AZURITE_ACCOUNT, container, auth: 'account key' as const, uriPrefix: '', sibling: () => undefined };
    bytes = (await upload(store, path, content, { name: 'bench', version: '1' }, silentLogger, () => objectHash.result())).bytes;
  } else {
    // The bare SDK with the settings given: no hashing, no mark. Swept by the parent for the ceiling.
    // md5sdk: azure-ai-ml's object hash first (it names the upload's folder), then the same upload:
    // the ceiling for any client that uploads where the SDK does, as mlship must.
    if (mode === 'md5sdk') await objectHash(path);
    bytes = await bareUpload(container, path, { block: Number(block), files: Number(files), concurrency: Number(concurrency) });
  }
  process.stdout.write(`${JSON.stringify({ bytes, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
}

async function bareUpload(container: ContainerClient, path: string, settings: { block: number; files: number; concurrency: number }): Promise<number> {
  const { files: list } = await listAssetFiles(path);
  const queue = [...list];
  let bytes = 0;
  await Promise.all(
    Array.from({ length: Math.min(settings.files, list.length) }, async () => {
      for (let f = queue.shift(); f; f = queue.shift()) {
        await container
          .getBlockBlobClient(`sdk/${f.relativePath}`)
          // maxSingleShotSize as the block size: without it the SDK sends any file up to 256 MiB in
          // one request, and the block size and per-file concurrency swept here would not matter.
          .uploadFile(f.absolutePath, { blockSize: settings.block << 20, maxSingleShotSize: settings.block << 20, concurrency: settings.concurrency });
        bytes += f.size;
      }
    }),
  );
  return bytes;
}
