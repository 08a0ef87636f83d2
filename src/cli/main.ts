import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadSpec, readConfigFile } from '../config/load.js';
import { quietRunner } from '../engine/commands.js';
import { registerEnvironment } from '../engine/environment.js';
import type { EngineContext } from '../engine/context.js';
import { deploy } from '../engine/deploy.js';
import { formatDuration } from '../engine/duration.js';
import { ConfigError, describeError, formatProblem } from '../engine/errors.js';
import { formatBytes, truncate } from '../engine/format.js';
import { systemClock, type Logger } from '../engine/logger.js';
import { plan } from '../engine/plan.js';
import { provenanceTags } from '../engine/provenance.js';
import { registerModel } from '../engine/register.js';
import { stateHome } from '../engine/state.js';
import { teardown } from '../engine/teardown.js';
import { up, type UpReport } from '../engine/up.js';
import { waitHealthy } from '../engine/wait.js';
import { resolveAzureSettings } from '../azure/settings.js';
import type { TargetName } from '../engine/spec.js';
import { createTarget } from '../targets/index.js';
import type { Target } from '../engine/target.js';
import { preparePython } from '../targets/local/python-env.js';
import { deploymentOf, endpointOf, expectStatusOf, HELP, parse, tagsOf, targetOf, timeoutOf, type CliValues } from './args.js';
import { terminalLogger, type TerminalLogger } from './logger.js';
import { exampleDir } from './paths.js';
import { specFromArgs } from './spec-args.js';
import { runEmulator } from './emulator.js';

/** Runs the mlship command line; returns the exit code (0 ok, 1 failed, 2 usage). */
export async function runCli(argv: string[]): Promise<number> {
  let logger = terminalLogger({ verbose: false });
  let debug = false;
  try {
    const { values, positionals } = parse(argv);
    debug = values.debug ?? false;
    logger = terminalLogger({ verbose: (values.verbose ?? false) || debug });
    const [command, ...rest] = positionals;
    if (values.help || !command) {
      logger.info(HELP);
      return command || values.help ? 0 : 2;
    }
    const ctx: EngineContext = { home: stateHome('cli'), logger, clock: systemClock, tags: provenanceTags(), commands: quietRunner };
    const handler = COMMANDS[command];
    if (!handler) throw new ConfigError(`unknown command "${command}". Commands: ${Object.keys(COMMANDS).join(', ')}`);
    return await handler(ctx, values, rest);
  } catch (err) {
    report(logger, err, debug);
    return err instanceof ConfigError ? 2 : 1;
  }
}

function report(logger: TerminalLogger, err: unknown, debug: boolean): void {
  const described = describeError(err);
  logger.error(described.message);
  if (described.logs) logger.info(`----- log -----\n${described.logs}`);
  if (described.kind === 'bug' && debug) logger.info((err as Error)?.stack ?? '');
  else if (described.kind === 'bug') logger.info('Run again with --debug for the stack trace.');
}

type Command = (ctx: EngineContext, values: CliValues, rest: string[]) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  validate: async (ctx, values, files) => {
    if (!files.length) throw new ConfigError('mlship validate needs one or more files');
    let errors = 0;
    for (const file of files) {
      const result = readConfigFile(file, { checkRefs: !values['no-refs'] });
      const fileErrors = result.problems.filter((p) => p.severity === 'error').length;
      errors += fileErrors;
      for (const problem of result.problems) ctx.logger.info(`${problem.severity === 'error' ? 'error' : 'warning'}: ${formatProblem(problem)}`);
      ctx.logger.info(`${file}: ${result.kind ?? 'unknown kind'}, ${fileErrors ? `${fileErrors} error(s)` : 'valid'}`);
    }
    return errors ? 1 : 0;
  },
  plan: async (ctx, values) => {
    const { spec } = specFromArgs(ctx, values, false);
    const items = await plan(ctx, spec, cliTarget(spec.target, ctx, values));
    for (const item of items) ctx.logger.info(`${item.action.padEnd(9)} ${item.resource.padEnd(11)} ${item.name}  (${item.reason})`);
    return 0;
  },
  register: async (ctx, values) => {
    if (!values['model-name'] || !values['model-path']) throw new ConfigError('mlship register needs --model-name and --model-path');
    const model = await registerModel(ctx, cliTarget(targetOf(values) ?? 'local', ctx, values), { name: values['model-name'], path: values['model-path'], tags: tagsOf(values), description: values.description });
    ctx.logger.info(model.modelId);
    return 0;
  },
  'build-env': async (ctx, values) => {
    const env = values.environment
      ? loadEnvironmentYaml(values.environment)
      : loadSpec({ inferenceConfig: values['inference-config'] ?? join(exampleDir(), 'inferenceconfig.json') }).spec.environment;
    const built = await registerEnvironment(ctx, cliTarget(targetOf(values) ?? 'local', ctx, values), env);
    await preparePython({ env, home: ctx.home, logger: ctx.logger, commands: ctx.commands });
    ctx.logger.info(built.environmentId);
    return 0;
  },
  deploy: async (ctx, values) => {
    const { spec } = specFromArgs(ctx, values, false);
    const result = await deploy(ctx, spec, cliTarget(spec.target, ctx, values));
    ctx.logger.info(`scoring URI: ${result.scoringUri}`);
    return 0;
  },
  wait: async (ctx, values) => {
    const endpoint = endpointOf(values, 'wait');
    const result = await waitHealthy(ctx, cliTarget(targetOf(values) ?? 'local', ctx, values), {
      endpoint, deployment: deploymentOf(values) ?? 'blue', timeoutMs: timeoutOf(values),
      sampleRequest: values['sample-request'] ? await readFile(values['sample-request'], 'utf8') : undefined, expectStatus: expectStatusOf(values),
    });
    ctx.logger.info(`${result.state} after ${formatDuration(result.durationMs)}${result.sample ? `; sample answered ${result.sample.status}: ${truncate(result.sample.body, 500)}` : ''}`);
    return 0;
  },
  teardown: async (ctx, values) => {
    const endpoint = endpointOf(values, 'teardown');
    const deleted = await teardown(ctx, cliTarget(targetOf(values) ?? 'local', ctx, values), {
      endpoint, deployment: deploymentOf(values), deleteModel: values['delete-model'], force: values.force,
    });
    ctx.logger.info(JSON.stringify(deleted));
    return 0;
  },
  keys: async (ctx, values) => {
    const endpoint = endpointOf(values, 'keys');
    const keys = await cliTarget(targetOf(values) ?? 'local', ctx, values).keys(endpoint, ctx.logger);
    if (!keys) {
      ctx.logger.info(`${endpoint} does not use key auth: it has no keys.`);
      return 0;
    }
    // Asked for by name: printed as they are, on stdout only (the logger would mask them).
    process.stdout.write(`primaryKey   ${keys.primaryKey}\nsecondaryKey ${keys.secondaryKey}\n`);
    return 0;
  },
  up: async (ctx, values) => runUp(ctx, values),
  emulator: async (ctx, values) => runEmulator(ctx, values['env-out'] ?? values['env-file']),
};

function loadEnvironmentYaml(file: string) {
  const read = readConfigFile(file, { checkRefs: true, expect: ['v2-environment'] });
  if (read.problems.some((p) => p.severity === 'error') || !read.fragment?.environment) throw new ConfigError(`${file} is not a valid environment.`, read.problems);
  return read.fragment.environment;
}

async function runUp(ctx: EngineContext, values: CliValues): Promise<number> {
  const { spec, usesExample, register } = specFromArgs(ctx, values, true);
  const sampleFile = values['sample-request'] ?? (usesExample ? join(exampleDir(), 'sample-request.json') : undefined);
  const target = cliTarget(spec.target, ctx, values);
  const report: UpReport = { deleted: [], timings: {} };
  if (usesExample) ctx.logger.info(`Deploying the bundled example (${exampleDir()}) to the ${spec.target} target.`);
  try {
    await up(ctx, target, {
      spec, register, timeoutMs: timeoutOf(values), expectStatus: expectStatusOf(values), teardownAfter: !values.keep,
      sampleRequest: sampleFile ? await readFile(sampleFile, 'utf8') : undefined,
    }, report);
  } finally {
    printReport(ctx.logger, report, values.keep ?? false);
  }
  return 0;
}

function printReport(logger: Logger, report: UpReport, keep: boolean): void {
  const { model, deployment, wait } = report;
  const lines = ['', 'mlship up report'];
  if (model) lines.push(`  model        ${model.modelId} (${model.reused ? 'reused' : 'new version'}, ${model.files} file(s), ${formatBytes(model.bytes)})`);
  if (deployment) {
    lines.push(`  environment  ${deployment.environmentId}`, `  endpoint     ${deployment.endpointName}/${deployment.deploymentName}`, `  scoring URI  ${deployment.scoringUri}`);
  }
  if (wait) lines.push(`  state        ${wait.state}`);
  if (wait?.sample) lines.push(`  prediction   ${truncate(wait.sample.body, 500)}`);
  lines.push(`  timings      ${Object.entries(report.timings).map(([k, v]) => `${k} ${formatDuration(v)}`).join(', ')}`);
  if (report.deleted.length) lines.push(`  torn down    ${report.deleted.join(', ')}`);
  if (keep && deployment) lines.push('', `Still running at ${deployment.scoringUri}. Stop it with: npx mlship teardown --endpoint-name ${deployment.endpointName}`);
  logger.info(lines.join('\n'));
}



function cliTarget(name: TargetName, ctx: EngineContext, values: CliValues): Target {
  return createTarget(name, ctx, () =>
    resolveAzureSettings({ subscriptionId: values['subscription-id'], resourceGroup: values['resource-group'], workspace: values.workspace }, process.env),
  );
}
