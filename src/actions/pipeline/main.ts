import * as core from '@actions/core';
import { formatBytes, truncate } from '../../engine/format.js';
import { ConfigError } from '../../engine/errors.js';
import { teardown } from '../../engine/teardown.js';
import { up, type UpOptions, type UpReport } from '../../engine/up.js';
import * as input from '../../github/inputs.js';
import { runAction, runPost } from '../../github/run-action.js';
import { removeCreated, saveState, savedState } from '../cleanup.js';
import { codeBlock, section, table, timing } from '../../github/summary.js';
import { actionContext, actionTarget, loadDeployInputs } from '../common.js';
import { readDeploySources, readMaxHourlyCost, readSharedInputs } from '../inputs.js';
import { readSampleRequest } from '../../engine/sample.js';

/** The root action: register, build, deploy, wait, smoke-test (and optionally tear down) in one step. */
export async function main(): Promise<void> {
  await runAction('mlship', async (summary) => {
    const shared = readSharedInputs();
    const sources = readDeploySources();
    const modelName = input.text('model-name');
    const modelPath = input.text('model-path');
    const register =
      modelName && modelPath ? { name: modelName, path: modelPath, tags: input.tags('tags'), description: input.text('description') } : undefined;
    // A model registered in this step is deployed by name, which also names the endpoint.
    const { loaded } = loadDeployInputs(sources, register ? { model: { kind: 'registered', name: register.name, version: 'latest' } } : {});
    const options = {
      spec: loaded.spec,
      register,
      timeoutMs: input.duration('timeout', '10m'),
      sampleRequest: await readSampleRequest(input.text('sample-request'), 'input "sample-request"'),
      expectStatus: input.integer('expect-status', 200, [100, 599]),
      teardownAfter: teardownMode(),
      preflight: input.bool('preflight', true),
      maxHourlyCost: readMaxHourlyCost(),
    };
    if (options.maxHourlyCost !== undefined && !options.preflight)
      throw new ConfigError('input "max-hourly-cost" is a preflight check: it needs preflight: true');
    const ctx = actionContext();
    const target = await actionTarget(loaded.spec.target, ctx, shared.azure);
    core.setOutput('endpoint-name', loaded.spec.endpoint.name);
    core.setOutput('deployment-name', loaded.spec.deployment.name);
    // Read before anything is created: `teardown: true` deletes only an endpoint this run created.
    const endpointExisted = options.teardownAfter === 'never' ? undefined : !!(await target.describe(loaded.spec.endpoint.name!));
    // With teardown, the post step deletes what this run created if the step is cancelled or killed first.
    saveState({ target: loaded.spec.target, endpoint: loaded.spec.endpoint.name, endpointExisted, succeeded: options.teardownAfter === 'never' });
    const report: UpReport = { deleted: [], timings: {} };
    try {
      await up(
        ctx,
        target,
        {
          ...options,
          endpointExisted,
          onDeployed: (d) => {
            core.setOutput('scoring-uri', d.scoringUri);
            core.setOutput('swagger-uri', d.swaggerUri);
            core.setOutput('environment-id', d.environmentId);
            core.setOutput('traffic', JSON.stringify(d.traffic));
          },
        },
        report,
      );
      core.setOutput('state', report.wait?.state ?? '');
      core.setOutput('sample-response', report.wait?.sample ? truncate(report.wait.sample.body, 1000) : '');
    } finally {
      if (report.model) {
        core.setOutput('model-id', report.model.modelId);
        core.setOutput('model-version', report.model.version);
        core.setOutput('reused', String(report.model.reused));
      }
      core.setOutput('deleted', JSON.stringify(report.deleted));
      if (report.timings.teardown !== undefined) saveState({ succeeded: true });
      summary.summary += pipelineSummary(report);
    }
  });
}

/** The post step: `teardown: true` holds even when the step was cancelled or killed before it could tear down. */
export async function post(): Promise<void> {
  await runPost('mlship', async (report) => {
    const state = savedState();
    const mode = teardownMode();
    if (!state || state.succeeded || mode === 'never') return;
    // `true` removes only what this run created; an endpoint that was there before stays.
    if (mode === 'if-created' && state.endpointExisted !== false) return;
    const ctx = actionContext();
    const target = await actionTarget(state.target, ctx, readSharedInputs().azure);
    const deleted = mode === 'always' ? await teardown(ctx, target, { endpoint: state.endpoint, missingOk: true }) : await removeCreated(ctx, target, state);
    report.summary += section(
      `mlship cleanup of ${state.endpoint}`,
      deleted.length ? deleted.map((d) => `- deleted ${d}`).join('\n') + '\n' : 'Nothing was left to delete.\n',
    );
  });
}

/**
 * The `teardown` input: `true` deletes the endpoint afterwards when this run created it (one that
 * was there before keeps running), `always` deletes it whatever, `false` keeps it.
 */
function teardownMode(): UpOptions['teardownAfter'] {
  const value = (input.text('teardown') ?? 'false').toLowerCase();
  if (value === 'true') return 'if-created';
  if (value === 'always') return 'always';
  if (value === 'false') return 'never';
  throw new ConfigError(`input "teardown" is "${input.text('teardown')}"; use true (delete what this run created), always or false`);
}

export function pipelineSummary(report: UpReport): string {
  const { model, deployment, wait } = report;
  const rows: [string, string | undefined][] = [
    ['model', model ? `${model.modelId} (${model.reused ? 'reused' : 'new version'}, ${formatBytes(model.bytes)})` : deployment?.modelId],
    ['environment', deployment?.environmentId],
    ['endpoint', deployment ? `${deployment.endpointName}/${deployment.deploymentName}` : undefined],
    ['scoring URI', deployment?.scoringUri],
    ['state', wait?.state],
    ['sample', wait?.sample ? `answered ${wait.sample.status}` : undefined],
    ['deleted', report.deleted.length ? report.deleted.join(', ') : undefined],
    ...Object.entries(report.timings).map(([phase, ms]): [string, string] => [`${phase} time`, timing(ms)]),
  ];
  const sample = wait?.sample ? `\n${codeBlock(truncate(wait.sample.body, 2000), 'json')}` : '';
  return section(`mlship: ${deployment ? `${deployment.endpointName}/${deployment.deploymentName}` : 'pipeline'}`, table(rows) + sample);
}
