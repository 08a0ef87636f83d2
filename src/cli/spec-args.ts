import { join } from 'node:path';
import { loadSpec, type LoadedSpec } from '../config/load.js';
import { modelFromText } from '../config/v2.js';
import type { EngineContext } from '../engine/context.js';
import { formatProblem } from '../engine/errors.js';
import type { RegisterModelOptions } from '../engine/register.js';
import { targetOf, tagsOf, type CliValues } from './args.js';
import { exampleDir } from './paths.js';

/**
 * Builds the spec from command-line options. With no config at all, `up` uses the bundled example
 * (and registers its model); other commands need the configs named.
 */
export function specFromArgs(ctx: EngineContext, values: CliValues, forUp: boolean): LoadedSpec & { usesExample: boolean; register?: RegisterModelOptions } {
  const yamlFiles = [values.deployment, values.endpoint, values.environment].filter((f): f is string => !!f);
  const usesExample = !values['inference-config'] && !values['deployment-config'] && yamlFiles.length === 0;
  const example = exampleDir();
  const register: RegisterModelOptions | undefined =
    values['model-name'] && values['model-path']
      ? { name: values['model-name'], path: values['model-path'], tags: tagsOf(values), description: values.description }
      : usesExample && forUp && !values.model
        ? { name: 'diabetes-ridge', path: join(example, 'model'), tags: { example: 'true' }, description: 'mlship example: ridge regression on the diabetes data set' }
        : undefined;
  const loaded = loadSpec({
    inferenceConfig: values['inference-config'] ?? (usesExample ? join(example, 'inferenceconfig.json') : undefined),
    deploymentConfig: values['deployment-config'] ?? (usesExample ? join(example, 'deploymentconfig.json') : undefined),
    yamlFiles,
    overrides: {
      target: targetOf(values),
      model: (values.model ? modelFromText(values.model, '--model') : undefined) ?? (register ? { kind: 'registered', name: register.name, version: 'latest' } : undefined),
      endpointName: values['endpoint-name'] ?? (usesExample ? 'diabetes-example' : undefined),
      deploymentName: values['deployment-name'],
      instanceType: values['instance-type'],
      compute: values.compute,
      location: values.location,
    },
  });
  for (const secret of loaded.secrets) ctx.logger.secret(secret);
  for (const warning of loaded.warnings) ctx.logger.warn(formatProblem(warning));
  return { ...loaded, usesExample, register };
}
