import * as core from '@actions/core';
import { deploy } from '../../engine/deploy.js';
import { runAction } from '../../github/run-action.js';
import { planTable, section, table } from '../../github/summary.js';
import { plan } from '../../engine/plan.js';
import * as input from '../../github/inputs.js';
import { previewName } from '../../github/pull-request.js';
import { actionContext, actionTarget, loadDeployInputs } from '../common.js';

export async function main(): Promise<void> {
  await runAction('deploy-model', async (report) => {
    const preview = input.bool('preview', false);
    const planOnly = input.bool('plan-only', false);
    const { loaded } = loadDeployInputs(preview ? { endpointName: previewName(process.env) } : {});
    const { spec } = loaded;
    const ctx = actionContext();
    const target = actionTarget(spec.target, ctx);
    if (planOnly) {
      const items = await plan(ctx, spec, target);
      for (const item of items) core.info(`${item.action.padEnd(9)} ${item.resource.padEnd(11)} ${item.name} (${item.reason})`);
      core.setOutput('plan', JSON.stringify(items));
      core.setOutput('endpoint-name', spec.endpoint.name);
      core.setOutput('deployment-name', spec.deployment.name);
      const changes = items.filter((i) => i.action !== 'unchanged').length;
      report.summary += section(`Plan for ${spec.endpoint.name}/${spec.deployment.name} (${spec.target}): ${changes ? `${changes} change(s)` : 'no change'}`, planTable(items));
      return;
    }
    // Names go out before anything can fail, so an `if: always()` teardown knows what to delete.
    core.setOutput('endpoint-name', spec.endpoint.name);
    core.setOutput('deployment-name', spec.deployment.name);
    const result = await deploy(ctx, spec, target);
    core.setOutput('scoring-uri', result.scoringUri);
    core.setOutput('swagger-uri', result.swaggerUri);
    core.setOutput('traffic', JSON.stringify(result.traffic));
    core.setOutput('model-id', result.modelId ?? '');
    core.setOutput('environment-id', result.environmentId);
    core.setOutput('changed', String(!result.unchanged));
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
        ['traffic', JSON.stringify(result.traffic)],
        ['change', result.unchanged ? 'none: already running this exact spec' : 'new or updated'],
      ]),
    );
  });
}
