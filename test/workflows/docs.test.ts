import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../helpers/run-action.js';

// `${{ }}` inside `run:` is pasted into the script before the shell sees it: an output or event
// field that carries text (a sample response, a branch name, a PR title) would run as code. Every
// example users copy passes values through `env:` instead: the README, each action's README, the
// examples folder and every workflow.

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name.startsWith('.') || name === 'dist' || name === 'vendor') return [];
    if (statSync(path).isDirectory()) return markdownFiles(path);
    return name.endsWith('.md') ? [path] : [];
  });
}

/** Every `run:` script in a YAML text (a workflow, or a list of steps from a README). */
function runScripts(text: string): string[] {
  const scripts: string[] = [];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object')
      for (const [key, value] of Object.entries(node)) {
        if (key === 'run' && typeof value === 'string') scripts.push(value);
        else visit(value);
      }
  };
  try {
    visit(parse(text));
  } catch {
    // A fragment that is not YAML on its own: look at its run: lines directly.
    scripts.push(...[...text.matchAll(/^\s*-?\s*run:\s*(.*)$/gm)].map((m) => m[1]!));
  }
  return scripts;
}

const docs = markdownFiles(ROOT).map((f) => relative(ROOT, f));
const workflows = ['workflows-examples', '.github/workflows'].flatMap((dir) => readdirSync(join(ROOT, dir)).map((f) => `${dir}/${f}`));

describe('no ${{ }} inside run: in anything users copy', () => {
  it('finds the documents', () => {
    expect(docs).toEqual(expect.arrayContaining(['README.md', 'actions/register-model/README.md', 'examples/diabetes/README.md']));
  });

  it.each(docs)('%s', (file) => {
    const blocks = [...readFileSync(join(ROOT, file), 'utf8').matchAll(/```ya?ml\n([\s\S]*?)```/g)].map((m) => m[1]!);
    const offending = blocks.flatMap(runScripts).filter((script) => script.includes('${{'));
    expect(offending).toEqual([]);
  });

  it.each(workflows)('%s', (file) => {
    expect(runScripts(readFileSync(join(ROOT, file), 'utf8')).filter((script) => script.includes('${{'))).toEqual([]);
  });
});
