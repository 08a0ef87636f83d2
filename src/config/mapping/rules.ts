import type { ConfigKind } from '../kinds.js';
import type { ReadContext } from '../context.js';

/**
 * Where a field a user writes goes. Every field of every schema mlship reads has one rule (a
 * test walks the schemas to make sure), so nothing a user writes is dropped without a word:
 * - `arm`: it reaches an ARM request body; each mapping carries an example that a golden test
 *   loads, turns into bodies and finds at `to` (`endpoint:`, `deployment:`, `environment:` or
 *   `model:` followed by the property path in that body);
 * - `asset`: it defines a registered asset (files uploaded, a reference resolved);
 * - `mlship`: mlship itself reads it (the target, a name, a local-only setting);
 * - `warn`: accepted with a warning saying why it has no effect;
 * - `refuse`: an error naming the field and what to write instead.
 * A rule covers the fields below it unless they have their own.
 */
export type FieldRule =
  | { arm: ArmMapping[] }
  | { asset: string }
  | { mlship: string }
  | { warn: string; hint?: string; unless?: (value: unknown) => boolean }
  | { refuse: string; hint: string; unless?: (value: unknown) => boolean };

export interface ArmMapping {
  /** `endpoint:properties.authMode`: the body, then the property path inside it. */
  to: string;
  /** The target the mapping applies to; both Azure targets when absent. */
  target?: 'aci' | 'aks';
  /** A value a user writes, and what ARM receives for it. */
  example: [written: unknown, sent: unknown];
  /** Other fields the example needs beside it (dotted path → value). */
  with?: Record<string, unknown>;
}

export type FieldMap = Record<string, FieldRule>;

/** Whether a value says anything: null, empty text, and empty lists or maps do not. */
export function isSet(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.values(value).some(isSet);
  return true;
}

function valueAt(data: unknown, path: string[]): unknown {
  let node = data;
  for (const key of path) {
    if (!node || typeof node !== 'object' || Array.isArray(node)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** Splits a rule's field name into its path: `resources.requests.nvidia.com/gpu` keeps its dotted key. */
export function fieldPath(field: string): string[] {
  return field
    .replace('nvidia.com/gpu', 'nvidia\u0000com/gpu')
    .split('.')
    .map((part) => part.replace('\u0000', '.'));
}

/** Reports every field of the file whose rule is to warn or refuse, at its line. */
export function applyFieldRules(ctx: ReadContext, map: FieldMap): void {
  for (const [field, rule] of Object.entries(map)) {
    if (!('warn' in rule) && !('refuse' in rule)) continue;
    const path = fieldPath(field);
    const value = valueAt(ctx.parsed.data, path);
    if (!isSet(value)) continue;
    if (rule.unless?.(value)) continue;
    if ('warn' in rule) ctx.warn(path, `is not applied: ${rule.warn}`, rule.hint);
    else ctx.error(path, `is not supported: ${rule.refuse}`, rule.hint);
  }
}

/** True when the value is `false` (a v1 boolean written as false asks for nothing). */
export const isFalse = (value: unknown): boolean => value === false || String(value).toLowerCase() === 'false';

export type FieldMaps = Record<ConfigKind, FieldMap>;
