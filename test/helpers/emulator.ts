import type { AccessToken, TokenCredential } from '@azure/identity';
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, expect } from 'vitest';
import { request } from 'node:https';
import { join } from 'node:path';
import { ArmClient } from '../../src/azure/arm-client.js';
import { silentLogger, systemClock } from '../../src/engine/logger.js';
import { WorkspaceEmulator, type EmulatorOptions } from '../../src/emulator/server.js';
import { newJob, ROOT } from './run-action.js';

export async function startEmulator(options: Partial<EmulatorOptions> = {}): Promise<WorkspaceEmulator> {
  const emulator = new WorkspaceEmulator({ specRoot: join(ROOT, 'vendor/azure-ml-api'), provisioningMs: 200, ...options });
  await emulator.start();
  return emulator;
}

/**
 * Gets tokens from the emulator's Entra endpoint with the client secret, trusting its certificate
 * explicitly: in this process NODE_EXTRA_CA_CERTS cannot be set after start. Action processes
 * use the real @azure/identity credentials instead.
 */
export function emulatorCredential(emulator: WorkspaceEmulator): TokenCredential {
  return {
    getToken: async (): Promise<AccessToken> => {
      const env = emulator.environment('unused');
      const form = new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: env.AZURE_CLIENT_ID!,
        client_secret: env.AZURE_CLIENT_SECRET!,
        scope: `${emulator.url}/.default`,
      }).toString();
      const body = await new Promise<string>((resolve, reject) => {
        const req = request(
          `${emulator.url}/${env.AZURE_TENANT_ID}/oauth2/v2.0/token`,
          { method: 'POST', ca: emulator.ca, headers: { 'Content-Type': 'application/x-www-form-urlencoded' } },
          (res) => {
            let text = '';
            res.on('data', (d) => (text += d));
            res.on('end', () => resolve(text));
          },
        );
        req.on('error', reject);
        req.end(form);
      });
      return { token: (JSON.parse(body) as { access_token: string }).access_token, expiresOnTimestamp: Date.now() + 3_600_000 };
    },
  };
}

export function clientFor(emulator: WorkspaceEmulator): ArmClient {
  const env = emulator.environment('unused');
  return new ArmClient({
    endpoint: emulator.url,
    credential: emulatorCredential(emulator),
    logger: silentLogger,
    clock: systemClock,
    ca: emulator.ca,
    subscriptionId: env.MLSHIP_SUBSCRIPTION_ID!,
    resourceGroup: env.MLSHIP_RESOURCE_GROUP!,
    workspace: env.MLSHIP_WORKSPACE!,
  });
}

/** A plain https GET that trusts the emulator's certificate, with an optional Authorization header. */
export function httpsGet(emulator: WorkspaceEmulator, path: string, authorization?: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${emulator.url}${path}`, { ca: emulator.ca, headers: authorization ? { Authorization: authorization } : {} }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/**
 * An emulator with storage for a test file, and what its action processes need: a job folder and
 * the environment (CA file, credentials, workspace, region) that points them at it.
 */
export async function emulatorJob(options: Partial<EmulatorOptions> = {}) {
  const emulator = await startEmulator({ storage: true, ...options });
  const job = newJob();
  const caFile = `${job.runnerTemp}/emulator-ca.pem`;
  writeFileSync(caFile, emulator.ca);
  const env: Record<string, string> = { ...emulator.environment(caFile), MLSHIP_LOCATION: 'westeurope' };
  return { emulator, job, env };
}

export type EmulatorJob = Awaited<ReturnType<typeof emulatorJob>>;

/**
 * A test file's emulator job: started before its tests (`use` receives it) and, after them,
 * checked for requests the OpenAPI description refused, then stopped.
 */
export function useEmulatorJob(options: Partial<EmulatorOptions>, use: (job: EmulatorJob) => void): void {
  let started: EmulatorJob | undefined;
  beforeAll(async () => {
    started = await emulatorJob(options);
    use(started);
  }, 180_000);
  afterAll(async () => {
    expect(started?.emulator.invalidRequests).toEqual([]);
    await started?.emulator.stop();
  });
}
