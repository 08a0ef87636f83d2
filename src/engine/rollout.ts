import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { checkResourceName } from './naming.js';
import { readJson, withLock, writeJsonAtomic } from './state.js';

/**
 * What a rollout of one deployment in this job has done so far, shared by the steps that make it
 * (deploy-model writes it, wait-healthy completes it) and read by their post steps: a failed or
 * cancelled run removes what it created, and puts back traffic it moved but never verified.
 */
export interface Rollout {
  deployment: string;
  /** This run created the endpoint: on failure the whole endpoint goes. */
  endpointCreated: boolean;
  /** This run created or replaced the deployment (false for an unchanged redeploy). */
  deploymentWritten: boolean;
  /** The traffic map before wait-healthy moved traffic to the deployment, once it started to. */
  trafficBefore?: Record<string, number>;
  /** True once the deployment passed its checks (health, smoke test, bake): nothing to undo. */
  verified: boolean;
  /** The release it deploys, for a stage record: model `name:version`, environment, code folder. */
  modelId?: string;
  environmentId?: string;
  codeDirectory?: string;
  /** What the deployment costs an hour while it runs, as preflight estimated it (azure/prices.ts). */
  hourlyCost?: { amount: number; currency: string };
  /** The status URL of the deployment's write (ARM's Azure-AsyncOperation): where its error is read if it fails. */
  operation?: string;
}

const file = (home: string, endpoint: string) => join(home, 'rollouts', `${checkResourceName(endpoint, 'endpoint')}.json`);

export async function readRollout(home: string, endpoint: string): Promise<Rollout | undefined> {
  const value = await readJson<Rollout>(file(home, endpoint)).catch(() => undefined);
  return value && typeof value === 'object' && typeof value.deployment === 'string' ? value : undefined;
}

/** Merges `change` into the endpoint's rollout record (creating it with `change` when absent). */
export async function updateRollout(home: string, endpoint: string, change: Partial<Rollout>): Promise<void> {
  const path = file(home, endpoint);
  await mkdir(dirname(path), { recursive: true });
  await withLock(`${path}.lock`, async () => {
    const current = await readRollout(home, endpoint);
    await writeJsonAtomic(path, { ...current, ...change });
  });
}
