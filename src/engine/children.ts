import type { ChildProcess } from 'node:child_process';

/**
 * Programs mlship started and has not seen end (pip, python -m venv). Each runs in a process
 * group of its own, so that stopping it stops what it started too (pip's build backends); when
 * mlship is interrupted or exits, every one of them is stopped rather than left running.
 */
const running = new Set<ChildProcess>();

export function trackChild(child: ChildProcess): void {
  if (!child.pid) return;
  running.add(child);
  child.once('exit', () => running.delete(child));
}

/** Signals every running child's process group; returns how many were signalled. */
export function signalChildren(signal: NodeJS.Signals = 'SIGTERM'): number {
  let count = 0;
  for (const child of running) {
    try {
      process.kill(-child.pid!, signal);
      count += 1;
    } catch {
      running.delete(child);
    }
  }
  return count;
}

/** Stops every running child: SIGTERM, then SIGKILL for what is left after `graceMs`. */
export async function stopChildren(graceMs = 2000): Promise<void> {
  if (!signalChildren('SIGTERM')) return;
  for (let waited = 0; running.size && waited < graceMs; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
  signalChildren('SIGKILL');
}
