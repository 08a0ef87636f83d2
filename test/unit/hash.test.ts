import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashAsset, hashJson, listAssetFiles } from '../../src/engine/hash.js';
import { IgnoreRules } from '../../src/engine/ignore.js';
import { ConfigError } from '../../src/engine/errors.js';

// The content hash of azure-ai-ml's _asset_utils.get_content_hash (version 202208), written out
// in Python as that module computes it, so our hash is checked against an independent program.
const AZURE_CONTENT_HASH = `
import hashlib, os, sys
from pathlib import Path
def file_list(path):
    if os.path.isfile(path):
        return [(path, Path(path).name)]
    out = []
    for root, _, files in os.walk(path, followlinks=True):
        for name in files:
            full = os.path.join(root, name)
            out.append((full, os.path.relpath(full, path).replace(os.sep, "/")))
    return out
files = file_list(sys.argv[1])
h = hashlib.sha256()
h.update(str(len(files)).encode())
for full, rel in sorted(files, key=lambda x: str(x[1]).lower()):
    h.update(("#" + rel + "#").encode())
    h.update(str(os.path.getsize(full)).encode())
for full, rel in sorted(files, key=lambda x: str(x[1]).lower()):
    with open(full, "rb") as f:
        h.update(f.read())
print(h.hexdigest())
`;

function azureHash(path: string): string {
  return execFileSync('python3', ['-c', AZURE_CONTENT_HASH, path], { encoding: 'utf8' }).trim();
}

function tree(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mlship-hash-'));
  mkdirSync(join(dir, 'Sub/deeper'), { recursive: true });
  writeFileSync(join(dir, 'weights.bin'), Buffer.alloc(3_000_000, 7));
  writeFileSync(join(dir, 'a.txt'), 'a');
  writeFileSync(join(dir, 'B.txt'), 'bb');
  writeFileSync(join(dir, 'Sub/config.json'), '{"k": 1}');
  writeFileSync(join(dir, 'Sub/deeper/x.py'), 'print(1)\n');
  return dir;
}

describe('content hash compatible with Azure ML CLI v2', () => {
  it("matches Azure's algorithm for a folder with mixed-case names and nested folders", async () => {
    const dir = tree();
    expect((await hashAsset(dir)).hash).toBe(azureHash(dir));
  });

  it('matches for a single file and for a folder reached through a symbolic link inside it', async () => {
    const dir = tree();
    expect((await hashAsset(join(dir, 'weights.bin'))).hash).toBe(azureHash(join(dir, 'weights.bin')));
    const outer = mkdtempSync(join(tmpdir(), 'mlship-link-'));
    cpSync(join(dir, 'Sub'), join(outer, 'real'), { recursive: true });
    symlinkSync(join(outer, 'real'), join(outer, 'linked'));
    writeFileSync(join(outer, 'z.txt'), 'z');
    expect((await hashAsset(outer)).hash).toBe(azureHash(outer));
  });

  it('refuses links that leave the folder, dangle or loop, naming the link', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'mlship-secret-'));
    writeFileSync(join(outside, 'id_rsa'), 'private');
    const leaving = mkdtempSync(join(tmpdir(), 'mlship-leak-'));
    symlinkSync(join(outside, 'id_rsa'), join(leaving, 'weights.bin'));
    await expect(hashAsset(leaving)).rejects.toThrow(new RegExp(`${join(leaving, 'weights.bin')} links to .*id_rsa, outside`));
    await expect(hashAsset(leaving)).rejects.toBeInstanceOf(ConfigError);
    const dangling = mkdtempSync(join(tmpdir(), 'mlship-dangle-'));
    symlinkSync(join(dangling, 'gone'), join(dangling, 'model.pkl'));
    await expect(hashAsset(dangling)).rejects.toThrow(/model\.pkl is a link to .*gone, which does not exist/);
    const looping = mkdtempSync(join(tmpdir(), 'mlship-loop-'));
    mkdirSync(join(looping, 'a'));
    symlinkSync(looping, join(looping, 'a', 'back'));
    await expect(hashAsset(looping)).rejects.toThrow(/a link back to a folder it is in/);
  });

  it('changes when bytes move between files, not only when they change', async () => {
    const one = mkdtempSync(join(tmpdir(), 'mlship-h1-'));
    writeFileSync(join(one, 'a.txt'), 'ab');
    writeFileSync(join(one, 'b.txt'), '');
    const two = mkdtempSync(join(tmpdir(), 'mlship-h2-'));
    writeFileSync(join(two, 'a.txt'), 'a');
    writeFileSync(join(two, 'b.txt'), 'b');
    expect((await hashAsset(one)).hash).not.toBe((await hashAsset(two)).hash);
  });

  it('honours .amlignore before .gitignore', async () => {
    const dir = tree();
    writeFileSync(join(dir, '.gitignore'), '*.bin\n');
    let files = (await listAssetFiles(dir)).files.map((f) => f.relativePath);
    expect(files).not.toContain('weights.bin');
    writeFileSync(join(dir, '.amlignore'), 'Sub/\n');
    const listed = await listAssetFiles(dir);
    files = listed.files.map((f) => f.relativePath);
    expect(listed.ignoreSource).toBe('.amlignore');
    expect(files).toContain('weights.bin');
    expect(files.some((f) => f.startsWith('Sub/'))).toBe(false);
  });

  it('hashJson ignores key order and undefined values', () => {
    expect(hashJson({ a: 1, b: [1, { c: 2, d: undefined }] })).toBe(hashJson({ b: [1, { c: 2 }], a: 1 }));
    expect(hashJson({ a: 1 })).not.toBe(hashJson({ a: 2 }));
  });
});

describe('ignore rules (azure-ai-ml pathspec: each path on its own, the last matching rule decides)', () => {
  const rules = IgnoreRules.fromText('# comment\n*.log\n/build\ndata/**/raw\n!keep.log\nsecrets/\nmodel?.pkl\n');
  it.each([
    ['debug.log', false, true],
    ['keep.log', false, false],
    ['sub/debug.log', false, true],
    ['build/out.js', false, true],
    ['src/build/out.js', false, false],
    ['data/a/b/raw/x.csv', false, true],
    ['secrets/key.txt', false, true],
    ['secrets', false, false],
    ['model1.pkl', false, true],
    ['model10.pkl', false, false],
    ['score.py', false, false],
  ])('%s excluded: %s', (path, isDir, excluded) => {
    expect(rules.isExcluded(path), `directory: ${isDir}`).toBe(excluded);
  });
});

describe('hashing a large model says how it goes', () => {
  it('a sparse 1.5 GiB file: a line at the start, one per GiB and a live line, and the same hash as without a logger', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlship-sparse-'));
    const file = join(dir, 'weights.bin');
    // Sparse: no disk is used, but every byte is read and hashed.
    execFileSync('truncate', ['-s', '1536M', file]);
    const lines: string[] = [];
    const live: string[] = [];
    const logger = { info: (m: string) => lines.push(m), warn: () => {}, debug: () => {}, secret: () => {}, progress: (m: string) => live.push(m) };
    const withProgress = await hashAsset(file, logger);
    expect(lines[0]).toBe(`Hashing ${file}: 1 file(s), 1.5 GiB; every byte is read once.`);
    expect(lines).toContain('Hashed 1.0 GiB of 1.5 GiB (66%).');
    expect(lines).toHaveLength(2);
    expect(live.length).toBeGreaterThanOrEqual(20);
    expect(live.at(-1)).toMatch(/^hashing 1\.\d GiB of 1\.5 GiB/);
    expect(withProgress.hash).toBe((await hashAsset(file)).hash);
  }, 60_000);
});
