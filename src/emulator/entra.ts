import { randomBytes } from 'node:crypto';
import type { Reply } from './http.js';
import type { OidcIssuer } from './oidc.js';

export const TENANT = 'mlship-emulator-tenant';
export const CLIENT_ID = 'mlship-emulator-client';

/**
 * An app registration (or user-assigned identity) with federated credentials and role
 * assignments: it signs in only with a GitHub OIDC token whose subject one of its credentials
 * names, and may act only under the ARM scopes it has roles on.
 */
export interface FederatedApp {
  clientId: string;
  /** Subjects of its federated credentials, matched exactly as Entra does (case-sensitive). */
  subjects: string[];
  /** ARM ids (workspace, resource group, endpoint...) it has a role on. */
  scopes: string[];
}

/**
 * Entra ID for the emulator's fake tenant: the OpenID configuration MSAL reads, and the token
 * endpoint, which grants client credentials for the tenant's one client by secret or by a GitHub
 * OIDC assertion from the emulator's issuer.
 */
export class FakeEntra {
  readonly clientSecret = `emulator-secret-${randomBytes(12).toString('hex')}`;
  /** Every token issued, with the client it was issued to. */
  private readonly tokens = new Map<string, string>();
  private readonly apps = new Map<string, FederatedApp>();

  constructor(
    private readonly oidc: OidcIssuer,
    /** When true, storage tokens name another audience, so the storage account refuses them. */
    private readonly refuseStorage: () => boolean = () => false,
  ) {}

  issued(token: string): boolean {
    return this.tokens.has(token);
  }

  /** Registers an app with federated credentials and role assignments (see FederatedApp). */
  federate(app: FederatedApp): void {
    this.apps.set(app.clientId, app);
  }

  /**
   * Why ARM refuses this request to the token's client, as ARM says it; undefined when one of its
   * role assignments covers the path. The emulator's own client has a role on the subscription.
   */
  authorize(token: string, method: string, path: string, deniedActions: string[] = []): string | undefined {
    const app = this.apps.get(this.tokens.get(token) ?? '');
    const action = armAction(method, path);
    const refuse = (clientId: string) =>
      `The client '${clientId}' with object id '${clientId}' does not have authorization to perform action '${action}' ` +
      `over scope '${path}' or the scope is invalid. If access was recently granted, please refresh your credentials.`;
    // The `denyActions` fault: a role without these actions (its notActions), for every caller.
    if (deniedActions.some((pattern) => actionMatches(pattern, action))) return refuse(app?.clientId ?? CLIENT_ID);
    if (!app) return undefined;
    if (this.covers(app, path)) return undefined;
    return refuse(app.clientId);
  }

  /**
   * The caller's effective permissions at a scope, as Microsoft.Authorization/permissions answers
   * them: every action (the emulator's roles are Contributor-like) less the denied ones, or nothing
   * where the caller has no role.
   */
  permissions(
    token: string,
    scope: string,
    deniedActions: string[] = [],
  ): { actions: string[]; notActions: string[]; dataActions: string[]; notDataActions: string[] }[] {
    const app = this.apps.get(this.tokens.get(token) ?? '');
    if (app && !this.covers(app, scope)) return [];
    return [{ actions: ['*'], notActions: deniedActions, dataActions: [], notDataActions: [] }];
  }

  private covers(app: FederatedApp, path: string): boolean {
    const lower = path.toLowerCase();
    return app.scopes.some((scope) => lower === scope.toLowerCase() || lower.startsWith(`${scope.toLowerCase()}/`));
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
    const app = this.apps.get(form.get('client_id') ?? '');
    if (app) return this.exchange(app, form);
    const client = form.get('client_id') === CLIENT_ID;
    const secretOk = client && form.get('client_secret') === this.clientSecret;
    const assertionOk =
      client &&
      form.get('client_assertion_type') === 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer' &&
      this.oidc.accepts(form.get('client_assertion') ?? '');
    if (!secretOk && !assertionOk)
      return { status: 401, body: { error: 'invalid_client', error_description: 'AADSTS7000215: Invalid client secret provided.' } };
    return this.grant(CLIENT_ID, form);
  }

  /** A federated app's sign-in: a GitHub OIDC assertion whose subject one of its credentials names. */
  private exchange(app: FederatedApp, form: URLSearchParams): Reply {
    const assertion = form.get('client_assertion') ?? '';
    if (form.get('client_assertion_type') !== 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer' || !this.oidc.accepts(assertion))
      return { status: 401, body: { error: 'invalid_client', error_description: 'AADSTS700024: Client assertion is not within its valid time range.' } };
    const subject = this.oidc.subjectOf(assertion);
    if (!app.subjects.includes(subject)) {
      // Entra's answer to a subject no federated credential names (Azure/login#482, #517).
      return {
        status: 401,
        body: {
          error: 'invalid_client',
          error_description:
            `AADSTS700213: No matching federated identity record found for presented assertion subject '${subject}'. ` +
            'Check your federated identity credential Subject, Audience and Issuer against the presented assertion. ' +
            'https://learn.microsoft.com/entra/workload-id/workload-identity-federation',
          error_codes: [700213],
        },
      };
    }
    return this.grant(app.clientId, form);
  }

  private grant(clientId: string, form: URLSearchParams): Reply {
    const token = form.get('scope')?.includes('storage.azure.com') ? storageToken(this.refuseStorage()) : `emulator.${randomBytes(24).toString('base64url')}`;
    this.tokens.set(token, clientId);
    return { status: 200, body: { token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599, access_token: token } };
  }
}

/** The RBAC action a request needs, e.g. Microsoft.MachineLearningServices/workspaces/onlineEndpoints/write. */
/** ARM's action pattern match: `*` as a wildcard, case-insensitive. */
function actionMatches(pattern: string, action: string): boolean {
  return new RegExp(
    `^${pattern
      .split('*')
      .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
    'i',
  ).test(action);
}

function armAction(method: string, path: string): string {
  const provider = /\/providers\/([^/]+)\/(.*)$/i.exec(path);
  if (!provider) return `Microsoft.Resources/subscriptions/resourceGroups/${method === 'GET' ? 'read' : 'write'}`;
  const segments = provider[2]!.split('/');
  const types = segments.filter((_s, i) => i % 2 === 0);
  const verb = { GET: 'read', PUT: 'write', PATCH: 'write', DELETE: 'delete' }[method];
  // A POST names its action as the last segment (listKeys, listSecrets...).
  if (!verb) return `${provider[1]}/${types.slice(0, -1).join('/')}/${types.at(-1)}/action`;
  return `${provider[1]}/${types.join('/')}/${verb}`;
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
