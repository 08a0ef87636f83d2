import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { EXAMPLE } from '../helpers/run-action.js';
import { PLANTED_SECRET, stateCases } from './state-corpus.js';

/** The outside folder: a record-shaped file, keys, a log, all holding the planted secret. */
function outsideFolder(base: string): string {
  const outside = join(base, 'outside');
  mkdirSync(outside);
  writeFileSync(join(outside, 'record.json'), JSON.stringify({ name: 'edp', traffic: {}, tags: {}, deployments: {}, note: PLANTED_SECRET }));
  writeFileSync(join(outside, 'keys.json'), JSON.stringify({ primaryKey: PLANTED_SECRET, secondaryKey: PLANTED_SECRET }));
  writeFileSync(join(outside, 'secret.log'), `line\n${PLANTED_SECRET}\n`);
  writeFileSync(join(outside, 'status.json'), '{"phase": "failed"}');
  return outside;
}

const snapshot = (dir: string) =>
  readdirSync(dir)
    .sort()
    .map((f) => `${f}:${statSync(join(dir, f)).mtimeMs}:${readFileSync(join(dir, f), 'utf8')}`)
    .join('\n');

describe('hostile state files: a clear error naming the file and how to recover, nothing outside read or touched', () => {
  it.each(stateCases().map((c) => [c.name, c] as const))(
    '%s',
    async (_name, kase) => {
      const base = mkdtempSync(join(tmpdir(), 'mlship-state-'));
      const project = join(base, 'project');
      cpSync(EXAMPLE, project, { recursive: true });
      const state = join(base, 'state');
      const outside = outsideFolder(base);
      const fill = (text: string) => text.replaceAll('{state}', state).replaceAll('{outside}', outside).replaceAll('{project}', project);
      for (const [file, content] of Object.entries(kase.files ?? {})) {
        mkdirSync(dirname(join(state, file)), { recursive: true });
        writeFileSync(join(state, file), typeof content === 'string' ? fill(content) : content);
      }
      for (const [link, to] of kase.links ?? []) {
        mkdirSync(dirname(join(state, link)), { recursive: true });
        symlinkSync(fill(to), join(state, link));
      }
      const before = snapshot(outside);
      const out: string[] = [];
      const code = await runCli(kase.argv.map(fill), {
        out: (line) => out.push(line),
        err: (line) => out.push(line),
        cwd: project,
        env: { PATH: process.env.PATH, HOME: process.env.HOME, MLSHIP_HOME: state },
      });
      const text = out.join('\n');
      expect(code, text).toBe({ error: 2, fails: 1, works: 0 }[kase.outcome]);
      expect(text).toMatch(kase.expect);
      if (kase.outcome === 'error') expect(text).toMatch(/Move it aside and run again: mv '/);
      expect(text).not.toContain('bug in mlship');
      expect(text).not.toContain(PLANTED_SECRET);
      expect(existsSync(outside)).toBe(true);
      expect(snapshot(outside)).toBe(before);
    },
    30_000,
  );
});

describe('a file name that is not valid UTF-8 in a model folder', () => {
  it('is named as such (its bytes shown), not reported as missing', async () => {
    const model = mkdtempSync(join(tmpdir(), 'mlship-latin1-'));
    writeFileSync(join(model, 'weights.bin'), 'w');
    // "caf\xe9.txt" as Latin-1 wrote it: a byte that starts no UTF-8 sequence.
    writeFileSync(Buffer.concat([Buffer.from(`${model}/caf`), Buffer.from([0xe9]), Buffer.from('.txt')]), 'x');
    const out: string[] = [];
    const state = mkdtempSync(join(tmpdir(), 'mlship-state-'));
    const code = await runCli(['register', '--model-name', 'latin', '--model-path', model], {
      out: (line) => out.push(line),
      err: (line) => out.push(line),
      cwd: model,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, MLSHIP_HOME: state },
    });
    expect(code).toBe(2);
    expect(out.join('\n')).toContain('caf\\xe9.txt: this file name is not valid UTF-8');
    expect(out.join('\n')).not.toMatch(/does not exist|ENOENT/);
  });
});
