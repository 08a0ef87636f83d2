import { registryOf, type EngineContext } from './context.js';
import { hashJson } from './hash.js';
import type { EnvironmentSpec } from './spec.js';

/** The parts of an environment spec that decide what it is: equal hash, same environment. */
export function environmentHash(env: EnvironmentSpec): string {
  return hashJson({
    pip: env.pipPackages, python: env.pythonVersion, channels: env.condaChannels, vars: env.environmentVariables,
    image: env.image, userManaged: env.userManaged, interpreter: env.interpreterPath, build: env.buildContext, ref: env.reference,
  });
}

export interface BuiltEnvironment {
  environmentId: string;
  name: string;
  version: string;
  reused: boolean;
  hash: string;
}

/** Registers the environment version for a spec; an unchanged spec reuses its version. */
export async function registerEnvironment(ctx: EngineContext, env: EnvironmentSpec): Promise<BuiltEnvironment> {
  const hash = environmentHash(env);
  const name = env.name ?? `mlship-env-${hash.slice(0, 8)}`;
  const { source: _source, ...spec } = env;
  const { environment, reused, renumbered } = await registryOf(ctx).registerEnvironment({ name, version: env.version, hash, spec });
  const id = `${environment.name}:${environment.version}`;
  if (renumbered) ctx.logger.warn(`Environment ${name}:${env.version} already exists with other packages; registered this one as ${id}. Raise "version" in the config to choose the number.`);
  ctx.logger.info(reused ? `Environment ${id} matches the spec: reused.` : `Registered environment ${id} (${env.pipPackages.length} pip package(s)).`);
  return { environmentId: id, name: environment.name, version: environment.version, reused, hash };
}
