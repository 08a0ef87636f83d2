import type { Target } from './target.js';
import type { EngineContext } from './context.js';
import { runPreflight } from './preflight.js';
import { deploy, type DeployOutcome } from './deploy.js';
import { registerModel, type RegisteredModel, type RegisterModelOptions } from './register.js';
import type { DeploymentSpec } from './spec.js';
import { teardown } from './teardown.js';
import { waitHealthy, type WaitResult } from './wait.js';

export interface UpOptions {
  spec: DeploymentSpec;
  /** Register these files first and deploy the registered version. */
  register?: RegisterModelOptions;
  timeoutMs: number;
  sampleRequest?: string;
  expectStatus: number;
  /**
   * Delete the endpoint after the smoke test (and after a failure): `always`; `if-created` only when
   * this run created it (an endpoint that was there before is left running, and the report says so);
   * `never`.
   */
  teardownAfter: 'always' | 'if-created' | 'never';
  /** Whether the endpoint existed before this run, when the caller already read it. */
  endpointExisted?: boolean;
  /** Called as soon as names and the scoring URI are known, before any waiting. */
  onDeployed?: (result: DeployOutcome) => void;
  /** The target's preflight checks before the first write (the registration); on unless false. */
  preflight?: boolean;
  maxHourlyCost?: number;
}

export interface UpReport {
  model?: RegisteredModel;
  deployment?: DeployOutcome;
  wait?: WaitResult;
  deleted: string[];
  /** Milliseconds per phase: register, deploy, wait, teardown. */
  timings: Record<string, number>;
  /** Set when teardown was asked for only if created, and the endpoint was there before. */
  keptBecauseExisting?: boolean;
}

/**
 * The whole pipeline: register → environment → deploy → wait until Healthy → smoke test →
 * optionally tear down. `report` is filled as phases finish, so a caller can show what happened
 * even when a later phase throws.
 */
export async function up(ctx: EngineContext, target: Target, options: UpOptions, report: UpReport): Promise<UpReport> {
  const timed = async <T>(phase: string, fn: () => Promise<T>): Promise<T> => {
    const started = ctx.clock.now();
    try {
      return await fn();
    } finally {
      report.timings[phase] = ctx.clock.now() - started;
    }
  };
  let spec = options.spec;
  // Once deploy has started it may have created the endpoint, even if it then failed.
  let deployStarted = false;
  const existed = options.teardownAfter === 'if-created' && (options.endpointExisted ?? !!(await target.describe(options.spec.endpoint.name!)));
  // Before the first write, registration included; deploy then need not check again.
  await runPreflight(
    ctx.logger,
    options.preflight === false || !target.preflight ? undefined : () => target.preflight!(options.spec, { maxHourlyCost: options.maxHourlyCost }),
  );
  try {
    if (options.register) {
      report.model = await timed('register', () => registerModel(ctx, target, options.register!));
      spec = { ...spec, model: { kind: 'registered', name: report.model.name, version: report.model.version } };
    }
    deployStarted = true;
    report.deployment = await timed('deploy', () => deploy(ctx, spec, target, { preflight: false }));
    options.onDeployed?.(report.deployment);
    report.wait = await timed('wait', () =>
      waitHealthy(ctx, target, {
        endpoint: spec.endpoint.name!,
        deployment: spec.deployment.name!,
        timeoutMs: options.timeoutMs,
        sampleRequest: options.sampleRequest,
        expectStatus: options.expectStatus,
      }),
    );
  } finally {
    report.keptBecauseExisting = existed;
    if (options.teardownAfter !== 'never' && !existed && deployStarted) {
      // A failing teardown is reported, but never hides why the run failed.
      report.deleted = await timed('teardown', () => teardown(ctx, target, { endpoint: spec.endpoint.name!, missingOk: true })).catch((err: Error) => {
        ctx.logger.warn(`teardown of ${spec.endpoint.name} failed: ${err.message}`);
        return [];
      });
    }
  }
  return report;
}
