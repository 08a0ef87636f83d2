import { join } from 'node:path';
import { startAzurite } from '../src/emulator/azurite.js';
import { benchBatch } from './batch.js';
import { benchGrowth } from './growth.js';
import { benchHashing } from './hashing.js';
import { benchManyFiles } from './many-files.js';
import { benchPolling } from './polling.js';
import { benchRedeploy } from './redeploy.js';
import { benchScoring } from './scoring.js';
import { benchStartup } from './startup.js';
import { uploadChild } from './upload-child.js';
import { benchUpload } from './upload.js';

/**
 * `npm run bench [-- --quick]`: every figure is measured side by side in this one run, so ratios
 * hold even on a noisy machine. Not a test: nothing here passes or fails.
 */
async function main(): Promise<void> {
  const [mode, ...rest] = process.argv.slice(2);
  if (mode === 'child') return uploadChild(rest);
  const quick = process.argv.includes('--quick');
  const root = process.env.MLSHIP_ROOT ?? join(import.meta.dirname, '../../..');
  const only = process.argv
    .find((a) => a.startsWith('--only='))
    ?.slice(7)
    .split(',');
  const want = (name: string) => !only || only.includes(name);
  // --datasets=file,small,many,mixed: the upload bench's datasets to run (all by default).
  const datasets = process.argv
    .find((a) => a.startsWith('--datasets='))
    ?.slice(11)
    .split(',');
  console.log(`# mlship benchmarks (${quick ? 'quick' : 'full'}), node ${process.version}, ${new Date().toISOString()}`);
  const azurite = await startAzurite();
  try {
    if (want('startup')) console.log(benchStartup(root, quick ? 5 : 9, process.env.MLSHIP_BENCH_NODE24));
    if (want('polling')) console.log(await benchPolling(quick ? 500 : 2000));
    if (want('redeploy')) console.log(await benchRedeploy(root));
    if (want('scoring')) console.log(await benchScoring(root, quick ? 500 : 2000, quick ? 3 : 5));
    if (want('hashing')) console.log(await benchHashing(root, quick));
    if (want('upload')) console.log(await benchUpload(quick, root, datasets));
    if (want('growth')) console.log(await benchGrowth(azurite.blobEndpoint, quick));
    if (want('many-files')) console.log(await benchManyFiles(quick));
    if (want('batch')) console.log(benchBatch(root, quick));
  } finally {
    await azurite.stop();
  }
}

await main();
