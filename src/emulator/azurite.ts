import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from '../engine/errors.js';
import type { Certificate } from './cert.js';

/** Azurite's well-known development account (public, documented by Microsoft; not a secret). */
export const AZURITE_ACCOUNT = 'devstoreaccount1';
export const AZURITE_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export interface AzuriteHandle {
  blobEndpoint: string;
  stop(): Promise<void>;
}

/**
 * Starts a real Azurite blob service on a free loopback port (`--blobPort 0`, the port read from
 * its output), storing in a temporary folder that is removed on stop. With a certificate it serves
 * https and accepts Entra bearer tokens (`--oauth basic`, which Azurite allows over https only):
 * the storage of a workspace whose datastores use identity-based access.
 */
export async function startAzurite(tls?: Certificate): Promise<AzuriteHandle> {
  const require = createRequire(import.meta.url);
  let manifest: string;
  try {
    manifest = require.resolve('azurite/package.json');
  } catch {
    // Azurite is large and only the emulator needs it: a project that wants the emulator adds it.
    throw new ConfigError('the emulator stores blobs in Azurite, which is not installed here. Add it to your project: npm install --save-dev azurite@3.35.0');
  }
  const bin = join(manifest, '..', 'dist', 'src', 'blob', 'main.js');
  const location = mkdtempSync(join(tmpdir(), 'mlship-azurite-'));
  const tlsArgs: string[] = [];
  if (tls) {
    writeFileSync(join(location, 'cert.pem'), tls.cert);
    writeFileSync(join(location, 'key.pem'), tls.key, { mode: 0o600 });
    tlsArgs.push('--cert', join(location, 'cert.pem'), '--key', join(location, 'key.pem'), '--oauth', 'basic');
  }
  const child: ChildProcess = spawn(
    process.execPath,
    [bin, '--blobHost', '127.0.0.1', '--blobPort', '0', '--location', location, '--skipApiVersionCheck', '--disableTelemetry', '--silent', ...tlsArgs],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const port = await new Promise<number>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`Azurite did not start within 60s: ${output}`)), 60_000);
    const onData = (data: Buffer) => {
      output += data.toString();
      const match = /successfully listens on https?:\/\/127\.0\.0\.1:(\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`Azurite exited (${code}): ${output}`)));
  });
  return {
    blobEndpoint: `${tls ? 'https' : 'http'}://127.0.0.1:${port}/${AZURITE_ACCOUNT}`,
    stop: async () => {
      child.kill();
      await new Promise((r) => child.once('exit', r));
      rmSync(location, { recursive: true, force: true });
    },
  };
}
