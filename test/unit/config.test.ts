import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSpec, readConfigFile } from '../../src/config/load.js';
import { ConfigError } from '../../src/engine/errors.js';

const REAL = join(import.meta.dirname, '../../../shared/real-configs');
const realFiles = readdirSync(REAL, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => readdirSync(join(REAL, d.name)).map((f) => join(REAL, d.name, f)));

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'mlship-config-'));
}

describe('real config files from public repositories', () => {
  it('finds all 40 of them', () => {
    expect(realFiles.length).toBe(40);
  });

  it.each(realFiles.map((f) => [f.slice(REAL.length + 1), f]))('accepts %s without its referenced files', (_name, file) => {
    const result = readConfigFile(file, { checkRefs: false });
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.kind).toBeDefined();
    expect(result.fragment).toBeDefined();
  });

  it('reports each missing referenced file by name when references are checked', () => {
    const file = realFiles.find((f) => f.includes('kubernetes-green-deployment'))!;
    const errors = readConfigFile(file, { checkRefs: true }).problems.filter((p) => p.severity === 'error');
    const fields = errors.map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['model.path', 'code_configuration.code', 'environment.conda_file']));
    const conda = errors.find((e) => e.field === 'environment.conda_file')!;
    expect(conda.message).toContain('../model-2/environment/conda.yaml');
    expect(conda.line).toBe(12);
  });

  it('warns on the misspelt maxQueueWaitsMs with the key that was meant', () => {
    const file = realFiles.find((f) => f.includes('p9rahul') && f.includes('Deploymentconfig'))!;
    const warning = readConfigFile(file, { checkRefs: false }).problems.find((p) => p.field === 'maxQueueWaitsMs')!;
    expect(warning.severity).toBe('warning');
    expect(warning.hint).toContain('maxQueueWaitMs');
    expect(warning.line).toBe(16);
  });

  it('reads upper-case compute types and YAML booleans from a v1 AKS file', () => {
    const file = realFiles.find((f) => f.includes('pipelines-azureml') && f.includes('deployment-config-aks'))!;
    const { fragment } = readConfigFile(file, { checkRefs: false });
    expect(fragment?.target).toBe('aks');
    expect(fragment?.endpoint?.authMode).toBe('key');
    expect(fragment?.deployment?.scale).toEqual({ minInstances: 1, maxInstances: 3, targetUtilization: 70, pollingIntervalSeconds: 10 });
    expect(fragment?.deployment?.requestTimeoutMs).toBe(5000);
    expect(fragment?.deployment?.memoryGb).toBe(0.5);
  });

  it('reads an environment built from a Docker context', () => {
    const file = realFiles.find((f) => f.includes('train-env.yaml'))!;
    const parsed = readConfigFile(file, { checkRefs: false });
    expect(parsed.kind).toBe('v2-environment');
    expect(parsed.fragment?.environment?.buildContext).toContain('data-science/environment');
  });
});

describe('syntax and schema errors point at the line', () => {
  it('points at the line missing a comma in the inference config from Microsoft\'s deployment doc', () => {
    const file = join(import.meta.dirname, '../fixtures/configs/msdocs-missing-comma.json');
    const torchvisionLine = readFileSync(file, 'utf8').split('\n').findIndex((l) => l.includes('"torchvision"')) + 1;
    const [problem] = readConfigFile(file, { checkRefs: false }).problems;
    expect(torchvisionLine).toBeGreaterThan(1);
    expect(problem).toMatchObject({ severity: 'error', line: torchvisionLine, message: 'a comma is missing after this value' });
    expect(problem!.hint).toContain(`line ${torchvisionLine}`);
  });

  it('names file, line and field for a wrong type, and hints at the allowed values', () => {
    const dir = tempDir();
    const file = join(dir, 'deploymentconfig.json');
    writeFileSync(file, '{\n  "computeType": "aci",\n  "containerResourceRequirements": {\n    "cpu": "lots"\n  }\n}\n');
    const [problem] = readConfigFile(file, { checkRefs: false }).problems;
    expect(problem).toMatchObject({ file, line: 4, field: 'containerResourceRequirements.cpu', severity: 'error' });
    expect(problem!.message).toContain('must be a number');
  });

  it('rejects an unknown compute type with the accepted ones', () => {
    const dir = tempDir();
    const file = join(dir, 'deploymentconfig.yml');
    writeFileSync(file, 'computeType: AML\n');
    const [problem] = readConfigFile(file, { checkRefs: false }).problems;
    expect(problem).toMatchObject({ line: 1, field: 'computeType', severity: 'error' });
    expect(problem!.hint).toContain('local, aci or aks');
  });

  it('refuses authEnabled together with tokenAuthEnabled', () => {
    const dir = tempDir();
    const file = join(dir, 'deploymentconfig.json');
    writeFileSync(file, '{"computeType": "aks", "authEnabled": true,\n "tokenAuthEnabled": true}');
    const problems = readConfigFile(file, { checkRefs: false }).problems;
    expect(problems).toEqual([expect.objectContaining({ field: 'tokenAuthEnabled', line: 2, severity: 'error' })]);
  });

  it('reports a duplicated YAML key at its line', () => {
    const dir = tempDir();
    const file = join(dir, 'endpoint.yml');
    writeFileSync(file, 'name: a-endpoint\nauth_mode: key\nauth_mode: aml_token\n');
    const [problem] = readConfigFile(file, { checkRefs: false }).problems;
    expect(problem).toMatchObject({ line: 3, severity: 'error' });
  });
});

describe('loadSpec', () => {
  function example(dir: string) {
    mkdirSync(join(dir, 'src'));
    writeFileSync(join(dir, 'src', 'score.py'), 'def init(): pass\ndef run(raw): return raw\n');
    writeFileSync(join(dir, 'conda.yml'), 'dependencies:\n  - python=3.11\n  - numpy=1.26\n  - pip:\n    - requests==2.31.0\n');
    writeFileSync(join(dir, 'inferenceconfig.yml'), 'entryScript: score.py\nsourceDirectory: src\ncondaFile: conda.yml\n');
    writeFileSync(join(dir, 'deploymentconfig.json'), '{"computeType": "ACI", "authEnabled": true}');
  }

  it('merges v1 files and applies input overrides', () => {
    const dir = tempDir();
    example(dir);
    const { spec } = loadSpec({
      inferenceConfig: join(dir, 'inferenceconfig.yml'),
      deploymentConfig: join(dir, 'deploymentconfig.json'),
      overrides: { target: 'local', endpointName: 'my-endpoint', model: { kind: 'registered', name: 'diabetes', version: 'latest' } },
    });
    expect(spec.target).toBe('local');
    expect(spec.code).toEqual({ directory: join(dir, 'src'), entryScript: 'score.py' });
    expect(spec.environment.pipPackages).toEqual(['numpy==1.26.*', 'requests==2.31.0']);
    expect(spec.environment.pythonVersion).toBe('3.11');
    expect(spec.endpoint).toMatchObject({ name: 'my-endpoint', authMode: 'key' });
    expect(spec.deployment).toMatchObject({ name: 'blue', cpu: 0.1, memoryGb: 0.5, requestTimeoutMs: 60000 });
  });

  it('throws one ConfigError listing every problem in every file', () => {
    const dir = tempDir();
    example(dir);
    writeFileSync(join(dir, 'deploymentconfig.json'), '{"computeType": "gpu"}');
    writeFileSync(join(dir, 'inferenceconfig.yml'), 'entryScript: missing.py\nsourceDirectory: src\n');
    let error: unknown;
    try {
      loadSpec({ inferenceConfig: join(dir, 'inferenceconfig.yml'), deploymentConfig: join(dir, 'deploymentconfig.json'), overrides: { endpointName: '1bad' } });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const fields = (error as ConfigError).problems.map((p) => p.field);
    expect(fields).toEqual(expect.arrayContaining(['entryScript', 'computeType', 'endpoint-name']));
    expect((error as ConfigError).message).toContain('nothing was changed');
  });
});
