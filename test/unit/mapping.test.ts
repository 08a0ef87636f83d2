import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml, stringify } from 'yaml';
import { environmentVersionBody, modelVersionBody } from '../../src/azure/assets.js';
import { SCHEMAS, type ConfigKind } from '../../src/config/kinds.js';
import { loadSpec, readConfigFile, type SpecSources } from '../../src/config/load.js';
import { FIELD_MAPS, fieldPath, type ArmMapping, type FieldRule } from '../../src/config/mapping/index.js';
import { registrationOf } from '../../src/engine/assets.js';
import { decide } from '../../src/engine/decide.js';
import { deploymentBody, endpointBody } from '../../src/targets/azure/bodies.js';
import { batchDeploymentBody, batchEndpointBody } from '../../src/targets/azure/batch-bodies.js';
import { loadBatchSpec } from '../../src/config/load-batch.js';
import { hasShared, noteSkipped, SHARED } from '../helpers/shared.js';

// The config → ARM mapping, walked field by field: every field of every schema mlship reads has
// a rule; every field that goes to Azure is written with an example, loaded as a user's file
// would be, turned into the request bodies mlship sends, and found there with the value ARM
// must receive. A field read but dropped on the way fails here.

type Schema = { properties?: Record<string, Schema>; anyOf?: Schema[]; type?: string | string[]; additionalProperties?: unknown };

/** Every field path a schema describes (a map with free keys is one field). */
function schemaFields(schema: Schema, prefix: string[] = []): string[][] {
  const out: string[][] = [];
  const branches = [schema, ...(schema.anyOf ?? [])];
  for (const branch of branches) {
    for (const [key, sub] of Object.entries(branch.properties ?? {})) {
      const path = [...prefix, key];
      out.push(path);
      out.push(...schemaFields(sub, path));
    }
  }
  return out;
}

/** The fields with nothing under them: a parent is covered when its children are. */
function leaves(fields: string[][]): string[][] {
  const names = fields.map((p) => p.join('.'));
  return fields.filter((p) => !names.some((other) => other.startsWith(`${p.join('.')}.`)));
}

function ruleFor(kind: ConfigKind, path: string[]): FieldRule | undefined {
  for (let n = path.length; n > 0; n -= 1) {
    const rule = FIELD_MAPS[kind][path.slice(0, n).join('.')];
    if (rule) return rule;
  }
  return undefined;
}

const KINDS = Object.keys(FIELD_MAPS) as ConfigKind[];

describe('every field has a rule', () => {
  for (const kind of KINDS) {
    it(`${kind}: each schema field is mapped, refused, warned of, or read by mlship`, () => {
      const fields = schemaFields(SCHEMAS[kind] as Schema);
      const unmapped = leaves(fields)
        .filter((path) => !ruleFor(kind, path))
        .map((p) => p.join('.'));
      expect(unmapped).toEqual([]);
    });
    it(`${kind}: each rule names a field the schema has`, () => {
      const known = new Set(schemaFields(SCHEMAS[kind] as Schema).map((p) => p.join('.')));
      expect(Object.keys(FIELD_MAPS[kind]).filter((field) => !known.has(fieldPath(field).join('.')))).toEqual([]);
    });
  }
});

function setAt(doc: Record<string, unknown>, path: string[], value: unknown): void {
  let node = doc;
  for (const key of path.slice(0, -1)) {
    if (!node[key] || typeof node[key] !== 'object') node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[path.at(-1)!] = value;
}

function valueAt(body: unknown, path: string[]): unknown {
  return path.reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), body);
}

/** The files a user would write, with `field` set, in a fresh project folder. */
function project(kind: ConfigKind, field: string, mapping: ArmMapping): SpecSources {
  const dir = mkdtempSync(join(tmpdir(), 'mlship-mapping-'));
  writeFileSync(join(dir, 'score.py'), 'def init():\n    pass\n\ndef run(raw):\n    return raw\n');
  writeFileSync(join(dir, 'model.pkl'), 'weights');
  const target = mapping.target ?? 'aci';
  const docs: Record<string, Record<string, unknown>> = {
    v1d: { computeType: target.toUpperCase(), ...(target === 'aks' ? { computeTarget: 'k8s' } : {}) },
    v1i: { entryScript: 'score.py' },
    dep: {
      name: 'blue',
      endpoint_name: 'mapped',
      type: target === 'aks' ? 'kubernetes' : 'managed',
      code_configuration: { code: '.', scoring_script: 'score.py' },
      ...(kind === 'v2-environment' ? {} : { environment: { image: 'python:3.11' } }),
      ...(kind === 'v2-model' ? {} : { model: { name: 'm', path: 'model.pkl' } }),
    },
    ep: { name: 'mapped', auth_mode: 'key' },
    env: { name: 'env', image: 'python:3.11' },
    model: { name: 'm', path: 'model.pkl' },
    bdep: {
      $schema: 'https://azuremlschemas.azureedge.net/latest/modelBatchDeployment.schema.json',
      name: 'nightly',
      endpoint_name: 'mapped',
      type: 'model',
      compute: 'azureml:cluster',
      code_configuration: { code: '.', scoring_script: 'score.py' },
      environment: { image: 'python:3.11' },
      model: { name: 'm', path: 'model.pkl' },
    },
    bep: { name: 'mapped' },
  };
  const own = {
    'v1-deployment-config': 'v1d',
    'v1-inference-config': 'v1i',
    'v2-online-deployment': 'dep',
    'v2-online-endpoint': 'ep',
    'v2-environment': 'env',
    'v2-model': 'model',
    'v2-batch-deployment': 'bdep',
    'v2-batch-endpoint': 'bep',
  }[kind];
  for (const [extra, value] of Object.entries(mapping.with ?? {})) setAt(docs[own]!, fieldPath(extra), value);
  setAt(docs[own]!, fieldPath(field), mapping.example[0]);
  const file = (name: string, doc: unknown, yaml = true) => {
    const path = join(dir, name);
    writeFileSync(path, yaml ? stringify(doc) : JSON.stringify(doc));
    return path;
  };
  if (kind.startsWith('v2-batch')) return { yamlFiles: [file('deployment.yml', docs.bdep), file('endpoint.yml', docs.bep)] };
  if (kind.startsWith('v1'))
    return { inferenceConfig: file('inferenceconfig.json', docs.v1i, false), deploymentConfig: file('deploymentconfig.json', docs.v1d, false) };
  const yamlFiles = [file('deployment.yml', docs.dep)];
  if (kind === 'v2-online-endpoint') yamlFiles.push(file('endpoint.yml', docs.ep));
  if (kind === 'v2-environment') yamlFiles.push(file('environment.yml', docs.env));
  if (kind === 'v2-model') yamlFiles.push(file('model.yml', docs.model));
  return { yamlFiles };
}

/** The bodies mlship sends for a batch deployment and its endpoint. */
function batchBodiesFor(sources: SpecSources): Record<string, unknown> {
  const [deployment, endpoint] = sources.yamlFiles!;
  const { spec } = loadBatchSpec({ deployment: deployment!, endpoint, overrides: { target: 'amlcompute' } });
  const workspaceId = '/subscriptions/s/resourceGroups/g/providers/Microsoft.MachineLearningServices/workspaces/w';
  return {
    'batch-endpoint': batchEndpointBody({ spec, location: 'westeurope', tags: spec.endpoint.tags }),
    'batch-deployment': batchDeploymentBody({
      spec,
      location: 'westeurope',
      workspaceId,
      codeId: 'code',
      modelId: 'model',
      environmentId: 'env',
      tags: spec.deployment.tags,
    }),
    environment: environmentVersionBody(spec.environment, spec.environment.buildContext ? 'https://store/LocalUpload/x/ctx/' : undefined),
    model: spec.model?.kind === 'path' ? modelVersionBody(registrationOf(spec.model, 'm'), 'azureml://datastores/x/paths/m', {}) : undefined,
  };
}

/** The bodies mlship sends for a spec, composed as deploy composes them. */
function bodiesFor(sources: SpecSources, target: 'aci' | 'aks'): Record<string, unknown> {
  const { spec } = loadSpec({ ...sources, overrides: { target } });
  const location = spec.deployment.location ?? 'westeurope';
  const decision = decide({ spec, specHash: 'golden' }, undefined);
  return {
    endpoint: endpointBody({ spec, location, tags: { ...spec.endpoint.tags } }),
    deployment: deploymentBody({ spec, kind: target, location, codeId: 'code', modelId: 'model', environmentId: 'env', tags: decision.deploymentTags }),
    environment: environmentVersionBody(spec.environment, spec.environment.buildContext ? 'https://store/LocalUpload/x/ctx/' : undefined),
    model: spec.model?.kind === 'path' ? modelVersionBody(registrationOf(spec.model, 'm'), 'azureml://datastores/x/paths/m', {}) : undefined,
  };
}

describe('golden: each field reaches its ARM property, exactly', () => {
  for (const kind of KINDS) {
    for (const [field, rule] of Object.entries(FIELD_MAPS[kind])) {
      if (!('arm' in rule)) continue;
      for (const mapping of rule.arm) {
        it(`${kind} ${field} = ${JSON.stringify(mapping.example[0])} → ${mapping.to}${mapping.target ? ` (${mapping.target})` : ''}`, () => {
          const [body, ...path] = mapping.to.split(/[:.]/);
          const sources = project(kind, field, mapping);
          const bodies = kind.startsWith('v2-batch') ? batchBodiesFor(sources) : bodiesFor(sources, mapping.target ?? 'aci');
          expect(valueAt(bodies[body!], path)).toEqual(mapping.example[1]);
        });
      }
    }
  }
});

/** A value of the field's type that asks for something. */
function sampleFor(schema: Schema | undefined): unknown {
  const types = [schema?.type ?? [], ...(schema?.anyOf ?? []).map((s) => s.type ?? [])].flat();
  if (types.includes('boolean')) return true;
  const values = [(schema?.additionalProperties as Schema | undefined)?.type ?? []].flat();
  if (types.includes('object')) return values.includes('number') || values.includes('integer') ? { blue: 100 } : { setting: 'on' };
  if (types.includes('array')) return ['x'];
  if (types.includes('number') || types.includes('integer')) return 2;
  return 'windows';
}

function schemaAt(kind: ConfigKind, path: string[]): Schema | undefined {
  return path.reduce<Schema | undefined>(
    (s, key) => s?.properties?.[key] ?? s?.anyOf?.find((b) => b.properties?.[key])?.properties?.[key],
    SCHEMAS[kind] as Schema,
  );
}

describe('refused and warned-of fields are named where they are written', () => {
  const base: Record<ConfigKind, Record<string, unknown>> = {
    'v1-deployment-config': { computeType: 'ACI' },
    'v1-inference-config': { entryScript: 'score.py' },
    'v2-online-deployment': { name: 'blue', endpoint_name: 'mapped' },
    'v2-online-endpoint': { name: 'mapped', auth_mode: 'key' },
    'v2-environment': { name: 'env', image: 'python:3.11' },
    'v2-model': { name: 'm', path: 'model.pkl' },
    'v2-batch-deployment': { $schema: 'https://azuremlschemas.azureedge.net/latest/modelBatchDeployment.schema.json', name: 'blue', endpoint_name: 'mapped' },
    'v2-batch-endpoint': { $schema: 'https://azuremlschemas.azureedge.net/latest/batchEndpoint.schema.json', name: 'mapped' },
  };
  for (const kind of KINDS) {
    for (const [field, rule] of Object.entries(FIELD_MAPS[kind])) {
      if (!('refuse' in rule) && !('warn' in rule)) continue;
      it(`${kind} ${field}: ${'refuse' in rule ? 'refused' : 'warned of'}`, () => {
        const dir = mkdtempSync(join(tmpdir(), 'mlship-rule-'));
        const doc = structuredClone(base[kind]);
        setAt(doc, fieldPath(field), sampleFor(schemaAt(kind, fieldPath(field))));
        const file = join(dir, kind.startsWith('v1') ? 'config.json' : 'config.yml');
        writeFileSync(file, kind.startsWith('v1') ? JSON.stringify(doc) : stringify(doc));
        const problems = readConfigFile(file, { checkRefs: false }).problems.filter((p) => p.field === fieldPath(field).join('.'));
        expect(problems.map((p) => p.severity)).toContain('refuse' in rule ? 'error' : 'warning');
        expect(problems.find((p) => p.line !== undefined)).toBeDefined();
      });
    }
  }
});

describe.runIf(hasShared)('real configs: every field they use has a rule (../shared)', () => {
  const root = join(SHARED, 'real-configs');
  const kinds: Record<string, ConfigKind> = {
    'v1-deployment': 'v1-deployment-config',
    'v1-inference': 'v1-inference-config',
    'v2-deployment': 'v2-online-deployment',
    'v2-endpoint': 'v2-online-endpoint',
    'v2-environment': 'v2-environment',
    'v2-model': 'v2-model',
  };
  for (const [folder, kind] of Object.entries(kinds)) {
    it(folder, () => {
      const known = new Set(schemaFields(SCHEMAS[kind] as Schema).map((p) => p.join('.')));
      const missing: string[] = [];
      for (const name of readdirSync(join(root, folder))) {
        const text = readFileSync(join(root, folder, name), 'utf8');
        let doc: unknown;
        try {
          doc = name.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
        } catch {
          continue; // files that do not parse are the parser's tests
        }
        const walk = (node: unknown, path: string[]) => {
          if (!node || typeof node !== 'object' || Array.isArray(node)) return;
          for (const [key, value] of Object.entries(node)) {
            const p = [...path, key];
            if (!known.has(p.join('.'))) continue; // unknown keys are warned of by the reader
            const parent = [...known].some((k) => k.startsWith(`${p.join('.')}.`));
            if (!parent && !ruleFor(kind, p)) missing.push(`${name}: ${p.join('.')}`);
            walk(value, p);
          }
        };
        walk(doc, []);
      }
      expect(missing).toEqual([]);
    });
  }
});

if (!hasShared) noteSkipped('the real-config field check');
void mkdirSync;
