import * as core from '@actions/core';
import { teardown } from '../../engine/teardown.js';
import * as input from '../../github/inputs.js';
import { runAction } from '../../github/run-action.js';
import { section } from '../../github/summary.js';
import { actionContext, actionTarget } from '../common.js';

export async function main(): Promise<void> {
  await runAction('teardown', async (report) => {
    const options = {
      endpoint: input.required('endpoint-name'),
      deployment: input.text('deployment-name'),
      deleteModel: input.text('delete-model'),
      force: input.bool('force', false),
    };
    const ctx = actionContext();
    const deleted = await teardown(ctx, actionTarget(input.target() ?? 'local', ctx), options);
    core.setOutput('deleted', JSON.stringify(deleted));
    report.summary += section(
      `Teardown of ${options.endpoint}${options.deployment ? `/${options.deployment}` : ''}`,
      deleted.length ? deleted.map((d) => `- deleted ${d}`).join('\n') + '\n' : 'Nothing to delete: already gone.\n',
    );
  });
}
