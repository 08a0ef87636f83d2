import { pollUntil } from '../src/engine/poll.js';
import type { Clock } from '../src/engine/logger.js';
import { silentLogger } from '../src/engine/logger.js';
import { AZURE_POLL_INTERVALS } from '../src/targets/azure/azure-target.js';
import { median, table } from './stats.js';

function fakeClock(): Clock & { sleeps: number[] } {
  let now = 0;
  const sleeps: number[] = [];
  return {
    now: () => now,
    sleep: async (ms) => {
      sleeps.push(ms);
      now += ms;
    },
    sleeps,
  };
}

/** Deterministic pseudo-random numbers, so every run of the benchmark draws the same ready times. */
function random(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

async function mlshipWait(readyAt: number, retryAfterMs?: number): Promise<{ delay: number; polls: number; sleeps: number[] }> {
  const clock = fakeClock();
  const result = await pollUntil({
    subject: 'bench',
    clock,
    logger: silentLogger,
    deadline: 3_600_000,
    initialIntervalMs: AZURE_POLL_INTERVALS.initialMs,
    maxIntervalMs: AZURE_POLL_INTERVALS.maxMs,
    observe: async () => ({ value: 0, state: clock.now() >= readyAt ? 'Healthy' : 'Transitioning', done: clock.now() >= readyAt, retryAfterMs }),
  });
  return { delay: result.elapsedMs - readyAt, polls: result.polls, sleeps: clock.sleeps };
}

function fixedWait(readyAt: number, interval: number): { delay: number; polls: number } {
  const polls = Math.ceil(readyAt / interval) + 1;
  return { delay: (polls - 1) * interval - readyAt, polls };
}

/**
 * wait-healthy's schedule against fixed pollers, for deployments ready at random times between 5 s
 * and 15 min (on a simulated clock): median delay between ready and noticed, and polls per wait.
 */
export async function benchPolling(samples: number): Promise<string> {
  const next = random(42);
  const readyTimes = Array.from({ length: samples }, () => 5000 + next() * (900_000 - 5000));
  const rows: (string | number)[][] = [];
  const ours = await Promise.all(readyTimes.map((t) => mlshipWait(t)));
  rows.push([
    `mlship (${AZURE_POLL_INTERVALS.initialMs / 1000}s growing to ${AZURE_POLL_INTERVALS.maxMs / 1000}s)`,
    median(ours.map((r) => r.delay)) / 1000,
    Math.max(...ours.map((r) => r.delay)) / 1000,
    median(ours.map((r) => r.polls)),
  ]);
  for (const interval of [5000, 10_000, 30_000]) {
    const fixed = readyTimes.map((t) => fixedWait(t, interval));
    rows.push([
      `fixed ${interval / 1000}s`,
      median(fixed.map((r) => r.delay)) / 1000,
      Math.max(...fixed.map((r) => r.delay)) / 1000,
      median(fixed.map((r) => r.polls)),
    ]);
  }
  const throttled = await mlshipWait(120_000, 20_000);
  const honoured = throttled.sleeps.every((ms) => ms >= 20_000);
  return (
    table(
      `wait-healthy polling, ${samples} deployments ready between 5 s and 15 min (simulated clock)`,
      ['poller', 'median delay s', 'worst delay s', 'median polls'],
      rows,
    ) + `\nRetry-After: 20 s honoured on every sleep: ${honoured ? 'yes' : 'NO'} (${throttled.sleeps.length} sleeps).`
  );
}
