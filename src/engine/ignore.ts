import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from './errors.js';

interface Rule {
  regex: RegExp;
  negate: boolean;
  dirOnly: boolean;
}

/**
 * Ignore rules read the way Azure's CLI reads them: `.amlignore` in the root of the folder,
 * else `.gitignore`, else nothing (azure-ai-ml `_asset_utils.get_ignore_file`). Patterns follow
 * gitignore's wildmatch rules; the last matching rule wins, and nothing under an ignored folder
 * can be brought back.
 */
export class IgnoreRules {
  private constructor(
    private readonly rules: Rule[],
    /** Which file the rules came from, for messages; undefined when none applies. */
    readonly source: string | undefined,
  ) {}

  static none(): IgnoreRules {
    return new IgnoreRules([], undefined);
  }

  static forFolder(folder: string): IgnoreRules {
    for (const name of ['.amlignore', '.gitignore']) {
      const path = join(folder, name);
      if (existsSync(path)) return new IgnoreRules(parseRules(readFileSync(path, 'utf8'), path), name);
    }
    return IgnoreRules.none();
  }

  static fromText(text: string): IgnoreRules {
    return new IgnoreRules(parseRules(text, 'ignore rules'), 'text');
  }

  /** True when `relativePath` (posix separators) is excluded, itself or through a parent folder. */
  isExcluded(relativePath: string, isDirectory = false): boolean {
    if (this.rules.length === 0) return false;
    const parts = relativePath.split('/');
    for (let depth = 1; depth < parts.length; depth += 1) {
      if (this.matchLast(parts.slice(0, depth).join('/'), true)) return true;
    }
    return this.matchLast(relativePath, isDirectory);
  }

  private matchLast(path: string, isDirectory: boolean): boolean {
    let excluded = false;
    for (const rule of this.rules) {
      if (rule.dirOnly && !isDirectory) continue;
      if (rule.regex.test(path)) excluded = !rule.negate;
    }
    return excluded;
  }
}

function parseRules(text: string, file: string): Rule[] {
  const rules: Rule[] = [];
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    let line = raw.replace(/(?<!\\)\s+$/, '');
    if (line === '' || line.startsWith('#')) continue;
    const negate = line.startsWith('!');
    if (negate) line = line.slice(1);
    if (line.startsWith('\\')) line = line.slice(1);
    const dirOnly = line.endsWith('/');
    if (dirOnly) line = line.slice(0, -1);
    // A slash anywhere but the end anchors the pattern to the root; otherwise it matches at any depth.
    const anchored = line.includes('/');
    if (line.startsWith('/')) line = line.slice(1);
    const body = globToRegex(line);
    try {
      rules.push({ regex: new RegExp(anchored ? `^${body}$` : `^(?:.*/)?${body}$`), negate, dirOnly });
    } catch {
      throw new ConfigError(`${file} has a pattern mlship cannot read.`, [
        {
          file,
          line: index + 1,
          message: `${JSON.stringify(raw).slice(0, 80)} is not a valid pattern`,
          hint: 'character ranges go upwards: [a-z]',
          severity: 'error',
        },
      ]);
    }
  }
  return rules;
}

function globToRegex(glob: string): string {
  let out = '';
  for (let i = 0; i < glob.length; i += 1) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      const slashAfter = glob[i + 2] === '/';
      out += slashAfter ? '(?:.*/)?' : '.*';
      i += slashAfter ? 2 : 1;
    } else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '[') {
      const end = glob.indexOf(']', i + 1);
      if (end < 0) out += '\\[';
      else {
        out += `[${glob
          .slice(i + 1, end)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else if (c === '\\' && i + 1 < glob.length) {
      out += escapeRegex(glob[i + 1]!);
      i += 1;
    } else out += escapeRegex(c);
  }
  return out;
}

function escapeRegex(c: string): string {
  return c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
