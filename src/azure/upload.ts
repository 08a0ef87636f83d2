import { RestError } from '@azure/storage-blob';
import type { AssetContent } from '../engine/hash.js';
import { OperationError } from '../engine/errors.js';
import { formatBytes } from '../engine/format.js';
import type { Logger } from '../engine/logger.js';
import { objectHash, uploadLayout } from '../engine/object-hash.js';
import type { Datastore } from './datastore.js';

export interface UploadResult {
  /** Blob path of the asset: `LocalUpload/<object hash>/<name>`. */
  path: string;
  uploaded: boolean;
  bytes: number;
}

/** The asset version an upload belongs to, written on its mark as azure-ai-ml writes it. */
export interface UploadOwner {
  name: string;
  version: string;
}

/**
 * Files larger than one block go up as blocks, four in flight per file. The SDK's default sends any
 * file up to 256 MiB in one request (`maxSingleShotSize`), one connection's worth of throughput:
 * a 128 MiB file went up 15-25% faster as 8 MiB blocks, four at a time, on the bench's storage
 * (0.74-1.02 s against 0.91-1.15 s in one request).
 */
const BLOCK_SIZE = 8 << 20;

/**
 * How many files go up at once, from the folder's shape. Small files cost a round trip each, not
 * bandwidth: more of them in flight hides the latency. The bench's sweep of the bare client
 * (BENCHMARKS.md, full profile) found 64 best for 1,000 and 3,000 files of 4 KiB and for a mixed
 * folder averaging 72 KiB (8 left a quarter of the throughput unused, 32 about 6%). Large files
 * fill the pipe with their blocks (4 in parallel each), so fewer at a time keeps memory bounded.
 */
export function filesInFlight(sizes: number[]): number {
  if (sizes.length <= 1) return 1;
  const average = sizes.reduce((sum, size) => sum + size, 0) / sizes.length;
  const wanted = average <= 128 << 10 ? 64 : average <= 1 << 20 ? 32 : average <= 16 << 20 ? 16 : 8;
  return Math.min(wanted, sizes.length);
}

/**
 * Uploads an asset where azure-ai-ml puts it, byte for byte (`_blob_storage_helper.upload`):
 * under `LocalUpload/<object hash>/<file or folder name>`, then marks the indicator blob with
 * `upload_status=completed` and the owning asset's name and version. When the mark is already
 * there the upload is skipped, so mlship and Microsoft's SDK and CLI reuse each other's uploads.
 * Files stream from disk (never whole in memory), large ones in 8 MiB blocks in parallel, small
 * ones several at a time.
 */
export async function uploadAsset(
  store: Datastore,
  source: string,
  content: AssetContent,
  owner: UploadOwner,
  logger: Logger,
  /** The object hash, when the caller started it early (startObjectHash(...).result); else computed here. */
  objectHashOf: () => Promise<string> = () => objectHash(source),
): Promise<UploadResult> {
  const { container } = store;
  const layout = uploadLayout(source, content.files, await objectHashOf());
  const marker = container.getBlockBlobClient(layout.indicator);
  try {
    const properties = await marker.getProperties().catch((err: unknown) => {
      if (err instanceof RestError && err.statusCode === 404) return undefined;
      throw err;
    });
    if (properties?.metadata?.upload_status === 'completed') {
      logger.info(`${formatBytes(content.totalBytes)} already uploaded (${layout.path}): nothing to send.`);
      return { path: layout.path, uploaded: false, bytes: 0 };
    }
    let sent = 0;
    let reported = 0;
    const queue = [...layout.blobs];
    const worker = async () => {
      for (let file = queue.shift(); file; file = queue.shift()) {
        await container
          .getBlockBlobClient(file.blobName)
          .uploadFile(file.absolutePath, { blockSize: BLOCK_SIZE, maxSingleShotSize: BLOCK_SIZE, concurrency: 4 });
        sent += file.size;
        if (sent - reported >= content.totalBytes / 10 || sent === content.totalBytes) {
          reported = sent;
          logger.info(`uploaded ${formatBytes(sent)} of ${formatBytes(content.totalBytes)}`);
        }
      }
    };
    await Promise.all(Array.from({ length: filesInFlight(layout.blobs.map((b) => b.size)) }, worker));
    // The mark goes on last: an interrupted upload is never mistaken for a complete one.
    await marker.setMetadata({ upload_status: 'completed', name: owner.name, version: owner.version });
    return { path: layout.path, uploaded: true, bytes: content.totalBytes };
  } catch (err) {
    throw storageError(err, store);
  }
}

/** A storage refusal, with the role to grant when the upload used the caller's own token. */
function storageError(err: unknown, store: Datastore): unknown {
  if (!(err instanceof RestError) || (err.statusCode !== 403 && err.statusCode !== 401)) return err;
  const code = String(err.code ?? err.statusCode);
  const advice =
    store.auth === 'Entra token'
      ? `The datastore uses identity-based access, so the upload runs as you: grant your identity (the workflow's service principal) the "Storage Blob Data Contributor" role on storage account ${store.accountName}.`
      : `The datastore's ${store.auth} was refused; check that it is still valid (Azure ML studio → Data → Datastores → ${store.name}).`;
  return new OperationError(`storage account ${store.accountName} refused the upload (${err.statusCode} ${code}). ${advice}`, store.name);
}
