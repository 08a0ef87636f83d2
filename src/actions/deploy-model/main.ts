import * as core from '@actions/core';
import { deploy } from '../../engine/deploy.js';
import { ConfigError } from '../../engine/errors.js';
import type { ObservedEndpoint } from '../../engine/target.js';
import { plan } from '../../engine/plan.js';
import { parseShare } from '../../engine/traffic.js';
import { promote, rollbackTraffic } from '../../engine/traffic-moves.js';
import { targetOfEndpoint } from '../../engine/known-endpoints.js';
import { checkStage } from '../../engine/stages.js';
import * as input from '../../github/inputs.js';
import { previewName } from '../../github/pull-request.js';
import { runAction, runPost, type ActionReport } from '../../github/run-action.js';
import { removeCreated, saveState, savedState, shouldClean } from '../cleanup.js';
import {
  readBatchDeployInputs,
  readCleanupMode,
  readDeploySources,
  readGitHubInputs,
  readMaxHourlyCost,
  readSharedInputs,
  type SharedInputs,
} from '../inputs.js';
import { reporting } from '../reporting.js';
import { planTable, preflightTable, section, table } from '../../github/summary.js';
import { formatFindings } from '../../engine/preflight.js';
import { actionContext, actionTarget, loadDeployInputs } from '../common.js';
import { deployBatch } from './batch.js';
import { isBatchDeploymentFile } from '../../config/load-batch.js';

export async function main(): Promise<void> {
  await runAction('deploy-model', async (report) => {
    const yaml = input.text('deployment');
    if (yaml && isBatchDeploymentFile(yaml)) return deployBatch(readBatchDeployInputs(), report);
    if (input.bool('make-default', false))
      throw new ConfigError('input "make-default" applies to batch deployments (input "deployment" a batch deployment YAML)');
    const mode = input.text('mode') ?? 'deploy';
    const shared = readSharedInputs();
    if (mode === 'promote' || mode === 'rollback') return moveTraffic(mode, shared, report);
    if (mode !== 'deploy') throw new ConfigError(`input "mode" is "${mode}"; use deploy, promote or rollback`);
    const traffic = input.text('traffic');
    const share = traffic === undefined ? undefined : parseTrafficInput(traffic);
    const preview = input.bool('preview', false);
    const release = {
      requireStage: input.text('require-stage') === undefined ? undefined : checkStage(input.text('require-stage')!, 'input "require-stage"'),
      stage: input.text('stage') === undefined ? undefined : checkStage(input.text('stage')!, 'input "stage"'),
      allowRollback: input.bool('allow-rollback', false),
    };
    // A preview names its own endpoint; an explicit name beside it would be silently overridden.
    const sources = readDeploySources();
    // Checked now, before anything is changed; the post step acts on it.
    readCleanupMode();
    const github = readGitHubInputs({ comment: false });
    const planOnly = input.bool('plan-only', false);
    const preflight = input.bool('preflight', true);
    const maxHourlyCost = readMaxHourlyCost();
    if (maxHourlyCost !== undefined && !preflight) throw new ConfigError('input "max-hourly-cost" is a preflight check: it needs preflight: true');
    if (preview && sources.overrides.endpointName)
      throw new ConfigError('give either "preview: true" (the endpoint is named after the pull request and model) or "endpoint-name", not both');
    const { loaded } = loadDeployInputs(sources, preview ? { endpointName: previewName(process.env, sources.model) } : {});
    const { spec } = loaded;
    const ctx = actionContext();
    const target = await actionTarget(spec.target, ctx, shared.azure);
    if (planOnly) {
      // With no deployment named, the plan is for the deployment that serves: "what would change for production".
      const serving = sources.overrides.deploymentName ? undefined : servingDeployment(await target.describe(spec.endpoint.name!));
      const planned = serving ? { ...spec, deployment: { ...spec.deployment, name: serving } } : spec;
      const items = await plan(ctx, planned, target);
      for (const item of items) ctx.logger.info(`${item.action.padEnd(9)} ${item.resource.padEnd(11)} ${item.name} (${item.reason})`);
      // What deploy's preflight would find, from the same reads; a plan never fails on it.
      const findings = preflight && target.preflight ? await target.preflight(planned, { maxHourlyCost }) : [];
      if (findings.length) ctx.logger.info(formatFindings(findings));
      const changes = items.filter((i) => i.action !== 'unchanged').length;
      core.setOutput('plan', JSON.stringify(items));
      core.setOutput('endpoint-name', planned.endpoint.name);
      core.setOutput('deployment-name', planned.deployment.name);
      core.setOutput('changed', String(changes > 0));
      report.summary += section(
        `Plan for ${spec.endpoint.name}/${spec.deployment.name} (${spec.target}): ${changes ? `${changes} change(s)` : 'no change'}`,
        planTable(items) + preflightTable(findings),
      );
      return;
    }
    // Names go out before anything can fail, so an `if: always()` teardown knows what to delete.
    core.setOutput('endpoint-name', spec.endpoint.name);
    core.setOutput('deployment-name', spec.deployment.name);
    saveState({ target: spec.target, endpoint: spec.endpoint.name, deployment: spec.deployment.name });
    await (await reporting(ctx.logger, github))?.deploying(spec.endpoint.name!, spec.deployment.name!);
    const result = await deploy(ctx, spec, target, {
      traffic: share,
      release,
      preflight,
      maxHourlyCost,
      // Recorded before anything is written: the post step must know what this run was creating.
      onDecision: (decision, existed) => saveState({ endpointExisted: existed, ...(decision.deployment === 'unchanged' ? { deployment: '' } : {}) }),
    });
    saveState({ succeeded: true });
    core.setOutput('scoring-uri', result.scoringUri);
    core.setOutput('swagger-uri', result.swaggerUri);
    core.setOutput('traffic', JSON.stringify(result.traffic));
    core.setOutput('model-id', result.modelId ?? '');
    core.setOutput('environment-id', result.environmentId);
    core.setOutput('changed', String(!result.unchanged));
    core.setOutput('drift', JSON.stringify(result.drift));
    const hourly = result.preflight.find((f) => f.hourly)?.hourly;
    core.setOutput('hourly-cost', hourly ? String(Math.round(hourly.amount * 1000) / 1000) : '');
    report.summary += section(
      `Deployment ${result.endpointName}/${result.deploymentName} ${result.unchanged ? 'unchanged' : 'started'} (${spec.target})`,
      table([
        ['endpoint', result.endpointName],
        ['deployment', result.deploymentName],
        ['target', spec.target],
        ['model', result.modelId ?? (spec.model?.kind === 'path' ? `${spec.model.path} (not registered)` : 'none')],
        ['environment', result.environmentId],
        ['scoring URI', result.scoringUri],
        ['swagger', result.swaggerUri],
        ['auth', spec.endpoint.authMode],
        ['traffic now', JSON.stringify(result.traffic)],
        ['traffic once healthy', share === undefined ? undefined : `${share}% to ${result.deploymentName} (applied by wait-healthy after the smoke test)`],
        ['change', result.unchanged ? 'no change: already running this exact spec' : result.drift.length ? 'drift corrected' : 'new or updated'],
        ['drift found and corrected', result.drift.length ? result.drift.join('; ') : undefined],
      ]) + preflightTable(result.preflight),
    );
  });
}

/** The deployment with the largest share of an endpoint's traffic; undefined when none serves. */
function servingDeployment(observed: ObservedEndpoint | undefined): string | undefined {
  return Object.entries(observed?.traffic ?? {})
    .filter(([, share]) => share > 0)
    .sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** The post step: with `cleanup`, removes what this run created when it failed or was cancelled (or always). */
export async function post(): Promise<void> {
  await runPost('deploy-model', async (report) => {
    const state = savedState();
    if (!shouldClean(readCleanupMode(), state)) return;
    const ctx = actionContext();
    const deleted = await removeCreated(ctx, await actionTarget(state.target, ctx, readSharedInputs().azure), state);
    if (deleted.length) report.summary += section(`Cleanup of ${state.endpoint}`, deleted.map((d) => `- deleted ${d}`).join('\n') + '\n');
  });
}

function parseTrafficInput(text: string): number {
  try {
    return parseShare(text, 'input "traffic"');
  } catch (err) {
    throw new ConfigError((err as Error).message);
  }
}

/** promote: the deployment (Healthy) takes all traffic. rollback: the map the last change replaced comes back. */
async function moveTraffic(mode: 'promote' | 'rollback', shared: SharedInputs, report: ActionReport): Promise<void> {
  const endpoint = input.requiredResourceName('endpoint-name');
  const deployment = mode === 'promote' ? input.requiredResourceName('deployment-name') : undefined;
  const ctx = actionContext();
  const target = await actionTarget(await targetOfEndpoint(ctx.home, endpoint, shared.target, 'input "target"'), ctx, shared.azure);
  const traffic = deployment ? await promote(ctx, target, endpoint, deployment) : await rollbackTraffic(ctx, target, endpoint);
  core.setOutput('endpoint-name', endpoint);
  core.setOutput('traffic', JSON.stringify(traffic));
  report.summary += section(`${mode === 'promote' ? 'Promoted' : 'Rolled back'} traffic on ${endpoint}`, table([['traffic', JSON.stringify(traffic)]]));
}
