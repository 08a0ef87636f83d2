import { formatDuration } from '../engine/duration.js';
import type { PlanItem } from '../engine/plan.js';

/** GitHub refuses a step summary above 1 MiB; stay well under it. */
export const SUMMARY_LIMIT = 512 * 1024;

export function truncateSummary(markdown: string, limit: number): string {
  if (Buffer.byteLength(markdown) <= limit) return markdown;
  return `${markdown.slice(0, limit - 200)}\n\n_(summary truncated: the full detail is in the step log)_\n`;
}

/** A two-column table; values are escaped so a `|` in a value cannot break the layout. */
export function table(rows: [string, string | number | undefined][]): string {
  const lines = rows.filter(([, v]) => v !== undefined && v !== '').map(([k, v]) => `| ${k} | ${String(v).replace(/\|/g, '\\|').replace(/\n/g, ' ')} |`);
  return `| | |\n|---|---|\n${lines.join('\n')}\n`;
}

export function section(title: string, body: string): string {
  return `### ${title}\n\n${body}\n`;
}

/**
 * Text in a fenced code block its content cannot close: the fence is one backtick longer than the
 * longest run of backticks in the text (CommonMark closes a fence only with one at least as long),
 * so headings, @-mentions, images and HTML in the text stay literal.
 */
export function codeBlock(text: string, language = ''): string {
  // A loop, not a spread: a response may hold more runs of backticks than a call takes arguments.
  let longest = 0;
  for (const m of text.matchAll(/`+/g)) longest = Math.max(longest, m[0].length);
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${language}\n${text}\n${fence}\n`;
}

/** Text as inline code that cannot end early (no backticks, no line breaks). */
export function inlineCode(text: string): string {
  return `\`${text.replace(/[`\r\n]/g, ' ')}\``;
}

export function failureSection(action: string, message: string, logs?: string): string {
  const tail = logs ? `\n<details open><summary>Log</summary>\n\n${codeBlock(logs)}\n</details>\n` : '';
  return section(`❌ ${action} failed`, `${codeBlock(message)}${tail}`);
}

export function planTable(items: PlanItem[]): string {
  const rows = items.map((i) => `| ${i.resource} | ${i.name} | ${i.action} | ${i.reason} |`);
  return `| resource | name | action | why |\n|---|---|---|---|\n${rows.join('\n')}\n`;
}

export function timing(ms: number): string {
  return formatDuration(ms);
}
