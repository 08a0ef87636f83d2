import { createHash } from 'node:crypto';

/**
 * Azure ML online endpoint and deployment names: 3–32 characters, letters, digits and hyphens,
 * starting with a letter and not ending with a hyphen; endpoint names are unique per region.
 * (Azure ML docs, "Online endpoints: naming rules".)
 */
const RESOURCE_NAME = /^[A-Za-z][A-Za-z0-9-]{1,30}[A-Za-z0-9]$/;

import { ConfigError } from './errors.js';

/** A name as it may be shown in a message: quoted, escaped, shortened. */
export function shown(name: string): string {
  const quoted = JSON.stringify(name);
  return quoted.length > 60 ? `${quoted.slice(0, 57)}..."` : quoted;
}

/** Returns why `name` is not a valid endpoint or deployment name, or undefined when it is. */
export function nameProblem(name: string): string | undefined {
  if (RESOURCE_NAME.test(name)) return undefined;
  if (name.length < 3 || name.length > 32) return `${shown(name)} has ${name.length} characters; names have 3 to 32`;
  if (!/^[A-Za-z]/.test(name)) return `${shown(name)} must start with a letter`;
  if (name.endsWith('-')) return `${shown(name)} must not end with a hyphen`;
  return `${shown(name)} may contain only letters, digits and hyphens`;
}

/**
 * Checks an endpoint or deployment name where it enters (an input, a flag, a caller of the engine):
 * a name becomes a path locally and a URL segment on Azure, so nothing else may pass.
 * @throws ConfigError naming `label` (the input or flag) and Azure's rule.
 */
export function checkResourceName(name: string, label: string): string {
  const problem = nameProblem(name);
  if (problem)
    throw new ConfigError(`${label}: ${problem}. Endpoint and deployment names are 3-32 letters, digits and hyphens, starting with a letter (Azure's rule).`);
  return name;
}

/** Checks a model or environment name, or a version, where it enters. @throws ConfigError naming `label`. */
export function checkAssetName(name: string, label: string, kind: 'name' | 'version' = 'name'): string {
  const problem = kind === 'name' ? assetNameProblem(name) : versionProblem(name);
  if (problem) throw new ConfigError(`${label}: ${problem}`);
  return name;
}

/** Asset versions: letters, digits, `-`, `_` and `.`, as Azure ML accepts them in a version's URL. */
export function versionProblem(version: string): string | undefined {
  if (/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/.test(version)) return undefined;
  return `${shown(version)} is not a version: use letters, digits, "-", "_" and ".", starting with a letter or digit`;
}

/** Azure's tag rules: a key of at most 512 characters without < > % & \ ? /, a value of at most 256, no control characters. */
export function tagProblem(key: string, value: string): string | undefined {
  if (!key || key.length > 512 || /[<>%&\\?/\u0000-\u001f]/.test(key))
    return `tag key ${shown(key)} must be 1-512 characters without < > % & \\ ? / or control characters`;
  if (value.length > 256 || /[\u0000-\u001f]/.test(value)) return `tag ${shown(key)} has a value over 256 characters or with control characters`;
  return undefined;
}

/**
 * Turns free text (a model name, a repository) into a valid resource name, lower-case.
 * When it must be shortened, a short hash of the full text keeps distinct inputs distinct.
 */
export function toResourceName(text: string, maxLength = 32): string {
  let name = text
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^[^a-z]+/, '')
    .replace(/-+$/, '');
  if (name.length < 3) name = `m-${name}`.padEnd(3, '0');
  if (name.length <= maxLength) return name;
  const suffix = createHash('sha256').update(text).digest('hex').slice(0, 6);
  return `${name.slice(0, maxLength - 7).replace(/-+$/, '')}-${suffix}`;
}

/** Model and environment names: Azure allows letters, digits, `-`, `_` and `.`, up to 255. */
export function assetNameProblem(name: string): string | undefined {
  if (/^[A-Za-z0-9][A-Za-z0-9_.-]{0,254}$/.test(name)) return undefined;
  return `${shown(name)} may contain only letters, digits, "-", "_" and ".", starting with a letter or digit (at most 255)`;
}

/**
 * The endpoint name for a pull request's preview: `<repo>-pr<number>-<hash>`, at most 32
 * characters. The same repository and PR always give the same name (so each push updates the
 * same preview); the hash of the full `owner/repo` keeps forks and same-named repositories apart,
 * since endpoint names are unique per Azure region.
 */
export function previewEndpointName(repository: string, pr: number, model?: string): string {
  // The model's name is part of the identity: a matrix over two models gets two previews, not one
  // that each job overwrites. Its version is not: every push of a pull request reuses its preview.
  const identity = `${repository.toLowerCase()}#${pr}${model ? `#${model.toLowerCase()}` : ''}`;
  const suffix = `-pr${pr}-${createHash('sha256').update(identity).digest('hex').slice(0, 6)}`;
  const repo = repository.split('/').pop() ?? repository;
  let slug = repo
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^[^a-z]+/, '')
    .replace(/-+$/, '');
  if (!slug) slug = 'model';
  slug = slug.slice(0, 32 - suffix.length).replace(/-+$/, '');
  return `${slug}${suffix}`;
}
