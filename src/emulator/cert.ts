import { ConfigError } from '../engine/errors.js';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Certificate {
  key: string;
  /** PEM; self-signed, so it is also the CA a client must trust (NODE_EXTRA_CA_CERTS). */
  cert: string;
}

/**
 * A fresh self-signed certificate for 127.0.0.1 and localhost, made with openssl: Azure's bearer
 * token policy refuses plain http, so the emulator must speak https even on loopback.
 */
export function selfSignedCertificate(): Certificate {
  const dir = mkdtempSync(join(tmpdir(), 'mlship-cert-'));
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-days',
        '7',
        '-subj',
        '/CN=mlship workspace emulator',
        '-addext',
        // *.blob.core.localhost: Azurite's production-style address as azure-ai-ml builds it (<account>.blob.<suffix>).
        'subjectAltName=IP:127.0.0.1,DNS:localhost,DNS:*.blob.core.localhost',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'pipe' },
    );
    return { key: readFileSync(join(dir, 'key.pem'), 'utf8'), cert: readFileSync(join(dir, 'cert.pem'), 'utf8') };
  } catch (err) {
    throw new ConfigError(`the emulator needs openssl to make its certificate (apt-get install openssl): ${(err as Error).message}`, [], { cause: err });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
