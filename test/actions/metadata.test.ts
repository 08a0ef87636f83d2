import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../helpers/run-action.js';

type ActionYml = { name: string; description: string; inputs: Record<string, { description: string; default?: string; required?: boolean }>; outputs: Record<string, { description: string }>; runs: { using: string; main: string } };

const ACTIONS: Record<string, { yml: string; sources: string[] }> = {
  'register-model': { yml: 'actions/register-model/action.yml', sources: ['src/actions/register-model/main.ts'] },
  'build-env': { yml: 'actions/build-env/action.yml', sources: ['src/actions/build-env/main.ts'] },
  'deploy-model': { yml: 'actions/deploy-model/action.yml', sources: ['src/actions/deploy-model/main.ts', 'src/actions/common.ts'] },
  'wait-healthy': { yml: 'actions/wait-healthy/action.yml', sources: ['src/actions/wait-healthy/main.ts', 'src/actions/wait-healthy/github.ts'] },
  teardown: { yml: 'actions/teardown/action.yml', sources: ['src/actions/teardown/main.ts'] },
  pipeline: { yml: 'action.yml', sources: ['src/actions/pipeline/main.ts', 'src/actions/common.ts'] },
};

function namesUsed(sources: string[], pattern: RegExp): Set<string> {
  const names = new Set<string>();
  for (const source of sources) for (const match of readFileSync(join(ROOT, source), 'utf8').matchAll(pattern)) names.add(match[1]!);
  return names;
}

describe.each(Object.entries(ACTIONS))('%s action.yml', (name, { yml, sources }) => {
  const action = parse(readFileSync(join(ROOT, yml), 'utf8')) as ActionYml;

  it('runs its bundled entry on node24', () => {
    expect(action.runs.using).toBe('node24');
    const entry = join(ROOT, yml, '..', action.runs.main);
    expect(existsSync(entry)).toBe(true);
    expect(readFileSync(entry, 'utf8')).toContain(`runNamedAction('${name}')`);
  });

  it('describes every input and output, gives every input a default, and uses kebab-case', () => {
    for (const [input, spec] of Object.entries(action.inputs)) {
      expect(input).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(spec.description.length, input).toBeGreaterThan(10);
      expect(typeof spec.default, input).toBe('string');
    }
    for (const [output, spec] of Object.entries(action.outputs)) {
      expect(output).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(spec.description.length, output).toBeGreaterThan(10);
    }
  });

  it('declares exactly the inputs the code reads and the outputs it sets', () => {
    const read = namesUsed(sources, /input\.(?:text|required|bool|duration|integer|tags)\('([a-z-]+)'/g);
    if (sources.some((s) => readFileSync(join(ROOT, s), 'utf8').includes('input.target()'))) read.add('target');
    const loadsDeployInputs = sources.some((s) => readFileSync(join(ROOT, s), 'utf8').includes('loadDeployInputs('));
    if (loadsDeployInputs) for (const n of namesUsed(['src/actions/common.ts'], /input\.(?:text|target)\('([a-z-]+)'\)/g)) read.add(n);
    if (loadsDeployInputs) for (const n of ['deployment', 'endpoint', 'environment', 'target']) read.add(n);
    // Every action that builds a target reads the Azure workspace inputs (used by aci and aks).
    if (sources.some((s) => readFileSync(join(ROOT, s), 'utf8').includes('actionTarget('))) {
      const common = readFileSync(join(ROOT, 'src/actions/common.ts'), 'utf8');
      const azure = common.slice(common.indexOf('function azureFromInputs'));
      for (const m of azure.matchAll(/input\.text\('([a-z-]+)'\)/g)) read.add(m[1]!);
    }
    expect([...read].sort()).toEqual(Object.keys(action.inputs).sort());
    const set = namesUsed(sources.filter((s) => !s.endsWith('common.ts')), /setOutput\('([a-z-]+)'/g);
    expect([...set].sort()).toEqual(Object.keys(action.outputs).sort());
  });

  it('is documented: its README lists every input and output', () => {
    const readme = readFileSync(join(ROOT, name === 'pipeline' ? 'README.md' : join(yml, '..', 'README.md')), 'utf8');
    for (const key of [...Object.keys(action.inputs), ...Object.keys(action.outputs)]) expect(readme, key).toContain(`| \`${key}\` |`);
  });
});
