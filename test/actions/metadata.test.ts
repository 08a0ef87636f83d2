import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as nodeModule from 'node:module';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { killServers } from '../helpers/cleanup.js';
import { exampleCopy } from '../helpers/fixtures.js';
import { EXAMPLE, newJob, ROOT, runStep } from '../helpers/run-action.js';

type ActionYml = {
  name: string;
  description: string;
  inputs: Record<string, { description: string; default?: string; required?: boolean }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
};

const ACTIONS: Record<string, { yml: string }> = {
  'register-model': { yml: 'actions/register-model/action.yml' },
  'build-env': { yml: 'actions/build-env/action.yml' },
  'deploy-model': { yml: 'actions/deploy-model/action.yml' },
  'wait-healthy': { yml: 'actions/wait-healthy/action.yml' },
  teardown: { yml: 'actions/teardown/action.yml' },
  pipeline: { yml: 'action.yml' },
  'score-batch': { yml: 'actions/score-batch/action.yml' },
};

/**
 * Every code path of each action, run as a process on the local target (or an Azure target with no
 * workspace, which reads the Azure inputs before it fails). The inputs the processes read (recorded
 * by a preload) and the outputs they write must be exactly what action.yml declares.
 */
const project = exampleCopy({ deploymentConfig: { computeType: 'local' } });
const cfg = { 'inference-config': join(project, 'inferenceconfig.json'), 'deployment-config': join(project, 'deploymentconfig.json') };
const envYaml = join(project, 'environment.yml');
writeFileSync(envYaml, 'name: meta-env\nimage: mcr.microsoft.com/azureml/minimal-ubuntu22.04-py39-cpu-inference:latest\n');
const sample = join(EXAMPLE, 'sample-request.json');
const azure = { target: 'aci' };
const BATCH = join(ROOT, 'examples/diabetes-batch');
const PATHS: Record<string, Record<string, string>[]> = {
  'register-model': [
    { 'model-name': 'meta', 'model-path': join(project, 'model'), tags: 'a=b', description: 'd' },
    { 'model-name': 'meta', 'model-path': join(project, 'model'), ...azure },
  ],
  'build-env': [{ 'inference-config': cfg['inference-config'] }, { environment: envYaml, ...azure }],
  'deploy-model': [
    { model: join(project, 'model'), ...cfg, 'endpoint-name': 'meta-ep', 'plan-only': 'true' },
    {
      model: join(project, 'model'),
      ...cfg,
      'endpoint-name': 'meta-ep',
      traffic: '100%',
      'instance-type': 'Standard_DS2_v2',
      compute: 'k8s',
      location: 'westeurope',
    },
    { mode: 'promote', 'endpoint-name': 'meta-ep', 'deployment-name': 'blue' },
    { mode: 'rollback', 'endpoint-name': 'meta-ep' },
    { preview: 'true', ...cfg, model: join(project, 'model'), 'github-environment': 'preview' },
    { deployment: join(project, 'none.yml'), endpoint: join(project, 'none.yml'), environment: join(project, 'none.yml') },
    { model: join(project, 'model'), 'inference-config': cfg['inference-config'], ...azure },
    { deployment: join(BATCH, 'batch-deployment.yml'), endpoint: join(BATCH, 'batch-endpoint.yml'), 'make-default': 'true' },
  ],
  'wait-healthy': [
    {
      'endpoint-name': 'meta-ep',
      'deployment-name': 'blue',
      timeout: '30s',
      'sample-request': sample,
      'expect-status': '200',
      'pr-comment': 'true',
      'github-environment': 'preview',
    },
    { 'endpoint-name': 'meta-ep', ...azure },
  ],
  teardown: [
    { 'tag-selector': 'mlship.pr', 'older-than': '1d', 'dry-run': 'true', 'closed-prs': 'true' },
    { 'endpoint-name': 'meta-ep', 'idle-deployments': 'true' },
    { 'endpoint-name': 'meta-ep', 'deployment-name': 'blue', force: 'true', 'delete-model': 'meta:1' },
    { 'endpoint-name': 'meta-ep', 'pr-comment': 'true', 'github-environment': 'preview' },
    { 'endpoint-name': 'meta-ep', ...azure },
  ],
  pipeline: [
    {
      'model-name': 'meta',
      'model-path': join(project, 'model'),
      tags: 'a=b',
      description: 'd',
      ...cfg,
      'endpoint-name': 'meta-pipe',
      'deployment-name': 'blue',
      timeout: '30s',
      'sample-request': sample,
      'expect-status': '200',
      teardown: 'true',
      'instance-type': 'x',
      compute: 'c',
      location: 'l',
    },
    { model: 'meta:1', deployment: join(project, 'none.yml'), endpoint: join(project, 'none.yml'), environment: join(project, 'none.yml') },
    { model: 'meta:1', ...cfg, ...azure },
  ],
  // After deploy-model's batch path, in the same job: the bundled batch example is deployed.
  'score-batch': [
    {
      'endpoint-name': 'diabetes-batch',
      'deployment-name': 'ridge',
      input: join(BATCH, 'data'),
      'input-type': 'uri_folder',
      'output-path': join(project, 'batch-out'),
      timeout: '5m',
      target: 'local',
    },
  ],
};

const job = newJob();
afterAll(() => killServers(join(job.runnerTemp, 'mlship')));

async function observed(action: string): Promise<{ inputs: Set<string>; outputs: Set<string> }> {
  const inputs = new Set<string>();
  const outputs = new Set<string>();
  for (const [i, inputSet] of PATHS[action]!.entries()) {
    const log = join(job.runnerTemp, `${action}-${i}.inputs`);
    writeFileSync(log, '');
    // The job token is what action.yml's github-token default gives; the API is a closed loopback port.
    const env = { MLSHIP_TEST_INPUT_LOG: log, GITHUB_API_URL: 'http://127.0.0.1:9', INPUT_GITHUB_TOKEN: inputSet['github-token'] ?? '' };
    const step = await runStep(action, inputSet, job, env, { nodeArgs: ['--import', join(ROOT, 'test/helpers/record-inputs.mjs')] });
    // INPUT_GITHUB_TOKEN (with an underscore) is @actions/github's own fallback, not an input of ours.
    for (const name of readFileSync(log, 'utf8')
      .split('\n')
      .filter((n) => n && n !== 'github_token'))
      inputs.add(name);
    for (const name of Object.keys(step.outputs)) outputs.add(name);
  }
  return { inputs, outputs };
}

describe("the entries turn on V8's compile cache where Node has one (Node 22.1 and later)", () => {
  const job = newJob();
  const hasCache = typeof (nodeModule as { enableCompileCache?: unknown }).enableCompileCache === 'function';

  it.each(['teardown', 'deploy-model'])(`%s compiles ${hasCache ? 'into the cache in the temp folder' : 'as before on this Node'}`, async (name) => {
    const temp = mkdtempSync(join(job.runnerTemp, 'tmpdir-'));
    const step = await runStep(name, { 'deployment-config': '/nonexistent/deploymentconfig.json' }, job, { TMPDIR: temp });
    expect(step.stdout).toContain('::error::');
    const cache = join(temp, 'node-compile-cache');
    if (hasCache) expect(readdirSync(cache, { recursive: true }).length).toBeGreaterThan(1);
    else expect(existsSync(cache)).toBe(false);
  });
});

describe.each(Object.entries(ACTIONS))('%s action.yml', (name, { yml }) => {
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

  it('declares exactly the inputs its code paths read and the outputs they set', async () => {
    const { inputs, outputs } = await observed(name);
    // github-token is read only where a GitHub report is asked for; every path here supplies it empty.
    expect([...inputs].sort()).toEqual(Object.keys(action.inputs).sort());
    expect([...outputs].sort()).toEqual(Object.keys(action.outputs ?? {}).sort());
  });

  it.runIf(name !== 'pipeline')('is documented: its README tables are exactly what action.yml says (node scripts/action-docs.mjs)', async () => {
    const { documented } = (await import(join(ROOT, 'scripts/action-docs.mjs'))) as { documented: (name: string) => string };
    expect(readFileSync(join(ROOT, yml, '..', 'README.md'), 'utf8')).toBe(documented(name));
  });

  it('is documented: its README lists every input and output', () => {
    const readme = readFileSync(join(ROOT, name === 'pipeline' ? 'README.md' : join(yml, '..', 'README.md')), 'utf8');
    for (const key of [...Object.keys(action.inputs), ...Object.keys(action.outputs)]) expect(readme, key).toContain(`| \`${key}\` |`);
  });
});
