import { formatDuration } from '../engine/duration.js';
import type { PlanItem } from '../engine/plan.js';
import type { Diagnosis } from '../engine/diagnosis.js';
import type { PreflightFinding } from '../engine/preflight.js';

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

/**
 * Plain text that may carry a name read from Azure or a log (a package, a module, an action):
 * every character markdown or GitHub gives a meaning to (emphasis, links, images, HTML, tables,
 * @-mentions, #-references) is escaped, so it renders as the text it is.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#+!|@~]/g, (c) => `\\${c}`).replace(/[\r\n]+/g, ' ');
}

export function failureSection(action: string, message: string, logs?: string, diagnosis?: Diagnosis): string {
  const tail = logs ? `\n<details open><summary>Log</summary>\n\n${codeBlock(logs)}\n</details>\n` : '';
  return section(`❌ ${action} failed`, `${codeBlock(message)}${diagnosis ? diagnosisSection(diagnosis) : ''}${tail}`);
}

/**
 * Why it failed, for the summary and the PR comment: class, cause and fix as text, the evidence
 * (from Azure or the logs) only inside a code block, where it cannot render as markdown.
 */
export function diagnosisSection(d: Diagnosis): string {
  const evidence = d.evidence.length ? `\n${codeBlock(d.evidence.join('\n'))}` : '';
  return `\n**Diagnosis: ${d.class}**${d.code ? ` (${inlineCode(d.code)})` : ''}: ${escapeMarkdown(d.cause)}.\n${evidence}\n**Fix:** ${escapeMarkdown(d.fix)}\n`;
}

export function planTable(items: PlanItem[]): string {
  const rows = items.map((i) => `| ${i.resource} | ${i.name} | ${i.action} | ${i.reason} |`);
  return `| resource | name | action | why |\n|---|---|---|---|\n${rows.join('\n')}\n`;
}

/** The preflight's findings under a deployment's summary; nothing when none were made. */
export function preflightTable(findings: PreflightFinding[]): string {
  if (!findings.length) return '';
  const icon = { ok: '✅', refused: '❌', unchecked: '⚪' } as const;
  const rows = findings.map((f) => `| ${icon[f.status]} ${f.status} | ${f.check} | ${escapeMarkdown(f.message)} |`);
  return `\n**Preflight**\n\n| | check | finding |\n|---|---|---|\n${rows.join('\n')}\n`;
}

export function timing(ms: number): string {
  return formatDuration(ms);
}
