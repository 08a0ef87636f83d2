import * as core from '@actions/core';
import { parseDuration } from '../engine/duration.js';
import { ConfigError } from '../engine/errors.js';
import { checkResourceName, tagProblem } from '../engine/naming.js';
import { TARGETS, type TargetName } from '../engine/spec.js';

/**
 * Strict readers for action inputs: each throws a ConfigError naming the input and the accepted
 * form, so a typo fails the step before anything is changed instead of meaning "false" or "30".
 */
export function text(name: string): string | undefined {
  const value = core.getInput(name).trim();
  return value === '' ? undefined : value;
}

export function required(name: string): string {
  const value = text(name);
  if (value === undefined) throw new ConfigError(`input "${name}" is required`);
  return value;
}

/** An endpoint or deployment name, checked against Azure's rule where it enters. */
export function resourceName(name: string): string | undefined {
  const value = text(name);
  return value === undefined ? undefined : checkResourceName(value, `input "${name}"`);
}

export function requiredResourceName(name: string): string {
  return checkResourceName(required(name), `input "${name}"`);
}

export function bool(name: string, fallback: boolean): boolean {
  const value = text(name);
  if (value === undefined) return fallback;
  if (/^(true|yes|on)$/i.test(value)) return true;
  if (/^(false|no|off)$/i.test(value)) return false;
  throw new ConfigError(`input "${name}" is "${value}"; use true or false`);
}

export function duration(name: string, fallback: string): number {
  return parseDuration(text(name) ?? fallback, `input "${name}"`);
}

export function integer(name: string, fallback: number, range: [number, number]): number {
  const value = text(name);
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < range[0] || n > range[1]) {
    throw new ConfigError(`input "${name}" is "${value}"; use a whole number from ${range[0]} to ${range[1]}`);
  }
  return n;
}

export function target(name = 'target'): TargetName | undefined {
  const value = text(name)?.toLowerCase();
  if (value === undefined) return undefined;
  if (!(TARGETS as readonly string[]).includes(value)) throw new ConfigError(`input "${name}" is "${value}"; use local, aci or aks`);
  return value as TargetName;
}

/** `key=value`, one per line (commas also separate, for one-line YAML). */
export function tags(name: string): Record<string, string> {
  const out: Record<string, string> = {};
  const value = text(name);
  if (!value) return out;
  for (const raw of value.split(/[\n,]/)) {
    const line = raw.trim();
    if (!line) continue;
    const eq = line.indexOf('=');
    if (eq <= 0) throw new ConfigError(`input "${name}": "${line}" is not key=value; write one key=value per line`);
    const key = line.slice(0, eq).trim();
    const value = line.slice(eq + 1).trim();
    const problem = tagProblem(key, value);
    if (problem) throw new ConfigError(`input "${name}": ${problem}`);
    out[key] = value;
  }
  return out;
}
