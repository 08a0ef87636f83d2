import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashAsset } from '../../src/engine/hash.js';
import { objectHash, startObjectHash, uploadLayout } from '../../src/engine/object-hash.js';
import { ROOT } from '../helpers/run-action.js';
import { hasShared, noteSkipped, SHARED } from '../helpers/shared.js';

// azure-ai-ml's own naming of uploads, written out from its public source (see the file's header):
// an independent program our paths must equal byte for byte.
const SDK = join(ROOT, 'test', 'fixtures', 'sdk', 'azure_ai_ml_paths.py');

interface SdkAnswer {
  object_hash: string;
  content_hash: string;
  path: string;
  blobs: string[];
  indicator: string;
}

function sdk(path: string): SdkAnswer {
  return JSON.parse(execFileSync('python3', [SDK, path], { encoding: 'utf8' })) as SdkAnswer;
}

async function ours(path: string): Promise<SdkAnswer> {
  const content = await hashAsset(path);
  const hash = await objectHash(path);
  const layout = uploadLayout(path, content.files, hash);
  return { object_hash: hash, content_hash: content.hash, path: layout.path, blobs: layout.blobs.map((b) => b.blobName).sort(), indicator: layout.indicator };
}

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'mlship-sdk-paths-'));
  const root = join(dir, 'model');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const MIXED = {
  MLmodel: 'flavors: {}\n',
  'conda.yaml': 'name: x\n',
  'model.pkl': 'p'.repeat(5000),
  'Sub/a.txt': 'a',
  'sub2/B.txt': 'b',
  'a.b/c.txt': 'c',
  'a/b.txt': 'ab',
  'deep/er/est.bin': 'x'.repeat(3000),
  'spaced name.txt': 's',
  'ünïcode.txt': 'u',
};

const IGNORES: Record<string, string> = {
  none: '',
  'folder then a negated file inside': 'build/\n!build/keep.txt\n',
  'folder without slash then a negated file': 'build\n!build/keep.txt\n',
  'globs, anchors and double stars': '*.log\n/top.txt\ndata/**/raw\n**/cache/\n# a comment\n\n',
  'brackets, escapes and a negated glob': 'model[0-9].pkl\n\\#hash.txt\n*.tmp\n!keep*.tmp\n[!a-m]*.md\n',
  'everything but one file': '*\n!score.py\n',
  'double star slash': '**/\n',
  'trailing spaces and CRLF': 'build/   \r\n*.log\r\n',
};

const IGNORED_TREE = {
  ...MIXED,
  'build/out.js': 'o',
  'build/keep.txt': 'k',
  'debug.log': 'l',
  'sub/debug.log': 'l',
  'top.txt': 't',
  'sub/top.txt': 't',
  'data/a/b/raw/x.csv': 'x',
  'x/cache/blob': 'c',
  'model1.pkl': '1',
  'model10.pkl': '10',
  '#hash.txt': 'h',
  'scratch.tmp': 't',
  'keep-me.tmp': 't',
  'README.md': 'r',
  'zeta.md': 'z',
  'score.py': 'print(1)\n',
};

describe("upload paths as azure-ai-ml computes them (the SDK's algorithm written out in Python)", () => {
  it('names, fills and marks the folder of a model with mixed-case, nested and non-ASCII names like the SDK', async () => {
    const dir = tree(MIXED);
    const expected = sdk(dir);
    expect(await ours(dir)).toEqual(expected);
    // The mark goes on the file whose path sorts first byte-wise: MLmodel before conda.yaml, as in the recording.
    expect(expected.indicator).toBe(`${expected.path}/MLmodel`);
  });

  it('names a single file as the SDK does', async () => {
    const dir = tree({ 'weights.bin': 'w'.repeat(10_000) });
    const file = join(dir, 'weights.bin');
    expect(await ours(file)).toEqual(sdk(file));
  });

  it('names a large file as the SDK does when its object hash runs on a worker thread', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlship-sdk-paths-'));
    const file = join(dir, 'weights.bin');
    const block = randomBytes(1 << 20);
    writeFileSync(file, Buffer.concat(Array.from({ length: 33 }, (_, i) => (i % 2 ? block : block.reverse()))));
    const inBackground = startObjectHash(file);
    const content = await hashAsset(file);
    expect(await inBackground.result()).toBe(sdk(file).object_hash);
    expect(content.hash).toBe(sdk(file).content_hash);
    // Below the threshold the hash is computed on this thread, with the same answer.
    expect(await startObjectHash(file, Infinity).result()).toBe(sdk(file).object_hash);
    // Cancelled (the version already exists): the worker stops and nothing is left waiting on it.
    const cancelled = startObjectHash(file);
    cancelled.cancel();
    await expect(cancelled.result()).rejects.toThrow(/stopped/);
  });

  it.each(Object.entries(IGNORES))('reads an .amlignore the way the SDK does: %s', async (_name, rules) => {
    const dir = tree({ ...IGNORED_TREE, '.amlignore': rules });
    expect(await ours(dir)).toEqual(sdk(dir));
  });

  it('keeps a file that a later rule brings back out of an ignored folder', async () => {
    const dir = tree({ ...IGNORED_TREE, '.amlignore': 'build/\n!build/keep.txt\n' });
    const blobs = (await ours(dir)).blobs;
    expect(blobs.some((b) => b.endsWith('/build/keep.txt'))).toBe(true);
    expect(blobs.some((b) => b.endsWith('/build/out.js'))).toBe(false);
  });

  it('matches on generated trees', async () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const words = ['a', 'B', 'c.d', 'Data', 'x_y', 'Z9', 'model', 'e-f'];
    for (let round = 0; round < 6; round += 1) {
      const files: Record<string, string> = {};
      for (let i = 0; i < 25; i += 1) {
        const depth = Math.floor(random() * 3);
        const parts = Array.from({ length: depth + 1 }, () => words[Math.floor(random() * words.length)]!);
        files[`${parts.join('/')}.${['txt', 'pkl', 'log'][i % 3]}`] = 'y'.repeat(Math.floor(random() * 3000));
      }
      files['.amlignore'] = ['*.log', '!Data/*.log', 'B/', 'Z9'][round % 4]!;
      const dir = tree(files);
      expect(await ours(dir), JSON.stringify(files)).toEqual(sdk(dir));
    }
  });

  it("matches on the bundled example's model and code folders", async () => {
    for (const folder of ['model', 'src']) {
      const dir = join(ROOT, 'examples', 'diabetes', folder);
      expect(await ours(dir)).toEqual(sdk(dir));
    }
  });

  it.runIf(hasShared)('matches on the folders of the real configuration files', async () => {
    const root = join(SHARED, 'real-configs');
    const folders = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory());
    expect(folders.length).toBeGreaterThan(3);
    for (const folder of folders) {
      const dir = join(root, folder.name);
      expect(await ours(dir), folder.name).toEqual(sdk(dir));
    }
  });
  noteSkipped('upload paths of the real configuration folders');
});
