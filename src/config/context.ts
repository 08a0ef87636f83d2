import { existsSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { ConfigProblem } from '../engine/errors.js';
import { assetNameProblem, tagProblem, versionProblem } from '../engine/naming.js';
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
      this.error(
        path,
        `refers to "${value}", which does not exist (looked for ${absolute})`,
        'fix the path (it is relative to the folder of this file), or check the file alone with --no-refs',
      );
    } else if (expect !== 'any' && kind !== expect) {
      this.error(path, `refers to "${value}", which is a ${kind}, not a ${expect}`);
    } else if (kind === 'file' && linksOutside(absolute, this.baseDir)) {
      // As links leaving a model or code folder: what is read must be the project's own file.
      this.error(
        path,
        `refers to "${value}", a symbolic link to a file outside this project (${realpathSync(absolute)})`,
        'copy the file into the project instead of linking to it',
      );
    }
    return absolute;
  }
}

/** A file reached through a symbolic link whose target lies outside `base` (the config's folder). */
function linksOutside(file: string, base: string): boolean {
  const real = realpathSync(file);
  const lexical = resolve(realpathSync(dirname(file)), basename(file));
  if (real === lexical) return false;
  const root = realpathSync(base);
  return real !== root && !real.startsWith(`${root}${sep}`);
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

/** Tags, checked against Azure's tag rules where they are written. */
export function asTags(ctx: ReadContext, path: DataPath, value: unknown): Record<string, string> {
  const tags = asStringMap(ctx, path, value);
  for (const [key, text] of Object.entries(tags)) {
    const problem = tagProblem(key, text);
    if (problem) ctx.error([...path, key], problem);
  }
  return tags;
}

/** Environment variables: names a process accepts, values without NUL (which no process environment can hold). */
export function asEnvironment(ctx: ReadContext, path: DataPath, value: unknown): Record<string, string> {
  const vars = asStringMap(ctx, path, value);
  for (const [name, text] of Object.entries(vars)) {
    if (!/^[A-Za-z_][A-Za-z0-9_]{0,254}$/.test(name))
      ctx.error(
        [...path, name],
        `${JSON.stringify(name).slice(0, 60)} is not an environment variable name`,
        'use letters, digits and underscores, not starting with a digit',
      );
    else if (text.includes('\0')) ctx.error([...path, name], 'contains a NUL character, which no environment variable can hold');
    else if (RESERVED_VARIABLES.has(name.toUpperCase()) || /^MLSHIP_/i.test(name))
      ctx.error(
        [...path, name],
        `${name} is set by the serving stack itself: overriding it breaks how the scoring server starts (the interpreter, the libraries it loads, where the model is), locally and on Azure`,
        /PYTHONPATH/i.test(name)
          ? 'put the modules in the code folder (sourceDirectory / code), which is importable'
          : 'leave it out; pass your own settings under another name',
      );
  }
  return vars;
}

/**
 * Variables the scoring server's start depends on: the program search path, the dynamic loader,
 * the interpreter's own settings, what the inference server takes from the config's own fields
 * (model folder, entry script, code folder), and mlship's MLSHIP_*.
 * `PATH: /nonexistent` otherwise surfaced as "spawn python3 ENOENT".
 */
const RESERVED_VARIABLES = new Set([
  'PATH',
  'LD_PRELOAD',
  'LD_LIBRARY_PATH',
  'LD_AUDIT',
  'PYTHONPATH',
  'PYTHONHOME',
  'PYTHONSTARTUP',
  'PYTHONNOUSERSITE',
  'PYTHONEXECUTABLE',
  'PYTHONSAFEPATH',
  'PYTHONPLATLIBDIR',
  'PYTHONUSERBASE',
  'VIRTUAL_ENV',
  'HOME',
  // Set from the config's own fields (model, code folder, entry script) by Azure and by mlship.
  'AZUREML_MODEL_DIR',
  'AZUREML_ENTRY_SCRIPT',
  'AZUREML_SOURCE_DIRECTORY',
  'AML_APP_ROOT',
]);

/** A model or environment name, or a version, as Azure accepts it in a URL; undefined (and an error) otherwise. */
export function asAssetName(ctx: ReadContext, path: DataPath, value: unknown, kind: 'name' | 'version' = 'name'): string | undefined {
  const text = asString(value);
  if (text === undefined) return undefined;
  const problem = kind === 'name' ? assetNameProblem(text) : versionProblem(text);
  if (problem) ctx.error(path, problem);
  return text;
}

/**
 * A script path inside the code folder, posix separators. An absolute path, or one that climbs out
 * of the folder, is refused: the code folder is what is uploaded and run, nothing beside it.
 */
export function scriptInside(ctx: ReadContext, path: DataPath, directory: string, script: string): string {
  const inside = relative(directory, resolve(directory, script));
  if (isAbsolute(script) || inside.startsWith('..') || isAbsolute(inside)) {
    ctx.error(
      path,
      `${JSON.stringify(script).slice(0, 80)} is outside the code folder ${directory}`,
      'give the scoring script relative to the code folder (sourceDirectory / code), e.g. score.py',
    );
  }
  return inside.split('\\').join('/');
}

/** Set to true to let pip requirements fetch code from URLs (git+https://…, pkg @ https://…). */
export const ALLOW_URL_REQUIREMENTS = 'MLSHIP_ALLOW_URL_REQUIREMENTS';

/**
 * pip requirements from a conda spec: each is a requirement, never an option for pip. A
 * requirement that fetches code from a URL runs code from wherever it points at install time: it is
 * refused unless MLSHIP_ALLOW_URL_REQUIREMENTS=true says the user means it; a local file outside the
 * project is refused always.
 */
export function checkPipRequirements(ctx: ReadContext, path: DataPath, packages: string[], env: NodeJS.ProcessEnv = process.env): void {
  for (const requirement of packages) {
    const shown = JSON.stringify(requirement).slice(0, 80);
    if (/^\s*-/.test(requirement) || /[\r\n\0]/.test(requirement)) {
      ctx.error(
        path,
        `the pip entry ${shown} is an option or spans lines, not a requirement`,
        'list packages only (name, name==version); options such as --index-url belong in pip.conf on the runner',
      );
      continue;
    }
    const url = /(?:^|@\s*)([a-z][a-z0-9+.-]*):\/\/(\S*)/i.exec(requirement);
    if (!url) continue;
    const scheme = url[1]!.toLowerCase();
    if (scheme === 'file') {
      const target = resolve(ctx.baseDir, decodeURIComponent(url[2]!.replace(/^localhost(?=\/)/, '')));
      const inside = target === ctx.baseDir || target.startsWith(`${ctx.baseDir}${sep}`);
      if (!inside)
        ctx.error(
          path,
          `the pip entry ${shown} installs from a file outside this project`,
          'copy the package into the project, or publish it to your package index',
        );
    } else if (env[ALLOW_URL_REQUIREMENTS] !== 'true') {
      ctx.error(
        path,
        `the pip entry ${shown} fetches code from a URL at install time`,
        `pin a released package (name==version); to allow URL requirements on purpose, set ${ALLOW_URL_REQUIREMENTS}=true in the step's environment`,
      );
    }
  }
}

/**
 * A container image reference (`registry/name:tag`, `name@sha256:…`), checked where it is written:
 * one token of the characters Docker allows, so that a newline or a space can never reach a build.
 */
export function asImage(ctx: ReadContext, path: DataPath, value: unknown): string | undefined {
  const image = asString(value);
  if (image === undefined) return undefined;
  if (image.length > 512 || !/^[A-Za-z0-9][A-Za-z0-9._\-/:@+]*$/.test(image)) {
    ctx.error(
      path,
      `${JSON.stringify(image).slice(0, 80)} is not a container image reference`,
      'write one reference such as mcr.microsoft.com/azureml/minimal-py311-inference:latest, on one line, without spaces',
    );
    return undefined;
  }
  return image;
}
