import { parseArgs } from 'node:util';
import { parseDuration } from '../engine/duration.js';
import { ConfigError } from '../engine/errors.js';
import { checkResourceName, tagProblem } from '../engine/naming.js';
import { TARGETS, type TargetName } from '../engine/spec.js';

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
  verbose: { type: 'boolean', short: 'v' },
  debug: { type: 'boolean' },
  'no-refs': { type: 'boolean' },
  keep: { type: 'boolean' },
  force: { type: 'boolean' },
  'missing-ok': { type: 'boolean' },
  'model-name': { type: 'string' },
  'model-path': { type: 'string' },
  model: { type: 'string' },
  tag: { type: 'string', multiple: true },
  description: { type: 'string' },
  'inference-config': { type: 'string' },
  'deployment-config': { type: 'string' },
  deployment: { type: 'string' },
  endpoint: { type: 'string' },
  environment: { type: 'string' },
  target: { type: 'string' },
  'endpoint-name': { type: 'string' },
  'deployment-name': { type: 'string' },
  timeout: { type: 'string' },
  'sample-request': { type: 'string' },
  'expect-status': { type: 'string' },
  'delete-model': { type: 'string' },
  'subscription-id': { type: 'string' },
  'resource-group': { type: 'string' },
  workspace: { type: 'string' },
  location: { type: 'string' },
  compute: { type: 'string' },
  'instance-type': { type: 'string' },
  // Node itself takes --env-file even after the script path on some versions (nodejs/node#54232),
  // so the emulator writes its settings with --env-out; --env-file is accepted where it reaches us.
  'env-out': { type: 'string' },
  'env-file': { type: 'string' },
  'identity-datastores': { type: 'boolean' },
  'print-sdk-config': { type: 'boolean' },
} as const;

export type CliValues = ReturnType<typeof parse>['values'];

/** Parses the command line strictly: an unknown flag is an error, not silently ignored. */
export function parse(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (err) {
    throw new ConfigError(`${(err as Error).message}. Run mlship --help for the options.`);
  }
}

export function targetOf(values: CliValues): TargetName | undefined {
  const value = values.target?.toLowerCase();
  if (value === undefined) return undefined;
  if (!(TARGETS as readonly string[]).includes(value)) throw new ConfigError(`--target ${value}: use local, aci or aks`);
  return value as TargetName;
}

/** --endpoint-name, required by `command` and checked against Azure's naming rule. */
export function endpointOf(values: CliValues, command: string): string {
  const value = values['endpoint-name'];
  if (!value) throw new ConfigError(`mlship ${command} needs --endpoint-name NAME`);
  return checkResourceName(value, '--endpoint-name');
}

/** --deployment-name when given, checked against Azure's naming rule. */
export function deploymentOf(values: CliValues): string | undefined {
  const value = values['deployment-name'];
  return value === undefined ? undefined : checkResourceName(value, '--deployment-name');
}

export function timeoutOf(values: CliValues): number {
  return parseDuration(values.timeout ?? '10m', '--timeout');
}

export function expectStatusOf(values: CliValues): number {
  const n = Number(values['expect-status'] ?? 200);
  if (!Number.isInteger(n) || n < 100 || n > 599) throw new ConfigError(`--expect-status ${values['expect-status']}: use an HTTP status such as 200`);
  return n;
}

export function tagsOf(values: CliValues): Record<string, string> {
  const tags: Record<string, string> = {};
  for (const item of values.tag ?? []) {
    const eq = item.indexOf('=');
    if (eq <= 0) throw new ConfigError(`--tag ${item}: write key=value`);
    const problem = tagProblem(item.slice(0, eq), item.slice(eq + 1));
    if (problem) throw new ConfigError(`--tag: ${problem}`);
    tags[item.slice(0, eq)] = item.slice(eq + 1);
  }
  return tags;
}

export const HELP = `mlship: ship machine-learning models to Azure Machine Learning (and to this machine)

Usage: mlship <command> [options]

Commands
  up         register, build, deploy, wait until Healthy, send the sample request, report,
             then tear down what it created (--keep leaves it running). With no options: the
             bundled example model on the local target.
  validate   check config files: mlship validate [--no-refs] <files...>
  plan       show what up would create, update or leave unchanged, without changing anything
  register   --model-name NAME --model-path PATH [--tag k=v ...] [--description TEXT]
  build-env  --inference-config FILE | --environment FILE
  deploy     deploy without waiting (as up, but it needs a config and a model: only up runs the example)
  wait       --endpoint-name NAME [--deployment-name NAME] [--timeout 10m] [--sample-request FILE]
  teardown   --endpoint-name NAME [--deployment-name NAME [--force]] [--delete-model NAME:VERSION]
             [--missing-ok] (succeed when it is already gone; otherwise that is an error)
  keys       --endpoint-name NAME   print the endpoint's scoring keys
  (wait, teardown and keys act on the target the endpoint was deployed to from this folder;
   give --target for one deployed elsewhere)
  emulator   start the Azure ML workspace emulator on loopback [--env-out FILE]
             [--identity-datastores] (keyless workspaceblobstore, uploads with Entra tokens)
             [--print-sdk-config] (also print how to point Microsoft's azure-ai-ml SDK at it)

Deployment options (up, plan, deploy)
  --model NAME:VERSION | NAME@latest | PATH     --model-name / --model-path to register first
  --inference-config FILE  --deployment-config FILE   (v1 JSON or YAML)
  --deployment FILE  --endpoint FILE  --environment FILE   (az ml v2 YAML)
  --target local|aci|aks  --endpoint-name NAME  --deployment-name NAME
  --timeout 10m  --sample-request FILE  --expect-status 200  --keep

Azure targets (aci, aks)
  --subscription-id ID  --resource-group NAME  --workspace NAME  --location REGION
  --compute NAME (aks)  --instance-type SKU   (defaults: MLSHIP_* / AZURE_* variables)

Output
  -v, --verbose   more detail     --debug   the stack trace of an unexpected error
  -h, --help      this text       --version   mlship's version

Exit codes: 0 done, 1 failed, 2 bad usage or input (nothing was changed).
State is kept in .mlship/ in the working directory (MLSHIP_HOME overrides).`;
