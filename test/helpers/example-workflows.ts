import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import type { WorkspaceEmulator } from '../../src/emulator/server.js';
import { emulatorJob } from './emulator.js';
import { GitHubApi } from './github-api.js';
import { EXAMPLE } from './run-action.js';
import { runWorkflow, type WorkflowRun } from './workflow-runner.js';

/** A user's repository laid out as the example workflows expect it. */
export function repository(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mlship-repo-'));
  cpSync(join(EXAMPLE, 'model'), join(dir, 'model'), { recursive: true });
  cpSync(join(EXAMPLE, 'src'), join(dir, 'src'), { recursive: true });
  mkdirSync(join(dir, 'deploy'));
  cpSync(join(EXAMPLE, 'sample-request.json'), join(dir, 'deploy', 'sample-request.json'));
  writeFileSync(
    join(dir, 'deploy', 'inferenceconfig.json'),
    JSON.stringify({
      entryScript: 'score.py',
      sourceDirectory: '../src',
      environment: { name: 'fraud-env', python: { condaDependencies: { dependencies: ['python=3.11'] } } },
    }),
  );
  writeFileSync(join(dir, 'deploy', 'deploymentconfig.json'), JSON.stringify({ computeType: 'aci', authEnabled: true }));
  return dir;
}

/** The workspace of the preview stage; staging and production share the emulator's own. */
export const PREVIEW_WORKSPACE = 'mlship-preview-ws';

/**
 * One identity per GitHub environment, as the README sets them up: each trusts only its own
 * environment's OIDC subject and has a role on its own stage's workspace.
 */
export const STAGE_IDENTITIES: Record<string, { clientId: string; workspace: 'preview' | 'main' }> = {
  preview: { clientId: 'preview-identity', workspace: 'preview' },
  staging: { clientId: 'staging-identity', workspace: 'main' },
  production: { clientId: 'production-identity', workspace: 'main' },
  'production-nightly': { clientId: 'production-nightly-identity', workspace: 'main' },
};

export interface ExampleWorkflows {
  emulator: WorkspaceEmulator;
  api: GitHubApi;
  /** ARM id of the preview stage's workspace. */
  previewWorkspaceId: string;
  run(file: string, eventName: string, payload: Record<string, unknown>, extra?: Partial<WorkflowRun>): ReturnType<typeof runWorkflow>;
}

/**
 * A test file's world for running the example workflows: the workspace emulator, a loopback GitHub
 * API, and the repository variables the workflows read. Checked after the file for requests either
 * of them refused.
 */
export function useExampleWorkflows(): ExampleWorkflows {
  const world = { api: new GitHubApi() } as ExampleWorkflows & { env: Record<string, string>; job: { runnerTemp: string } };
  beforeAll(async () => {
    const started = await emulatorJob({ provisioningMs: 100, kubernetesComputes: ['aks-prod'], moreWorkspaces: [PREVIEW_WORKSPACE] });
    world.emulator = started.emulator;
    world.previewWorkspaceId = started.emulator.workspaceIdOf(PREVIEW_WORKSPACE);
    for (const [environment, identity] of Object.entries(STAGE_IDENTITIES)) {
      started.emulator.entra.federate({
        clientId: identity.clientId,
        subjects: [`repo:octo/models:environment:${environment}`],
        scopes: [identity.workspace === 'preview' ? world.previewWorkspaceId : started.emulator.workspaceId],
      });
    }
    world.job = started.job;
    await world.api.start();
    world.env = { ...started.env, ...started.emulator.oidcEnvironment(), GITHUB_API_URL: world.api.url };
  }, 180_000);
  afterAll(async () => {
    expect(world.emulator?.invalidRequests).toEqual([]);
    expect(world.api.invalidRequests).toEqual([]);
    await world.api.stop();
    await world.emulator?.stop();
  });
  world.run = (file, eventName, payload, extra = {}) => {
    const { env } = world;
    // No client id at repository level: each environment has its own identity.
    const vars = {
      AZURE_TENANT_ID: env.AZURE_TENANT_ID!,
      AZURE_SUBSCRIPTION_ID: env.MLSHIP_SUBSCRIPTION_ID!,
      AML_RESOURCE_GROUP: env.MLSHIP_RESOURCE_GROUP!,
      AML_WORKSPACE: env.MLSHIP_WORKSPACE!,
      // The examples bake for 10 minutes unless the repository says otherwise.
      MLSHIP_BAKE: '1s',
      ...extra.vars,
    };
    const environmentVars: Record<string, Record<string, string>> = Object.fromEntries(
      Object.entries(STAGE_IDENTITIES).map(([environment, identity]) => [
        environment,
        {
          AZURE_CLIENT_ID: identity.clientId,
          AML_WORKSPACE: identity.workspace === 'preview' ? PREVIEW_WORKSPACE : env.MLSHIP_WORKSPACE!,
          ...extra.environmentVars?.[environment],
        },
      ]),
    );
    // Signed in through GitHub OIDC only, as the workflows ask: no client secret, and no client id
    // in the environment either (the emulator's default client would trust any subject).
    const { AZURE_CLIENT_SECRET: _secret, AZURE_CLIENT_ID: _client, ...oidcOnly } = env;
    return runWorkflow({
      file,
      eventName,
      payload,
      workspace: repository(),
      job: world.job,
      env: oidcOnly,
      oidc: world.emulator.oidc,
      githubApi: world.api,
      // Production and its nightly deploy only from the default branch.
      environmentRefs: { production: ['refs/heads/main'], 'production-nightly': ['refs/heads/main'] },
      ...extra,
      vars,
      environmentVars,
    });
  };
  return world;
}
