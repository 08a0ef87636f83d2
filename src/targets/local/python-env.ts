import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { CommandRunner } from '../../engine/commands.js';
import { ConfigError, OperationError } from '../../engine/errors.js';
import { diagnose } from '../../engine/diagnosis.js';
import { environmentHash } from '../../engine/environment.js';
import type { Logger } from '../../engine/logger.js';
import type { EnvironmentSpec } from '../../engine/spec.js';

export interface PreparedPython {
  /** Interpreter that runs the scoring server. */
  python: string;
  /** Virtual environment folder, or undefined when the base interpreter is used as it is. */
  venv?: string;
  /** True when nothing had to be installed this time (no packages, or a cached environment). */
  cached: boolean;
}

export function baseInterpreter(env: EnvironmentSpec, vars: NodeJS.ProcessEnv = process.env): string {
  if (vars.MLSHIP_PYTHON) return vars.MLSHIP_PYTHON;
  // "python" is what v1 configs name by default; on runners it is the setup-python interpreter.
  if (env.userManaged && env.interpreterPath && env.interpreterPath !== 'python') return env.interpreterPath;
  return process.platform === 'win32' ? 'python' : 'python3';
}

function venvPython(venv: string): string {
  return process.platform === 'win32' ? join(venv, 'Scripts', 'python.exe') : join(venv, 'bin', 'python');
}

/**
 * Gets a Python ready for the scoring server: the base interpreter when the spec needs no
 * packages (or the user manages them), else a virtual environment with the spec's pip packages,
 * cached under `home/venvs/<hash>` so an unchanged spec installs nothing the second time. The
 * venv sees the interpreter's own site-packages, so packages already installed on the runner are
 * not installed again. It is built in a folder of its own and renamed into place when complete:
 * no lock is held while pip runs, and two builds at once leave one whole environment.
 * @throws OperationError listing the packages pip could not install.
 */
export async function preparePython(options: { env: EnvironmentSpec; home: string; logger: Logger; commands: CommandRunner }): Promise<PreparedPython> {
  const { env, home, logger, commands } = options;
  const base = baseInterpreter(env);
  const version = await pythonVersion(base, commands);
  if (env.pythonVersion && !version.startsWith(env.pythonVersion.split('.').slice(0, 2).join('.'))) {
    logger.warn(
      `The environment asks for Python ${env.pythonVersion}; the local target runs ${version} (${base}). Set MLSHIP_PYTHON to another interpreter if that matters.`,
    );
  }
  if (env.image) logger.info(`The local target runs without a container; image ${env.image} is used on Azure only.`);
  if (env.reference) logger.info(`Environment ${env.reference} is a registered Azure environment; locally its packages are assumed installed.`);
  if (env.userManaged || env.pipPackages.length === 0) return { python: base, cached: true };

  // MLSHIP_VENV_DIR keeps environments where a cache (actions/cache) can save and restore them.
  const venvDir = process.env.MLSHIP_VENV_DIR?.replace(/^~(?=\/|$)/, homedir());
  // Packages skipped locally make another environment: it is cached under a name of its own.
  const skipped = env.pipPackages.length - locallyInstalled(env.pipPackages).length;
  const venv = join(venvDir ?? join(home, 'venvs'), `${environmentHash(env).slice(0, 16)}${skipped ? `-skip${skipped}-${skipKey()}` : ''}`);
  if (existsSync(join(venv, '.mlship-complete'))) return { python: venvPython(venv), venv, cached: true };
  logger.info(`Creating a virtual environment for ${env.pipPackages.length} package(s): ${env.pipPackages.join(', ')}`);
  const building = `${venv}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    const created = await commands.run(base, ['-m', 'venv', '--system-site-packages', building], { title: 'python -m venv' });
    if (created.code !== 0)
      throw new OperationError(`could not create a virtual environment with ${base}: ${created.stderr.trim().split('\n').pop()}`, 'environment');
    // Requirements go in a file, one per line: pip reads them as requirements, never as options.
    const requirements = join(building, 'requirements.txt');
    const packages = locallyInstalled(env.pipPackages, logger);
    await writeFile(requirements, `${packages.join('\n')}\n`);
    if (packages.length) await pipInstall(venvPython(building), requirements, packages, commands);
    await writeFile(join(building, '.mlship-complete'), new Date().toISOString());
    await rename(building, venv).catch(async () => {
      // Another step built the same environment meanwhile: keep that one.
      if (!existsSync(join(venv, '.mlship-complete'))) throw new OperationError(`could not move the new virtual environment into ${venv}`, 'environment');
    });
  } finally {
    await rm(building, { recursive: true, force: true });
  }
  return { python: venvPython(venv), venv, cached: false };
}

/** Azure's serving stack: what runs score.py on Azure, replaced locally by mlship's scoring server. */
const SERVING_STACK = /^(azureml-defaults|azureml-inference-server-http)\b/i;

/** A requirement's distribution name (`numpy==1.26` → `numpy`). */
function packageName(requirement: string): string {
  return /^[A-Za-z0-9._-]+/.exec(requirement.trim())?.[0]?.toLowerCase() ?? requirement;
}

/**
 * The pip packages to install locally: all of them, except those MLSHIP_LOCAL_SKIP_PACKAGES names
 * (comma-separated distribution names), which stay in the environment Azure builds.
 */
function locallyInstalled(packages: readonly string[], logger?: Logger): string[] {
  const skip = skipList();
  const kept = packages.filter((p) => !skip.has(packageName(p)));
  if (logger && kept.length < packages.length)
    logger.info(
      `Not installed locally (MLSHIP_LOCAL_SKIP_PACKAGES): ${packages.filter((p) => skip.has(packageName(p))).join(', ')}; Azure still installs them.`,
    );
  return kept;
}

function skipList(): Set<string> {
  return new Set(
    (process.env.MLSHIP_LOCAL_SKIP_PACKAGES ?? '')
      .split(',')
      .map((p) => p.trim().toLowerCase())
      .filter(Boolean),
  );
}

function skipKey(): string {
  return createHash('sha256')
    .update([...skipList()].sort().join(','))
    .digest('hex')
    .slice(0, 8);
}

async function pythonVersion(python: string, commands: CommandRunner): Promise<string> {
  const result = await commands.run(python, ['-c', 'import sys; print("%d.%d.%d" % sys.version_info[:3])'], { title: `${python} --version` });
  if (result.code !== 0) {
    throw new ConfigError(
      `Python was not found (tried "${python}"). Install Python 3 (actions/setup-python on a runner) or set MLSHIP_PYTHON to an interpreter.`,
    );
  }
  return result.stdout.trim();
}

async function pipInstall(python: string, requirements: string, packages: string[], commands: CommandRunner): Promise<void> {
  const result = await commands.run(
    python,
    ['-m', 'pip', 'install', '--disable-pip-version-check', '--no-input', '--retries', '1', '--timeout', '15', '-r', requirements],
    { title: `pip install ${packages.join(' ')}` },
  );
  if (result.code === 0) return;
  const output = `${result.stdout}\n${result.stderr}`;
  const failed = new Set<string>();
  for (const match of output.matchAll(/(?:No matching distribution found for|Could not find a version that satisfies the requirement) (\S+)/g))
    failed.add(match[1]!);
  const servingStack = [...failed].filter((p) => SERVING_STACK.test(p));
  const error = new OperationError(
    `pip could not install: ${(failed.size ? [...failed] : packages).join(', ')}. ` +
      (servingStack.length
        ? `${servingStack.join(', ')} is Azure's serving stack (the inference server that runs score.py there); the local target replaces it with its own scoring server, so it is not needed here. ` +
          `Keep it for Azure only: leave it in the environment and set MLSHIP_LOCAL_SKIP_PACKAGES=${servingStack.map(packageName).join(',')} where mlship runs locally. `
        : '') +
      'Check the names and versions in the conda/pip spec; without access to a package index, install them into the interpreter first (they are then reused) or point MLSHIP_PYTHON at one that has them.',
    'environment',
    output.split('\n').slice(-15).join('\n'),
  );
  // The local counterpart of Azure's image build: classified as Azure's ImageBuildFailure is, from pip's own output.
  error.diagnosis = diagnose({ error: { code: 'ImageBuildFailure', message: 'the local environment could not be built: pip failed' }, buildLog: output });
  throw error;
}
