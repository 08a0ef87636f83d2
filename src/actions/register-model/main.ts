import * as core from '@actions/core';
import { registerModel } from '../../engine/register.js';
import { formatBytes } from '../../engine/format.js';
import * as input from '../../github/inputs.js';
import { runAction } from '../../github/run-action.js';
import { section, table } from '../../github/summary.js';
import { actionContext, actionTarget } from '../common.js';
import { readSharedInputs } from '../inputs.js';

export async function main(): Promise<void> {
  await runAction('register-model', async (report) => {
    const shared = readSharedInputs();
    const options = {
      name: input.required('model-name'),
      path: input.required('model-path'),
      tags: input.tags('tags'),
      description: input.text('description'),
    };
    const ctx = actionContext();
    const model = await registerModel(ctx, await actionTarget(shared.target ?? 'local', ctx, shared.azure), options);
    core.setOutput('model-id', model.modelId);
    core.setOutput('model-version', model.version);
    core.setOutput('reused', String(model.reused));
    report.summary += section(
      `Model ${model.modelId} ${model.reused ? 'reused' : 'registered'}`,
      table([
        ['model', model.modelId],
        ['content', `${model.files} file(s), ${formatBytes(model.bytes)}`],
        ['sha256', `\`${model.hash}\``],
        ['reused', model.reused ? 'yes: same content already registered, no new version' : 'no: new version'],
      ]),
    );
  });
}
