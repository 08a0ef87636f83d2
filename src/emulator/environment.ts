import { parse } from 'yaml';
import { summariseConda } from '../config/conda.js';
import { quietRunner } from '../engine/commands.js';
import type { Logger } from '../engine/logger.js';
import type { EnvironmentSpec } from '../engine/spec.js';
import { preparePython } from '../targets/local/python-env.js';
import type { ResourceStore } from './store.js';

type Json = Record<string, any>;

/**
 * Azure's serving stack, which mlship adds to every environment it registers for Azure: locally the
 * scoring server takes its place (and the package may not be installable offline).
 */
const SERVING_STACK = new Set(['azureml-inference-server-http', 'azureml-defaults']);

/**
 * The Python an emulated deployment runs in: its registered environment's conda file built as the
 * local target builds one (a cached virtual environment with its pip packages), so a score.py
 * that imports what its conda file lists runs on the emulator as on Azure. An environment without
 * a conda file (an image that holds everything, a Docker build context, a curated reference) runs
 * on the base interpreter, and the log says so.
 */
export async function pythonForDeployment(options: { store: ResourceStore; properties: Json; home: string; log: string[] }): Promise<string> {
  const { store, properties, log } = options;
  const id = String(properties.environmentId ?? '');
  const environment = store.get(id)?.properties as Json | undefined;
  const conda = typeof environment?.condaFile === 'string' ? summariseConda(parse(environment.condaFile)) : undefined;
  const name = id.split('/environments/')[1]?.replace('/versions/', ':') ?? id;
  const spec: EnvironmentSpec = {
    pipPackages: (conda?.pipPackages ?? []).filter((p) => !SERVING_STACK.has(p.split(/[<>=!~ @[;]/)[0]!.toLowerCase())),
    pythonVersion: conda?.pythonVersion,
    condaChannels: conda?.channels ?? [],
    environmentVariables: {},
    userManaged: false,
  };
  const lines: string[] = [];
  const logger: Logger = { info: (m) => lines.push(m), warn: (m) => lines.push(`warning: ${m}`), debug: () => {}, secret: () => {} };
  const prepared = await preparePython({ env: spec, home: options.home, logger, commands: quietRunner });
  log.push(
    conda
      ? `Environment ${name}: ${spec.pipPackages.length} pip package(s)${spec.pipPackages.length ? ` (${spec.pipPackages.join(', ')})` : ''}, ${prepared.venv ? `virtual environment ${prepared.cached ? 'reused' : 'built'}` : 'the base interpreter'}.`
      : `Environment ${name || '(none)'} has no conda file: running on the base interpreter.`,
    ...lines,
  );
  return prepared.python;
}
