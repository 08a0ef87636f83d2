import { join } from 'node:path';
import { formatDuration } from '../engine/duration.js';
import { formatBytes, truncate } from '../engine/format.js';
import { readSampleRequest } from '../engine/sample.js';
import { withEndpointLock } from '../engine/endpoint-lock.js';
import type { RegisterModelOptions } from '../engine/register.js';
import type { DeploymentSpec } from '../engine/spec.js';
import type { Target } from '../engine/target.js';
import { teardown } from '../engine/teardown.js';
import { up, type UpReport } from '../engine/up.js';
import { expectStatusOf, timeoutOf, type CliValues } from './args.js';
import { cliTarget, type CliContext } from './context.js';
import { exampleDir } from './paths.js';
import { maxHourlyCostOf, specFromArgs } from './spec-args.js';
import { isBatchDeploy, runBatchUp } from './batch.js';
import { ConfigError } from '../engine/errors.js';

/**
 * `mlship up`: the whole pipeline. Without --keep the endpoint is deleted at the end, but only if
 * this run created it: one that an earlier `up --keep` left running stays, and the report says so.
 */
export async function runUp(ctx: CliContext, values: CliValues): Promise<number> {
  if (isBatchDeploy(values)) return runBatchUp(ctx, values);
  if (values['sample-input'])
    throw new ConfigError('--sample-input applies to batch deployments (a batch deployment YAML); an online deployment takes --sample-request');
  const { spec, usesExample, register } = specFromArgs(ctx, values, 'up');
  const sampleFile = values['sample-request'] ?? (usesExample ? join(exampleDir(), 'sample-request.json') : undefined);
  const sampleRequest = await readSampleRequest(sampleFile, '--sample-request');
  const options = { timeoutMs: timeoutOf(values), expectStatus: expectStatusOf(values) };
  const target = await cliTarget(spec.target, ctx, values);
  const endpoint = spec.endpoint.name!;
  const stop = stopCommand(values, endpoint, spec.target);
  if (usesExample) ctx.logger.info(`Deploying the bundled example (${exampleDir()}) to the ${spec.target} target.`);
  // One run per endpoint at a time: a second `up` waits for the first, naming it.
  return withEndpointLock(ctx, spec.target, endpoint, values.keep ? 'mlship up --keep' : 'mlship up', () =>
    upLocked(
      ctx,
      target,
      { spec, register, sampleRequest, ...options, keep: !!values.keep, preflight: !values['no-preflight'], maxHourlyCost: maxHourlyCostOf(values) },
      stop,
    ),
  );
}

async function upLocked(
  ctx: CliContext,
  target: Target,
  options: {
    spec: DeploymentSpec;
    register?: RegisterModelOptions;
    sampleRequest?: string;
    timeoutMs: number;
    expectStatus: number;
    keep: boolean;
    preflight: boolean;
    maxHourlyCost?: number;
  },
  stop: string,
): Promise<number> {
  const { spec, register, sampleRequest, keep, ...limits } = options;
  const endpoint = spec.endpoint.name!;
  const report: UpReport = { deleted: [], timings: {} };
  const existed = !!(await target.describe(endpoint));
  const interrupt = onInterrupt(ctx, stop);
  try {
    const run = up(ctx, target, { spec, register, ...limits, teardownAfter: keep ? 'never' : 'if-created', endpointExisted: existed, sampleRequest }, report);
    // Once interrupted, the run is abandoned (the process ends after the teardown): its later failure is no news.
    run.catch(() => undefined);
    if ((await Promise.race([run.then(() => 'done' as const), interrupt.first])) === 'done') return 0;
    // Ctrl-C: what this run created goes, as at the end of a run without --keep.
    if (existed) ctx.logger.warn(`Interrupted. ${endpoint} was running before this run, so it is left running.`);
    else {
      ctx.logger.warn(`Interrupted: tearing down what this run created (Ctrl-C again stops at once)...`);
      report.deleted = await teardown(ctx, target, { endpoint, missingOk: true }).catch((err: Error) => {
        ctx.logger.warn(`the teardown failed: ${err.message}. Remove what is left with: ${stop}`);
        return [];
      });
    }
    return INTERRUPTED;
  } finally {
    interrupt.dispose();
    printReport(ctx, report, stop);
  }
}

/** Exit code of a run stopped by Ctrl-C (128 + SIGINT), as shells report it. */
export const INTERRUPTED = 130;

/**
 * The first Ctrl-C (or SIGTERM) resolves `first`; a second one stops the process at once,
 * printing the command that removes what is left.
 */
function onInterrupt(ctx: CliContext, stop: string): { first: Promise<'interrupted'>; dispose: () => void } {
  let seen = 0;
  let resolve!: (value: 'interrupted') => void;
  const first = new Promise<'interrupted'>((r) => (resolve = r));
  const handler = () => {
    seen += 1;
    if (seen === 1) return resolve('interrupted');
    ctx.logger.warn(`interrupted again: stopped without finishing the teardown. Remove what is left with: ${stop}`);
    process.exit(INTERRUPTED);
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  return {
    first,
    dispose: () => {
      process.removeListener('SIGINT', handler);
      process.removeListener('SIGTERM', handler);
    },
  };
}

/** The command that stops what is left running, with every flag needed to find it again. */
function stopCommand(values: CliValues, endpoint: string, target: string): string {
  const flags = [`--endpoint-name ${endpoint}`];
  if (target !== 'local') flags.push(`--target ${target}`);
  for (const flag of ['subscription-id', 'resource-group', 'workspace'] as const) if (values[flag]) flags.push(`--${flag} ${values[flag]}`);
  return `npx mlship teardown ${flags.join(' ')}`;
}

function printReport(ctx: CliContext, report: UpReport, stop: string): void {
  const { model, deployment, wait } = report;
  const lines = ['', 'mlship up report'];
  if (model) lines.push(`  model        ${model.modelId} (${model.reused ? 'reused' : 'new version'}, ${model.files} file(s), ${formatBytes(model.bytes)})`);
  if (deployment) {
    lines.push(
      `  environment  ${deployment.environmentId}`,
      `  endpoint     ${deployment.endpointName}/${deployment.deploymentName}`,
      `  scoring URI  ${deployment.scoringUri}`,
    );
  }
  if (wait) lines.push(`  state        ${wait.state}`);
  if (wait?.sample) lines.push(`  prediction   ${truncate(wait.sample.body, 500)}`);
  lines.push(
    `  timings      ${Object.entries(report.timings)
      .map(([k, v]) => `${k} ${formatDuration(v)}`)
      .join(', ')}`,
  );
  if (report.deleted.length) lines.push(`  torn down    ${report.deleted.join(', ')}`);
  if (deployment && !report.deleted.length) {
    const why = report.keptBecauseExisting ? 'It was running before this run, so it was left running' : 'Still running';
    lines.push('', `${why} at ${deployment.scoringUri}. Stop it with: ${stop}`);
  }
  const running = !!deployment && !report.deleted.length;
  ctx.out.result(lines.join('\n'), {
    model: model ?? null,
    deployment: deployment ?? null,
    wait: wait ?? null,
    deleted: report.deleted,
    timings: report.timings,
    running,
    stopCommand: running ? stop : null,
  });
}
