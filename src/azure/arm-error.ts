import { ServiceError } from '../engine/errors.js';

/** An ARM error response, with what support needs to find it: code, message, correlation id. */
export class ArmError extends ServiceError {
  override readonly name = 'ArmError';
  constructor(
    readonly status: number,
    readonly code: string,
    readonly armMessage: string,
    readonly resource: string,
    readonly correlationId?: string,
  ) {
    super(`${resource}: Azure answered ${status} ${code}: ${armMessage}${correlationId ? ` (correlation id ${correlationId})` : ''}${adviceFor(status, code)}`);
  }
}

function adviceFor(status: number, code: string): string {
  if (status === 401) return '. The credentials were refused: check client-id / tenant-id, or the azure/login step.';
  if (status === 403 || code === 'AuthorizationFailed') {
    return (
      '. The identity lacks permission: grant it "AzureML Data Scientist" (or Contributor) on the workspace; ' +
      'with one identity per stage, check that this job signs in as the identity of the stage whose workspace it names.'
    );
  }
  if (code === 'QuotaExceeded' || /quota/i.test(code)) return '. Ask for more quota in the region, or choose a smaller instance type.';
  return '';
}

/** Reads the ARM error body `{"error": {"code", "message"}}`, tolerating services that send less. */
export function armErrorFrom(status: number, body: unknown, resource: string, correlationId?: string): ArmError {
  const error = (body as { error?: { code?: string; message?: string } } | undefined)?.error;
  return new ArmError(status, error?.code ?? `Http${status}`, error?.message ?? 'no error detail in the response', resource, correlationId);
}
