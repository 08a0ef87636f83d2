import type { ContainerClient } from '@azure/storage-blob';
import { basename } from 'node:path';
import type { AssetContent } from '../engine/hash.js';
import { formatBytes } from '../engine/format.js';
import type { Logger } from '../engine/logger.js';

export interface UploadResult {
  /** Blob path of the asset: `LocalUpload/<hash>/<name>`. */
  path: string;
  uploaded: boolean;
  bytes: number;
}

const BLOCK_SIZE = 8 << 20;
const PARALLEL_FILES = 8;

/**
 * Uploads an asset as Azure's CLI does: under `LocalUpload/<content hash>/<file or folder name>`,
 * then marks the first blob `upload_status=completed`. When that mark is already there the upload
 * is skipped, so both tools reuse each other's uploads. Files stream from disk (never whole in
 * memory), large ones in 8 MiB blocks in parallel, small ones several at a time.
 */
export async function uploadAsset(container: ContainerClient, source: string, content: AssetContent, logger: Logger): Promise<UploadResult> {
  const single = content.files.length === 1 && content.files[0]!.absolutePath === source;
  const path = `LocalUpload/${content.hash}/${basename(source)}`;
  const blobName = (relative: string) => (single ? path : `${path}/${relative}`);
  const marker = container.getBlockBlobClient(blobName(content.files[0]!.relativePath));
  const properties = await marker.getProperties().catch(() => undefined);
  if (properties?.metadata?.upload_status === 'completed') {
    logger.info(`${formatBytes(content.totalBytes)} already uploaded (${path}): nothing to send.`);
    return { path, uploaded: false, bytes: 0 };
  }
  await container.createIfNotExists();
  let sent = 0;
  let reported = 0;
  const queue = [...content.files];
  const worker = async () => {
    for (let file = queue.shift(); file; file = queue.shift()) {
      await container.getBlockBlobClient(blobName(file.relativePath)).uploadFile(file.absolutePath, { blockSize: BLOCK_SIZE, concurrency: 4 });
      sent += file.size;
      if (sent - reported >= content.totalBytes / 10 || sent === content.totalBytes) {
        reported = sent;
        logger.info(`uploaded ${formatBytes(sent)} of ${formatBytes(content.totalBytes)}`);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_FILES, content.files.length) }, worker));
  // The mark goes on last: an interrupted upload is never mistaken for a complete one.
  await marker.setMetadata({ upload_status: 'completed' });
  return { path, uploaded: true, bytes: content.totalBytes };
}
