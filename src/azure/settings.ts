import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { parseDuration } from '../engine/duration.js';
import { ConfigError } from '../engine/errors.js';
import type { AuthSettings } from './auth.js';

/** Where the workspace is and how to reach it; read once from inputs or flags, then passed down. */
export interface AzureSettings {
  subscriptionId: string;
  resourceGroup: string;
  workspace: string;
  /** ARM endpoint; https://management.azure.com unless a sovereign cloud or the emulator. */
  armEndpoint: string;
  /** Region for new endpoints. */
  location?: string;
  /** Blob endpoint override (the emulator's Azurite). */
  blobEndpoint?: string;
  /**
   * How often to look at a provisioning deployment or an operation: MLSHIP_POLL, `<first>/<max>`
   * (e.g. `100ms/1s` against the emulator, which provisions in moments); Azure's pace by default.
   */
  poll?: { initialMs: number; maxMs: number };
  auth: AuthSettings;
}

export const PUBLIC_ARM_ENDPOINT = 'https://management.azure.com';

export interface GivenAzureSettings {
  subscriptionId?: string;
  resourceGroup?: string;
  workspace?: string;
  clientId?: string;
  tenantId?: string;
  location?: string;
}

/**
 * Workspace and credentials from what the user gave (inputs or flags), falling back to the
 * variables azure/login, a service principal setup or `mlship emulator --env-file` leave.
 * @throws ConfigError naming the missing settings (with `names` as the user knows them).
 */
export function resolveAzureSettings(given: GivenAzureSettings, env: NodeJS.ProcessEnv, oidcAssertion?: () => Promise<string>): AzureSettings {
  const subscriptionId = given.subscriptionId ?? env.MLSHIP_SUBSCRIPTION_ID ?? env.AZURE_SUBSCRIPTION_ID;
  const resourceGroup = given.resourceGroup ?? env.MLSHIP_RESOURCE_GROUP;
  const workspace = given.workspace ?? env.MLSHIP_WORKSPACE;
  const missing = [
    ['subscription-id', subscriptionId],
    ['resource-group', resourceGroup],
    ['workspace', workspace],
  ]
    .filter(([, v]) => !v)
    .map(([n]) => n);
  if (missing.length) throw new ConfigError(`an Azure target needs ${missing.join(', ')}: the Azure ML workspace to use`);
  return {
    subscriptionId: subscriptionId!,
    resourceGroup: resourceGroup!,
    workspace: workspace!,
    armEndpoint: env.MLSHIP_ARM_ENDPOINT ?? PUBLIC_ARM_ENDPOINT,
    location: given.location ?? env.MLSHIP_LOCATION,
    blobEndpoint: env.MLSHIP_BLOB_ENDPOINT,
    poll: env.MLSHIP_POLL ? pollIntervals(env.MLSHIP_POLL) : undefined,
    auth: {
      clientId: given.clientId ?? env.AZURE_CLIENT_ID,
      tenantId: given.tenantId ?? env.AZURE_TENANT_ID,
      clientSecret: env.AZURE_CLIENT_SECRET,
      oidcAssertion,
      useAzureCli: existsSync(join(env.AZURE_CONFIG_DIR ?? join(homedir(), '.azure'), 'azureProfile.json')),
      authorityHost: env.AZURE_AUTHORITY_HOST,
    },
  };
}

function pollIntervals(text: string): { initialMs: number; maxMs: number } {
  const [first, max] = text.split('/');
  if (!first || !max) throw new ConfigError(`MLSHIP_POLL is "${text}"; write the first interval and the largest, e.g. 2s/8s`);
  const initialMs = parseDuration(first, 'MLSHIP_POLL');
  const maxMs = parseDuration(max, 'MLSHIP_POLL');
  return { initialMs, maxMs: Math.max(initialMs, maxMs) };
}
