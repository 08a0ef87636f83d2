import { Ajv, type ValidateFunction } from 'ajv';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { ROOT } from './run-action.js';

type Json = Record<string, any>;

/** OpenAPI 3.0's `nullable: true` in JSON Schema terms, so ajv can check GitHub's schemas. */
function jsonSchema(node: any): any {
  if (Array.isArray(node)) return node.map(jsonSchema);
  if (!node || typeof node !== 'object') return node;
  const out: Json = {};
  for (const [k, v] of Object.entries(node)) if (k !== 'example' && k !== 'examples') out[k] = jsonSchema(v);
  if (out.nullable === true && typeof out.type === 'string') out.type = [out.type, 'null'];
  delete out.nullable;
  return out;
}

/**
 * GitHub's REST API on loopback for the operations mlship calls. Every request is checked against
 * GitHub's OpenAPI description (vendor/github-api, from @octokit/openapi); a request it refuses is
 * answered 422 and recorded in `invalidRequests`, so the test fails.
 */
export class GitHubApi {
  readonly invalidRequests: string[] = [];
  readonly comments = new Map<number, { id: number; body: string; user: { login: string; type: string } }[]>();
  readonly deployments: Json[] = [];
  readonly statuses: Json[] = [];
  /** Pull requests that are closed; any other number is open. */
  readonly closedPullRequests = new Set<number>();
  /** Answer every write with 403, as GitHub does for a fork's read-only token. */
  readOnly = false;
  /** Answer the next N requests with GitHub's secondary rate limit (403 with retry-after). */
  rateLimited = 0;
  /** The account the job's token acts as: GITHUB_TOKEN's bot. */
  readonly tokenLogin = 'github-actions[bot]';
  url = '';
  private server?: Server;
  /** Tokens of jobs the workflow runner started, with what their `permissions:` grant. */
  private readonly grants = new Map<string, Record<string, 'read' | 'write'>>();
  private nextId = 1000;
  private lastQuery = '';
  private readonly routes: { method: string; regex: RegExp; names: string[]; op: Json; validate?: ValidateFunction }[] = [];

  constructor() {
    const spec = JSON.parse(readFileSync(join(ROOT, 'vendor/github-api/api.github.com.subset.json'), 'utf8')) as {
      paths: Record<string, Record<string, Json>>;
    };
    const ajv = new Ajv({ strict: false, allErrors: true, logger: false, validateFormats: false });
    for (const [template, methods] of Object.entries(spec.paths)) {
      const names: string[] = [];
      const regex = new RegExp(`^${template.replace(/\{([^}]+)\}/g, (_m, n: string) => (names.push(n), '([^/]+)'))}$`);
      for (const [method, op] of Object.entries(methods)) {
        const schema = op.requestBody?.content?.['application/json']?.schema;
        this.routes.push({ method: method.toUpperCase(), regex, names, op, validate: schema ? ajv.compile(jsonSchema(schema)) : undefined });
      }
    }
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      let text = '';
      req.on('data', (d) => (text += d));
      req.on('end', () => {
        const reply = this.handle(req.method ?? 'GET', new URL(req.url ?? '/', 'http://127.0.0.1'), text, req.headers.authorization);
        res.writeHead(reply.status, { 'Content-Type': 'application/json', ...reply.headers }).end(JSON.stringify(reply.body));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** A job's GITHUB_TOKEN with its permissions: a request it does not cover is refused, as GitHub does. */
  grant(token: string, permissions: Record<string, 'read' | 'write'>): void {
    this.grants.set(token, permissions);
  }

  /** Whether a granted token covers the operation (GitHub's "Permissions required for GitHub Apps"). */
  private permitted(authorization: string | undefined, operationId: string, method: string): boolean {
    const permissions = this.grants.get(/^(?:token|Bearer) (.+)$/i.exec(authorization ?? '')?.[1] ?? '');
    if (!permissions) return true;
    const needed = method === 'GET' ? ['read', 'write'] : ['write'];
    // Comments on a pull request are allowed with either the issues or the pull-requests permission.
    const scopes = operationId.startsWith('repos/') ? ['deployments'] : operationId.startsWith('issues/') ? ['issues', 'pull-requests'] : ['pull-requests'];
    return scopes.some((scope) => needed.includes(permissions[scope] ?? 'none'));
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private handle(
    method: string,
    url: URL,
    text: string,
    authorization: string | undefined,
  ): { status: number; body: unknown; headers?: Record<string, string> } {
    if (this.rateLimited > 0) {
      this.rateLimited -= 1;
      return {
        status: 403,
        headers: { 'retry-after': '1', 'x-ratelimit-remaining': '0' },
        body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' },
      };
    }
    // GraphQL is not in the REST description; mlship asks it one thing: who the token is.
    if (method === 'POST' && url.pathname === '/graphql') {
      if (!authorization) return { status: 401, body: { message: 'Requires authentication' } };
      return JSON.parse(text).query.includes('viewer')
        ? { status: 200, body: { data: { viewer: { login: this.tokenLogin.replace(/\[bot\]$/, '') } } } }
        : { status: 400, body: { message: 'unexpected query' } };
    }
    const route = this.routes.find((r) => r.method === method && r.regex.test(url.pathname));
    if (!route) {
      this.invalidRequests.push(`${method} ${url.pathname}: not an operation mlship should call`);
      return { status: 404, body: { message: 'Not Found' } };
    }
    const params = Object.fromEntries(route.names.map((n, i) => [n, decodeURIComponent(route.regex.exec(url.pathname)![i + 1]!)]));
    const problems: string[] = [];
    if (!authorization) problems.push('no Authorization header');
    for (const p of (route.op.parameters ?? []) as Json[]) {
      const value = p.in === 'path' ? params[p.name] : p.in === 'query' ? url.searchParams.get(p.name) : undefined;
      if (value == null) {
        if (p.required) problems.push(`${p.in} parameter ${p.name} is required`);
      } else if (p.schema?.type === 'integer' && !/^\d+$/.test(value)) problems.push(`${p.name}="${value}" is not an integer`);
    }
    const body = text ? (JSON.parse(text) as Json) : undefined;
    if (route.validate && !route.validate(body ?? {})) problems.push(...(route.validate.errors ?? []).map((e) => `body${e.instancePath} ${e.message}`));
    if (problems.length) {
      this.invalidRequests.push(`${method} ${route.op.operationId}: ${problems.join('; ')}`);
      return { status: 422, body: { message: 'Validation Failed', errors: problems } };
    }
    if ((this.readOnly && method !== 'GET') || !this.permitted(authorization, String(route.op.operationId), method))
      return { status: 403, body: { message: 'Resource not accessible by integration' } };
    this.lastQuery = url.search;
    return this.respond(String(route.op.operationId), params, body ?? {});
  }

  private respond(operationId: string, params: Record<string, string>, body: Json): { status: number; body: unknown } {
    const issue = Number(params.issue_number);
    switch (operationId) {
      case 'issues/list-comments':
        return { status: 200, body: this.comments.get(issue) ?? [] };
      case 'issues/create-comment': {
        const comment = { id: this.nextId++, body: String(body.body), user: { login: this.tokenLogin, type: 'Bot' } };
        this.comments.set(issue, [...(this.comments.get(issue) ?? []), comment]);
        return { status: 201, body: comment };
      }
      case 'issues/update-comment': {
        const comment = [...this.comments.values()].flat().find((c) => c.id === Number(params.comment_id));
        if (!comment) return { status: 404, body: { message: 'Not Found' } };
        comment.body = String(body.body);
        return { status: 200, body: comment };
      }
      case 'repos/create-deployment': {
        const deployment = { id: this.nextId++, ...body };
        this.deployments.push(deployment);
        return { status: 201, body: deployment };
      }
      case 'repos/create-deployment-status':
        this.statuses.push({ deployment_id: Number(params.deployment_id), ...body });
        return { status: 201, body: { id: this.nextId++, ...body } };
      case 'repos/list-deployments': {
        const query = new URLSearchParams(this.lastQuery);
        const matching = this.deployments.filter(
          (d) => (!query.get('environment') || d.environment === query.get('environment')) && (!query.get('sha') || d.ref === query.get('sha')),
        );
        return { status: 200, body: [...matching].reverse().slice(0, Number(query.get('per_page') ?? 30)) };
      }
      default:
        return {
          status: 200,
          body: { number: Number(params.pull_number), state: this.closedPullRequests.has(Number(params.pull_number)) ? 'closed' : 'open' },
        };
    }
  }
}
