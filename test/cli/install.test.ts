import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run-action.js';

const exec = promisify(execFile);

// mlship as a user installs it: the packed package into a fresh project. The CLI runs from the
// bundle in dist/, so the package has no runtime dependencies: the install fetches nothing,
// and no dependency's engine range can warn on any Node the README supports.
describe('npm install mlship', () => {
  it('installs without a warning or a download, and its command runs', async () => {
    const packDir = mkdtempSync(join(tmpdir(), 'mlship-pack-'));
    await exec('npm', ['pack', '--silent', '--pack-destination', packDir], { cwd: ROOT });
    const tarball = join(
      packDir,
      readdirSync(packDir).find((f) => f.endsWith('.tgz'))!,
    );
    const project = mkdtempSync(join(tmpdir(), 'mlship-user-'));
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'user-project', version: '1.0.0', private: true }));
    const installed = await exec('npm', ['install', '--offline', '--no-audit', '--no-fund', tarball], { cwd: project });
    expect(`${installed.stdout}${installed.stderr}`).not.toMatch(/EBADENGINE|npm warn/i);
    const help = await exec(process.execPath, [join(project, 'node_modules', '.bin', 'mlship'), '--help'], { cwd: project });
    expect(help.stdout).toMatch(/^mlship: /);
    expect(help.stdout).toContain('  up ');
  });
});
