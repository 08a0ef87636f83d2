import { KIND_LABEL, type ConfigKind } from '../kinds.js';
import type { FieldMaps, FieldRule } from './rules.js';

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function where(rule: FieldRule): [string, string] {
  if ('arm' in rule)
    return [
      'sent to Azure',
      rule.arm
        .map((m) => `\`${m.to}\`${m.target ? ` (${m.target})` : ''}: \`${JSON.stringify(m.example[0])}\` → \`${JSON.stringify(m.example[1])}\``)
        .join('<br>'),
    ];
  if ('asset' in rule) return ['registered asset', rule.asset];
  if ('mlship' in rule) return ['read by mlship', rule.mlship];
  if ('warn' in rule) return ['warning', `${rule.warn}${rule.hint ? `; ${rule.hint}` : ''}`];
  return ['refused', `${rule.refuse}; ${rule.hint}`];
}

/** The field table as Markdown (docs/config-fields.md): what becomes of every field mlship reads. */
export function fieldTable(maps: FieldMaps): string {
  const parts = [
    '# Config fields and where they go',
    '',
    'Generated from `src/config/mapping/` (`npm run docs:fields`); a test keeps it current. Every field of',
    'every file kind mlship reads is sent to Azure (with the ARM property and an example a golden test checks),',
    'defines a registered asset, is read by mlship itself, is accepted with a warning saying why it has no',
    'effect, or is refused with what to write instead.',
  ];
  for (const [kind, map] of Object.entries(maps) as [ConfigKind, FieldMaps[ConfigKind]][]) {
    parts.push('', `## ${KIND_LABEL[kind]}`, '', '| field | becomes | where, or why |', '|---|---|---|');
    for (const [field, rule] of Object.entries(map)) {
      const [what, detail] = where(rule);
      parts.push(`| \`${field}\` | ${what} | ${cell(detail)} |`);
    }
  }
  return `${parts.join('\n')}\n`;
}
