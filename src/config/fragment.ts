import type { CodeSpec, DeploymentSettings, EndpointSpec, EnvironmentSpec, ModelRef, TargetName } from '../engine/spec.js';

/** What one config file contributes to the deployment spec; fragments are merged in load order. */
export interface Fragment {
  target?: TargetName;
  model?: ModelRef;
  code?: CodeSpec;
  environment?: EnvironmentSpec;
  endpoint?: Partial<EndpointSpec>;
  deployment?: Partial<DeploymentSettings>;
}

/** Drops undefined values so that merging never overwrites a setting with "not given". */
export function defined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
