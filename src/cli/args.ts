import { parseArgs } from 'node:util';
import { parseDuration } from '../engine/duration.js';
import { ConfigError } from '../engine/errors.js';
import { checkResourceName, tagProblem } from '../engine/naming.js';
import { TARGETS, type TargetName } from '../engine/spec.js';
import { closest } from '../config/suggest.js';
import { COMMAND_HELP, GLOBAL_FLAGS } from './help.js';

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
  verbose: { type: 'boolean', short: 'v' },
  debug: { type: 'boolean' },
  'no-refs': { type: 'boolean' },
  'no-preflight': { type: 'boolean' },
  'max-hourly-cost': { type: 'string' },
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
  json: { type: 'boolean' },
  lines: { type: 'string' },
  container: { type: 'string' },
  follow: { type: 'boolean', short: 'f' },
  'dry-run': { type: 'boolean' },
  input: { type: 'string' },
  'input-type': { type: 'string' },
  output: { type: 'string' },
  'make-default': { type: 'boolean' },
  'sample-input': { type: 'string' },
} as const;

export const OPTION_NAMES = Object.keys(OPTIONS);

export type CliValues = ReturnType<typeof parse>['values'];

/** Parses the command line strictly: an unknown flag is an error naming the closest known one. */
export function parse(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (err) {
    const unknown = /Unknown option '(-{1,2})([^']+)'/.exec((err as Error).message);
    if (unknown) {
      const guess = closest(unknown[2]!, OPTION_NAMES);
      throw new ConfigError(`unknown option ${unknown[1]}${unknown[2]}${guess ? `: did you mean --${guess}?` : ''} Run mlship --help for the options.`);
    }
    throw new ConfigError(`${(err as Error).message.split('. To specify')[0]}. Run mlship --help for the options.`);
  }
}

/**
 * Refuses a flag the command does not take (`keys --model x` would otherwise be ignored without a
 * word), naming the command's own help.
 */
export function checkFlagsOf(command: string, values: Record<string, unknown>): void {
  const allowed = new Set<string>([...GLOBAL_FLAGS, ...(COMMAND_HELP[command]?.flags ?? [])]);
  const foreign = Object.keys(values).filter((flag) => values[flag] !== undefined && !allowed.has(flag));
  if (foreign.length)
    throw new ConfigError(
      `mlship ${command} does not take ${foreign.map((f) => `--${f}`).join(', ')}. Its options: ${[...(COMMAND_HELP[command]?.flags ?? [])].map((f) => `--${f}`).join(' ') || 'none'} (mlship help ${command}).`,
    );
}

/** --lines for logs: a positive count, at most what Azure's getLogs returns (10,000). */
export function linesOf(values: CliValues): number {
  const n = Number(values.lines ?? 100);
  if (!Number.isInteger(n) || n < 1 || n > 10_000) throw new ConfigError(`--lines ${values.lines}: give a whole number from 1 to 10000`);
  return n;
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
