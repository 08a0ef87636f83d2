import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { LocalRegistry } from '../../src/engine/registry.js';
import { stateHome, withLock } from '../../src/engine/state.js';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '../..');

describe('state folder', () => {
  it('is MLSHIP_HOME, else $RUNNER_TEMP/mlship in an action, else .mlship for the CLI', () => {
    expect(stateHome('action', { MLSHIP_HOME: '/x', RUNNER_TEMP: '/t' }, '/w')).toBe('/x');
    expect(stateHome('action', { RUNNER_TEMP: '/t' }, '/w')).toBe('/t/mlship');
    expect(stateHome('cli', { RUNNER_TEMP: '/t' }, '/w')).toBe('/w/.mlship');
  });
});

describe('local registry', () => {
  it('numbers versions, reuses identical content, resolves latest and deletes', async () => {
    const home = mkdtempSync(join(tmpdir(), 'mlship-reg-'));
    const model = mkdtempSync(join(tmpdir(), 'mlship-model-'));
    writeFileSync(join(model, 'w.json'), '[1]');
    const registry = new LocalRegistry(home);
    const first = await registry.registerModel({ name: 'm', path: model, tags: { a: '1' } });
    const again = await registry.registerModel({ name: 'm', path: model, tags: {} });
    writeFileSync(join(model, 'w.json'), '[2]');
    const second = await registry.registerModel({ name: 'm', path: model, tags: {} });
    expect([first.model.version, again.reused, second.model.version, second.reused]).toEqual(['1', true, '2', false]);
    expect((await registry.getModel('m', 'latest'))?.version).toBe('2');
    // The registered copy is immutable: later edits of the source do not reach version 1.
    expect(readFileSync(join(first.model.modelDir, model.split('/').pop()!, 'w.json'), 'utf8')).toBe('[1]');
    expect(await registry.deleteModel('m', '1')).toBe(true);
    expect(await registry.deleteModel('m', '1')).toBe(false);
  });

  it('two CLI processes registering at once lose nothing and corrupt nothing', async () => {
    const home = mkdtempSync(join(tmpdir(), 'mlship-race-'));
    const registerMany = async (who: string) => {
      for (let i = 0; i < 5; i += 1) {
        const dir = mkdtempSync(join(tmpdir(), 'race-'));
        writeFileSync(join(dir, 'f'), `${who}-${i}`);
        await run(process.execPath, [join(ROOT, 'bin/mlship.js'), 'register', '--model-name', 'shared', '--model-path', dir], {
          env: { ...process.env, MLSHIP_HOME: home },
        });
      }
    };
    await Promise.all([registerMany('a'), registerMany('b')]);
    const versions = (await new LocalRegistry(home).listModels('shared')).map((v) => Number(v.version)).sort((a, b) => a - b);
    expect(versions).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('withLock serialises critical sections', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'mlship-lock-')), 'x');
    const events: string[] = [];
    await Promise.all(
      [1, 2, 3].map((n) =>
        withLock(file, async () => {
          events.push(`in${n}`);
          await new Promise((r) => setTimeout(r, 20));
          events.push(`out${n}`);
        }),
      ),
    );
    for (let i = 0; i < events.length; i += 2) expect(events[i]!.slice(2)).toBe(events[i + 1]!.slice(3));
  });
});
