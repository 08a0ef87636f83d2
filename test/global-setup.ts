import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * One temporary folder for the whole run: every test's `mkdtemp(tmpdir())` lands under it (the
 * workers inherit TMPDIR), and it is removed at the end with any process still running from it,
 * so a run leaves nothing behind even when a test fails half-way.
 */
export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'mlship-test-run-'));
  process.env.TMPDIR = root;
  return () => {
    const leftovers = processesUnder(root);
    for (const pid of leftovers) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        /* gone meanwhile */
      }
    }
    if (leftovers.length) console.warn(`[mlship tests] stopped ${leftovers.length} process(es) a test left running under ${root}`);
    rmSync(root, { recursive: true, force: true });
  };
}

/** Processes whose command line or environment names `root` (scoring servers, Azurite). */
function processesUnder(root: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (!pid || pid === process.pid) continue;
    try {
      // The run's own workers are this process's children; they end with it.
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === process.pid) continue;
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      const environ = readFileSync(`/proc/${pid}/environ`, 'utf8');
      if (cmdline.includes(root) || environ.includes(`TMPDIR=${root}`)) pids.push(pid);
    } catch {
      /* exited, or not ours to read */
    }
  }
  return pids;
}
