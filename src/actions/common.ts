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
import type { AzureInputs, DeploySources } from './inputs.js';
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

/** Loads every config file the step's inputs name into one spec, before any change. */
export function loadDeployInputs(sources: DeploySources, extra: Partial<SpecOverrides> = {}): DeployInputs {
  const loaded = loadSpec({
    inferenceConfig: sources.inferenceConfig,
    deploymentConfig: sources.deploymentConfig,
    yamlFiles: sources.yamlFiles,
    overrides: { ...sources.overrides, model: sources.model === undefined ? undefined : modelFromText(sources.model, 'input "model"'), ...extra },
  });
  for (const secret of loaded.secrets) actionLogger.secret(secret);
  for (const warning of loaded.warnings) actionLogger.warn(formatProblem(warning));
  if (sources.deploymentConfig) actionLogger.info(`Target ${loaded.spec.target}: ${TARGET_MAPPING[loaded.spec.target]}.`);
  return { loaded, target: loaded.spec.target };
}

/** The target for a name; the Azure inputs are resolved only when an Azure target is used. */
export function actionTarget(name: TargetName, ctx: EngineContext, azure: AzureInputs): Promise<Target> {
  return createTarget(name, ctx, () => azureSettings(azure));
}

/** The Azure workspace the inputs name, for links to it; undefined on the local target or when it is not set. */
export function azureWorkspace(target: TargetName, azure: AzureInputs): { subscriptionId: string; resourceGroup: string; workspace: string } | undefined {
  if (target === 'local') return undefined;
  try {
    return azureSettings(azure);
  } catch {
    return undefined;
  }
}

/** Batch endpoints on Azure ML compute for the workspace the inputs name. */
export async function actionAzureBatch(ctx: EngineContext, azure: AzureInputs, location?: string) {
  const { createAzureBatch } = await import('../targets/batch.js');
  const settings = azureSettings(azure);
  return createAzureBatch(ctx, location ? { ...settings, location } : settings);
}

function azureSettings(azure: AzureInputs): AzureSettings {
  // GitHub offers an ID token only to jobs with `permissions: id-token: write`.
  const oidc = process.env.ACTIONS_ID_TOKEN_REQUEST_URL ? () => core.getIDToken('api://AzureADTokenExchange') : undefined;
  return resolveAzureSettings(azure, process.env, oidc);
}
