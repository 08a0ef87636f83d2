import { randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/** A file of `bytes` bytes, written in 1 MiB random blocks (never held whole in memory). */
export function makeFile(path: string, bytes: number): string {
  const block = randomBytes(1 << 20);
  const fd = openSync(path, 'w');
  for (let written = 0; written < bytes; written += block.length) writeSync(fd, block, 0, Math.min(block.length, bytes - written));
  closeSync(fd);
  return path;
}

/** A folder of `count` files of `size` bytes each, in sub-folders of 100. */
export function makeFolder(path: string, count: number, size: number): string {
  for (let i = 0; i < count; i += 1) {
    const dir = join(path, `part-${Math.floor(i / 100)}`);
    mkdirSync(dir, { recursive: true });
    const fd = openSync(join(dir, `file-${i}.bin`), 'w');
    writeSync(fd, randomBytes(size));
    closeSync(fd);
  }
  return path;
}

/** About `bytes` bytes in files from 1 KiB to 4 MiB (most small, a few large), as model folders hold. */
export function makeMixed(path: string, bytes: number): string {
  let written = 0;
  for (let i = 0; written < bytes; i += 1) {
    const size = i % 100 === 99 ? 4 << 20 : i % 10 === 9 ? 256 << 10 : (1 + (i % 16)) << 10;
    const dir = join(path, `part-${Math.floor(i / 100)}`);
    mkdirSync(dir, { recursive: true });
    const fd = openSync(join(dir, `file-${i}.bin`), 'w');
    writeSync(fd, randomBytes(Math.min(size, bytes - written)));
    closeSync(fd);
    written += size;
  }
  return path;
}
