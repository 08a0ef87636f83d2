import * as core from '@actions/core';
import { registerEnvironment } from '../../engine/environment.js';
import { ConfigError, formatProblem } from '../../engine/errors.js';
import type { EnvironmentSpec } from '../../engine/spec.js';
import * as input from '../../github/inputs.js';
import { runAction } from '../../github/run-action.js';
import { section, table } from '../../github/summary.js';
import { loadSpec, readConfigFile } from '../../config/load.js';
import { preparePython } from '../../targets/local/python-env.js';
import { actionContext, actionTarget } from '../common.js';
import { readSharedInputs } from '../inputs.js';
import { actionLogger } from '../../github/logger.js';

function environmentFromInputs(): EnvironmentSpec {
  const inferenceConfig = input.text('inference-config');
  const environment = input.text('environment');
  if (inferenceConfig && environment) throw new ConfigError('give either "inference-config" or "environment", not both');
  if (inferenceConfig) return loadSpec({ inferenceConfig }).spec.environment;
  if (!environment) throw new ConfigError('input "inference-config" (v1 JSON/YAML) or "environment" (az ml environment YAML) is required');
  const read = readConfigFile(environment, { checkRefs: true, expect: ['v2-environment'] });
  const errors = read.problems.filter((p) => p.severity === 'error');
  if (errors.length || !read.fragment?.environment) throw new ConfigError(`${environment} is not a valid environment; nothing was changed.`, read.problems);
  for (const warning of read.problems) actionLogger.warn(formatProblem(warning));
  return read.fragment.environment;
}

export async function main(): Promise<void> {
  await runAction('build-env', async (report) => {
    const env = environmentFromInputs();
    const ctx = actionContext();
    const shared = readSharedInputs();
    const targetName = shared.target ?? 'local';
    // Built first, registered after: a build that fails leaves no version behind. Built now, so
    // deploy-model starts at once: the virtual environment is cached by content hash.
    const python = targetName === 'local' ? await preparePython({ env, home: ctx.home, logger: ctx.logger, commands: ctx.commands }) : undefined;
    const built = await registerEnvironment(ctx, await actionTarget(targetName, ctx, shared.azure), env);
    core.setOutput('environment-id', built.environmentId);
    core.setOutput('env-hash', built.hash);
    core.setOutput('reused', String(built.reused));
    report.summary += section(
      `Environment ${built.environmentId} ${built.reused ? 'reused' : 'registered'}`,
      table([
        ['environment', built.environmentId],
        ['pip packages', env.pipPackages.join(', ') || 'none'],
        ['python', env.pythonVersion],
        ['image (Azure only)', env.image],
        [
          'interpreter',
          python ? `${python.python}${python.venv ? (python.cached ? ' (cached virtual environment)' : ' (new virtual environment)') : ''}` : undefined,
        ],
        ['reused', built.reused ? 'yes: an existing version has this spec' : 'no: new version'],
      ]),
    );
  });
}
