import type { CodeSpec, EnvironmentSpec, ModelRef } from './spec.js';

/**
 * A batch deployment, normalised from az ml's batch YAML: where it runs, what runs, and how the
 * batch driver divides and retries the work. Defaults are Azure's (reference-yaml-deployment-batch.md).
 */

/** Where a batch deployment runs: this machine, or an AmlCompute cluster in the workspace. */
export type BatchTargetName = 'local' | 'amlcompute';
export const BATCH_TARGETS: readonly BatchTargetName[] = ['local', 'amlcompute'];

export interface BatchSettings {
  /** Files per run() call. */
  miniBatchSize: number;
  maxConcurrencyPerInstance: number;
  outputAction: 'append_row' | 'summary_only';
  outputFileName: string;
  maxRetries: number;
  /** Seconds one mini-batch may take, per attempt. */
  retryTimeoutSeconds: number;
  /** File failures ignored before the job fails; -1 ignores all. */
  errorThreshold: number;
  loggingLevel: 'debug' | 'info' | 'warning';
  environmentVariables: Record<string, string>;
}

export const BATCH_DEFAULTS: BatchSettings = {
  miniBatchSize: 10,
  maxConcurrencyPerInstance: 1,
  outputAction: 'append_row',
  outputFileName: 'predictions.csv',
  maxRetries: 3,
  retryTimeoutSeconds: 30,
  errorThreshold: -1,
  loggingLevel: 'info',
  environmentVariables: {},
};

export interface BatchDeploymentSpec {
  target: BatchTargetName;
  model?: ModelRef;
  code?: CodeSpec;
  environment: EnvironmentSpec;
  endpoint: { name: string; description?: string; tags: Record<string, string>; properties?: Record<string, string> };
  deployment: {
    name: string;
    description?: string;
    tags: Record<string, string>;
    properties?: Record<string, string>;
    /** The AmlCompute cluster (amlcompute), without the azureml: prefix. */
    compute?: string;
    instanceCount: number;
    instanceType?: string;
    resourceProperties?: Record<string, string>;
    settings: BatchSettings;
  };
  sources: string[];
}
