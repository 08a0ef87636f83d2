import { join } from 'node:path';
import { formatDuration } from '../engine/duration.js';
import { formatBytes, truncate } from '../engine/format.js';
import { readSampleRequest } from '../engine/sample.js';
import { up, type UpReport } from '../engine/up.js';
import { expectStatusOf, timeoutOf, type CliValues } from './args.js';
import { cliTarget, type CliContext } from './context.js';
import { exampleDir } from './paths.js';
import { specFromArgs } from './spec-args.js';

/**
 * `mlship up`: the whole pipeline. Without --keep the endpoint is deleted at the end, but only if
 * this run created it: one that an earlier `up --keep` left running stays, and the report says so.
 */
export async function runUp(ctx: CliContext, values: CliValues): Promise<number> {
  const { spec, usesExample, register } = specFromArgs(ctx, values, 'up');
  const sampleFile = values['sample-request'] ?? (usesExample ? join(exampleDir(), 'sample-request.json') : undefined);
  const sampleRequest = await readSampleRequest(sampleFile, '--sample-request');
  const target = await cliTarget(spec.target, ctx, values);
  const report: UpReport = { deleted: [], timings: {} };
  if (usesExample) ctx.logger.info(`Deploying the bundled example (${exampleDir()}) to the ${spec.target} target.`);
  try {
    await up(
      ctx,
      target,
      {
        spec,
        register,
        timeoutMs: timeoutOf(values),
        expectStatus: expectStatusOf(values),
        teardownAfter: values.keep ? 'never' : 'if-created',
        sampleRequest,
      },
      report,
    );
  } finally {
    printReport(ctx, report, stopCommand(values, spec.endpoint.name!, spec.target));
  }
  return 0;
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
