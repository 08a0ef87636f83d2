import type { ServiceState, Target } from './target.js';
import { applyTrafficWish, restoreTraffic, rollbackTraffic } from './traffic-moves.js';
import type { EngineContext } from './context.js';
import { DeadlineError, OperationError } from './errors.js';
import { diagnose, type Diagnosis, type FailureEvidence } from './diagnosis.js';
import { checkResourceName } from './naming.js';
import { truncate } from './format.js';
import { pollUntil } from './poll.js';
import { formatDuration } from './duration.js';
import { readRollout, updateRollout } from './rollout.js';

export interface WaitOptions {
  endpoint: string;
  deployment: string;
  /** Overall limit in milliseconds, from the user's `timeout`. */
  timeoutMs: number;
  /** Body to send once Healthy; undefined skips the smoke test. */
  sampleRequest?: string;
  expectStatus: number;
  /**
   * After traffic moved: how long (ms) to keep checking the deployment (its state, and the sample
   * request through the endpoint) before calling the rollout done; a failure meanwhile rolls
   * traffic back. 0: one check.
   */
  bakeMs?: number;
}

export interface WaitResult {
  state: ServiceState;
  durationMs: number;
  polls: number;
  scoringUri?: string;
  sample?: { status: number; body: string; durationMs: number };
  /** The endpoint's traffic after the deployment was given its intended share. */
  traffic: Record<string, number>;
}

const LOG_LINES = 60;
/** Enough of each container's log to hold a whole traceback. */
const DIAGNOSIS_LOG_LINES = 200;

/**
 * Waits until a deployment is Healthy, then smoke-tests it with the sample request.
 * @throws OperationError when it Failed (with the traceback and the log tail) or the smoke test
 *   answered another status; DeadlineError when `timeoutMs` ran out first.
 */
export async function waitHealthy(ctx: EngineContext, target: Target, options: WaitOptions): Promise<WaitResult> {
  checkResourceName(options.endpoint, 'endpoint');
  checkResourceName(options.deployment, 'deployment');
  const subject = `${options.endpoint}/${options.deployment}`;
  const started = ctx.clock.now();
  const result = await pollUntil({
    subject,
    clock: ctx.clock,
    logger: ctx.logger,
    deadline: started + options.timeoutMs,
    initialIntervalMs: target.pollIntervals.initialMs,
    maxIntervalMs: target.pollIntervals.maxMs,
    observe: async () => {
      const status = await target.status(options.endpoint, options.deployment);
      // Retry-After from the service, when it sends one, stretches the next interval (never shortens it).
      return {
        value: status,
        state: status.state,
        done: status.state === 'Healthy' || status.state === 'Failed',
        retryAfterMs: status.retryAfterMs,
        detail: status.detail,
      };
    },
    onDeadline: async () => target.logs(options.endpoint, options.deployment, LOG_LINES),
  }).catch(async (err: unknown) => {
    // Out of time: what the deployment was doing, and why it may never have become ready.
    if (err instanceof DeadlineError) err.diagnosis = await diagnoseFailure(ctx, target, options, { timedOutIn: err.lastState });
    throw err;
  });
  const status = result.value;
  if (status.state === 'Failed') {
    const logs = await target.logs(options.endpoint, options.deployment, LOG_LINES);
    const failed = new OperationError(
      `deployment ${subject} Failed: ${status.detail}. ${status.error ? 'The traceback is below; fix score.py or the model files and deploy again.' : 'Its log is below.'}`,
      subject,
      withTraceback(status.error, logs),
    );
    failed.diagnosis = await diagnoseFailure(ctx, target, options, { traceback: status.error });
    throw failed;
  }
  const outcome: WaitResult = { state: status.state, durationMs: ctx.clock.now() - started, polls: result.polls, scoringUri: status.scoringUri, traffic: {} };
  if (options.sampleRequest !== undefined) {
    const sample = await target.invoke(options.endpoint, options.deployment, options.sampleRequest, ctx.logger);
    outcome.sample = { status: sample.status, body: sample.body, durationMs: sample.durationMs };
    ctx.logger.info(`Sample request answered ${sample.status} in ${Math.round(sample.durationMs)}ms: ${truncate(sample.body, 200)}`);
    if (sample.status !== options.expectStatus) {
      throw new OperationError(
        `the sample request to ${subject} answered ${sample.status}, not the expected ${options.expectStatus}: ${truncate(sample.body, 500)}`,
        subject,
        await target.logs(options.endpoint, options.deployment, LOG_LINES),
      );
    }
  }
  // Traffic moves only after the smoke test passed: a failing deployment never takes any.
  const change = await applyTrafficWish(ctx, target, options.endpoint, options.deployment, async (previous) => {
    // The map from before this rollout's first move (10%, then 100%): what a failure goes back to.
    const rollout = await readRollout(ctx.home, options.endpoint);
    const first = rollout?.deployment === options.deployment ? rollout.trafficBefore : undefined;
    await updateRollout(ctx.home, options.endpoint, { trafficBefore: first ?? previous, verified: false });
  });
  outcome.traffic = change.traffic;
  // Checked when another deployment was serving (that one is what a rollback protects), and through
  // the whole bake time when one is asked for.
  const served = !!change.previous && Object.values(change.previous).some((share) => share > 0);
  if (served || (change.previous && options.bakeMs)) await verifyAfterMove(ctx, target, options, served);
  await markVerified(ctx, options);
  outcome.durationMs = ctx.clock.now() - started;
  return outcome;
}

/**
 * Gathers what explains a failed or stuck deployment (the operation's error and the build log it
 * names, each container's log, the probe settings) and classifies it. Every read is best effort: a
 * diagnosis never hides the failure it explains.
 */
async function diagnoseFailure(
  ctx: EngineContext,
  target: Target,
  options: WaitOptions,
  known: Pick<FailureEvidence, 'traceback' | 'timedOutIn'>,
): Promise<Diagnosis | undefined> {
  try {
    const { endpoint, deployment } = options;
    const rollout = await readRollout(ctx.home, endpoint);
    const operation = rollout?.deployment === deployment ? rollout.operation : undefined;
    const quiet = <T>(read: Promise<T>) => read.catch(() => undefined);
    const [service, inferenceServer, storageInitializer] = await Promise.all([
      quiet(target.failure?.(endpoint, deployment, operation) ?? Promise.resolve(undefined)),
      quiet(target.logs(endpoint, deployment, DIAGNOSIS_LOG_LINES, 'inference-server')),
      // Only Azure has a storage initializer; locally the one log is the scoring server's.
      target.name === 'local' ? undefined : quiet(target.logs(endpoint, deployment, DIAGNOSIS_LOG_LINES, 'storage-initializer')),
    ]);
    const diagnosis = diagnose({ ...service, ...known, logs: { inferenceServer, storageInitializer } });
    return diagnosis;
  } catch (err) {
    ctx.logger.warn(`could not diagnose the failure: ${(err as Error).message}`);
    return undefined;
  }
}

/**
 * The log to show with a failed init(): the traceback once. The scoring log usually holds it
 * already (the inference server logs it); only when it does not is the traceback put first.
 */
function withTraceback(traceback: string | undefined, logs: string): string {
  const lines = (traceback ?? '')
    .trim()
    .split('\n')
    .slice(1)
    .filter((line) => line.trim());
  if (!lines.length || lines.every((line) => logs.includes(line))) return logs;
  return `${traceback!.trim()}\n\n--- scoring log ---\n${logs}`;
}

/** The rollout of this deployment (when this job made one) passed every check: nothing to undo. */
async function markVerified(ctx: EngineContext, options: WaitOptions): Promise<void> {
  const rollout = await readRollout(ctx.home, options.endpoint);
  if (rollout?.deployment === options.deployment) await updateRollout(ctx.home, options.endpoint, { verified: true });
}

/**
 * Once traffic has moved, the deployment must still be Healthy and the endpoint itself (routing by
 * weight, no deployment header) must answer the smoke test; otherwise traffic goes back.
 * @throws OperationError saying what failed and that traffic returned to `previous`.
 */
async function verifyAfterMove(ctx: EngineContext, target: Target, options: WaitOptions, canRollBack: boolean): Promise<void> {
  const bakeMs = options.bakeMs ?? 0;
  const until = ctx.clock.now() + bakeMs;
  let checks = 0;
  for (;;) {
    const failure = await checkAfterMove(ctx, target, options);
    checks += 1;
    if (failure) {
      const subject = `${options.endpoint}/${options.deployment}`;
      const logs = await target.logs(options.endpoint, options.deployment, LOG_LINES);
      if (!canRollBack) throw new OperationError(`${failure}${bakeMs ? ` during the bake (check ${checks})` : ''}.`, subject, logs);
      const restored = await rollBack(ctx, target, options);
      throw new OperationError(
        `rolled back: ${failure}${bakeMs ? ` during the bake (check ${checks})` : ''}. Traffic returned to ${JSON.stringify(restored)}; the previous deployment is serving again.`,
        subject,
        logs,
      );
    }
    const left = until - ctx.clock.now();
    if (left <= 0) break;
    await ctx.clock.sleep(Math.min(left, target.pollIntervals.maxMs));
  }
  if (bakeMs) ctx.logger.info(`Baked ${options.endpoint}/${options.deployment} for ${formatDuration(bakeMs)}: ${checks} check(s) passed.`);
}

/**
 * Traffic back to where it was before this rollout's first move (so a version that failed at 100%
 * keeps none of the 10% an earlier step gave it); without a rollout record, the last change undone.
 */
async function rollBack(ctx: EngineContext, target: Target, options: WaitOptions): Promise<Record<string, number>> {
  const rollout = await readRollout(ctx.home, options.endpoint);
  if (rollout?.deployment !== options.deployment || !rollout.trafficBefore) return rollbackTraffic(ctx, target, options.endpoint);
  return (await restoreTraffic(ctx, target, options.endpoint, rollout.trafficBefore)) ?? rollout.trafficBefore;
}

/** One check of a deployment that takes traffic: its state, and the endpoint answering the sample. */
async function checkAfterMove(ctx: EngineContext, target: Target, options: WaitOptions): Promise<string | undefined> {
  const status = await target.status(options.endpoint, options.deployment);
  if (status.state !== 'Healthy') return `${options.deployment} became ${status.state} (${status.detail})`;
  if (options.sampleRequest === undefined) return undefined;
  const answer = await target.invoke(options.endpoint, undefined, options.sampleRequest, ctx.logger).catch((err: Error) => ({ status: 0, body: err.message }));
  return answer.status === options.expectStatus
    ? undefined
    : `the endpoint answered the sample request with ${answer.status || answer.body} after traffic moved`;
}
