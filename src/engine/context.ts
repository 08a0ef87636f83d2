import type { Clock, Logger } from './logger.js';
import { LocalRegistry } from './registry.js';

/** Everything the engine's operations need from outside, passed in rather than imported. */
export interface EngineContext {
  /** State folder (see stateHome). */
  home: string;
  logger: Logger;
  clock: Clock;
  /** Provenance tags put on every resource created. */
  tags: Record<string, string>;
}

export function registryOf(ctx: EngineContext): LocalRegistry {
  return new LocalRegistry(ctx.home);
}
