/**
 * How deeply a config file nests, measured on its text before any parser sees it: parsers (and
 * every walk over the parsed value) recurse once per level, and a file of thousands of levels
 * would end in "Maximum call stack size exceeded". Real configs nest fewer than ten levels.
 */
export const MAX_NESTING = 64;

/**
 * The first place (offset) where the text nests deeper than `limit`, counting brackets outside
 * quoted strings (JSON, YAML flow style) and, for YAML block style, indentation levels and
 * `- ` sequence markers. Linear in the text; no recursion.
 */
export function tooDeepAt(text: string, limit = MAX_NESTING): number | undefined {
  let brackets = 0;
  let quote: string | undefined;
  const indents: number[] = [];
  let lineStart = 0;
  for (let i = 0; i <= text.length; i += 1) {
    const c = text[i];
    if (i === lineStart && !quote && brackets === 0) {
      const depth = blockDepth(text, i, indents);
      if (depth > limit) return i;
    }
    if (c === '\n' || c === undefined) {
      lineStart = i + 1;
      continue;
    }
    if (quote) {
      if (c === '\\' && quote === '"') i += 1;
      else if (c === quote) quote = undefined;
    } else if (c === '"' || (c === "'" && /[\s[{,:]/.test(text[i - 1] ?? ' '))) quote = c;
    else if (c === '#' && /\s/.test(text[i - 1] ?? ' ')) i = skipToLineEnd(text, i) - 1;
    else if (c === '[' || c === '{') {
      brackets += 1;
      if (brackets + indents.length > limit) return i;
    } else if ((c === ']' || c === '}') && brackets > 0) brackets -= 1;
  }
  return undefined;
}

function skipToLineEnd(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end === -1 ? text.length : end;
}

/** Block nesting at a line start: the stack of open indentations, plus `- - -` on the line. */
function blockDepth(text: string, start: number, indents: number[]): number {
  let i = start;
  while (text[i] === ' ') i += 1;
  const c = text[i];
  if (c === undefined || c === '\n' || c === '#' || c === '\r') return indents.length;
  const indent = i - start;
  while (indents.length && indents[indents.length - 1]! >= indent) indents.pop();
  indents.push(indent);
  let dashes = 0;
  while (text[i] === '-' && (text[i + 1] === ' ' || text[i + 1] === '\n')) {
    dashes += 1;
    i += 2;
    while (text[i] === ' ') i += 1;
  }
  return indents.length + dashes;
}
