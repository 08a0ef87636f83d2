import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import type { ConfigProblem } from '../engine/errors.js';
import { KIND_LABEL, SCHEMAS, type ConfigKind } from './kinds.js';
import type { DataPath, ParsedFile } from './parse.js';
import { closest } from './suggest.js';

type Schema = {
  type?: string | string[];
  properties?: Record<string, Schema>;
  additionalProperties?: boolean | Schema;
  anyOf?: Schema[];
  items?: Schema;
  description?: string;
  enum?: unknown[];
};

const ajv = new Ajv({ allErrors: true, strict: false, verbose: true });
const compiled = new Map<ConfigKind, ValidateFunction>();

function validatorFor(kind: ConfigKind): ValidateFunction {
  let validate = compiled.get(kind);
  if (!validate) {
    // Unknown keys are warnings, not errors (Azure's CLI ignored many of them), so the copy
    // given to ajv allows them; `unknownKeys` below reports them with the closest known key.
    validate = ajv.compile(withoutClosedObjects(SCHEMAS[kind]) as object);
    compiled.set(kind, validate);
  }
  return validate;
}

function withoutClosedObjects(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutClosedObjects);
  if (!node || typeof node !== 'object') return node;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'additionalProperties' && value === false) continue;
    copy[key] = key === '$id' ? `${String(value)}#open` : withoutClosedObjects(value);
  }
  return copy;
}

/** Checks a parsed file against the JSON Schema of its kind; returns every problem with its line. */
export function validateAgainstSchema(parsed: ParsedFile, kind: ConfigKind): ConfigProblem[] {
  const validate = validatorFor(kind);
  canonicaliseEnums(SCHEMAS[kind] as Schema, parsed.data);
  const problems: ConfigProblem[] = [];
  if (!validate(parsed.data)) {
    for (const error of relevantErrors(validate.errors ?? [])) problems.push(toProblem(parsed, kind, error));
  }
  const unknown: ConfigProblem[] = [];
  unknownKeys(parsed, SCHEMAS[kind] as Schema, parsed.data, [], unknown);
  problems.push(...unknown.slice(0, MAX_UNKNOWN_KEYS));
  if (unknown.length > MAX_UNKNOWN_KEYS) {
    problems.push({
      file: parsed.file,
      message: `${unknown.length - MAX_UNKNOWN_KEYS} more unknown keys are ignored as well`,
      hint: 'is this the config file you meant?',
      severity: 'warning',
    });
  }
  return problems.length > MAX_PROBLEMS
    ? [
        ...problems.slice(0, MAX_PROBLEMS),
        { file: parsed.file, message: `and ${problems.length - MAX_PROBLEMS} more problems`, severity: problems[MAX_PROBLEMS]!.severity },
      ]
    : problems;
}

/** Settings whose absence weakens a deployment: a near miss of one is refused. */
const GUARDED_KEYS = new Set(['authEnabled', 'tokenAuthEnabled', 'keys', 'primaryKey', 'secondaryKey', 'sslEnabled', 'auth_mode']);

/** Enough to fix a file; more only floods the log. */
const MAX_UNKNOWN_KEYS = 20;
const MAX_PROBLEMS = 50;

/** Drops the noise of `anyOf`: the branch that got deepest explains the failure best. */
function relevantErrors(errors: ErrorObject[]): ErrorObject[] {
  const anyOfs = errors.filter((e) => e.keyword === 'anyOf');
  return errors.filter((error) => {
    const owner = anyOfs.find((a) => error !== a && error.schemaPath.startsWith(`${a.schemaPath}/`));
    if (error.keyword === 'anyOf') {
      return !errors.some((e) => e.schemaPath.startsWith(`${error.schemaPath}/`) && e.instancePath.length > error.instancePath.length);
    }
    return !owner || error.instancePath.length > owner.instancePath.length;
  });
}

function pathOf(instancePath: string): DataPath {
  return instancePath
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

function toProblem(parsed: ParsedFile, kind: ConfigKind, error: ErrorObject): ConfigProblem {
  const path = pathOf(error.instancePath);
  const parentSchema = error.parentSchema as Schema | undefined;
  const base = { file: parsed.file, severity: 'error' as const };
  if (error.keyword === 'required') {
    const missing = String((error.params as { missingProperty: string }).missingProperty);
    const pos = parsed.locate(path);
    const description = parentSchema?.properties?.[missing]?.description;
    return {
      ...base,
      ...pos,
      field: [...path, missing].join('.'),
      message: `is required in a ${KIND_LABEL[kind]}`,
      hint: description ? `add "${missing}": ${description}` : `add "${missing}"`,
    };
  }
  const pos = parsed.locate(path);
  const field = path.join('.') || '(top level)';
  const got = describeValue(error.data);
  const hint = parentSchema?.description;
  switch (error.keyword) {
    case 'type':
      return { ...base, ...pos, field, message: `must be ${typeWords(error.params as { type: string | string[] })}, not ${got}`, hint };
    case 'enum':
      return {
        ...base,
        ...pos,
        field,
        message: `is ${got}; allowed: ${(error.params as { allowedValues: unknown[] }).allowedValues.filter((v) => v !== null).join(', ')}`,
        hint,
      };
    case 'pattern':
      return { ...base, ...pos, field, message: `is ${got}, which is not an accepted value`, hint: hint ?? patternHint(error) };
    case 'anyOf':
      return { ...base, ...pos, field, message: `must be a reference string or a mapping, not ${got}`, hint };
    default:
      return { ...base, ...pos, field, message: `${error.message ?? 'is invalid'} (${got})`, hint };
  }
}

function patternHint(error: ErrorObject): string | undefined {
  const pattern = String((error.params as { pattern: string }).pattern);
  if (pattern.includes('[Tt]rue')) return 'use true or false';
  return undefined;
}

function typeWords(params: { type: string | string[] }): string {
  const types = (Array.isArray(params.type) ? params.type : String(params.type).split(',')).filter((t) => t !== 'null');
  return types.map((t) => (t === 'object' ? 'a mapping' : t === 'array' ? 'a list' : `a ${t}`)).join(' or ');
}

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  const text = JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

function unknownKeys(parsed: ParsedFile, schema: Schema, data: unknown, path: DataPath, out: ConfigProblem[]): void {
  if (schema.anyOf) {
    const branch = schema.anyOf.find((s) => matchesType(s, data));
    if (branch) unknownKeys(parsed, branch, data, path, out);
    return;
  }
  if (Array.isArray(data)) {
    if (schema.items) data.forEach((item, i) => unknownKeys(parsed, schema.items!, item, [...path, i], out));
    return;
  }
  if (!data || typeof data !== 'object' || !schema.properties) return;
  for (const [key, value] of Object.entries(data)) {
    const child = schema.properties[key];
    if (child) {
      unknownKeys(parsed, child, value, [...path, key], out);
    } else if (schema.additionalProperties === false && out.length >= MAX_UNKNOWN_KEYS) {
      // Only counted: locating and suggesting for thousands of keys is work nobody reads.
      out.push({ file: parsed.file, message: 'unknown key', severity: 'warning' });
    } else if (schema.additionalProperties === false) {
      const suggestion = closest(key, Object.keys(schema.properties));
      // A misspelt auth or key setting would quietly deploy without it: that is an error, not a warning.
      const guarded = suggestion !== undefined && GUARDED_KEYS.has(suggestion);
      out.push({
        file: parsed.file,
        ...parsed.locate([...path, key], true),
        field: [...path, key].join('.'),
        message: guarded ? `unknown key; a misspelt "${suggestion}" would deploy without it` : 'unknown key; it is ignored',
        hint: suggestion ? `did you mean "${suggestion}"?` : `known keys here: ${Object.keys(schema.properties).join(', ')}`,
        severity: guarded ? 'error' : 'warning',
      });
    }
  }
}

function matchesType(schema: Schema, data: unknown): boolean {
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  const actual = data === null ? 'null' : Array.isArray(data) ? 'array' : typeof data;
  return types.length === 0 || types.includes(actual) || (actual === 'number' && types.includes('integer'));
}

/**
 * Enum values in any letter case become the schema's own spelling (`auth_mode: Key` is `key`), as
 * azure-ai-ml reads them (its StringTransformedEnum compares case-insensitively); Microsoft's own
 * Kubernetes endpoint example writes `auth_mode: Key`. Changed in place, before validation.
 */
function canonicaliseEnums(schema: Schema | undefined, data: unknown): void {
  if (!schema || !data || typeof data !== 'object') return;
  for (const branch of schema.anyOf ?? []) canonicaliseEnums(branch, data);
  if (Array.isArray(data)) {
    for (const item of data) canonicaliseEnums(schema.items, item);
    return;
  }
  const record = data as Record<string, unknown>;
  for (const [key, sub] of Object.entries(schema.properties ?? {})) {
    const value = record[key];
    const choices = [sub, ...(sub.anyOf ?? [])].flatMap((s) => s.enum ?? []).filter((v): v is string => typeof v === 'string');
    if (typeof value === 'string' && !choices.includes(value)) {
      const match = choices.find((c) => c.toLowerCase() === value.toLowerCase());
      if (match !== undefined) record[key] = match;
    }
    canonicaliseEnums(sub, value);
  }
}
