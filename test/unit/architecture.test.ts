import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run-action.js';

const SRC = join(ROOT, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** Every module's imports: relative ones resolved to files under src/, packages by name. */
const graph = new Map<string, { local: string[]; packages: string[] }>();
for (const file of sourceFiles(SRC)) {
  const text = readFileSync(file, 'utf8');
  // Static imports and re-exports, and import('…') whether loaded lazily or named in a type (typeof import('…')).
  const specifiers = [
    ...[...text.matchAll(/^(?:import|export)\s[^;]*?from\s+'([^']+)'/gms)].map((m) => m[1]!),
    ...[...text.matchAll(/\bimport\(\s*'([^']+)'\s*\)/g)].map((m) => m[1]!),
  ];
  graph.set(relative(SRC, file), {
    local: specifiers.filter((s) => s.startsWith('.')).map((s) => relative(SRC, resolve(dirname(file), s.replace(/\.js$/, '.ts')))),
    packages: specifiers.filter((s) => !s.startsWith('.')),
  });
}

function cycles(): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node)?.local ?? []) {
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node);
  return found;
}

describe('module structure', () => {
  it('reads action inputs only where a step starts: its main and the shared readers, never in a helper', () => {
    const readers = [...graph].filter(([, { local }]) => local.includes('github/inputs.ts')).map(([file]) => file);
    expect(readers.filter((file) => file !== 'actions/inputs.ts' && !/^actions\/[a-z-]+\/main\.ts$/.test(file))).toEqual([]);
    expect(readers).toContain('actions/inputs.ts');
  });

  it('sees lazy and type-only imports too', () => {
    expect(graph.get('targets/index.ts')!.local).toContain('targets/azure/azure-target.ts');
    expect(graph.get('actions/reporting.ts')!.local).toContain('actions/github-report.ts');
  });

  it('bundles only the packages its notices list (scripts/notices.mjs BUNDLED)', () => {
    const listed = [...readFileSync(join(ROOT, 'scripts/notices.mjs'), 'utf8').matchAll(/^ {2}'([^']+)',$/gm)].map((m) => m[1]!);
    const used = new Set(
      [...graph.values()]
        .flatMap((g) => g.packages)
        .filter((p) => !p.startsWith('node:'))
        .map((p) => (p.startsWith('@') ? p.split('/').slice(0, 2).join('/') : p.split('/')[0]!)),
    );
    expect([...used].filter((p) => !listed.includes(p))).toEqual([]);
  });

  it('has no import cycles', () => {
    expect(graph.size).toBeGreaterThan(50);
    expect(cycles().map((c) => c.join(' -> '))).toEqual([]);
  });

  it('keeps the engine free of adapters: it imports only itself and Node', () => {
    const offenders = [...graph]
      .filter(([file]) => file.startsWith('engine/'))
      .flatMap(([file, { local, packages }]) => [
        ...local.filter((target) => !target.startsWith('engine/')).map((target) => `${file} imports ${target}`),
        ...packages.filter((p) => !p.startsWith('node:')).map((p) => `${file} imports ${p}`),
      ]);
    expect(offenders).toEqual([]);
  });

  it('keeps GitHub out of the targets, the Azure client and the config loaders', () => {
    const offenders = [...graph]
      .filter(([file]) => /^(targets|azure|config)\//.test(file))
      .flatMap(([file, { local, packages }]) => [
        ...local.filter((target) => /^(github|actions|cli)\//.test(target)).map((target) => `${file} imports ${target}`),
        ...packages.filter((p) => p.startsWith('@actions/')).map((p) => `${file} imports ${p}`),
      ]);
    expect(offenders).toEqual([]);
  });
});
