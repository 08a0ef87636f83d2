import { closest } from './suggest.js';
import v1Deployment from './schemas/v1-deployment-config.json' with { type: 'json' };
import v1Inference from './schemas/v1-inference-config.json' with { type: 'json' };
import v2BatchDeployment from './schemas/v2-batch-deployment.json' with { type: 'json' };
import v2BatchEndpoint from './schemas/v2-batch-endpoint.json' with { type: 'json' };
import v2Deployment from './schemas/v2-online-deployment.json' with { type: 'json' };
import v2Endpoint from './schemas/v2-online-endpoint.json' with { type: 'json' };
import v2Environment from './schemas/v2-environment.json' with { type: 'json' };
import v2Model from './schemas/v2-model.json' with { type: 'json' };

export type ConfigKind =
  | 'v1-inference-config'
  | 'v1-deployment-config'
  | 'v2-online-deployment'
  | 'v2-online-endpoint'
  | 'v2-environment'
  | 'v2-model'
  | 'v2-batch-endpoint'
  | 'v2-batch-deployment';

export const SCHEMAS: Record<ConfigKind, object> = {
  'v1-inference-config': v1Inference,
  'v1-deployment-config': v1Deployment,
  'v2-online-deployment': v2Deployment,
  'v2-online-endpoint': v2Endpoint,
  'v2-environment': v2Environment,
  'v2-model': v2Model,
  'v2-batch-endpoint': v2BatchEndpoint,
  'v2-batch-deployment': v2BatchDeployment,
};

/** What each kind is called in messages, with the file name users know it by. */
export const KIND_LABEL: Record<ConfigKind, string> = {
  'v1-inference-config': 'v1 inference config (inferenceconfig.json)',
  'v1-deployment-config': 'v1 deployment config (deploymentconfig.json)',
  'v2-online-deployment': 'az ml online deployment',
  'v2-online-endpoint': 'az ml online endpoint',
  'v2-environment': 'az ml environment',
  'v2-model': 'az ml model',
  'v2-batch-endpoint': 'az ml batch endpoint',
  'v2-batch-deployment': 'az ml batch deployment',
};

/** Settings only a batch deployment has, at the root in the legacy form. */
const BATCH_ROOT_KEYS = [
  'mini_batch_size',
  'max_concurrency_per_instance',
  'output_action',
  'output_file_name',
  'retry_settings',
  'error_threshold',
  'logging_level',
];

/**
 * Tells what a config file is from its content: the `$schema` URL az ml files carry, else the
 * keys only one kind has. Returns undefined when nothing fits.
 */
export function detectKind(data: unknown): ConfigKind | undefined {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const doc = data as Record<string, unknown>;
  const schema = typeof doc.$schema === 'string' ? doc.$schema.toLowerCase() : '';
  if (/batchendpoint\.schema/.test(schema)) return 'v2-batch-endpoint';
  if (/batchdeployment\.schema/.test(schema)) return 'v2-batch-deployment';
  if (/onlinedeployment\.schema/.test(schema)) return 'v2-online-deployment';
  if (/onlineendpoint\.schema/.test(schema)) return 'v2-online-endpoint';
  if (/environment\.schema/.test(schema)) return 'v2-environment';
  if (/model\.schema/.test(schema)) return 'v2-model';
  if ('computeType' in doc) return 'v1-deployment-config';
  const type = typeof doc.type === 'string' ? doc.type.toLowerCase() : '';
  if ('settings' in doc || type === 'model' || type === 'pipeline' || BATCH_ROOT_KEYS.some((k) => k in doc)) return 'v2-batch-deployment';
  if ('compute' in doc && ('endpoint_name' in doc || 'code_configuration' in doc || 'model' in doc)) return 'v2-batch-deployment';
  if ('defaults' in doc) return 'v2-batch-endpoint';
  if ('entryScript' in doc) return 'v1-inference-config';
  if ('endpoint_name' in doc || 'code_configuration' in doc || 'instance_type' in doc) return 'v2-online-deployment';
  if ('auth_mode' in doc) return 'v2-online-endpoint';
  if ('image' in doc || 'build' in doc || 'conda_file' in doc) return 'v2-environment';
  if ('path' in doc && 'name' in doc) return 'v2-model';
  return undefined;
}

const SHARED_KEYS = new Set(['description', 'tags', 'properties', 'location', 'name', 'version', '$schema']);

/**
 * For a file of no known kind that has keys only a v1 file has: the key that tells its kind and is
 * missing (`computeType` for a deployment config, `entryScript` for an inference config).
 */
export function missingKindKey(data: unknown): { field: string; message: string; hint: string } | undefined {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const keys = Object.keys(data).filter((k) => !SHARED_KEYS.has(k));
  const has = (kind: ConfigKind) => keys.some((k) => k in ((SCHEMAS[kind] as { properties?: object }).properties ?? {}));
  if (has('v1-deployment-config'))
    return {
      field: 'computeType',
      message: 'is missing: a deployment config says its target with computeType',
      hint: 'add computeType: LOCAL, ACI (a managed online endpoint) or AKS (a Kubernetes online endpoint)',
    };
  if (has('v1-inference-config'))
    return {
      field: 'entryScript',
      message: 'is missing: an inference config names its scoring script',
      hint: 'add entryScript: score.py (relative to sourceDirectory)',
    };
  return undefined;
}

/** For a file of no known kind: its top-level keys that look like a misspelt key of some kind. */
export function kindHint(data: unknown): string | undefined {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const known = new Set<string>();
  for (const schema of Object.values(SCHEMAS)) for (const key of Object.keys((schema as { properties?: object }).properties ?? {})) known.add(key);
  const guesses = Object.keys(data)
    .map((key) => [key, closest(key, known)] as const)
    .filter(([key, guess]) => guess && guess !== key);
  return guesses.length
    ? guesses
        .slice(0, 3)
        .map(([key, guess]) => `"${key}": did you mean "${guess}"?`)
        .join(' ')
    : undefined;
}
