/** What the engine needs to report progress; the actions and the CLI each provide one. */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  debug(message: string): void;
  /** Registers a value that must never be printed; called the moment a secret is read. */
  secret(value: string): void;
  /**
   * The current state of a long step, replaced by the next (a live line on a terminal); loggers
   * without a live line ignore it, and the periodic "still ..." lines keep a CI log informed.
   */
  progress?(text: string): void;
}

/** A logger that prints nothing: for library callers and benchmarks. */
export const silentLogger: Logger = {
  info: () => {},
  warn: () => {},
  debug: () => {},
  secret: () => {},
};

/** Time source for deadlines and polling; injected so tests and benchmarks need not wait. */
export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};
