import type { FieldMap } from './rules.js';
import { V2_DEPLOYMENT_FIELDS } from './v2.js';

// az ml v2 batch YAML (batchEndpoint.schema.json, modelBatchDeployment.schema.json and the legacy
// batch deployment with its settings at the root) and where each field goes in the ARM bodies of
// batchEndpoints / batchDeployments. Names and defaults: MicrosoftDocs/azure-ai-docs,
// articles/machine-learning/reference-yaml-deployment-batch.md and reference-yaml-endpoint-batch.md;
// ARM names: azure-rest-api-specs, BatchDeploymentProperties (api-version 2024-04-01 and later).

const SCHEMA = { mlship: 'names the schema for editors; not sent' } as const;
const DEP = 'batch-deployment:properties';
const PIPELINE = {
  refuse: 'pipeline component batch deployments are not supported yet',
  hint: 'deploy a model batch deployment (type: model, with model, code_configuration, environment and compute)',
} as const;

/** The model, code and environment fields, read as for an online deployment. */
const SHARED_ASSETS: FieldMap = Object.fromEntries(
  Object.entries(V2_DEPLOYMENT_FIELDS).filter(([field]) => /^(model|environment|code_configuration)(\.|$)/.test(field)),
);

/** The settings fields, under `settings.` (model deployments) or at the root (the legacy form). */
function settingsFields(prefix: '' | 'settings.'): FieldMap {
  return {
    [`${prefix}mini_batch_size`]: { arm: [{ to: `${DEP}.miniBatchSize`, example: [20, 20] }] },
    [`${prefix}max_concurrency_per_instance`]: { arm: [{ to: `${DEP}.maxConcurrencyPerInstance`, example: [4, 4] }] },
    [`${prefix}output_action`]: { arm: [{ to: `${DEP}.outputAction`, example: ['summary_only', 'SummaryOnly'] }] },
    [`${prefix}output_file_name`]: { arm: [{ to: `${DEP}.outputFileName`, example: ['scores.csv', 'scores.csv'] }] },
    [`${prefix}retry_settings.max_retries`]: { arm: [{ to: `${DEP}.retrySettings.maxRetries`, example: [5, 5] }] },
    [`${prefix}retry_settings.timeout`]: { arm: [{ to: `${DEP}.retrySettings.timeout`, example: [90, 'PT1M30S'] }] },
    [`${prefix}error_threshold`]: { arm: [{ to: `${DEP}.errorThreshold`, example: [10, 10] }] },
    [`${prefix}logging_level`]: { arm: [{ to: `${DEP}.loggingLevel`, example: ['debug', 'Debug'] }] },
    [`${prefix}environment_variables`]: { arm: [{ to: `${DEP}.environmentVariables.REGION`, example: [{ REGION: 'eu' }, 'eu'] }] },
  };
}

export const V2_BATCH_ENDPOINT_FIELDS: FieldMap = {
  $schema: SCHEMA,
  name: { mlship: "the endpoint's name (in its ARM path)" },
  description: { arm: [{ to: 'batch-endpoint:properties.description', example: ['nightly scores', 'nightly scores'] }] },
  tags: { arm: [{ to: 'batch-endpoint:tags.team', example: [{ team: 'fraud' }, 'fraud'] }] },
  properties: { arm: [{ to: 'batch-endpoint:properties.properties.owner', example: [{ owner: 'risk' }, 'risk'] }] },
  auth_mode: { arm: [{ to: 'batch-endpoint:properties.authMode', example: ['aad_token', 'AADToken'] }] },
  'defaults.deployment_name': {
    refuse: 'mlship chooses the default deployment: the first one, and another only when it is deployed with --make-default',
    hint: 'remove defaults; deploy the deployment that should take the jobs with --make-default',
  },
};

export const V2_BATCH_DEPLOYMENT_FIELDS: FieldMap = {
  $schema: SCHEMA,
  name: { mlship: "the deployment's name (in its ARM path)" },
  endpoint_name: { mlship: "the endpoint's name (in its ARM path)" },
  type: { ...PIPELINE, unless: (value) => String(value).toLowerCase() === 'model' },
  description: { arm: [{ to: `${DEP}.description`, example: ['nightly ridge', 'nightly ridge'] }] },
  tags: { arm: [{ to: 'batch-deployment:tags.team', example: [{ team: 'fraud' }, 'fraud'] }] },
  properties: { arm: [{ to: `${DEP}.properties.owner`, example: [{ owner: 'risk' }, 'risk'] }] },
  ...SHARED_ASSETS,
  'code_configuration.scoring_script': { arm: [{ to: `${DEP}.codeConfiguration.scoringScript`, example: ['score.py', 'score.py'] }] },
  compute: {
    arm: [
      {
        to: `${DEP}.compute`,
        example: ['azureml:cpu-cluster', '/subscriptions/s/resourceGroups/g/providers/Microsoft.MachineLearningServices/workspaces/w/computes/cpu-cluster'],
      },
    ],
  },
  'resources.instance_count': { arm: [{ to: `${DEP}.resources.instanceCount`, example: [3, 3] }] },
  'resources.instance_type': { arm: [{ to: `${DEP}.resources.instanceType`, example: ['Standard_DS3_v2', 'Standard_DS3_v2'] }] },
  'resources.properties': { arm: [{ to: `${DEP}.resources.properties.priority`, example: [{ priority: 'low' }, 'low'] }] },
  ...settingsFields('settings.'),
  ...settingsFields(''),
  'settings.default_compute': PIPELINE,
  'settings.continue_on_step_failure': PIPELINE,
  component: PIPELINE,
  job_definition: PIPELINE,
};
