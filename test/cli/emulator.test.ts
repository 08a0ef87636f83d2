import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run-action.js';

describe('mlship emulator', () => {
  it('writes its settings readable by the owner only, and after Ctrl-C leaves nothing in the temp folder', async () => {
    const temp = mkdtempSync(join(tmpdir(), 'mlship-emu-tmp-'));
    const envFile = join(mkdtempSync(join(tmpdir(), 'mlship-emu-')), 'emulator.env');
    const child = spawn(process.execPath, [join(ROOT, 'bin/mlship.js'), 'emulator', '--env-out', envFile], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, TMPDIR: temp },
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    await expect.poll(() => out, { timeout: 60_000 }).toContain('Ctrl-C stops it');
    expect(statSync(envFile).mode & 0o777).toBe(0o600);
    expect(readdirSync(temp).length).toBeGreaterThan(0);
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code, out).toBe(0);
    expect(readdirSync(temp)).toEqual([]);
    expect(existsSync(envFile)).toBe(true);
  });
});
