import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Pair, type YAMLMap } from 'yaml';
import { ConfigError, type ConfigProblem } from '../engine/errors.js';
import { jsonErrorOffset } from '../engine/json-position.js';
import { MAX_NESTING, tooDeepAt } from './nesting.js';

export type DataPath = readonly (string | number)[];

export interface Position {
  line: number;
  col: number;
}

/** A config file parsed with its source positions, so every later problem can name a line. */
export interface ParsedFile {
  file: string;
  data: unknown;
  /** Position of the value at `path`, or of its key when `key` is set; nearest parent if absent. */
  locate(path: DataPath, key?: boolean): Position | undefined;
  /** The text of a scalar as written (`2.10` stays `2.10`, not the number 2.1). */
  sourceText(path: DataPath): string | undefined;
}

/**
 * Parses JSON or YAML (Azure's v1 CLI took either for the same files). JSON gets a strict
 * JSON parse first: YAML would accept a trailing comma or a missing quote that Azure refuses.
 * @throws ConfigError with the line of the syntax error and how to fix it.
 */
export function parseConfigText(file: string, rawText: string): ParsedFile {
  const text = rawText.replace(/^\uFEFF/, '');
  if (Buffer.byteLength(text) > MAX_CONFIG_BYTES) throw tooLarge(file, Buffer.byteLength(text));
  const lineCounter = new LineCounter();
  const deep = tooDeepAt(text);
  if (deep !== undefined) {
    const line = text.slice(0, deep).split('\n').length;
    throw new ConfigError(`${file} nests too deeply.`, [
      {
        file,
        line,
        col: deep - text.lastIndexOf('\n', deep - 1),
        message: `is nested more than ${MAX_NESTING} levels deep; mlship reads config files of at most ${MAX_NESTING} levels`,
        hint: 'check that this is the config file you meant: deployment configs nest a few levels',
        severity: 'error',
      },
    ]);
  }
  if (/\.json$/i.test(file) || /^\s*[{[]/.test(text)) checkJsonSyntax(file, text);
  // Duplicate keys are found below in one pass: yaml's own uniqueKeys check compares every key with every other.
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false });
  const syntax = doc.errors[0];
  const fail = (offset: number, message: string, hint?: string): ConfigError => {
    const pos = lineCounter.linePos(offset);
    return new ConfigError(`${file} is not valid YAML.`, [{ file, line: pos.line, col: pos.col, message, severity: 'error', hint }]);
  };
  if (syntax?.code === 'MULTIPLE_DOCS')
    throw fail(
      syntax.pos[0],
      'holds several YAML documents (separated by ---); mlship reads one document per file',
      'split it into one file per document (deployment, endpoint, environment), and pass each',
    );
  if (syntax) throw fail(syntax.pos[0], firstLine(syntax.message), yamlHint(syntax.code));
  const duplicate = firstDuplicateKey(doc);
  if (duplicate) throw fail(duplicate.offset, `the key "${duplicate.key}" appears twice in this mapping`, yamlHint('DUPLICATE_KEY'));
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 }) ?? {};
  } catch (err) {
    // yaml refuses alias expansion past the limit ("billion laughs"); the file is hostile or broken.
    throw fail(0, `cannot be read: ${(err as Error).message}`, 'expand the YAML aliases (*name) by hand; mlship accepts at most 100 alias uses');
  }
  const parsed: ParsedFile = {
    file,
    data,
    locate: (path, key) => locateIn(doc, lineCounter, path, key),
    sourceText: (path) => {
      const node = doc.getIn(path, true);
      return isScalar(node) && node.source !== undefined ? String(node.source) : undefined;
    },
  };
  const infinite = nonFinitePath(data);
  if (infinite) {
    throw new ConfigError(`${file} has a number that is not finite.`, [
      {
        file,
        ...parsed.locate(infinite),
        field: infinite.join('.'),
        message: 'is not a finite number (.inf, .nan or an overflow)',
        hint: 'write an ordinary number',
        severity: 'error',
      },
    ]);
  }
  return parsed;
}

/** Config files are small; anything larger is a mistake or an attack, refused before it is parsed. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

export function tooLarge(file: string, bytes: number): ConfigError {
  return new ConfigError(`${file} is too large.`, [
    {
      file,
      message: `is ${bytes} bytes; config files may have at most ${MAX_CONFIG_BYTES} (1 MiB)`,
      hint: 'check that this is the config file you meant',
      severity: 'error',
    },
  ]);
}

function firstDuplicateKey(doc: Document): { key: string; offset: number } | undefined {
  let found: { key: string; offset: number } | undefined;
  visit(doc, {
    Map(_key, map) {
      const seen = new Set<string>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        const key = String(pair.key.value);
        if (seen.has(key)) {
          found = { key, offset: pair.key.range?.[0] ?? 0 };
          return visit.BREAK;
        }
        seen.add(key);
      }
      return undefined;
    },
  });
  return found;
}

/** The path of the first number that is Infinity or NaN (YAML's .inf and .nan, or 1e999). */
function nonFinitePath(value: unknown, path: (string | number)[] = []): (string | number)[] | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : path;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      const found = nonFinitePath(value[i], [...path, i]);
      if (found) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      const found = nonFinitePath(child, [...path, key]);
      if (found) return found;
    }
  }
  return undefined;
}

/** Each mapping's pairs by key, built once: looking keys up one by one made 40,000 problems quadratic. */
const pairIndex = new WeakMap<object, Map<string, Pair>>();

function pairOf(map: YAMLMap, key: string): Pair | undefined {
  let index = pairIndex.get(map);
  if (!index) {
    index = new Map();
    for (const pair of map.items) if (isScalar(pair.key) && !index.has(String(pair.key.value))) index.set(String(pair.key.value), pair);
    pairIndex.set(map, index);
  }
  return index.get(key);
}

function locateIn(doc: Document, lines: LineCounter, path: DataPath, key = false): Position | undefined {
  for (let depth = path.length; depth >= 0; depth -= 1) {
    const parentPath = path.slice(0, Math.max(0, depth - 1));
    const parent = depth === 0 ? doc.contents : doc.getIn(parentPath, true);
    const last = path[depth - 1];
    if (depth > 0 && isMap(parent)) {
      const pair = pairOf(parent, String(last));
      const node = pair && (key || !pair.value ? pair.key : pair.value);
      const range = (node as { range?: [number, number, number] } | null)?.range;
      if (range) return lines.linePos(range[0]);
    } else if (depth > 0 && isSeq(parent) && typeof last === 'number') {
      const range = (parent.items[last] as { range?: [number, number, number] } | undefined)?.range;
      if (range) return lines.linePos(range[0]);
    } else if (depth === 0) {
      const range = (doc.contents as { range?: [number, number, number] } | null)?.range;
      return range ? lines.linePos(range[0]) : { line: 1, col: 1 };
    }
  }
  return undefined;
}

function checkJsonSyntax(file: string, text: string): void {
  try {
    JSON.parse(text);
  } catch (err) {
    const message = (err as Error).message;
    const at = /position (\d+)/.exec(message);
    // Node names the position on some versions only; the scan gives it on every version.
    let offset = at ? Number(at[1]) : (jsonErrorOffset(text) ?? text.length);
    const missingComma = /Expected ',' or '[}\]]' after (array element|property value)/.test(message);
    // The parser trips on the token after the missing comma; the fix belongs at the end of the
    // value before it, which is where an editor should jump.
    if (missingComma) offset = endOfPreviousToken(text, offset);
    const pos = offsetToPosition(text, offset);
    const problem: ConfigProblem = {
      file,
      line: pos.line,
      col: pos.col,
      message: missingComma ? 'a comma is missing after this value' : `not valid JSON: ${message.replace(/ in JSON at position.*$/, '')}`,
      hint: missingComma ? `add "," at the end of line ${pos.line}` : 'check the brackets, quotes and commas around this point',
      severity: 'error',
    };
    throw new ConfigError(`${file} is not valid JSON.`, [problem]);
  }
}

function endOfPreviousToken(text: string, offset: number): number {
  let i = offset - 1;
  while (i > 0 && /\s/.test(text[i]!)) i -= 1;
  return i + 1;
}

function offsetToPosition(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const col = offset - before.lastIndexOf('\n');
  return { line, col };
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}

function yamlHint(code: string): string | undefined {
  const hints: Record<string, string> = {
    DUPLICATE_KEY: 'each key may appear once in a mapping: remove or rename the repeated one',
    BAD_INDENT: 'indent nested keys with spaces, consistently (two spaces is usual)',
    TAB_AS_INDENT: 'YAML does not allow tabs for indentation: use spaces',
    MISSING_CHAR: 'a quote or bracket is not closed',
    MULTILINE_IMPLICIT_KEY: 'a key must fit on one line; quote values that contain ": "',
  };
  return hints[code];
}
