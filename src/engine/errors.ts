/**
 * Error kinds the action wrapper and the CLI map to one failure message each.
 * Every message says what failed, on which resource, and what to do about it.
 */

/** One problem found in a configuration file, located as precisely as the parser allows. */
export interface ConfigProblem {
  file: string;
  line?: number;
  col?: number;
  /** Dotted path of the offending field, e.g. `environment.python.condaDependencies`. */
  field?: string;
  message: string;
  hint?: string;
  severity: 'error' | 'warning';
}

/** Formats a problem as `file:line:col field: message (hint)`, the form editors can jump to. */
export function formatProblem(p: ConfigProblem): string {
  const where = [p.file, p.line, p.line !== undefined ? p.col : undefined].filter((x) => x !== undefined).join(':');
  const field = p.field ? ` ${p.field}:` : '';
  const hint = p.hint ? `\n    hint: ${p.hint}` : '';
  return `${where}${field} ${p.message}${hint}`;
}

export class MlshipError extends Error {
  override readonly name: string = 'MlshipError';
}

/** Input or configuration is invalid. Raised before anything is changed. */
export class ConfigError extends MlshipError {
  override readonly name = 'ConfigError';
  constructor(
    message: string,
    readonly problems: ConfigProblem[] = [],
  ) {
    super(problems.length ? `${message}\n${problems.map(formatProblem).join('\n')}` : message);
  }
}

/** An operation on a target (local process, Azure resource) failed. */
export class OperationError extends MlshipError {
  override readonly name: string = 'OperationError';
  constructor(
    message: string,
    readonly resource: string,
    /** Tail of the scoring log or the service's own logs, shown in summaries. */
    readonly logs?: string,
  ) {
    super(message);
  }
}

/** A resource the user named does not exist (a model version, an endpoint to wait for). */
export class NotFoundError extends OperationError {
  override readonly name = 'NotFoundError';
}

/** The user's deadline passed before the awaited condition held. */
export class DeadlineError extends MlshipError {
  override readonly name = 'DeadlineError';
  constructor(
    message: string,
    readonly lastState?: string,
    readonly logs?: string,
  ) {
    super(message);
  }
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
