import type { BatchSettings } from '../engine/batch-spec.js';
import type { CodeSpec, DeploymentSettings, EndpointSpec, EnvironmentSpec, ModelRef, TargetName } from '../engine/spec.js';

/** What one config file contributes to the deployment spec; fragments are merged in load order. */
export interface Fragment {
  target?: TargetName;
  model?: ModelRef;
  code?: CodeSpec;
  environment?: EnvironmentSpec;
  endpoint?: Partial<EndpointSpec>;
  deployment?: Partial<DeploymentSettings>;
  /** What a batch endpoint or deployment file adds (its presence marks the file as batch). */
  batch?: {
    compute?: string;
    instanceCount?: number;
    resourceProperties?: Record<string, string>;
    settings?: Partial<BatchSettings>;
    /** Set by a batch deployment file, which a batch spec needs. */
    isDeployment?: boolean;
  };
}

/** Drops undefined values so that merging never overwrites a setting with "not given". */
export function defined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
