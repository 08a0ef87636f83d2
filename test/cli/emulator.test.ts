import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { request, type RequestOptions } from 'node:https';
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
    // V8's compile cache (Node 22.1+, turned on by bin/mlship.js) is meant to stay; nothing else may.
    expect(readdirSync(temp).filter((name) => name !== 'node-compile-cache')).toEqual([]);
    expect(existsSync(envFile)).toBe(true);
  });
});

describe('mlship emulator --identity-datastores --print-sdk-config', () => {
  it('prints how to point azure-ai-ml at it and serves the ARM cloud metadata that names its own endpoints', async () => {
    const temp = mkdtempSync(join(tmpdir(), 'mlship-emu-tmp-'));
    const child = spawn(process.execPath, [join(ROOT, 'bin/mlship.js'), 'emulator', '--identity-datastores', '--print-sdk-config'], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, TMPDIR: temp },
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    try {
      await expect.poll(() => out, { timeout: 60_000 }).toContain('cloud="MlshipEmulator"');
      const metadataUrl = /ARM_CLOUD_METADATA_URL=(\S+)/.exec(out)![1]!;
      const caFile = /REQUESTS_CA_BUNDLE=(\S+)/.exec(out)![1]!;
      const metadata = await new Promise<string>((resolve, reject) => {
        request(metadataUrl, { ca: readFileSync(caFile) }, (res) => {
          let text = '';
          res.on('data', (d) => (text += d));
          res.on('end', () => resolve(text));
        })
          .on('error', reject)
          .end();
      });
      const [cloud] = JSON.parse(metadata) as { name: string; resourceManager: string; authentication: { loginEndpoint: string } }[];
      expect(cloud).toMatchObject({ name: 'MlshipEmulator', resourceManager: `${new URL(metadataUrl).origin}/` });
      // Identity mode: Azurite serves https for Entra tokens.
      expect(out).toMatch(/MLSHIP_BLOB_ENDPOINT=https:\/\/127\.0\.0\.1:\d+\/devstoreaccount1/);
    } finally {
      child.kill('SIGINT');
      await new Promise((resolve) => child.once('exit', resolve));
    }
  });
});

describe('mlship emulator --print-sdk-config (account-key datastores)', () => {
  it('serves storage over https at the production-style address azure-ai-ml builds, and says how to reach it', async () => {
    const temp = mkdtempSync(join(tmpdir(), 'mlship-emu-tmp-'));
    const child = spawn(process.execPath, [join(ROOT, 'bin/mlship.js'), 'emulator', '--print-sdk-config'], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, TMPDIR: temp },
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    try {
      await expect.poll(() => out, { timeout: 60_000 }).toContain('/etc/hosts');
      const metadataUrl = /ARM_CLOUD_METADATA_URL=(\S+)/.exec(out)![1]!;
      const ca = readFileSync(/REQUESTS_CA_BUNDLE=(\S+)/.exec(out)![1]!);
      const get = (url: string, options: RequestOptions = {}) =>
        new Promise<{ status: number; body: string }>((resolve, reject) => {
          request(url, { ca, ...options }, (res) => {
            let text = '';
            res.on('data', (d) => (text += d));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
          })
            .on('error', reject)
            .end();
        });
      const [cloud] = JSON.parse((await get(metadataUrl)).body) as { suffixes: { storage: string } }[];
      // azure-ai-ml: https://<account>.blob.<suffix>; azure-storage-blob finds the account for a key
      // only in a host with ".blob.core." in it.
      expect(cloud!.suffixes.storage).toMatch(/^core\.localhost:\d+$/);
      const blobEndpoint = /MLSHIP_BLOB_ENDPOINT=(\S+)/.exec(out)![1]!;
      expect(blobEndpoint).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/devstoreaccount1$/);
      expect(cloud!.suffixes.storage.split(':')[1]).toBe(new URL(blobEndpoint).port);
      expect(out).toContain('https://devstoreaccount1.blob.core.localhost:');
      expect(out).toContain('disable_instance_discovery=True');
      // Azurite answers that name over TLS with a certificate valid for it (the name is resolved
      // here by hand: this machine need not resolve *.localhost).
      const host = `devstoreaccount1.blob.core.localhost:${new URL(blobEndpoint).port}`;
      const answer = await get(`https://${host}/azureml-blobstore-emulator?restype=container`, {
        lookup: (_name: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) =>
          options.all ? callback(null, [{ address: '127.0.0.1', family: 4 }]) : callback(null, '127.0.0.1', 4),
      } as RequestOptions);
      expect(answer.status).toBeGreaterThanOrEqual(200);
      expect(answer.body).not.toContain('InvalidQueryParameterValue');
    } finally {
      child.kill('SIGINT');
      await new Promise((resolve) => child.once('exit', resolve));
    }
  });
});
