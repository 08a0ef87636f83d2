// Rewrites the Inputs and Outputs tables of each actions/<name>/README.md from its action.yml, so
// the documentation cannot drift from the metadata:  node scripts/action-docs.mjs
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cell = (text) => String(text).replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function tables(action) {
  const inputs = Object.entries(action.inputs ?? {}).map(
    ([name, spec]) =>
      `| \`${name}\` | ${spec.default ? `\`${cell(spec.default)}\`` : ''} | ${cell(spec.description)}${spec.required ? ' **(required)**' : ''} |`,
  );
  const outputs = Object.entries(action.outputs ?? {}).map(([name, spec]) => `| \`${name}\` | ${cell(spec.description)} |`);
  return `## Inputs\n\n| input | default | description |\n|---|---|---|\n${inputs.join('\n')}\n\n## Outputs\n\n| output | description |\n|---|---|\n${outputs.join('\n')}\n`;
}

/** The README with its tables regenerated from action.yml. */
export function documented(name) {
  const text = readFileSync(join(root, 'actions', name, 'README.md'), 'utf8');
  const action = parse(readFileSync(join(root, 'actions', name, 'action.yml'), 'utf8'));
  const start = text.indexOf('## Inputs');
  const end = text.indexOf('\n\n', text.indexOf('| output | description |')) + 1;
  return `${text.slice(0, start)}${tables(action)}${text.slice(end)}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const name of readdirSync(join(root, 'actions'))) writeFileSync(join(root, 'actions', name, 'README.md'), documented(name));
}
