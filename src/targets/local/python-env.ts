import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ConfigError, OperationError } from '../../engine/errors.js';
import { environmentHash } from '../../engine/environment.js';
import type { Logger } from '../../engine/logger.js';
import type { EnvironmentSpec } from '../../engine/spec.js';
import { withLock } from '../../engine/state.js';

const run = promisify(execFile);

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

/**
 * Gets a Python ready for the scoring server: the base interpreter when the spec needs no
 * packages (or the user manages them), else a virtual environment with the spec's pip packages,
 * cached under `home/venvs/<hash>` so an unchanged spec installs nothing the second time. The
 * venv sees the interpreter's own site-packages, so packages already installed on the runner are
 * not installed again.
 * @throws OperationError listing the packages pip could not install.
 */
export async function preparePython(options: { env: EnvironmentSpec; home: string; logger: Logger }): Promise<PreparedPython> {
  const { env, home, logger } = options;
  const base = baseInterpreter(env);
  const version = await pythonVersion(base);
  if (env.pythonVersion && !version.startsWith(env.pythonVersion.split('.').slice(0, 2).join('.'))) {
    logger.warn(`The environment asks for Python ${env.pythonVersion}; the local target runs ${version} (${base}). Set MLSHIP_PYTHON to another interpreter if that matters.`);
  }
  if (env.image) logger.info(`The local target runs without a container; image ${env.image} is used on Azure only.`);
  if (env.reference) logger.info(`Environment ${env.reference} is a registered Azure environment; locally its packages are assumed installed.`);
  if (env.userManaged || env.pipPackages.length === 0) return { python: base, cached: true };

  const venv = join(home, 'venvs', environmentHash(env).slice(0, 16));
  const python = process.platform === 'win32' ? join(venv, 'Scripts', 'python.exe') : join(venv, 'bin', 'python');
  return withLock(venv, async () => {
    if (existsSync(join(venv, '.mlship-complete'))) return { python, venv, cached: true };
    logger.info(`Creating a virtual environment for ${env.pipPackages.length} package(s): ${env.pipPackages.join(', ')}`);
    await run(base, ['-m', 'venv', '--system-site-packages', venv]);
    await pipInstall(python, env.pipPackages);
    await writeFile(join(venv, '.mlship-complete'), new Date().toISOString());
    return { python, venv, cached: false };
  });
}

async function pythonVersion(python: string): Promise<string> {
  try {
    const { stdout } = await run(python, ['-c', 'import sys; print("%d.%d.%d" % sys.version_info[:3])']);
    return stdout.trim();
  } catch {
    throw new ConfigError(`Python was not found (tried "${python}"). Install Python 3 (actions/setup-python on a runner) or set MLSHIP_PYTHON to an interpreter.`);
  }
}

async function pipInstall(python: string, packages: string[]): Promise<void> {
  try {
    await run(python, ['-m', 'pip', 'install', '--disable-pip-version-check', '--no-input', '--retries', '1', '--timeout', '15', ...packages], { maxBuffer: 32 << 20 });
  } catch (err) {
    const output = `${(err as { stdout?: string }).stdout ?? ''}\n${(err as { stderr?: string }).stderr ?? ''}`;
    const failed = new Set<string>();
    for (const match of output.matchAll(/(?:No matching distribution found for|Could not find a version that satisfies the requirement) (\S+)/g)) failed.add(match[1]!);
    const list = failed.size ? [...failed] : packages;
    throw new OperationError(
      `pip could not install: ${list.join(', ')}. ` +
        'Check the names and versions in the conda/pip spec; without access to a package index, install them into the interpreter first (they are then reused) or point MLSHIP_PYTHON at one that has them.',
      'environment',
      output.split('\n').slice(-15).join('\n'),
    );
  }
}
