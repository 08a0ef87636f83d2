import type { BuiltEnvironment } from './assets.js';
import type { Target } from './target.js';
import type { EngineContext } from './context.js';
import { hashJson } from './hash.js';
import type { EnvironmentSpec } from './spec.js';

/** The parts of an environment spec that decide what it is: equal hash, same environment. */
export function environmentHash(env: EnvironmentSpec): string {
  return hashJson({
    pip: env.pipPackages,
    python: env.pythonVersion,
    channels: env.condaChannels,
    vars: env.environmentVariables,
    image: env.image,
    userManaged: env.userManaged,
    interpreter: env.interpreterPath,
    build: env.buildContext,
    ref: env.reference,
    dockerfile: env.dockerfilePath,
    inference: env.inferenceConfig,
    description: env.description,
    tags: env.tags,
    os: env.osType,
  });
}

/** The name an environment is registered under: its own, or one derived from its content. */
export function environmentName(env: EnvironmentSpec, hash = environmentHash(env)): string {
  return env.name ?? `mlship-env-${hash.slice(0, 8)}`;
}

/** Registers the environment version for a spec on the target; an unchanged spec reuses its version. */
export async function registerEnvironment(
  ctx: EngineContext,
  target: Pick<Target, 'assets' | 'prepareEnvironment'>,
  env: EnvironmentSpec,
): Promise<BuiltEnvironment> {
  const hash = environmentHash(env);
  if (env.reference && target.assets.resolveEnvironment) {
    // Named by reference: that environment is what runs, as az ml deploys it.
    const found = await target.assets.resolveEnvironment(env.reference);
    ctx.logger.info(`Environment ${env.reference} is ${found.name}:${found.version}.`);
    return { environmentId: `${found.name}:${found.version}`, name: found.name, version: found.version, reused: true, hash, armId: found.armId };
  }
  const name = environmentName(env, hash);
  // Where the target builds environments itself (local), the build comes first: a version is
  // registered only for an environment that could be built.
  await target.prepareEnvironment?.(env, ctx.logger);
  const registered = await target.assets.registerEnvironment(env, name, hash);
  const id = `${registered.name}:${registered.version}`;
  if (registered.renumbered)
    ctx.logger.warn(
      `Environment ${name}:${env.version} already exists with other packages; registered this one as ${id}. Raise "version" in the config to choose the number.`,
    );
  ctx.logger.info(
    registered.reused ? `Environment ${id} matches the spec: reused.` : `Registered environment ${id} (${env.pipPackages.length} pip package(s)).`,
  );
  return { environmentId: id, name: registered.name, version: registered.version, reused: registered.reused, hash, armId: registered.armId };
}
