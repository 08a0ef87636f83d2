import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

type Json = Record<string, any>;

const ML_SPEC =
  'specification/machinelearningservices/resource-manager/Microsoft.MachineLearningServices/MachineLearningServices/stable/2026-07-01/openapi.subset.json';
const COMMON = ['specification/common-types/resource-management/v3/types.json', 'specification/common-types/resource-management/v3/managedidentity.json'];
const BASE = 'https://spec.invalid/';

export interface MatchedOperation {
  operationId: string;
  method: string;
  template: string;
  pathParams: Record<string, string>;
  operation: Json;
}

/**
 * Microsoft's OpenAPI (Swagger 2.0) description of the Azure ML operations, compiled with ajv:
 * the emulator checks every request against it, so a request Azure would refuse fails the test.
 * Swagger's polymorphism (`discriminator` + `x-ms-discriminator-value`) is rewritten to JSON Schema
 * `if`/`then`, so a Managed deployment is checked against ManagedOnlineDeployment, not only its base.
 */
export class OpenApiSpec {
  readonly apiVersion: string;
  private readonly ajv: Ajv;
  private readonly paths: { template: string; regex: RegExp; names: string[]; item: Json }[];
  private readonly cache = new Map<string, ValidateFunction>();
  private readonly docs = new Map<string, Json>();

  constructor(specRoot: string) {
    this.ajv = new Ajv({ strict: false, allErrors: true, logger: false, validateFormats: true });
    (addFormatsModule as unknown as (ajv: Ajv) => void)(this.ajv);
    for (const name of ['int32', 'int64', 'float', 'double', 'byte', 'binary', 'password', 'arm-id', 'unixtime']) this.ajv.addFormat(name, true);
    this.ajv.addFormat('duration', /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/);
    for (const file of [ML_SPEC, ...COMMON]) {
      const doc = withSubtypes(withNullables(JSON.parse(readFileSync(join(specRoot, file), 'utf8')) as Json));
      this.docs.set(file, doc);
      const { paths: _paths, ...schemas } = doc;
      this.ajv.addSchema({ ...schemas, $id: BASE + file });
    }
    const main = this.docs.get(ML_SPEC)!;
    this.apiVersion = String(main.info.version);
    this.paths = Object.entries(main.paths as Json).map(([template, item]) => {
      const names: string[] = [];
      const pattern = template.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\{([^}]+)\\\}/g, (_m, name: string) => {
        names.push(name);
        return '([^/]+)';
      });
      return { template, regex: new RegExp(`^${pattern}$`, 'i'), names, item: item as Json };
    });
  }

  /** Finds the operation for a request; ARM matches path literals case-insensitively. */
  match(method: string, pathname: string): MatchedOperation | undefined {
    for (const path of this.paths) {
      const m = path.regex.exec(pathname);
      const operation = m && (path.item[method.toLowerCase()] as Json | undefined);
      if (!m || !operation) continue;
      const pathParams = Object.fromEntries(path.names.map((n, i) => [n, decodeURIComponent(m[i + 1]!)]));
      return { operationId: String(operation.operationId), method: method.toUpperCase(), template: path.template, pathParams, operation };
    }
    return undefined;
  }

  /** The operation with this id, with the given path parameters. */
  operationById(operationId: string, pathParams: Record<string, string> = {}): MatchedOperation {
    for (const path of this.paths) {
      for (const [method, operation] of Object.entries(path.item)) {
        if ((operation as Json).operationId === operationId)
          return { operationId, method: method.toUpperCase(), template: path.template, pathParams, operation: operation as Json };
      }
    }
    throw new Error(`no operation ${operationId} in the spec`);
  }

  /** Every way a request breaks the spec: parameters (path, query) and the JSON body. */
  validateRequest(op: MatchedOperation, query: URLSearchParams, body: unknown): string[] {
    const problems: string[] = [];
    const params = [...((op.operation.parameters as Json[]) ?? [])].map((p) => this.resolveParameter(p));
    for (const param of params) {
      if (param.in === 'body') {
        if (body === undefined) {
          if (param.required) problems.push('the request body is required');
        } else problems.push(...this.validate(param.schema as Json, body).map((e) => `body${e}`));
        continue;
      }
      const value = param.in === 'path' ? op.pathParams[param.name] : param.in === 'query' ? (query.get(param.name) ?? undefined) : undefined;
      if (value === undefined) {
        if (param.required && param.in !== 'header') problems.push(`${param.in} parameter ${param.name} is required`);
        continue;
      }
      // Which api-versions Azure accepts is the server's business (ACCEPTED_API_VERSIONS); the
      // bodies of them all are checked against this description, the newest vendored.
      if (param.name === 'api-version') continue;
      if (param.pattern && !new RegExp(param.pattern as string).test(value))
        problems.push(`${param.in} parameter ${param.name}="${value}" does not match ${param.pattern}`);
      if (param.minLength && value.length < param.minLength) problems.push(`${param.in} parameter ${param.name} is shorter than ${param.minLength}`);
      if (param.maxLength && value.length > param.maxLength) problems.push(`${param.in} parameter ${param.name} is longer than ${param.maxLength}`);
      if (param.type === 'integer' && !/^-?\d+$/.test(value)) problems.push(`${param.in} parameter ${param.name}="${value}" is not an integer`);
      if (param.type === 'boolean' && !/^(true|false)$/.test(value)) problems.push(`${param.in} parameter ${param.name}="${value}" is not true or false`);
      if (param.enum && !(param.enum as string[]).includes(value))
        problems.push(`${param.in} parameter ${param.name}="${value}" is not one of ${(param.enum as string[]).join(', ')}`);
    }
    return problems;
  }

  /** Checks a value against a schema of the spec (`#/definitions/X` or a schema holding a $ref). */
  validate(schema: Json | string, value: unknown): string[] {
    const ref = typeof schema === 'string' ? schema : (schema.$ref as string | undefined);
    const key = ref ?? JSON.stringify(schema);
    let validate = this.cache.get(key);
    if (!validate) {
      const target: Json = ref ? { $ref: new URL(ref, BASE + ML_SPEC).href } : (schema as Json);
      validate = this.ajv.compile(target);
      this.cache.set(key, validate);
    }
    if (validate(value)) return [];
    return (validate.errors ?? [])
      .filter((e) => e.keyword !== 'if')
      .map(
        (e) =>
          `${e.instancePath || ''} ${e.message ?? 'is invalid'}${e.params && 'allowedValues' in e.params ? `: ${(e.params.allowedValues as unknown[]).join(', ')}` : ''}`,
      );
  }

  /** The response schema an operation declares for a status code, for checking the emulator itself. */
  responseSchema(op: MatchedOperation, status: number): Json | undefined {
    const responses = op.operation.responses as Json;
    return ((responses[String(status)] ?? responses.default) as Json | undefined)?.schema as Json | undefined;
  }

  private resolveParameter(param: Json): Json {
    if (!param.$ref) return param;
    const [file, pointer] = String(param.$ref).split('#');
    const doc = file ? this.docs.get(COMMON.find((c) => file.endsWith(c.split('/').slice(-1)[0]!))!) : this.docs.get(ML_SPEC);
    return pointer!
      .split('/')
      .slice(1)
      .reduce((node: Json, key) => node[key] as Json, doc!);
  }
}

/**
 * Null handling as Azure's services and SDKs practise it: `x-nullable: true` allows null, and so
 * does any optional property or map value (ARM reads null as absent; Microsoft's own examples
 * send and return null for optional fields such as a GPU count or vcName).
 */
function withNullables(node: any): any {
  if (Array.isArray(node)) return node.map(withNullables);
  if (!node || typeof node !== 'object') return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node)) out[key] = withNullables(value);
  if (out['x-nullable'] === true) Object.assign(out, nullable(out));
  if (out.properties && typeof out.properties === 'object') {
    const required = new Set((out.required as string[] | undefined) ?? []);
    for (const [name, prop] of Object.entries(out.properties as Json)) if (!required.has(name)) (out.properties as Json)[name] = nullable(prop as Json);
  }
  if (out.additionalProperties && typeof out.additionalProperties === 'object') out.additionalProperties = nullable(out.additionalProperties as Json);
  return out;
}

function nullable(schema: Json): Json {
  if (typeof schema.type === 'string')
    return { ...schema, type: [schema.type, 'null'], ...(Array.isArray(schema.enum) ? { enum: [...(schema.enum as unknown[]), null] } : {}) };
  if (schema.$ref) return { anyOf: [{ $ref: schema.$ref }, { type: 'null' }] };
  return schema;
}

/**
 * Rewrites Swagger polymorphism into JSON Schema: a base with `discriminator` becomes its own
 * properties plus `if <discriminator> = value then <subtype>` for each subtype, and subtypes
 * extend a copy of the base (so checking a subtype never loops back through the base).
 */
function withSubtypes(doc: Json): Json {
  const defs = doc.definitions as Json | undefined;
  if (!defs) return doc;
  const bases = Object.entries(defs).filter(([, d]) => typeof (d as Json).discriminator === 'string');
  for (const [baseName, base] of bases) {
    const property = (base as Json).discriminator as string;
    const subtypes = Object.entries(defs).filter(([, d]) => ((d as Json).allOf as Json[] | undefined)?.some((a) => a.$ref === `#/definitions/${baseName}`));
    if (subtypes.length === 0) continue;
    defs[`${baseName}__base`] = { ...(base as Json) };
    for (const [, sub] of subtypes) {
      (sub as Json).allOf = ((sub as Json).allOf as Json[]).map((a) =>
        a.$ref === `#/definitions/${baseName}` ? { $ref: `#/definitions/${baseName}__base` } : a,
      );
    }
    const values = subtypes.map(([name, sub]) => [String((sub as Json)['x-ms-discriminator-value'] ?? name), name] as const);
    defs[baseName] = {
      allOf: [
        { $ref: `#/definitions/${baseName}__base` },
        { properties: { [property]: { enum: values.map(([v]) => v) } } },
        ...values.map(([value, name]) => ({
          if: { properties: { [property]: { const: value } }, required: [property] },
          then: { $ref: `#/definitions/${name}` },
        })),
      ],
    };
  }
  return doc;
}
