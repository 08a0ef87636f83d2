import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median, table } from './stats.js';

/**
 * The local batch driver beside its floor: a plain Python loop that imports the same score.py,
 * calls init() once and run() over the same files in mini-batches of the same size, appending what
 * it returns to one file. Both are whole processes started the same way, run in alternating
 * order, so their ratio is the driver's own cost (worker processes, the task pipe, part files and
 * the final join). Peak memory is the largest resident size of any process of the run.
 */

const SCORE = `import os
def init():
    pass
def run(mini_batch):
    out = []
    for path in mini_batch:
        with open(path) as f:
            out.append(f"{os.path.basename(path)},{len(f.read())}")
    return out
`;

const FLOOR = `import importlib.util, os, sys
spec = importlib.util.spec_from_file_location("entry_module", sys.argv[1])
m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
m.init()
size = int(sys.argv[4])
with open(sys.argv[3], "w") as out:
    batch = []
    for entry in os.scandir(sys.argv[2]):
        if not entry.is_file(): continue
        batch.append(entry.path)
        if len(batch) == size:
            out.write("".join(f"{e}\\n" for e in m.run(batch))); batch = []
    if batch: out.write("".join(f"{e}\\n" for e in m.run(batch)))
`;

/** Runs a command and reports its wall time and the peak resident size of its processes (KiB). */
const MEASURE = `import resource, subprocess, sys, time
start = time.perf_counter()
code = subprocess.call(sys.argv[1:])
elapsed = time.perf_counter() - start
print(elapsed, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, code)
`;

function makeInput(dir: string, count: number): string {
  const input = join(dir, `in-${count}`);
  mkdirSync(input);
  for (let i = 0; i < count; i += 1) writeFileSync(join(input, `f${i}.csv`), `a,b,c\n${i},${i * 2},${i * 3}\n`);
  return input;
}

function measure(dir: string, args: string[]): { seconds: number; maxRssKiB: number } {
  const result = spawnSync('python3', [join(dir, 'measure.py'), ...args], { encoding: 'utf8' });
  const [seconds, rss, code] = result.stdout.trim().split(' ').map(Number);
  if (code !== 0 || result.status !== 0) throw new Error(`${args.join(' ')} failed: ${result.stdout} ${result.stderr}`);
  return { seconds: seconds!, maxRssKiB: rss! };
}

export function benchBatch(root: string, quick: boolean): string {
  const dir = mkdtempSync(join(tmpdir(), 'mlship-bench-batch-'));
  const driver = join(root, 'src/targets/local/batch_driver.py');
  writeFileSync(join(dir, 'score.py'), SCORE);
  writeFileSync(join(dir, 'floor.py'), FLOOR);
  writeFileSync(join(dir, 'measure.py'), MEASURE);
  const rounds = quick ? 3 : 5;
  const sizes = [2_000, 10_000];
  const rows: (string | number)[][] = [];
  const peaks: Record<string, number[]> = {};
  const medians: Record<string, number> = {};
  try {
    for (const count of sizes) {
      const input = makeInput(dir, count);
      let run = 0;
      const job = (processes: number) => {
        run += 1;
        const out = join(dir, `out-${count}-${run}`);
        const file = join(dir, `job-${count}-${run}.json`);
        writeFileSync(
          file,
          JSON.stringify({
            scoringScript: join(dir, 'score.py'),
            codeDir: dir,
            modelDir: null,
            input,
            inputType: 'uri_folder',
            outputDir: join(out, 'score'),
            logsDir: join(out, 'logs'),
            workDir: join(out, 'work'),
            miniBatchSize: 10,
            maxConcurrency: processes,
            instanceCount: 1,
            outputAction: 'append_row',
            outputFileName: 'predictions.csv',
            maxRetries: 3,
            timeoutS: 30,
            errorThreshold: -1,
            loggingLevel: 'info',
            environmentVariables: {},
            resultFile: join(out, 'result.json'),
          }),
        );
        return ['python3', '-S', driver, file];
      };
      const times: Record<string, number[]> = { floor: [], one: [], two: [] };
      for (let r = 0; r < rounds; r += 1) {
        // Alternating order: whatever the machine does meanwhile falls on each in turn.
        const order = r % 2 ? (['two', 'one', 'floor'] as const) : (['floor', 'one', 'two'] as const);
        for (const which of order) {
          run += 1;
          const args =
            which === 'floor'
              ? ['python3', join(dir, 'floor.py'), join(dir, 'score.py'), input, join(dir, `floor-${run}.txt`), '10']
              : job(which === 'one' ? 1 : 2);
          const m = measure(dir, args);
          times[which]!.push(m.seconds);
          (peaks[`${which}-${count}`] ??= []).push(m.maxRssKiB);
        }
      }
      const floor = median(times.floor!);
      const one = median(times.one!);
      const two = median(times.two!);
      Object.assign(medians, { [`floor-${count}`]: floor, [`one-${count}`]: one, [`two-${count}`]: two });
      rows.push([`${count} files, floor (plain loop)`, floor, count / floor, '1.00x', median(peaks[`floor-${count}`]!) / 1024]);
      rows.push([`${count} files, driver, 1 process`, one, count / one, `${(one / floor).toFixed(2)}x`, median(peaks[`one-${count}`]!) / 1024]);
      rows.push([`${count} files, driver, 2 processes`, two, count / two, `${(two / floor).toFixed(2)}x`, median(peaks[`two-${count}`]!) / 1024]);
    }
    // What each file costs beyond the fixed start (Python start-ups, the join): the slope between the sizes.
    const [small, large] = sizes as [number, number];
    const slope = (which: string) => ((medians[`${which}-${large}`]! - medians[`${which}-${small}`]!) / (large - small)) * 1e6;
    for (const which of ['one', 'two']) {
      rows.push([
        `per file beyond the start, driver ${which === 'one' ? '1 process' : '2 processes'} vs floor`,
        '',
        `${slope(which).toFixed(1)} µs`,
        `${(slope(which) / slope('floor')).toFixed(2)}x`,
        '',
      ]);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return table(
    `Local batch driver beside a plain Python loop (10 files per mini-batch, trivial run(); median of ${rounds} alternating rounds, whole processes)`,
    ['job', 'seconds', 'files/s', 'time vs floor', 'peak RSS MiB'],
    rows,
  );
}
