import { readFileSync } from 'node:fs';
import type { DataPath } from './parse.js';
import { parseConfigText } from './parse.js';
import type { ReadContext } from './context.js';
import { ConfigError } from '../engine/errors.js';

export interface CondaSummary {
  pipPackages: string[];
  pythonVersion?: string;
  channels: string[];
}

/** Conda packages that are tooling, not requirements of the scoring code. */
const TOOLING = new Set(['python', 'pip', 'setuptools', 'wheel']);

/**
 * Reads a conda specification (inline or from a conda YAML file) into what a virtual environment
 * needs: pip requirements (conda package names map to pip's for nearly every scoring
 * dependency; `numpy=1.19` means `numpy==1.19.*`) and the Python version asked for.
 */
export function summariseConda(spec: unknown): CondaSummary {
  const doc = (spec ?? {}) as { channels?: unknown; dependencies?: unknown };
  const summary: CondaSummary = { pipPackages: [], channels: Array.isArray(doc.channels) ? doc.channels.map(String) : [] };
  const deps = Array.isArray(doc.dependencies) ? doc.dependencies : [];
  for (const dep of deps) {
    if (typeof dep === 'string') addConda(summary, dep);
    else if (dep && typeof dep === 'object') {
      const group = dep as { pip?: unknown; conda?: unknown };
      if (Array.isArray(group.pip)) summary.pipPackages.push(...group.pip.map((p) => String(p).trim()));
      if (Array.isArray(group.conda)) group.conda.forEach((c) => addConda(summary, String(c)));
    }
  }
  return summary;
}

function addConda(summary: CondaSummary, raw: string): void {
  const spec = raw.trim().replace(/^[\w.-]+::/, '');
  const match = /^([A-Za-z0-9_.\-[\]]+)\s*(.*)$/.exec(spec);
  if (!match) return;
  const name = match[1]!;
  const version = match[2]!.trim();
  if (name.toLowerCase() === 'python') {
    summary.pythonVersion = version.replace(/^=+/, '').replace(/\.\*$/, '') || undefined;
    return;
  }
  if (TOOLING.has(name.toLowerCase())) return;
  summary.pipPackages.push(name + condaVersionToPip(version));
}

function condaVersionToPip(version: string): string {
  if (!version) return '';
  if (/^[<>!~]/.test(version) || version.startsWith('==')) return version.split(/\s+/)[0]!;
  const exact = version.replace(/^=/, '').split('=')[0]!;
  return exact.includes('*') ? `==${exact}` : `==${exact}.*`;
}

/** Reads and summarises a conda file the config refers to; its own syntax errors name its lines. */
export function readCondaFile(ctx: ReadContext, path: DataPath, absolute: string): CondaSummary | undefined {
  if (!ctx.checkRefs) return undefined;
  let text: string;
  try {
    text = readFileSync(absolute, 'utf8');
  } catch {
    return undefined; // already reported as a missing reference
  }
  try {
    return summariseConda(parseConfigText(absolute, text).data);
  } catch (err) {
    // The conda file's own line, and which field of which config named it.
    const via = `this conda file is named by ${path.join('.')} in ${ctx.parsed.file}`;
    if (err instanceof ConfigError) ctx.problems.push(...err.problems.map((p) => ({ ...p, hint: p.hint ? `${p.hint} (${via})` : via })));
    else ctx.error(path, `could not read the conda file: ${(err as Error).message}`);
    return undefined;
  }
}
