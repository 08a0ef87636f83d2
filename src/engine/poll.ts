import { formatDuration } from './duration.js';
import { DeadlineError } from './errors.js';
import type { Clock, Logger } from './logger.js';

export interface Observation<T> {
  value: T;
  /** Short state text; logged only when it changes, so long waits do not flood the log. */
  state: string;
  done: boolean;
  /** Server-requested delay before the next look (Retry-After), in milliseconds. */
  retryAfterMs?: number;
  /** One line on why the state is what it is, shown with the periodic "still ..." line. */
  detail?: string;
}

/** How often a wait that is not changing says it is still waiting: calm in a CI log, never silent for minutes. */
export const HEARTBEAT_MS = 30_000;

export interface PollOptions<T> {
  observe: () => Promise<Observation<T>>;
  /** Absolute deadline on `clock`, in milliseconds since the epoch. */
  deadline: number;
  clock: Clock;
  logger: Logger;
  /** What is being waited for, used in the log and in the deadline message. */
  subject: string;
  /** First interval between looks, in milliseconds; grows by `growth` up to `maxIntervalMs`. */
  initialIntervalMs?: number;
  maxIntervalMs?: number;
  growth?: number;
  /** Builds extra detail (such as logs) for the deadline error from the last observation. */
  onDeadline?: (last: Observation<T>) => Promise<string | undefined>;
}

export interface PollResult<T> {
  value: T;
  state: string;
  polls: number;
  elapsedMs: number;
}

/**
 * The one wait loop: looks until `done`, backing off, honouring Retry-After, never sleeping past
 * the deadline, logging state changes only.
 * @throws DeadlineError carrying the last state when the deadline passes first.
 */
export async function pollUntil<T>(options: PollOptions<T>): Promise<PollResult<T>> {
  const { clock, logger, deadline } = options;
  const growth = options.growth ?? 1.5;
  const maxInterval = options.maxIntervalMs ?? 10_000;
  let interval = options.initialIntervalMs ?? 500;
  const started = clock.now();
  let polls = 0;
  let lastState: string | undefined;
  let lastLineAt = started;
  for (;;) {
    const observation = await options.observe();
    polls += 1;
    const elapsedMs = clock.now() - started;
    if (observation.state !== lastState) {
      logger.info(`${options.subject}: ${observation.state}`);
      lastState = observation.state;
      lastLineAt = clock.now();
    } else if (!observation.done && clock.now() - lastLineAt >= HEARTBEAT_MS) {
      logger.info(`${options.subject}: still ${observation.state} after ${formatDuration(elapsedMs)}${observation.detail ? ` (${observation.detail})` : ''}`);
      lastLineAt = clock.now();
    }
    logger.progress?.(`${options.subject}: ${observation.state}, ${formatDuration(elapsedMs)}${observation.detail ? ` (${observation.detail})` : ''}`);
    if (observation.done) return { value: observation.value, state: observation.state, polls, elapsedMs };
    const remaining = deadline - clock.now();
    if (remaining <= 0) {
      const detail = options.onDeadline ? await options.onDeadline(observation) : undefined;
      throw new DeadlineError(
        `${options.subject} was still ${observation.state} when the timeout ran out after ${Math.round(elapsedMs / 1000)}s. ` +
          'Raise `timeout` if it is only slow; otherwise read the log below.',
        observation.state,
        detail,
      );
    }
    // Retry-After is a floor set by the server: waiting less only earns another throttled answer.
    const wanted = Math.max(interval, observation.retryAfterMs ?? 0);
    await clock.sleep(Math.min(wanted, remaining));
    interval = Math.min(maxInterval, interval * growth);
  }
}
