import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from './errors.js';

interface Rule {
  regex: RegExp;
  /** True for a rule that excludes, false for a `!` rule that brings a path back. */
  include: boolean;
}

/**
 * Ignore rules read exactly as azure-ai-ml reads them (`_utils/_asset_utils.IgnoreFile` with the
 * `GitWildMatchPattern` of its vendored pathspec, `_utils/_pathspec.py`): `.amlignore` in the root
 * of the folder, else `.gitignore`, else nothing. Every path is checked on its own against every
 * rule and the last rule that matches decides, so `build/` then `!build/keep.txt` keeps
 * `build/keep.txt` (unlike git, a folder's exclusion does not hide what a later rule re-includes).
 */
export class IgnoreRules {
  private readonly negations: boolean;

  private constructor(
    private readonly rules: Rule[],
    /** Which file the rules came from, for messages; undefined when none applies. */
    readonly source: string | undefined,
  ) {
    this.negations = rules.some((r) => !r.include);
  }

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

  /** `IgnoreFile.is_file_excluded`: `relativePath` (posix separators, from the folder's root) is excluded. */
  isExcluded(relativePath: string): boolean {
    let excluded = false;
    for (const rule of this.rules) if (rule.regex.test(relativePath)) excluded = rule.include;
    return excluded;
  }

  /**
   * True when nothing under the folder `relativePath` can be kept: a rule excludes every path
   * below it and no `!` rule exists that could bring one back. Lets a walk skip `.git/` or
   * `node_modules/` without changing which files are kept.
   */
  excludesEverythingUnder(relativePath: string): boolean {
    if (this.negations || this.rules.length === 0) return false;
    // A translated rule ends in `(?:/.*)?$` or `/.*$`: matching the folder (or the folder and a
    // slash) means matching everything below it.
    return this.rules.some((r) => r.regex.test(relativePath) || r.regex.test(`${relativePath}/`));
  }
}

function parseRules(text: string, file: string): Rule[] {
  const rules: Rule[] = [];
  for (const [index, raw] of text.split('\n').entries()) {
    let translated: Rule | undefined;
    try {
      translated = translate(raw.trim());
    } catch (err) {
      throw new ConfigError(`${file} has a pattern mlship cannot read.`, [
        {
          file,
          line: index + 1,
          message: `${JSON.stringify(raw).slice(0, 80)} is not a valid pattern (${(err as Error).message})`,
          hint: 'character ranges go upwards ([a-z]) and a backslash must escape something',
          severity: 'error',
        },
      ]);
    }
    if (translated) rules.push(translated);
  }
  return rules;
}

/** `GitWildMatchPattern.pattern_to_regex`, line for line; undefined for comments and blank lines. */
function translate(pattern: string): Rule | undefined {
  if (pattern === '' || pattern.startsWith('#') || pattern === '/') return undefined;
  const include = !pattern.startsWith('!');
  const segments = (include ? pattern : pattern.slice(1)).split('/');
  for (let i = segments.length - 1; i > 0; i -= 1) if (segments[i - 1] === '**' && segments[i] === '**') segments.splice(i, 1);
  let override: string | undefined;
  // '**/' matches everything except files in the root folder.
  if (segments.length === 2 && segments[0] === '**' && !segments[1]) override = '^.+/.*$';
  if (!segments[0]) segments.shift();
  else if ((segments.length === 1 || (segments.length === 2 && !segments[1])) && segments[0] !== '**') segments.unshift('**');
  if (segments.length === 0) throw new Error('nothing left to match');
  if (!segments[segments.length - 1] && segments.length > 1) segments[segments.length - 1] = '**';
  return { regex: new RegExp(override ?? segmentsToRegex(segments)), include };
}

function segmentsToRegex(segments: string[]): string {
  let out = '^';
  let needSlash = false;
  const end = segments.length - 1;
  segments.forEach((segment, i) => {
    if (segment === '**') {
      if (i === 0 && i === end) out += '.+';
      else if (i === 0) {
        out += '(?:.+/)?';
        needSlash = false;
      } else if (i === end) out += '/.*';
      else {
        out += '(?:/.+)?';
        needSlash = true;
      }
      return;
    }
    if (needSlash) out += '/';
    out += segment === '*' ? '[^/]+' : segmentGlob(segment);
    // A last segment without a slash matches a file or a folder and what is under it.
    if (i === end) out += '(?:/.*)?';
    needSlash = true;
  });
  return `${out}$`;
}

/** `GitWildMatchPattern._translate_segment_glob`: fnmatch with FNM_PATHNAME. */
function segmentGlob(pattern: string): string {
  let regex = '';
  let escape = false;
  for (let i = 0; i < pattern.length;) {
    const char = pattern[i]!;
    i += 1;
    if (escape) {
      escape = false;
      regex += escapeRegex(char);
    } else if (char === '\\') escape = true;
    else if (char === '*') regex += '[^/]*';
    else if (char === '?') regex += '[^/]';
    else if (char === '[') {
      let j = i;
      if (j < pattern.length && pattern[j] === '!') j += 1;
      if (j < pattern.length && pattern[j] === ']') j += 1;
      while (j < pattern.length && pattern[j] !== ']') j += 1;
      if (j < pattern.length) {
        j += 1;
        let expression = '[';
        if (pattern[i] === '!') {
          expression += '^';
          i += 1;
        } else if (pattern[i] === '^') {
          expression += '\\^';
          i += 1;
        }
        expression += pattern
          .slice(i, j)
          .replace(/\\/g, '\\\\')
          // Python reads a `[` inside a set as itself; JavaScript's `v`-less sets do too, but a
          // leading `]` must be escaped to stay in the set.
          .replace(/^\]/, '\\]');
        regex += expression;
        i = j;
      } else regex += '\\[';
    } else regex += escapeRegex(char);
  }
  if (escape) throw new Error('a backslash at the end escapes nothing');
  return regex;
}

function escapeRegex(c: string): string {
  return c.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}
