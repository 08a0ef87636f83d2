import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * GitHub's OIDC token service as a job sees it (ACTIONS_ID_TOKEN_REQUEST_URL/_TOKEN), on loopback
 * over http: @actions/core's getIDToken takes no CA option. The emulator's Entra endpoint accepts
 * only assertions issued here, for the audience Azure federation uses.
 */
export class OidcIssuer {
  readonly requestToken = randomBytes(16).toString('hex');
  private readonly issued = new Set<string>();
  /** Request tokens of single jobs, each bound to the subject GitHub gives that job. */
  private readonly jobs = new Map<string, string>();
  private subject = '';
  private server?: Server;
  url = '';

  async start(subject: string): Promise<void> {
    this.subject = subject;
    this.server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const presented = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '';
      const subject = presented === this.requestToken ? this.subject : this.jobs.get(presented);
      if (!subject) {
        res.writeHead(401).end();
        return;
      }
      const audience = url.searchParams.get('audience') ?? '';
      const token = [
        Buffer.from(JSON.stringify({ alg: 'RS256', typ: 'JWT' })).toString('base64url'),
        Buffer.from(
          JSON.stringify({ iss: 'https://token.actions.githubusercontent.com', sub: subject, aud: audience, exp: Math.floor(Date.now() / 1000) + 300 }),
        ).toString('base64url'),
        randomBytes(32).toString('base64url'),
      ].join('.');
      this.issued.add(token);
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ value: token }));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/token?api-version=2.0`;
  }

  /**
   * What one job with `id-token: write` is given: its own request token, for which the issuer
   * signs ID tokens with the subject GitHub would give that job (`repo:o/r:environment:E`, ...).
   */
  jobCredentials(subject: string): Record<string, string> {
    const token = randomBytes(16).toString('hex');
    this.jobs.set(token, subject);
    return { ACTIONS_ID_TOKEN_REQUEST_URL: this.url, ACTIONS_ID_TOKEN_REQUEST_TOKEN: token };
  }

  /** The `sub` claim of an assertion. */
  subjectOf(assertion: string): string {
    return (JSON.parse(Buffer.from(assertion.split('.')[1]!, 'base64url').toString()) as { sub: string }).sub;
  }

  /** True for an assertion this issuer made for Azure's federation audience. */
  accepts(assertion: string): boolean {
    if (!this.issued.has(assertion)) return false;
    const payload = JSON.parse(Buffer.from(assertion.split('.')[1]!, 'base64url').toString()) as { aud: string };
    return payload.aud === 'api://AzureADTokenExchange';
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
