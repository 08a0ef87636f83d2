import type { CommandRunner } from './commands.js';
import type { Clock, Logger } from './logger.js';

/** Everything the engine's operations need from outside, passed in rather than imported. */
export interface EngineContext {
  /** State folder (see stateHome). */
  home: string;
  logger: Logger;
  clock: Clock;
  /** Provenance tags put on every resource created. */
  tags: Record<string, string>;
  /** Runs programs (pip, python -m venv) for the local target. */
  commands: CommandRunner;
  /**
   * Absolute time (ms on `clock`) by which this run's operations must end, from the user's
   * `timeout`; undefined when none was given (each target then applies its own default).
   */
  deadline?: number;
}
