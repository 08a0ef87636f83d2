/**
 * Every command's own help and the flags it takes: `mlship help CMD`, `mlship CMD --help`, the
 * check that a flag belongs to the command it is given to, and shell completion all read this
 * one table.
 */

export interface CommandHelp {
  /** One line for the overview. */
  summary: string;
  /** Usage line(s) after `mlship CMD`. */
  usage: string;
  /** What the command does, and what it prints (stdout) with and without --json. */
  details: string;
  /** Flags it takes, besides the ones every command takes. */
  flags: readonly string[];
}

/** Flags every command takes. */
export const GLOBAL_FLAGS = ['help', 'verbose', 'debug', 'json', 'version'] as const;

const AZURE = ['subscription-id', 'resource-group', 'workspace', 'location'] as const;
const SPEC = [
  'model',
  'model-name',
  'model-path',
  'tag',
  'description',
  'inference-config',
  'deployment-config',
  'deployment',
  'endpoint',
  'environment',
  'target',
  'endpoint-name',
  'deployment-name',
  'compute',
  'instance-type',
  'timeout',
  ...AZURE,
] as const;

export const COMMAND_HELP: Record<string, CommandHelp> = {
  up: {
    summary: 'register, build, deploy, wait until Healthy, smoke-test, report, tear down',
    usage:
      '[deployment options] [--sample-request FILE] [--expect-status 200] [--timeout 10m] [--keep]\n       mlship up --deployment BATCH.yml [--endpoint E.yml] [--target local|amlcompute] [--sample-input PATH] [--keep]',
    details:
      'The whole pipeline. Without --keep, what this run created is deleted at the end (an endpoint that was\n' +
      'there before stays). With no options: the bundled example model on the local target.\n' +
      'Ctrl-C once tears down what this run created, a second Ctrl-C stops at once and prints the\n' +
      'command that would. stdout: the report (--json: {model, deployment, wait, deleted, timings}).\n' +
      'With a batch deployment YAML: deploy, a sample job on --sample-input, then (without --keep) remove what\n' +
      'this run created (--json: {deployment, job, kept}).',
    flags: [...SPEC, 'sample-request', 'expect-status', 'keep', 'sample-input', 'make-default', 'no-preflight', 'max-hourly-cost'],
  },
  validate: {
    summary: 'check config files',
    usage: '[--no-refs] FILE...',
    details: 'Exit 2 when a file has errors. stdout: one line per file (--json: {valid, files: [{file, kind, errors, problems}]}).',
    flags: ['no-refs'],
  },
  plan: {
    summary: 'what deploy would create, update or leave unchanged, changing nothing',
    usage: '[deployment options]',
    details:
      'stdout: one line per resource (--json: {items: [{action, resource, name, reason}]}). With a batch deployment\n' +
      'YAML: the batch endpoint, the batch deployment and the default deployment. On aci and aks the preflight\n' +
      "checks' findings follow (--json: preflight), unless --no-preflight.",
    flags: [...SPEC, 'make-default', 'no-preflight', 'max-hourly-cost'],
  },
  register: {
    summary: 'register a model file or folder',
    usage: '--model-name NAME --model-path PATH [--tag k=v ...] [--description TEXT] [--target local|aci|aks]',
    details: 'The same content under the same name reuses its version. stdout: NAME:VERSION (--json: {modelId, name, version, reused, files, bytes}).',
    flags: ['model-name', 'model-path', 'tag', 'description', 'target', 'timeout', ...AZURE],
  },
  'build-env': {
    summary: 'register (and locally, build) an environment',
    usage: '--inference-config FILE | --environment FILE [--target local|aci|aks]',
    details: 'stdout: NAME:VERSION (--json: {environmentId, name, version, reused}).',
    flags: ['inference-config', 'environment', 'target', 'timeout', ...AZURE],
  },
  deploy: {
    summary: 'deploy without waiting (needs a config and a model)',
    usage: '[deployment options]\n       mlship deploy --deployment BATCH.yml [--endpoint E.yml] [--target local|amlcompute] [--make-default]',
    details:
      'stdout: the scoring URI (--json: {endpointName, deploymentName, scoringUri, action, unchanged, traffic, drift, environmentId, modelId}).\n' +
      'A batch deployment YAML (az ml batch) deploys a batch deployment: the first one of an endpoint is its\n' +
      'default, another only with --make-default. stdout: ENDPOINT/DEPLOYMENT (--json: {endpointName,\n' +
      'deploymentName, action, unchanged, isDefault, defaultDeployment, modelId}).',
    flags: [...SPEC, 'make-default', 'no-preflight', 'max-hourly-cost'],
  },
  invoke: {
    summary: 'run a batch job: score a folder or a file, wait, collect the outputs',
    usage: '--endpoint-name NAME --input PATH [--input-type uri_folder|uri_file] [--deployment-name D] [--output DIR] [--timeout 30m]',
    details:
      "Runs the endpoint's default deployment (or --deployment-name) over the input's files. The outputs are laid\n" +
      'out as az ml job download lays them out: DIR/named-outputs/score/<output_file_name> and DIR/logs/.\n' +
      'Exit 0 only when the job Completed. stdout: the summary (--json: {jobName, status, error, files, miniBatches,\n' +
      'succeededItems, failedItems, failedMiniBatchDetails, outputDir, predictionsFile, durationMs}).',
    flags: ['endpoint-name', 'deployment-name', 'input', 'input-type', 'output', 'target', 'timeout', ...AZURE],
  },
  wait: {
    summary: 'wait until a deployment is Healthy, then smoke-test it',
    usage: '--endpoint-name NAME [--deployment-name NAME] [--timeout 10m] [--sample-request FILE] [--expect-status 200]',
    details: 'stdout: the state and the sample answer (--json: {state, durationMs, scoringUri, sample, traffic}).',
    flags: ['endpoint-name', 'deployment-name', 'timeout', 'sample-request', 'expect-status', 'target', ...AZURE],
  },
  status: {
    summary: 'endpoints: target, deployments, traffic, state, URL, age',
    usage: '[--endpoint-name NAME] [--target local|aci|aks]',
    details:
      'One endpoint, or every endpoint deployed from this folder (and, with --target aci|aks, every endpoint on\n' +
      'the workspace). stdout: a table (--json: {endpoints: [{name, target, scoringUri, traffic, createdAt,\n' +
      'deployments: [{name, state, detail, provisioningState}]}]}).',
    flags: ['endpoint-name', 'target', 'timeout', ...AZURE],
  },
  logs: {
    summary: "a deployment's scoring log",
    usage: '--endpoint-name NAME [--deployment-name NAME] [--lines 100] [--container inference-server|storage-initializer] [--follow]',
    details:
      'On Azure both containers unless --container says one; --follow (local target) keeps printing new lines\n' +
      'until Ctrl-C. stdout: the log (--json: {endpoint, deployment, logs}).',
    flags: ['endpoint-name', 'deployment-name', 'lines', 'container', 'follow', 'target', 'timeout', ...AZURE],
  },
  teardown: {
    summary: 'delete an endpoint or one deployment',
    usage: '--endpoint-name NAME [--deployment-name NAME [--force]] [--delete-model NAME:VERSION] [--missing-ok]',
    details: 'An endpoint that does not exist is an error unless --missing-ok. stdout: what was deleted (--json: {deleted: [...]}).',
    flags: ['endpoint-name', 'deployment-name', 'force', 'delete-model', 'missing-ok', 'target', 'timeout', ...AZURE],
  },
  keys: {
    summary: "print an endpoint's scoring keys",
    usage: '--endpoint-name NAME',
    details: 'stdout: the keys, unmasked, as asked for (--json: {primaryKey, secondaryKey}).',
    flags: ['endpoint-name', 'target', 'timeout', ...AZURE],
  },
  gc: {
    summary: 'remove local environments, run folders and leftovers no deployment uses',
    usage: '[--dry-run]',
    details: 'stdout: what was (or, with --dry-run, would be) removed (--json: {removed: [{path, bytes, why}], dryRun}).',
    flags: ['dry-run'],
  },
  completion: {
    summary: 'print shell completion for bash or zsh',
    usage: 'bash|zsh',
    details: 'bash: source <(mlship completion bash); zsh: source <(mlship completion zsh).',
    flags: [],
  },
  emulator: {
    summary: 'start the Azure ML workspace emulator on loopback',
    usage: '[--env-out FILE] [--identity-datastores] [--print-sdk-config]',
    details:
      '--identity-datastores: keyless workspaceblobstore, uploads with Entra tokens; --print-sdk-config: also\n' +
      "print how to point Microsoft's azure-ai-ml SDK at it. Runs until Ctrl-C.",
    flags: ['env-out', 'env-file', 'identity-datastores', 'print-sdk-config'],
  },
  help: { summary: "a command's own help", usage: '[COMMAND]', details: '', flags: [] },
};

/** `mlship help CMD` and `mlship CMD --help`. */
export function commandHelp(command: string): string {
  const help = COMMAND_HELP[command]!;
  const lines = [`mlship ${command}: ${help.summary}`, '', `Usage: mlship ${command} ${help.usage}`.trimEnd()];
  if (help.details) lines.push('', help.details);
  const flags = help.flags.map((f) => `--${f}`);
  if (flags.length) lines.push('', `Options: ${flags.join(' ')}`);
  if (help.flags.includes('model')) lines.push('', DEPLOYMENT_OPTIONS);
  if (help.flags.includes('subscription-id')) lines.push('', AZURE_OPTIONS);
  lines.push('', 'Every command: -v/--verbose (more detail), --debug, --json (results as JSON on stdout), -h/--help.');
  return lines.join('\n');
}

const DEPLOYMENT_OPTIONS = `Deployment options
  --model NAME:VERSION | NAME@latest | NAME@stage:STAGE | PATH   --model-name / --model-path to register first
  --inference-config FILE  --deployment-config FILE   (v1 JSON or YAML)
  --deployment FILE  --endpoint FILE  --environment FILE   (az ml v2 YAML)
  --target local|aci|aks  --endpoint-name NAME  --deployment-name NAME  --timeout 10m`;

const AZURE_OPTIONS = `Azure targets (aci, aks)
  --subscription-id ID  --resource-group NAME  --workspace NAME  --location REGION
  --compute NAME (aks)  --instance-type SKU   (defaults: MLSHIP_* / AZURE_* variables)
  Before anything is created deploy and up check the compute, the instance type and its quota (with the
  20% upgrade reserve) and your roles; --no-preflight skips those checks. On aci --max-hourly-cost AMOUNT
  refuses a deployment whose estimated cost (instances × the VM's hourly price, Azure retail prices) is above it.`;

export const HELP = `mlship: ship machine-learning models to Azure Machine Learning (and to this machine)

Usage: mlship <command> [options]      mlship help <command>      mlship <command> --help

Commands
${Object.entries(COMMAND_HELP)
  .map(([name, help]) => `  ${name.padEnd(11)}${help.summary}`)
  .join('\n')}

${DEPLOYMENT_OPTIONS}

${AZURE_OPTIONS}

Output
  Progress and logs go to stderr, results to stdout: $(mlship register ...) captures NAME:VERSION.
  --json          results as one JSON document on stdout (field names are stable)
  -v, --verbose   more detail (pip's own output)     --debug   the stack trace of an unexpected error
  -h, --help      this text                          --version   mlship's version

wait, status, logs, teardown and keys act on the target the endpoint was deployed to from this
folder; give --target for one deployed elsewhere.

Exit codes: 0 done, 1 failed, 2 bad usage or input (nothing was changed), 130 interrupted.
State is kept in .mlship/ in the working directory (MLSHIP_HOME overrides).`;
