import { join } from 'node:path';
import { loadSpec, type LoadedSpec } from '../config/load.js';
import { modelFromText } from '../config/v2.js';
import type { EngineContext } from '../engine/context.js';
import { ConfigError, formatProblem } from '../engine/errors.js';
import { checkAssetName } from '../engine/naming.js';
import { parseHourlyCost } from '../engine/preflight.js';
import type { RegisterModelOptions } from '../engine/register.js';
import { targetOf, tagsOf, type CliValues } from './args.js';
import { exampleDir } from './paths.js';

/**
 * Builds the spec from command-line options. With no config at all, `up` and `deploy` use the
 * bundled example and register its model; `--model-name` with `--model-path` registers the user's.
 */
export function specFromArgs(
  ctx: EngineContext,
  values: CliValues,
  command: 'up' | 'deploy' | 'plan',
): LoadedSpec & { usesExample: boolean; register?: RegisterModelOptions } {
  const yamlFiles = [values.deployment, values.endpoint, values.environment].filter((f): f is string => !!f);
  const noConfig = !values['inference-config'] && !values['deployment-config'] && yamlFiles.length === 0;
  const usesExample = noConfig;
  const example = exampleDir();
  if (!!values['model-name'] !== !!values['model-path']) {
    throw new ConfigError(`--model-name and --model-path go together (register a model, then deploy it); to deploy files without registering use --model PATH`);
  }
  if (values.model && values['model-path'])
    throw new ConfigError('give either --model (NAME:VERSION, NAME@latest or PATH) or --model-name with --model-path, not both');
  // Only `up` runs the bundled example: `deploy --endpoint-name prod` in an empty folder must not
  // put the demo model (or the demo's score.py) on prod.
  if (command !== 'up' && noConfig)
    throw new ConfigError(
      `mlship ${command} needs the scoring code and a model: --inference-config FILE (or --deployment FILE), and --model NAME:VERSION|NAME@latest|PATH (or --model-name with --model-path). Only mlship up with no options runs the bundled example.`,
    );
  const register: RegisterModelOptions | undefined =
    values['model-name'] && values['model-path']
      ? { name: checkAssetName(values['model-name'], '--model-name'), path: values['model-path'], tags: tagsOf(values), description: values.description }
      : usesExample && !values.model
        ? {
            name: 'diabetes-ridge',
            path: join(example, 'model'),
            tags: { example: 'true' },
            description: 'mlship example: ridge regression on the diabetes data set',
          }
        : undefined;
  const loaded = loadSpec({
    inferenceConfig: values['inference-config'] ?? (usesExample ? join(example, 'inferenceconfig.json') : undefined),
    deploymentConfig: values['deployment-config'] ?? (usesExample ? join(example, 'deploymentconfig.json') : undefined),
    yamlFiles,
    origin: 'flags',
    overrides: {
      target: targetOf(values),
      model:
        (values.model ? modelFromText(values.model, '--model') : undefined) ??
        (register ? { kind: 'registered', name: register.name, version: 'latest' } : undefined),
      endpointName: values['endpoint-name'] ?? (usesExample ? 'diabetes-example' : undefined),
      deploymentName: values['deployment-name'],
      instanceType: values['instance-type'],
      compute: values.compute,
      location: values.location,
    },
  });
  for (const secret of loaded.secrets) ctx.logger.secret(secret);
  for (const warning of loaded.warnings) ctx.logger.warn(formatProblem(warning));
  if (!loaded.spec.model && command !== 'up')
    throw new ConfigError(
      `mlship ${command} needs a model: --model NAME:VERSION|NAME@latest|PATH, or --model-name with --model-path (or model: in the deployment YAML)`,
    );
  if (!loaded.spec.model) ctx.logger.warn('no model is given (--model, or --model-name with --model-path): AZUREML_MODEL_DIR is not set for score.py');
  return { ...loaded, usesExample, register };
}

/** --max-hourly-cost: a positive amount per hour; undefined when not given. */
export function maxHourlyCostOf(values: { 'max-hourly-cost'?: string; 'no-preflight'?: boolean }): number | undefined {
  const text = values['max-hourly-cost'];
  if (text === undefined) return undefined;
  const value = parseHourlyCost(text, '--max-hourly-cost');
  if (values['no-preflight']) throw new ConfigError('--max-hourly-cost is a preflight check: it cannot go with --no-preflight');
  return value;
}
