import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { ConfigProblem } from '../engine/errors.js';
import type { DataPath, ParsedFile } from './parse.js';

/** What normalisers share while reading one file: where it is, and where problems go. */
export class ReadContext {
  readonly baseDir: string;
  readonly problems: ConfigProblem[] = [];
  /** Secret values met in the file (keys); the caller masks them before anything is logged. */
  readonly secrets: string[] = [];

  constructor(
    readonly parsed: ParsedFile,
    readonly checkRefs: boolean,
  ) {
    this.baseDir = dirname(resolve(parsed.file));
  }

  error(path: DataPath, message: string, hint?: string): void {
    this.problems.push({ file: this.parsed.file, ...this.parsed.locate(path), field: path.join('.'), message, hint, severity: 'error' });
  }

  warn(path: DataPath, message: string, hint?: string): void {
    this.problems.push({ file: this.parsed.file, ...this.parsed.locate(path, true), field: path.join('.'), message, hint, severity: 'warning' });
  }

  /**
   * Resolves a path the file refers to (relative to the file's folder, as az ml does) and,
   * unless references are not being checked, reports it when it does not exist.
   */
  reference(path: DataPath, value: string, expect: 'file' | 'folder' | 'any', base = this.baseDir): string {
    const absolute = resolve(base, value);
    if (!this.checkRefs) return absolute;
    const kind = existsSync(absolute) ? (statSync(absolute).isDirectory() ? 'folder' : 'file') : undefined;
    if (!kind) {
      this.error(path, `refers to "${value}", which does not exist (looked for ${absolute})`,
        'fix the path (it is relative to the folder of this file), or check the file alone with --no-refs');
    } else if (expect !== 'any' && kind !== expect) {
      this.error(path, `refers to "${value}", which is a ${kind}, not a ${expect}`);
    }
    return absolute;
  }
}

export function asString(value: unknown): string | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  return String(value);
}

/** v1 files carry booleans as true, True or "True"; all mean the same. */
export function asBool(value: unknown): boolean | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'boolean') return value;
  return String(value).toLowerCase() === 'true';
}

export function asNumber(value: unknown): number | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}

/** Tags and variables as strings, keeping what was written (`2.10` stays `2.10`). */
export function asStringMap(ctx: ReadContext, path: DataPath, value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!value || typeof value !== 'object') return out;
  for (const [key, v] of Object.entries(value)) {
    if (v === null || v === undefined) continue;
    out[key] = ctx.parsed.sourceText([...path, key]) ?? String(v);
  }
  return out;
}
