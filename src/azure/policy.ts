import type { Logger } from '../engine/logger.js';
import type { ServiceState } from '../engine/target.js';
import type { EndpointAuthKeys, EndpointAuthToken } from './resources.js';

/**
 * Azure's answers read one way, in one place: how long Azure asks us to wait, what a
 * provisioning state means, and how an endpoint's scoring credential is read (and masked).
 */

/**
 * What each ARM provisioning state of an online or batch deployment means for the user
 * (`ProvisioningState` / `DeploymentProvisioningState` in the vendored spec). Succeeded is
 * Healthy only once the deployment answers: see `AzureTarget.status`.
 */
export const PROVISIONING_STATES: Readonly<Record<string, ServiceState | 'Provisioned'>> = {
  Creating: 'Transitioning',
  Updating: 'Transitioning',
  Scaling: 'Transitioning',
  Deleting: 'Transitioning',
  Succeeded: 'Provisioned',
  Failed: 'Failed',
  // A Canceled create or update never finished: nothing it describes is running.
  Canceled: 'Failed',
};

/**
 * The service state for a provisioning state; 'Provisioned' when Azure finished (the caller
 * then decides Healthy). A state Azure adds later is treated as still moving, never as Healthy.
 */
export function stateOfProvisioning(provisioning: string | undefined): ServiceState | 'Provisioned' {
  return PROVISIONING_STATES[provisioning ?? 'Succeeded'] ?? 'Transitioning';
}

/** No single wait on Azure's word is longer than this; the caller's deadline caps it further. */
export const MAX_RETRY_AFTER_MS = 5 * 60_000;

/**
 * Retry-After (RFC 9110: delay-seconds or an HTTP date) in milliseconds, capped at
 * MAX_RETRY_AFTER_MS. Undefined when absent, unreadable or already past: then the caller's own
 * pace applies. Real Azure ML sends none on its operation polls today (recordings).
 */
export function retryAfterMs(value: string | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const text = value.trim();
  const ms = /^\d+$/.test(text) ? Number(text) * 1000 : Date.parse(text) - now;
  if (!Number.isFinite(ms) || ms <= 0) return undefined;
  return Math.min(ms, MAX_RETRY_AFTER_MS);
}

/** Posts to an endpoint's credential routes; the ARM client's `send`, narrowed. */
export type CredentialPost = <T>(path: string) => Promise<T>;

/**
 * The credential a caller scores an endpoint with: its primary key (Key auth), an aml token
 * (AMLToken auth) or the caller's own Entra token (AADToken auth). Every key and token is handed
 * to `logger.secret` before it is returned, so it is masked before anything could print it.
 */
export async function readScoringCredentials(
  source: { post: CredentialPost; entraToken: () => Promise<string | undefined> },
  endpointPath: string,
  authMode: string | undefined,
  logger: Logger,
): Promise<{ keys?: { primaryKey: string; secondaryKey: string }; token?: string }> {
  const { post } = source;
  if (authMode === 'AADToken') {
    const token = await source.entraToken();
    if (token) logger.secret(token);
    return { token };
  }
  if (authMode === 'Key') {
    const keys = await post<EndpointAuthKeys>(`${endpointPath}/listKeys`);
    for (const key of [keys.primaryKey, keys.secondaryKey]) if (key) logger.secret(key);
    return { keys: { primaryKey: keys.primaryKey ?? '', secondaryKey: keys.secondaryKey ?? '' } };
  }
  if (authMode === 'AMLToken') {
    const token = (await post<EndpointAuthToken>(`${endpointPath}/token`)).accessToken;
    if (token) logger.secret(token);
    return { token: token ?? undefined };
  }
  return {};
}
