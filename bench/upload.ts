import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AZURITE_ACCOUNT, AZURITE_KEY } from '../src/emulator/azurite.js';
import { makeFile, makeFolder } from './data.js';
import { mbPerSecond, median, table } from './stats.js';

interface Run {
  ms: number;
  bytes: number;
  maxRssMb?: number;
}

function child(mode: string, blobEndpoint: string, path: string): Run {
  const out = execFileSync(process.execPath, [process.argv[1]!, 'child', mode, blobEndpoint, path], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split('\n').pop()!) as Run;
}

function azAvailable(): boolean {
  return spawnSync('az', ['version'], { stdio: 'ignore' }).status === 0;
}

/** `az storage blob upload-batch` against the same Azurite; peak RSS from GNU time when present. */
function azUpload(blobEndpoint: string, path: string, bytes: number, isFile: boolean): Run {
  const connection = `DefaultEndpointsProtocol=http;AccountName=${AZURITE_ACCOUNT};AccountKey=${AZURITE_KEY};BlobEndpoint=${blobEndpoint};`;
  const container = `az-${Date.now()}`;
  const env = { ...process.env, AZURE_STORAGE_CONNECTION_STRING: connection, AZURE_CORE_COLLECT_TELEMETRY: 'no' };
  execFileSync('az', ['storage', 'container', 'create', '-n', container, '--only-show-errors'], { env, stdio: 'ignore' });
  const args = isFile
    ? ['storage', 'blob', 'upload', '-c', container, '-f', path, '-n', 'model.bin', '--max-connections', '8', '--only-show-errors']
    : ['storage', 'blob', 'upload-batch', '-d', container, '-s', path, '--max-connections', '8', '--only-show-errors'];
  const hasTime = existsSync('/usr/bin/time');
  const started = performance.now();
  const result = hasTime
    ? spawnSync('/usr/bin/time', ['-f', '%M', 'az', ...args], { env, encoding: 'utf8' })
    : spawnSync('az', args, { env, encoding: 'utf8' });
  const ms = performance.now() - started;
  if (result.status !== 0) throw new Error(`az failed: ${result.stderr}`);
  const rss = hasTime ? Number(result.stderr.trim().split('\n').pop()) : Number.NaN;
  return { ms, bytes, maxRssMb: Number.isFinite(rss) ? rss / 1024 : undefined };
}

/**
 * mlship's upload (hash + upload, as register-model) vs the bare SDK (the ceiling) vs Azure's CLI,
 * on the same Azurite, each in its own process, runs interleaved, medians of `runs`.
 */
export async function benchUpload(blobEndpoint: string, quick: boolean): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'mlship-bench-upload-'));
  const bigBytes = (quick ? 256 : 1024) * 2 ** 20;
  const datasets = [
    { name: `one ${bigBytes / 2 ** 20} MiB file`, path: makeFile(join(dir, 'model.bin'), bigBytes), bytes: bigBytes, isFile: true },
    { name: '2,000 files of 16 KiB', path: makeFolder(join(dir, 'many'), 2000, 16 << 10), bytes: 2000 * (16 << 10), isFile: false },
  ];
  const withAz = azAvailable();
  const runs = quick ? 2 : 3;
  const rows: (string | number)[][] = [];
  for (const data of datasets) {
    const results: Record<string, Run[]> = { mlship: [], sdk: [], az: [] };
    for (let i = 0; i < runs; i += 1) {
      results.mlship!.push(child('mlship', blobEndpoint, data.path));
      results.sdk!.push(child('sdk', blobEndpoint, data.path));
      if (withAz) results.az!.push(azUpload(blobEndpoint, data.path, data.bytes, data.isFile));
    }
    const rate = (name: string) => mbPerSecond(data.bytes, median(results[name]!.map((r) => r.ms)));
    const rss = (name: string) => Math.max(...results[name]!.map((r) => r.maxRssMb ?? Number.NaN));
    const mlship = rate('mlship');
    const sdk = rate('sdk');
    const az = withAz ? rate('az') : Number.NaN;
    rows.push([
      data.name,
      mlship,
      sdk,
      withAz ? az : 'n/a',
      `${((mlship / sdk) * 100).toFixed(0)}%`,
      withAz ? `${(mlship / az).toFixed(1)}x` : 'n/a',
      rss('mlship'),
      rss('sdk'),
      withAz ? rss('az') : 'n/a',
    ]);
  }
  rmSync(dir, { recursive: true, force: true });
  const note = withAz ? '' : '\n(az column skipped: the Azure CLI is not installed; `apt-get install azure-cli` adds it.)';
  return (
    table(
      `Upload to Azurite, MB/s (median of ${runs}; mlship includes hashing)`,
      ['data', 'mlship', 'bare SDK', 'az CLI', 'mlship/SDK', 'mlship/az', 'mlship RSS MB', 'SDK RSS MB', 'az RSS MB'],
      rows,
    ) + note
  );
}
