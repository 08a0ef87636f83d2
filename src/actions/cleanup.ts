import * as core from '@actions/core';
import { OperationError } from '../engine/errors.js';
import type { EngineContext } from '../engine/context.js';
import { TARGETS, type TargetName } from '../engine/spec.js';
import { deleteDeployment, deleteEndpoint } from '../engine/teardown.js';
import type { Target } from '../engine/target.js';

import type { CleanupMode } from './inputs.js';

/** What a main step records for its post step (core.saveState), before anything is created. */
export interface SavedState {
  target: TargetName;
  endpoint: string;
  deployment?: string;
  /** False when this run created (or was creating) the endpoint. */
  endpointExisted?: boolean;
  /** True once the main step finished its work without failing. */
  succeeded?: boolean;
  /** True once the main step told GitHub how it ended. */
  reported?: boolean;
}

export function saveState(state: Partial<SavedState>): void {
  for (const [key, value] of Object.entries(state)) if (value !== undefined) core.saveState(key, String(value));
}

/** The state the main step saved; undefined when it stopped before it knew its endpoint. */
export function savedState(): SavedState | undefined {
  const endpoint = core.getState('endpoint');
  const target = core.getState('target');
  if (!endpoint || !(TARGETS as readonly string[]).includes(target)) return undefined;
  const flag = (key: string) => (core.getState(key) === '' ? undefined : core.getState(key) === 'true');
  return {
    target: target as TargetName,
    endpoint,
    deployment: core.getState('deployment') || undefined,
    endpointExisted: flag('endpointExisted'),
    succeeded: flag('succeeded'),
  };
}

/**
 * Removes what a step created: the endpoint when this run created it, else its deployment; a
 * deployment that serves traffic is never taken away (the engine refuses, and that is reported).
 */
export async function removeCreated(ctx: EngineContext, target: Target, state: SavedState): Promise<string[]> {
  if (state.endpointExisted === false) return deleteEndpoint(ctx, target, state.endpoint);
  if (!state.deployment) return [];
  try {
    return await deleteDeployment(ctx, target, state.endpoint, state.deployment, false);
  } catch (err) {
    if (!(err instanceof OperationError)) throw err;
    ctx.logger.warn(`cleanup left ${state.endpoint}/${state.deployment} in place: ${err.message}`);
    return [];
  }
}

/** Whether the post step cleans up, given the mode and how the main step ended. */
export function shouldClean(mode: CleanupMode, state: SavedState | undefined): state is SavedState {
  return !!state && (mode === 'always' || (mode === 'on-failure' && state.succeeded !== true));
}
