import { randomBytes } from 'node:crypto';
import type { Reply } from './http.js';
import type { OidcIssuer } from './oidc.js';

export const TENANT = 'mlship-emulator-tenant';
export const CLIENT_ID = 'mlship-emulator-client';

/**
 * Entra ID for the emulator's fake tenant: the OpenID configuration MSAL reads, and the token
 * endpoint, which grants client credentials for the tenant's one client by secret or by a GitHub
 * OIDC assertion from the emulator's issuer.
 */
export class FakeEntra {
  readonly clientSecret = `emulator-secret-${randomBytes(12).toString('hex')}`;
  private readonly tokens = new Set<string>();

  constructor(
    private readonly oidc: OidcIssuer,
    /** When true, storage tokens name another audience, so the storage account refuses them. */
    private readonly refuseStorage: () => boolean = () => false,
  ) {}

  issued(token: string): boolean {
    return this.tokens.has(token);
  }

  openidConfiguration(url: string): Record<string, unknown> {
    const base = `${url}/${TENANT}`;
    return {
      token_endpoint: `${base}/oauth2/v2.0/token`,
      authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
      end_session_endpoint: `${base}/oauth2/v2.0/logout`,
      issuer: `${base}/v2.0`,
      jwks_uri: `${base}/discovery/v2.0/keys`,
      token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt'],
      response_types_supported: ['code', 'token'],
      subject_types_supported: ['pairwise'],
      id_token_signing_alg_values_supported: ['RS256'],
      tenant_region_scope: 'EU',
    };
  }

  issueToken(form: URLSearchParams): Reply {
    const client = form.get('client_id') === CLIENT_ID;
    const secretOk = client && form.get('client_secret') === this.clientSecret;
    const assertionOk =
      client &&
      form.get('client_assertion_type') === 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer' &&
      this.oidc.accepts(form.get('client_assertion') ?? '');
    if (!secretOk && !assertionOk)
      return { status: 401, body: { error: 'invalid_client', error_description: 'AADSTS7000215: Invalid client secret provided.' } };
    const token = form.get('scope')?.includes('storage.azure.com') ? storageToken(this.refuseStorage()) : `emulator.${randomBytes(24).toString('base64url')}`;
    this.tokens.add(token);
    return { status: 200, body: { token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599, access_token: token } };
  }
}

/**
 * A token for Azure Storage, shaped as Entra issues it (a JWT for https://storage.azure.com from
 * an sts.windows.net issuer): Azurite's `--oauth basic` reads its audience, issuer and lifetime
 * (it does not check signatures), so uploads with the caller's own token work against it.
 */
function storageToken(wrongAudience: boolean): string {
  const now = Math.floor(Date.now() / 1000);
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const claims = {
    aud: wrongAudience ? 'https://management.azure.com' : 'https://storage.azure.com',
    iss: `https://sts.windows.net/${TENANT}/`,
    iat: now,
    nbf: now - 60,
    exp: now + 3600,
    appid: CLIENT_ID,
    tid: TENANT,
  };
  return `${part({ alg: 'RS256', typ: 'JWT' })}.${part(claims)}.${randomBytes(32).toString('base64url')}`;
}
