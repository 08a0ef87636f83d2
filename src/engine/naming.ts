import { createHash } from 'node:crypto';

/**
 * Azure ML online endpoint and deployment names: 3–32 characters, letters, digits and hyphens,
 * starting with a letter and not ending with a hyphen; endpoint names are unique per region.
 * (Azure ML docs, "Online endpoints: naming rules".)
 */
const RESOURCE_NAME = /^[A-Za-z][A-Za-z0-9-]{1,30}[A-Za-z0-9]$/;

/** Returns why `name` is not a valid endpoint or deployment name, or undefined when it is. */
export function nameProblem(name: string): string | undefined {
  if (RESOURCE_NAME.test(name)) return undefined;
  if (name.length < 3 || name.length > 32) return `"${name}" has ${name.length} characters; names have 3 to 32`;
  if (!/^[A-Za-z]/.test(name)) return `"${name}" must start with a letter`;
  if (name.endsWith('-')) return `"${name}" must not end with a hyphen`;
  return `"${name}" may contain only letters, digits and hyphens`;
}

/**
 * Turns free text (a model name, a repository) into a valid resource name, lower-case.
 * When it must be shortened, a short hash of the full text keeps distinct inputs distinct.
 */
export function toResourceName(text: string, maxLength = 32): string {
  let name = text.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/-+/g, '-').replace(/^[^a-z]+/, '').replace(/-+$/, '');
  if (name.length < 3) name = `m-${name}`.padEnd(3, '0');
  if (name.length <= maxLength) return name;
  const suffix = createHash('sha256').update(text).digest('hex').slice(0, 6);
  return `${name.slice(0, maxLength - 7).replace(/-+$/, '')}-${suffix}`;
}

/** Model and environment names: Azure allows letters, digits, `-`, `_` and `.`, up to 255. */
export function assetNameProblem(name: string): string | undefined {
  if (/^[A-Za-z0-9][A-Za-z0-9_.-]{0,254}$/.test(name)) return undefined;
  return `"${name}" may contain only letters, digits, "-", "_" and ".", starting with a letter or digit`;
}

/**
 * The endpoint name for a pull request's preview: `<repo>-pr<number>-<hash>`, at most 32
 * characters. The same repository and PR always give the same name (so each push updates the
 * same preview); the hash of the full `owner/repo` keeps forks and same-named repositories apart,
 * since endpoint names are unique per Azure region.
 */
export function previewEndpointName(repository: string, pr: number): string {
  const suffix = `-pr${pr}-${createHash('sha256').update(`${repository.toLowerCase()}#${pr}`).digest('hex').slice(0, 6)}`;
  const repo = repository.split('/').pop() ?? repository;
  let slug = repo.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/-+/g, '-').replace(/^[^a-z]+/, '').replace(/-+$/, '');
  if (!slug) slug = 'model';
  slug = slug.slice(0, 32 - suffix.length).replace(/-+$/, '');
  return `${slug}${suffix}`;
}
