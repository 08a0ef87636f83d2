import * as core from '@actions/core';
import { loadSpec, type LoadedSpec, type SpecOverrides } from '../config/load.js';
import { modelFromText } from '../config/v2.js';
import type { EngineContext } from '../engine/context.js';
import { formatProblem } from '../engine/errors.js';
import { systemClock } from '../engine/logger.js';
import { provenanceTags } from '../engine/provenance.js';
import type { TargetName } from '../engine/spec.js';
import { stateHome } from '../engine/state.js';
import { resolveAzureSettings, type AzureSettings } from '../azure/settings.js';
import { createTarget, TARGET_MAPPING } from '../targets/index.js';
import type { Target } from '../engine/target.js';
import * as input from '../github/inputs.js';
import { actionCommands } from '../github/commands.js';
import { actionLogger } from '../github/logger.js';

/** The engine's context for an action; `timeoutMs` (the step's `timeout`) bounds every operation. */
export function actionContext(timeoutMs?: number): EngineContext {
  const deadline = timeoutMs === undefined ? undefined : systemClock.now() + timeoutMs;
  return { home: stateHome('action'), logger: actionLogger, clock: systemClock, tags: provenanceTags(), commands: actionCommands, deadline };
}

export interface DeployInputs {
  loaded: LoadedSpec;
  target: TargetName;
}

/** Reads the deploy inputs and loads every config file into one spec, before any change. */
export function loadDeployInputs(extra: Partial<SpecOverrides> = {}): DeployInputs {
  const modelText = input.text('model');
  const yamlFiles = ['deployment', 'endpoint', 'environment'].map((n) => input.text(n)).filter((f): f is string => !!f);
  const loaded = loadSpec({
    inferenceConfig: input.text('inference-config'),
    deploymentConfig: input.text('deployment-config'),
    yamlFiles,
    overrides: {
      target: input.target(),
      model: modelText === undefined ? undefined : modelFromText(modelText, 'input "model"'),
      endpointName: input.text('endpoint-name'),
      deploymentName: input.text('deployment-name'),
      instanceType: input.text('instance-type'),
      compute: input.text('compute'),
      location: input.text('location'),
      ...extra,
    },
  });
  for (const secret of loaded.secrets) actionLogger.secret(secret);
  for (const warning of loaded.warnings) actionLogger.warn(formatProblem(warning));
  if (input.text('deployment-config')) actionLogger.info(`Target ${loaded.spec.target}: ${TARGET_MAPPING[loaded.spec.target]}.`);
  return { loaded, target: loaded.spec.target };
}

/** The target for a name; Azure settings are read from inputs only when an Azure target is used. */
export function actionTarget(name: TargetName, ctx: EngineContext): Promise<Target> {
  return createTarget(name, ctx, azureFromInputs);
}

/** The Azure workspace the inputs name, for links to it; undefined on the local target or when it is not set. */
export function azureWorkspace(target: TargetName): { subscriptionId: string; resourceGroup: string; workspace: string } | undefined {
  if (target === 'local') return undefined;
  try {
    return azureFromInputs();
  } catch {
    return undefined;
  }
}

function azureFromInputs(): AzureSettings {
  // GitHub offers an ID token only to jobs with `permissions: id-token: write`.
  const oidc = process.env.ACTIONS_ID_TOKEN_REQUEST_URL ? () => core.getIDToken('api://AzureADTokenExchange') : undefined;
  return resolveAzureSettings(
    {
      subscriptionId: input.text('subscription-id'),
      resourceGroup: input.text('resource-group'),
      workspace: input.text('workspace'),
      clientId: input.text('client-id'),
      tenantId: input.text('tenant-id'),
    },
    process.env,
    oidc,
  );
}
