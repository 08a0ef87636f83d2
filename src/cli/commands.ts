import { join } from 'node:path';
import { loadSpec, readConfigFile } from '../config/load.js';
import { deploy } from '../engine/deploy.js';
import { withEndpointLock } from '../engine/endpoint-lock.js';
import { formatDuration } from '../engine/duration.js';
import { registerEnvironment } from '../engine/environment.js';
import { formatFindings } from '../engine/preflight.js';
import { ConfigError, formatProblem, NotFoundError } from '../engine/errors.js';
import { targetOfEndpoint } from '../engine/known-endpoints.js';
import { truncate } from '../engine/format.js';
import { checkAssetName } from '../engine/naming.js';
import { plan } from '../engine/plan.js';
import { registerModel } from '../engine/register.js';
import { readSampleRequest } from '../engine/sample.js';
import { checkedModelVersion, teardown } from '../engine/teardown.js';
import { waitHealthy } from '../engine/wait.js';
import { preparePython } from '../targets/local/python-env.js';
import { deploymentOf, endpointOf, expectStatusOf, tagsOf, targetOf, timeoutOf, type CliValues } from './args.js';
import { exampleDir } from './paths.js';
import { maxHourlyCostOf, specFromArgs } from './spec-args.js';
import { runUp } from './up.js';
import { cliAzureBatch, isBatchDeploy, runBatchDeploy, runBatchPlan, runInvoke } from './batch.js';
import { LocalBatch } from '../targets/local/local-batch.js';
import { completionScript } from './completion.js';
import { runGc } from './gc.js';
import { runLogs } from './logs.js';
import { runStatus } from './status.js';
import { cliTarget, type CliContext } from './context.js';

type Command = (ctx: CliContext, values: CliValues, rest: string[]) => Promise<number>;

export const COMMANDS: Record<string, Command> = {
  validate: async (ctx, values, files) => {
    if (!files.length) throw new ConfigError('mlship validate needs one or more files: mlship validate [--no-refs] FILE...');
    let errors = 0;
    const reports = [];
    for (const file of files) {
      const result = readConfigFile(file, { checkRefs: !values['no-refs'] });
      const fileErrors = result.problems.filter((p) => p.severity === 'error').length;
      errors += fileErrors;
      for (const problem of result.problems) ctx.logger.info(`${problem.severity === 'error' ? 'error' : 'warning'}: ${formatProblem(problem)}`);
      reports.push({
        file,
        kind: result.kind ?? null,
        errors: fileErrors,
        problems: result.problems,
        line: `${file}: ${result.kind ?? 'unknown kind'}, ${fileErrors ? `${fileErrors} error(s)` : 'valid'}`,
      });
    }
    ctx.out.result(reports.map((r) => r.line).join('\n'), { valid: errors === 0, files: reports.map(({ line: _line, ...r }) => r) });
    // A file with errors is bad input: exit 2, as for every other command.
    return errors ? 2 : 0;
  },
  plan: async (ctx, values) => {
    if (isBatchDeploy(values)) return runBatchPlan(ctx, values);
    const { spec } = specFromArgs(ctx, values, 'plan');
    const target = await cliTarget(spec.target, ctx, values);
    const items = await plan(ctx, spec, target);
    // What deploy's preflight would find, from the same reads; a plan never fails on it.
    const preflight = !values['no-preflight'] && target.preflight ? await target.preflight(spec, { maxHourlyCost: maxHourlyCostOf(values) }) : [];
    const lines = items.map((item) => `${item.action.padEnd(9)} ${item.resource.padEnd(11)} ${item.name}  (${item.reason})`);
    ctx.out.result([...lines, ...(preflight.length ? [formatFindings(preflight)] : [])].join('\n'), { items, preflight });
    return 0;
  },
  register: async (ctx, values) => {
    if (!values['model-name'] || !values['model-path']) throw new ConfigError('mlship register needs --model-name NAME and --model-path PATH');
    const name = checkAssetName(values['model-name'], '--model-name');
    const model = await registerModel(ctx, await cliTarget(targetOf(values) ?? 'local', ctx, values), {
      name,
      path: values['model-path'],
      tags: tagsOf(values),
      description: values.description,
    });
    const { modelId, name: modelName, version, reused, files, bytes } = model;
    ctx.out.result(modelId, { modelId, name: modelName, version, reused, files, bytes });
    return 0;
  },
  'build-env': async (ctx, values) => {
    const env = values.environment
      ? loadEnvironmentYaml(values.environment)
      : loadSpec({ inferenceConfig: values['inference-config'] ?? join(exampleDir(), 'inferenceconfig.json'), origin: 'flags' }).spec.environment;
    const target = targetOf(values) ?? 'local';
    // Built first, registered after: a build that fails leaves no version behind.
    if (target === 'local') await preparePython({ env, home: ctx.home, logger: ctx.logger, commands: ctx.commands });
    const built = await registerEnvironment(ctx, await cliTarget(target, ctx, values), env);
    ctx.out.result(built.environmentId, { environmentId: built.environmentId, name: built.name, version: built.version, reused: built.reused });
    return 0;
  },
  deploy: async (ctx, values) => {
    if (isBatchDeploy(values)) return runBatchDeploy(ctx, values);
    if (values['make-default'])
      throw new ConfigError('--make-default applies to batch deployments (a batch deployment YAML); an online deployment takes traffic after wait-healthy');
    const { spec, register } = specFromArgs(ctx, values, 'deploy');
    const target = await cliTarget(spec.target, ctx, values);
    // The spec already names the model to register as NAME@latest.
    if (register) await registerModel(ctx, target, register);
    const result = await withEndpointLock(ctx, spec.target, spec.endpoint.name!, 'mlship deploy', () =>
      deploy(ctx, spec, target, { preflight: !values['no-preflight'] }),
    );
    ctx.out.result(result.scoringUri, {
      endpointName: result.endpointName,
      deploymentName: result.deploymentName,
      scoringUri: result.scoringUri,
      action: result.action,
      unchanged: result.unchanged,
      traffic: result.traffic,
      drift: result.drift,
      environmentId: result.environmentId,
      modelId: result.modelId ?? null,
    });
    return 0;
  },
  wait: async (ctx, values) => {
    // Every flag is checked before anything is looked up or done.
    const endpoint = endpointOf(values, 'wait');
    const options = {
      endpoint,
      deployment: deploymentOf(values) ?? 'blue',
      timeoutMs: timeoutOf(values),
      sampleRequest: await readSampleRequest(values['sample-request'], '--sample-request'),
      expectStatus: expectStatusOf(values),
    };
    const result = await waitHealthy(ctx, await endpointTarget(ctx, values, endpoint), options);
    ctx.out.result(
      `${result.state} after ${formatDuration(result.durationMs)}${result.sample ? `; sample answered ${result.sample.status}: ${truncate(result.sample.body, 500)}` : ''}`,
      {
        state: result.state,
        durationMs: Math.round(result.durationMs),
        scoringUri: result.scoringUri ?? null,
        sample: result.sample ?? null,
        traffic: result.traffic,
      },
    );
    return 0;
  },
  invoke: async (ctx, values) => runInvoke(ctx, values),
  teardown: async (ctx, values) => {
    const endpoint = endpointOf(values, 'teardown');
    if (values.target?.toLowerCase() === 'amlcompute') {
      if (values['delete-model']) throw new ConfigError('--delete-model applies to online endpoints');
      const deleted = await (
        await cliAzureBatch(ctx, values)
      ).teardown(ctx, endpoint, deploymentOf(values), { missingOk: values['missing-ok'], force: values.force });
      ctx.out.result(deleted.length ? `Deleted: ${deleted.join(', ')}` : 'Nothing was deleted.', { deleted });
      return 0;
    }
    const batch = new LocalBatch(ctx.home, ctx.commands);
    if ((values.target ?? 'local') === 'local' && (await batch.read(endpoint))) {
      if (values['delete-model']) throw new ConfigError('--delete-model applies to online endpoints; a local batch endpoint keeps no model of its own');
      const deleted = await batch.teardown(endpoint, deploymentOf(values), { missingOk: values['missing-ok'], force: values.force });
      ctx.out.result(deleted.length ? `Deleted: ${deleted.join(', ')}` : 'Nothing was deleted.', { deleted });
      return 0;
    }
    const options = {
      endpoint,
      deployment: deploymentOf(values),
      deleteModel: checkedModelVersion(values['delete-model'], '--delete-model'),
      force: values.force,
      missingOk: values['missing-ok'],
    };
    const target = await endpointTarget(ctx, values, endpoint);
    const deleted = await withEndpointLock(ctx, target.name, endpoint, 'mlship teardown', () => teardown(ctx, target, options));
    ctx.out.result(deleted.length ? `Deleted: ${deleted.join(', ')}` : 'Nothing was deleted.', { deleted });
    return 0;
  },
  keys: async (ctx, values) => {
    const endpoint = endpointOf(values, 'keys');
    const target = await endpointTarget(ctx, values, endpoint);
    if (!(await target.describe(endpoint))) throw new NotFoundError(`endpoint ${endpoint} does not exist on target ${target.name}`, endpoint);
    const keys = await target.keys(endpoint, ctx.logger);
    if (!keys) {
      ctx.logger.info(`${endpoint} does not use key auth: it has no keys.`);
      ctx.out.result('', { primaryKey: null, secondaryKey: null });
      return 0;
    }
    // Asked for by name: printed as they are, past the masking.
    ctx.out.secretResult(`primaryKey   ${keys.primaryKey}\nsecondaryKey ${keys.secondaryKey}`, {
      primaryKey: keys.primaryKey,
      secondaryKey: keys.secondaryKey,
    });
    return 0;
  },
  up: async (ctx, values) => runUp(ctx, values),
  status: async (ctx, values) => runStatus(ctx, values),
  logs: async (ctx, values) => runLogs(ctx, values),
  gc: async (ctx, values) => runGc(ctx, values),
  completion: async (ctx, _values, rest) => {
    ctx.out.result(completionScript(rest[0]), { shell: rest[0], script: completionScript(rest[0]) });
    return 0;
  },
  // Answered in main before a command runs (`mlship help CMD`); here only for the table.
  help: async () => 0,
  // The emulator (https server, OpenAPI validation, Azurite) is loaded only when asked for.
  emulator: async (ctx, values) =>
    (await import('./emulator.js')).runEmulator(ctx, {
      envFile: values['env-out'] ?? values['env-file'],
      identityDatastores: !!values['identity-datastores'],
      printSdkConfig: !!values['print-sdk-config'],
    }),
};

/** The target of an existing endpoint: --target, else where it was deployed from this folder. */
async function endpointTarget(ctx: CliContext, values: CliValues, endpoint: string) {
  return cliTarget(await targetOfEndpoint(ctx.home, endpoint, targetOf(values), '--target'), ctx, values);
}

function loadEnvironmentYaml(file: string) {
  const read = readConfigFile(file, { checkRefs: true, expect: ['v2-environment'] });
  if (read.problems.some((p) => p.severity === 'error') || !read.fragment?.environment)
    throw new ConfigError(`${file} is not a valid environment.`, read.problems);
  return read.fragment.environment;
}
