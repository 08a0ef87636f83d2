import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSpec, readConfigFile } from '../../src/config/load.js';
import { ConfigError } from '../../src/engine/errors.js';
import { nameProblem } from '../../src/engine/naming.js';
import { EXAMPLE } from '../helpers/run-action.js';
import { configFilesUnder, hasShared, noteSkipped, patternConfigFiles, SHARED } from '../helpers/shared.js';

const REAL = join(SHARED, 'real-configs');
const realFiles = configFilesUnder(REAL);
noteSkipped('real config files from public repositories');

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'mlship-config-'));
}

describe('config files in the shapes real ones take (repository fixtures)', () => {
  it.each(patternConfigFiles.map((f) => [basename(f), f]))('accepts %s without its referenced files', (_name, file) => {
    const result = readConfigFile(file, { checkRefs: false });
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.kind).toBeDefined();
    expect(result.fragment).toBeDefined();
  });

  const pattern = (part: string) => patternConfigFiles.find((f) => f.includes(part))!;

  it('reports each missing referenced file by name and line when references are checked', () => {
    const errors = readConfigFile(pattern('kubernetes-missing-refs'), { checkRefs: true }).problems.filter((p) => p.severity === 'error');
    expect(errors.map((e) => e.field)).toEqual(expect.arrayContaining(['model.path', 'code_configuration.code', 'environment.conda_file']));
    const conda = errors.find((e) => e.field === 'environment.conda_file')!;
    expect(conda.message).toContain('../churn-v2/environment/conda.yaml');
    expect(conda.line).toBe(12);
  });

  it('warns on a misspelt key with the key that was meant, at its line', () => {
    const warning = readConfigFile(pattern('misspelt-key'), { checkRefs: false }).problems.find((p) => p.field === 'maxQueueWaitsMs')!;
    expect(warning.severity).toBe('warning');
    expect(warning.hint).toContain('maxQueueWaitMs');
    expect(warning.line).toBe(16);
  });

  it('reads upper-case compute types, YAML booleans and CRLF line endings from a v1 AKS file', () => {
    const { fragment } = readConfigFile(pattern('aks-upper-case'), { checkRefs: false });
    expect(fragment?.target).toBe('aks');
    expect(fragment?.endpoint?.authMode).toBe('key');
    expect(fragment?.deployment?.scale).toEqual({ minInstances: 1, maxInstances: 4, targetUtilization: 60, pollingIntervalSeconds: 15 });
    expect(fragment?.deployment?.requestTimeoutMs).toBe(8000);
    expect(fragment?.deployment?.memoryGb).toBe(0.5);
  });

  it('reads an environment built from a Docker context, keeping tag text as written', () => {
    const parsed = readConfigFile(pattern('docker-context'), { checkRefs: false });
    expect(parsed.kind).toBe('v2-environment');
    expect(parsed.fragment?.environment?.buildContext).toContain('environments/gpu-context');
  });

  it('reads inline conda dependencies (pip group and conda packages) and environment variables as written', () => {
    const { fragment } = readConfigFile(pattern('inline-conda'), { checkRefs: false });
    expect(fragment?.environment?.pipPackages).toEqual(['azureml-defaults', 'lightgbm==3.3.5', 'pandas>=1.3,<2', 'scikit-learn==0.24.2.*']);
    expect(fragment?.environment?.pythonVersion).toBe('3.8.10');
    expect(fragment?.environment?.environmentVariables).toEqual({ MODEL_FLAVOUR: 'lightgbm', THRESHOLD: '0.50' });
  });
});

describe.runIf(hasShared)('real config files from public repositories (../shared)', () => {
  it('finds all 40 of them', () => {
    expect(realFiles.length).toBe(40);
  });

  // Real files with a defect Azure would fail on too, and the field mlship names for it.
  const KNOWN_DEFECTS: Record<string, string[]> = {
    // "mcr.microsoft.com/azureml/openmpi 4.1.0-ubuntu 20.04:…": spaces in an image reference, which no registry serves.
    'v1-inference/p9rahul__MLOPS_Onboarding_Project__inferenceConfig.json': ['baseImage'],
  };

  it.each(realFiles.map((f) => [f.slice(REAL.length + 1), f]))('accepts %s without its referenced files', (name, file) => {
    const result = readConfigFile(file, { checkRefs: false });
    expect(result.problems.filter((p) => p.severity === 'error').map((p) => p.field)).toEqual(KNOWN_DEFECTS[name] ?? []);
    expect(result.kind).toBeDefined();
    if (!KNOWN_DEFECTS[name]) expect(result.fragment).toBeDefined();
  });

  it('reports each missing referenced file by name when references are checked', () => {
    const file = realFiles.find((f) => f.includes('kubernetes-green-deployment'))!;
    const errors = readConfigFile(file, { checkRefs: true }).problems.filter((p) => p.severity === 'error');
    expect(errors.map((e) => e.field)).toEqual(expect.arrayContaining(['model.path', 'code_configuration.code', 'environment.conda_file']));
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
});

describe('syntax and schema errors point at the line', () => {
  it("points at the line missing a comma in the inference config from Microsoft's deployment doc", () => {
    const file = join(import.meta.dirname, '../fixtures/configs/msdocs-missing-comma.json');
    const torchvisionLine =
      readFileSync(file, 'utf8')
        .split('\n')
        .findIndex((l) => l.includes('"torchvision"')) + 1;
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
      loadSpec({
        inferenceConfig: join(dir, 'inferenceconfig.yml'),
        deploymentConfig: join(dir, 'deploymentconfig.json'),
        overrides: { endpointName: '1bad' },
      });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const fields = (error as ConfigError).problems.map((p) => p.field);
    expect(fields).toEqual(expect.arrayContaining(['entryScript', 'computeType', 'endpoint-name']));
    expect((error as ConfigError).message).toContain('nothing was changed');
  });
});

describe('an endpoint name derived when none is given', () => {
  const derive = (dir: string, model: string) =>
    loadSpec({
      inferenceConfig: join(dir, 'inferenceconfig.json'),
      origin: 'flags',
      overrides: { target: 'local', model: { kind: 'registered', name: model, version: 'latest' } },
    }).spec.endpoint.name!;
  it('is <model>-<hash>: the same for one project run after run, another for another project with the same model name', () => {
    const a = mkdtempSync(join(tmpdir(), 'mlship-a-'));
    const b = mkdtempSync(join(tmpdir(), 'mlship-b-'));
    for (const dir of [a, b]) {
      cpSync(join(EXAMPLE, 'src'), join(dir, 'src'), { recursive: true });
      cpSync(join(EXAMPLE, 'inferenceconfig.json'), join(dir, 'inferenceconfig.json'));
    }
    expect(derive(a, 'model')).toMatch(/^model-[0-9a-f]{6}$/);
    expect(derive(a, 'model')).toBe(derive(a, 'model'));
    expect(derive(a, 'model')).not.toBe(derive(b, 'model'));
    expect(derive(a, 'model')).not.toBe(derive(a, 'other'));
    expect(nameProblem(derive(a, 'A'.repeat(200)))).toBeUndefined();
  });
});
