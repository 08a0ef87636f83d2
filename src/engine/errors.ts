import { diagnose, type Diagnosis } from './diagnosis.js';

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
  /** Why a deployment failed, when mlship could gather the evidence (a wait that ended Failed or ran out). */
  diagnosis?: Diagnosis;
}

/** Input or configuration is invalid. Raised before anything is changed. */
export class ConfigError extends MlshipError {
  override readonly name = 'ConfigError';
  constructor(
    message: string,
    readonly problems: ConfigProblem[] = [],
    options?: ErrorOptions,
  ) {
    super(problems.length ? `${message}\n${problems.map(formatProblem).join('\n')}` : message, options);
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

/**
 * A resource changed between the read a decision was made on and the write (its ETag moved, or
 * what it holds is no longer what was read): writing would overwrite someone else's change.
 */
export class ConcurrentChangeError extends OperationError {
  override readonly name = 'ConcurrentChangeError';
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

/** A remote service (Azure's control plane) answered with an error: its code, message and what to do. */
export class ServiceError extends MlshipError {
  override readonly name: string = 'ServiceError';
}

/** A service did not answer at all, after every retry. */
export class TransientError extends MlshipError {
  override readonly name = 'TransientError';
}

export type ErrorKind = 'config' | 'operation' | 'deadline' | 'azure' | 'filesystem' | 'network' | 'bug';

export interface DescribedError {
  kind: ErrorKind;
  /** What failed, on what, and what to do: one message for the user. */
  message: string;
  /** Log tail to show with it (a scoring log, Azure's container logs). */
  logs?: string;
  diagnosis?: Diagnosis;
}

const FILESYSTEM_ADVICE: Record<string, string> = {
  ENOENT: 'it does not exist; check the path',
  EACCES: "permission denied; check the file's owner and mode",
  EPERM: 'the operation is not permitted',
  ELOOP: 'it is a link in a loop; remove the link',
  ENOSPC: 'the disk is full; free space (or point MLSHIP_HOME at a larger disk)',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the file system is read-only',
  EISDIR: 'it is a folder where a file was expected',
  ENOTDIR: 'a part of the path is a file where a folder was expected',
  EMFILE: 'too many files are open',
  ENAMETOOLONG: 'the path is too long',
};

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_SOCKET',
]);

/**
 * The one error taxonomy both the actions and the CLI report by: the user's input, an operation
 * on a target, a deadline, Azure's own error, the file system, the network after retries, and
 * only what is left as a bug in mlship.
 */
export function describeError(err: unknown): DescribedError {
  if (err instanceof ConfigError) return { kind: 'config', message: err.message };
  if (err instanceof DeadlineError) return { kind: 'deadline', message: err.message, logs: err.logs, ...(err.diagnosis ? { diagnosis: err.diagnosis } : {}) };
  if (err instanceof OperationError) return { kind: 'operation', message: err.message, logs: err.logs, ...(err.diagnosis ? { diagnosis: err.diagnosis } : {}) };
  if (err instanceof ServiceError) return { kind: 'azure', message: err.message, ...serviceDiagnosis(err) };
  if (err instanceof TransientError) return { kind: 'network', message: err.message };
  const code = (err as NodeJS.ErrnoException | undefined)?.code ?? (err as { cause?: { code?: string } } | undefined)?.cause?.code;
  if (code && FILESYSTEM_ADVICE[code]) {
    const e = err as NodeJS.ErrnoException;
    return { kind: 'filesystem', message: `cannot ${e.syscall ?? 'use'} ${e.path ?? 'a file'}: ${FILESYSTEM_ADVICE[code]} (${code})` };
  }
  if (code && NETWORK_CODES.has(code))
    return { kind: 'network', message: `a connection failed (${code}): ${errorMessage(err)}. Check the network, then run the step again.` };
  return { kind: 'bug', message: `unexpected error: ${errorMessage(err)}. This is a bug in mlship; please report it with the log above.` };
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/**
 * Azure refused a write outright (a missing role, no quota, a name taken): the same classes a
 * failed deployment gets, when the error's code names one; nothing for the rest.
 */
function serviceDiagnosis(err: ServiceError): { diagnosis?: Diagnosis } {
  if (err.diagnosis) return { diagnosis: err.diagnosis };
  const { code, armMessage } = err as ServiceError & { code?: string; armMessage?: string };
  if (!code) return {};
  const diagnosis = diagnose({ error: { code, message: armMessage ?? err.message } });
  return diagnosis.class === 'unclassified' ? {} : { diagnosis };
}
