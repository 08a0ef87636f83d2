import { ContainerClient, StorageSharedKeyCredential } from '@azure/storage-blob';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AZURITE_ACCOUNT, AZURITE_KEY, startAzurite } from '../src/emulator/azurite.js';
import { DEFAULT_CONTAINER, WorkspaceEmulator } from '../src/emulator/server.js';
import { listAssetFiles } from '../src/engine/hash.js';
import { makeFile, makeFolder, makeMixed } from './data.js';
import { mbPerSecond, median, table } from './stats.js';

interface Run {
  ms: number;
  maxRssMb?: number;
}

interface Dataset {
  name: string;
  path: string;
  files: number;
  bytes: number;
}

type Contender = { name: string; run: (blobEndpoint: string, container: string, data: Dataset) => Run };

const hasTime = existsSync('/usr/bin/time');

/** A whole process, timed from outside, its peak RSS from GNU time when present (else from itself). */
function timed(command: string, args: string[], env?: NodeJS.ProcessEnv): Run {
  const started = performance.now();
  const result = hasTime
    ? spawnSync('/usr/bin/time', ['-f', 'rss=%M', command, ...args], { encoding: 'utf8', env: env ?? process.env, maxBuffer: 1 << 24 })
    : spawnSync(command, args, { encoding: 'utf8', env: env ?? process.env, maxBuffer: 1 << 24 });
  const ms = performance.now() - started;
  if (result.status !== 0) throw new Error(`${command} ${args.slice(0, 3).join(' ')} failed: ${result.stderr.slice(-500)}`);
  const rss = /rss=(\d+)/.exec(result.stderr)?.[1];
  const own = result.stdout.trim().split('\n').pop();
  return { ms, maxRssMb: rss ? Number(rss) / 1024 : own?.startsWith('{') ? (JSON.parse(own) as { maxRssMb: number }).maxRssMb : undefined };
}

/**
 * `timed` without blocking this process: needed when the process being timed talks to a server
 * running here (the emulator), which a synchronous spawn would stop from answering.
 */
async function timedAsync(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<Run> {
  const started = performance.now();
  const child = spawn(hasTime ? '/usr/bin/time' : command, hasTime ? ['-f', 'rss=%M', command, ...args] : args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const ms = performance.now() - started;
  if (code !== 0) throw new Error(`${command} ${args.slice(0, 3).join(' ')} failed: ${stderr.slice(-500)}`);
  const rss = /rss=(\d+)/.exec(stderr)?.[1];
  return { ms, maxRssMb: rss ? Number(rss) / 1024 : undefined };
}

const child =
  (mode: string, settings: string[] = []): Contender['run'] =>
  (blobEndpoint, container, data) =>
    timed(process.execPath, [process.argv[1]!, 'child', mode, blobEndpoint, container, data.path, ...settings]);

/** `az storage blob upload-batch` at its defaults (what a user runs), against the same kind of Azurite. */
function az(blobEndpoint: string, container: string, data: Dataset): Run {
  const connection = `DefaultEndpointsProtocol=http;AccountName=${AZURITE_ACCOUNT};AccountKey=${AZURITE_KEY};BlobEndpoint=${blobEndpoint};`;
  const env = { ...process.env, AZURE_STORAGE_CONNECTION_STRING: connection, AZURE_CORE_COLLECT_TELEMETRY: 'no' };
  const source = data.files === 1 ? join(data.path, '..') : data.path;
  const pattern = data.files === 1 ? ['--pattern', data.path.split('/').pop()!] : [];
  return timed('az', ['storage', 'blob', 'upload-batch', '-d', container, '-s', source, ...pattern, '--only-show-errors'], env);
}

function azAvailable(): boolean {
  return spawnSync('az', ['version'], { stdio: 'ignore' }).status === 0;
}

/** What landed in the container: blob count and bytes, checked after every run. */
async function landed(blobEndpoint: string, container: string): Promise<{ blobs: number; bytes: number }> {
  const client = new ContainerClient(`${blobEndpoint}/${container}`, new StorageSharedKeyCredential(AZURITE_ACCOUNT, AZURITE_KEY));
  let blobs = 0;
  let bytes = 0;
  for await (const blob of client.listBlobsFlat()) {
    blobs += 1;
    bytes += blob.properties.contentLength ?? 0;
  }
  return { blobs, bytes };
}

/** One run on a fresh Azurite (Azurite slows down as it fills), its result checked. */
async function fresh(contender: Contender, data: Dataset): Promise<Run> {
  const azurite = await startAzurite();
  try {
    const container = 'bench';
    await new ContainerClient(`${azurite.blobEndpoint}/${container}`, new StorageSharedKeyCredential(AZURITE_ACCOUNT, AZURITE_KEY)).create();
    const run = contender.run(azurite.blobEndpoint, container, data);
    const got = await landed(azurite.blobEndpoint, container);
    if (got.blobs !== data.files || got.bytes !== data.bytes)
      throw new Error(`${contender.name} on ${data.name}: ${got.blobs} blobs / ${got.bytes} bytes landed, not ${data.files} / ${data.bytes}`);
    return run;
  } finally {
    await azurite.stop();
  }
}

/**
 * `mlship register` as a user runs it: the whole CLI process (sign-in, ARM reads and writes, the
 * hashes and the upload) against a fresh emulator workspace with its own Azurite, what landed in
 * the default datastore checked as for the others. The difference from the library path ("mlship")
 * is the fixed cost around the upload.
 */
async function freshRegister(root: string, data: Dataset): Promise<Run> {
  const emulator = new WorkspaceEmulator({ specRoot: join(root, 'vendor/azure-ml-api'), storage: true });
  await emulator.start();
  const dir = mkdtempSync(join(tmpdir(), 'mlship-bench-register-'));
  try {
    const caFile = join(dir, 'ca.pem');
    writeFileSync(caFile, emulator.ca);
    const settings = emulator.environment(caFile);
    const env = { PATH: process.env.PATH, HOME: process.env.HOME, MLSHIP_HOME: join(dir, 'home'), ...settings };
    const run = await timedAsync(
      process.execPath,
      [join(root, 'bin/mlship.js'), 'register', '--model-name', 'bench', '--model-path', data.path, '--target', 'aci'],
      env,
    );
    const got = await landed(settings.MLSHIP_BLOB_ENDPOINT!, DEFAULT_CONTAINER);
    if (got.blobs !== data.files || got.bytes !== data.bytes)
      throw new Error(`mlship register on ${data.name}: ${got.blobs} blobs / ${got.bytes} bytes landed, not ${data.files} / ${data.bytes}`);
    return run;
  } finally {
    await emulator.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

// Block size (MiB), files in flight, blocks in flight per file. The quick profile runs the first
// four: files in flight from 8 to 64 (what matters for many small files) and few large blocks.
const SWEEP = [
  ['8', '8', '4'],
  ['8', '32', '1'],
  ['8', '64', '1'],
  ['16', '4', '8'],
  ['4', '8', '4'],
  ['8', '16', '2'],
  ['32', '2', '8'],
];

/** Folders with more files than this skip az (about 0.5 MB/s on small files) and sweep only files in flight. */
const MANY_FILES = 10_000;

/** The datasets of a profile; `only` keeps those whose key is listed (file, small, many, mixed). */
async function uploadDatasets(dir: string, quick: boolean, only?: string[]): Promise<(Dataset & { key: string })[]> {
  const make = async (key: string, name: string, path: () => string) => {
    const made = path();
    const { files } = await listAssetFiles(made);
    return { key, name, path: made, files: files.length, bytes: files.reduce((s, f) => s + f.size, 0) };
  };
  const wanted = [
    { key: 'file', name: `one ${quick ? 128 : 512} MiB file`, path: () => makeFile(join(dir, 'model.bin'), (quick ? 128 : 512) * 2 ** 20) },
    { key: 'small', name: `${quick ? '1,000' : '3,000'} files x 4 KiB`, path: () => makeFolder(join(dir, 'small'), quick ? 1000 : 3000, 4 << 10) },
    ...(quick ? [] : [{ key: 'many', name: '50,000 files x 4 KiB', path: () => makeFolder(join(dir, 'many'), 50_000, 4 << 10) }]),
    { key: 'mixed', name: `mixed, ${quick ? 40 : 200} MB`, path: () => makeMixed(join(dir, 'mixed'), (quick ? 40 : 200) * 1e6) },
  ].filter((d) => !only || only.includes(d.key));
  const out = [];
  for (const d of wanted) out.push(await make(d.key, d.name, d.path));
  return out;
}

/**
 * mlship's upload (hash + upload, as register-model) against the best bare @azure/storage-blob
 * client (its settings swept per dataset), the same client after azure-ai-ml's object hash (the
 * ceiling for mlship's protocol: the md5 names the upload's folder, so it comes first), and `az
 * storage blob upload-batch` at its defaults. Each run gets a fresh Azurite, the order rotates every
 * round, every tool is timed as a whole process, and what landed is checked. Ratios are paired
 * within a round: min / median / max.
 */
export async function benchUpload(quick: boolean, root: string, only?: string[]): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'mlship-bench-upload-'));
  const datasets = await uploadDatasets(dir, quick, only);
  const rounds = 3;
  const withAz = azAvailable();
  const rows: (string | number)[][] = [];
  const sweepRows: (string | number)[][] = [];
  for (const data of datasets) {
    const many = data.files > MANY_FILES;
    // The ceiling: the bare SDK's best settings on this data (one run each, on fresh storage).
    // The largest folder is not swept: one upload of 50,000 files takes minutes (Azurite slows as it
    // fills), and 64 files in flight won the sweep on every smaller folder of small files.
    let best = { settings: SWEEP[2]!, ms: Infinity, row: -1 };
    for (const settings of many ? [] : quick ? SWEEP.slice(0, 4) : SWEEP) {
      const run = await fresh({ name: 'sdk', run: child('sdk', settings) }, data);
      sweepRows.push([data.name, `${settings[0]} MiB blocks, ${settings[1]} files, ${settings[2]} per file`, mbPerSecond(data.bytes, run.ms), '']);
      if (run.ms < best.ms) best = { settings, ms: run.ms, row: sweepRows.length - 1 };
    }
    if (best.row >= 0) sweepRows[best.row]![3] = 'best: the ceiling below';
    else
      sweepRows.push([
        data.name,
        `${best.settings[0]} MiB blocks, ${best.settings[1]} files, ${best.settings[2]} per file`,
        'not swept',
        'the best on smaller folders',
      ]);
    const useAz = withAz && !many;
    const contenders: Contender[] = [
      { name: 'mlship', run: child('mlship') },
      { name: 'sdk', run: child('sdk', best.settings) },
      // md5 of small files costs about a second in minutes here: measured on the smaller folders only.
      ...(many ? [] : [{ name: 'md5sdk', run: child('md5sdk', best.settings) }]),
      ...(useAz ? [{ name: 'az', run: az }] : []),
    ];
    const results: Record<string, Run[]> = { mlship: [], sdk: [], md5sdk: [], az: [], register: [] };
    for (let round = 0; round < rounds; round += 1) {
      const order = contenders.map((_, i) => contenders[(i + round) % contenders.length]!);
      for (const contender of order) results[contender.name]!.push(await fresh(contender, data));
      // The whole CLI adds a fixed cost (sign-in, ARM calls): shown where it could matter, not on
      // the largest folder, where a round already takes minutes per tool.
      if (!many) results.register!.push(await freshRegister(root, data));
    }
    const paired = (a: string, b: string) => results[a]!.map((r, i) => results[b]![i]!.ms / r.ms).sort((x, y) => x - y);
    const spread = (ratios: number[], percent: boolean) => {
      const f = (x: number) => (percent ? `${(x * 100).toFixed(0)}%` : `${x.toFixed(2)}x`);
      return `${f(median(ratios))} (${f(ratios[0]!)}-${f(ratios[ratios.length - 1]!)})`;
    };
    const rate = (name: string) => mbPerSecond(data.bytes, median(results[name]!.map((r) => r.ms)));
    const rss = (name: string) => Math.max(...results[name]!.map((r) => r.maxRssMb ?? Number.NaN));
    rows.push([
      data.name,
      rate('mlship'),
      many ? 'not run (the largest folder)' : `${Number(rate('register').toPrecision(3))} (${spread(paired('register', 'mlship'), true)})`,
      rate('sdk'),
      many ? 'not run (the largest folder)' : rate('md5sdk'),
      useAz ? rate('az') : withAz ? `not run (over ${MANY_FILES.toLocaleString('en')} files)` : 'not installed',
      spread(paired('mlship', 'sdk'), true),
      many ? 'not measured' : spread(paired('mlship', 'md5sdk'), true),
      useAz ? spread(paired('mlship', 'az'), false) : 'not measured',
      `${rss('mlship').toFixed(0)} / ${many ? '-' : rss('register').toFixed(0)} / ${rss('sdk').toFixed(0)}${useAz ? ` / ${rss('az').toFixed(0)}` : ''}`,
    ]);
  }
  rmSync(dir, { recursive: true, force: true });
  const failure = withAz ? '' : '\n**The comparison with az was not made: the Azure CLI is not installed (`apt-get install azure-cli`).**';
  return (
    table(
      `Upload to a fresh Azurite per run, MB/s, whole process (median of ${rounds} rounds, order rotating; mlship includes hashing)`,
      [
        'data',
        'mlship',
        'mlship register, whole CLI (as % of mlship, paired)',
        'best bare SDK',
        'md5, then best bare SDK',
        'az upload-batch (defaults)',
        'mlship / bare SDK, paired (min-max)',
        'mlship / md5-then-bare, paired (min-max)',
        'mlship vs az, paired (min-max)',
        'peak RSS MB mlship / register / SDK / az',
      ],
      rows,
    ) +
    failure +
    table('The bare SDK settings swept for the ceiling (one run each)', ['data', 'settings', 'MB/s', ''], sweepRows)
  );
}
