import { ConfigError } from '../engine/errors.js';
import { parseHourlyCost } from '../engine/preflight.js';
import type { SpecOverrides } from '../config/load.js';
import type { TargetName } from '../engine/spec.js';
import * as input from '../github/inputs.js';

/**
 * The inputs every action shares, read once at the start of a step into one typed object that is
 * passed down: helpers never read inputs themselves (an input read deep in a helper is one a test
 * of the step's contract does not see).
 */
export interface SharedInputs {
  target?: TargetName;
  azure: AzureInputs;
}

export interface AzureInputs {
  subscriptionId?: string;
  resourceGroup?: string;
  workspace?: string;
  clientId?: string;
  tenantId?: string;
}

export interface GitHubInputs {
  comment: boolean;
  environment?: string;
  token?: string;
}

export type CleanupMode = 'never' | 'on-failure' | 'always';

/** Where a deployment's spec comes from: config files and the values that override them. */
export interface DeploySources {
  inferenceConfig?: string;
  deploymentConfig?: string;
  yamlFiles: string[];
  model?: string;
  overrides: Omit<SpecOverrides, 'model'>;
}

export function readSharedInputs(): SharedInputs {
  return { target: input.target(), azure: readAzureInputs() };
}

/** The workspace and the identity that signs in to it. */
export function readAzureInputs(): AzureInputs {
  return {
    subscriptionId: input.text('subscription-id'),
    resourceGroup: input.text('resource-group'),
    workspace: input.text('workspace'),
    clientId: input.text('client-id'),
    tenantId: input.text('tenant-id'),
  };
}

/** pr-comment, github-environment and github-token, for the actions that report to GitHub. */
export function readGitHubInputs(options: { comment: boolean; environment?: boolean } = { comment: true }): GitHubInputs {
  return {
    comment: options.comment && input.bool('pr-comment', false),
    environment: options.environment === false ? undefined : input.text('github-environment'),
    token: input.text('github-token'),
  };
}

export function readCleanupMode(): CleanupMode {
  return cleanupModeOf(input.text('cleanup'));
}

export function readDeploySources(): DeploySources {
  return {
    inferenceConfig: input.text('inference-config'),
    deploymentConfig: input.text('deployment-config'),
    yamlFiles: ['deployment', 'endpoint', 'environment'].map((n) => input.text(n)).filter((f): f is string => !!f),
    model: input.text('model'),
    overrides: {
      target: input.target(),
      endpointName: input.text('endpoint-name'),
      deploymentName: input.text('deployment-name'),
      instanceType: input.text('instance-type'),
      compute: input.text('compute'),
      location: input.text('location'),
    },
  };
}

/** The `cleanup` input: what the post step removes of what this step created. */
export function cleanupModeOf(value = 'never'): CleanupMode {
  if (value !== 'never' && value !== 'on-failure' && value !== 'always')
    throw new ConfigError(`input "cleanup" is "${value}"; use never, on-failure or always`);
  return value;
}

/** deploy-model's inputs when its `deployment` is a batch deployment YAML. */
export interface BatchDeployInputs {
  deployment: string;
  endpoint?: string;
  environment?: string;
  target: string;
  model?: string;
  endpointName?: string;
  deploymentName?: string;
  compute?: string;
  makeDefault: boolean;
  /** Preflight checks before the first write (amlcompute: the caller's roles); on unless false. */
  preflight: boolean;
  mode: string;
  azure: AzureInputs;
  location?: string;
  /** Online-only inputs that were given: a batch deployment refuses them by name. */
  onlineOnly: string[];
}

/** These inputs shape an online deployment only; given with a batch YAML they would do nothing. */
const ONLINE_ONLY = [
  'inference-config',
  'deployment-config',
  'traffic',
  'preview',
  'plan-only',
  'require-stage',
  'stage',
  'instance-type',
  'github-environment',
];

export function readBatchDeployInputs(): BatchDeployInputs {
  return {
    deployment: input.required('deployment'),
    endpoint: input.text('endpoint'),
    environment: input.text('environment'),
    target: (input.text('target') ?? 'local').toLowerCase(),
    model: input.text('model'),
    endpointName: input.resourceName('endpoint-name'),
    deploymentName: input.resourceName('deployment-name'),
    compute: input.text('compute'),
    makeDefault: input.bool('make-default', false),
    preflight: input.bool('preflight', true),
    mode: input.text('mode') ?? 'deploy',
    azure: readAzureInputs(),
    location: input.text('location'),
    onlineOnly: ONLINE_ONLY.filter((name) => input.text(name) !== undefined && input.text(name) !== 'false'),
  };
}

/** max-hourly-cost: a positive amount in the price list's currency (USD for Azure's retail prices); undefined when not set. */
export function readMaxHourlyCost(): number | undefined {
  const text = input.text('max-hourly-cost');
  return text === undefined ? undefined : parseHourlyCost(text, 'input "max-hourly-cost"');
}
