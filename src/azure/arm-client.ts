import { retryAfterMs } from './policy.js';

/** A list longer than this many pages is not one mlship made: stop rather than read for ever. */
const MAX_PAGES = 1000;
import type { TokenCredential } from '@azure/identity';
import {
  bearerTokenAuthenticationPolicy,
  createDefaultHttpClient,
  createHttpHeaders,
  createPipelineFromOptions,
  createPipelineRequest,
  isRestError,
  type HttpClient,
  type Pipeline,
} from '@azure/core-rest-pipeline';
import type { Clock, Logger } from '../engine/logger.js';
import { pollUntil } from '../engine/poll.js';
import { armErrorFrom } from './arm-error.js';
import { ServiceError, TransientError } from '../engine/errors.js';

export const API_VERSION = '2026-07-01';
const MAX_RETRIES = 5;

export interface WorkspaceRef {
  subscriptionId: string;
  resourceGroup: string;
  workspace: string;
}

export interface ArmClientOptions extends WorkspaceRef {
  /** ARM endpoint: https://management.azure.com, a sovereign cloud's, or the emulator's. */
  endpoint: string;
  credential: TokenCredential;
  logger: Logger;
  clock: Clock;
  /** Extra trusted CA certificate (PEM), for the emulator's self-signed certificate. */
  ca?: string;
  /** How often a long-running operation is looked at: first interval and cap, ms. */
  poll?: { initialMs: number; maxMs: number };
}

export interface ArmResponse<T> {
  status: number;
  body: T;
  headers: Record<string, string>;
}

/**
 * A thin client for the Azure ML control plane on @azure/core-rest-pipeline, which brings bearer
 * auth, retries with backoff on 408/429/5xx and dropped connections, and Retry-After. This class
 * adds the ARM long-running-operation protocol and ARM error bodies.
 *
 * Why not @azure/core-lro: its poller decides by itself how often to look (Retry-After, else a
 * fixed interval) and when to stop (no deadline of ours), and its body/provisioningState mode would
 * read a resource that is already `Succeeded` from an earlier operation as finished. mlship needs
 * the user's deadline (wait-healthy's timeout), a backoff it chooses (real Azure sends no
 * Retry-After: recordings in the test suite), the last state in the timeout message, and progress
 * lines in the log; `pollUntil` gives all of that in one place for operations and provisioning.
 * What core-lro would add (Azure-AsyncOperation, Location, the final GET after a PUT) is below,
 * and the replays of recorded sessions check it against real answers.
 */
export class ArmClient {
  private readonly pipeline: Pipeline;
  private readonly http: HttpClient = createDefaultHttpClient();

  constructor(private readonly options: ArmClientOptions) {
    this.pipeline = createPipelineFromOptions({
      retryOptions: { maxRetries: MAX_RETRIES, retryDelayInMs: 800, maxRetryDelayInMs: 30_000 },
      userAgentOptions: { userAgentPrefix: 'mlship' },
      tlsOptions: options.ca ? { ca: options.ca } : undefined,
    });
    const scope = `${new URL(options.endpoint).origin}/.default`;
    this.pipeline.addPolicy(bearerTokenAuthenticationPolicy({ credential: options.credential, scopes: scope }));
  }

  /**
   * A Microsoft Entra token for the Azure ML data plane (an AADToken endpoint's scoring route), from
   * the same identity that signs in to ARM. The audience is https://ml.azure.com, not ARM's
   * ("Authenticate clients for online endpoints", Microsoft Learn).
   */
  async dataPlaneToken(): Promise<string | undefined> {
    return (await this.options.credential.getToken('https://ml.azure.com/.default'))?.token;
  }

  /** Whether a URL a response named (an operation's status) is on the ARM endpoint this client talks to: nothing else is fetched with its token. */
  isOwnUrl(url: string): boolean {
    try {
      const u = new URL(url);
      return u.protocol === 'https:' && u.origin === new URL(this.options.endpoint).origin;
    } catch {
      return false;
    }
  }

  /** An absolute URL at the subscription's scope (location reads: vmSizes, usages), for `send`. */
  subscriptionUrl(path: string): string {
    return `${this.options.endpoint.replace(/\/$/, '')}/subscriptions/${this.options.subscriptionId}${path}`;
  }

  /** `/subscriptions/.../workspaces/<name>` followed by `path`. */
  workspacePath(path = ''): string {
    const { subscriptionId, resourceGroup, workspace } = this.options;
    return `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroup}/providers/Microsoft.MachineLearningServices/workspaces/${workspace}${path}`;
  }

  /**
   * One request; statuses of 400 and above (after the pipeline's retries) become ArmError.
   * `path` is relative to the workspace unless it is an absolute URL (operation status URLs).
   */
  async send<T>(
    method: string,
    path: string,
    options: { body?: unknown; query?: Record<string, string>; allow404?: boolean; headers?: Record<string, string> } = {},
  ): Promise<ArmResponse<T>> {
    const url = path.startsWith('https://') ? new URL(path) : new URL(this.options.endpoint.replace(/\/$/, '') + this.workspacePath(path));
    if (!url.searchParams.has('api-version')) url.searchParams.set('api-version', API_VERSION);
    for (const [k, v] of Object.entries(options.query ?? {})) url.searchParams.set(k, v);
    const request = createPipelineRequest({
      url: url.toString(),
      method: method as 'GET',
      headers: createHttpHeaders({
        Accept: 'application/json',
        ...(options.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        ...options.headers,
      }),
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
    const subject = `${method} ${url.pathname.split('/workspaces/')[1] ?? url.pathname}`;
    const started = Date.now();
    let response: Awaited<ReturnType<Pipeline['sendRequest']>>;
    try {
      response = await this.pipeline.sendRequest(this.http, request);
    } catch (err) {
      // No answer at all, after the pipeline's retries: the network or the control plane is down.
      if (isRestError(err) && err.statusCode === undefined) {
        throw new TransientError(
          `the Azure control plane (${url.origin}) did not answer ${subject} after ${MAX_RETRIES + 1} tries over ${Math.round((Date.now() - started) / 1000)}s (${err.code ?? err.message}). Check the network and Azure's status, then run the step again.`,
        );
      }
      throw err;
    }
    const text = response.bodyAsText ?? '';
    const headers = Object.fromEntries([...response.headers].map(([k, v]) => [k.toLowerCase(), v]));
    const body = parseBody<T>(text, response.status, subject, headers['x-ms-correlation-request-id']);
    if (response.status === 404 && options.allow404) return { status: 404, body, headers };
    if (response.status >= 400) throw armErrorFrom(response.status, body, subject, headers['x-ms-correlation-request-id']);
    return { status: response.status, body, headers };
  }

  /**
   * Every item of a list, following ARM's `nextLink` pages. A nextLink is followed only on the
   * control plane's own origin (the bearer token goes with it), and at most MAX_PAGES of them.
   * Undefined when the list's parent does not exist (404), where `allow404` says so.
   */
  async listAll<T>(path: string, options: { query?: Record<string, string>; allow404?: boolean } = {}): Promise<T[] | undefined> {
    const first = await this.send<{ value?: T[]; nextLink?: string | null }>('GET', path, options);
    if (first.status === 404) return undefined;
    const items = [...(first.body.value ?? [])];
    const origin = new URL(this.options.endpoint).origin;
    let next = first.body.nextLink;
    for (let pages = 1; next; pages += 1) {
      if (new URL(next).origin !== origin)
        throw new ServiceError(`Azure answered a list of ${path} with a next page on another host (${new URL(next).origin}); not followed`);
      if (pages >= MAX_PAGES) throw new ServiceError(`the list of ${path} has more than ${MAX_PAGES} pages; not read further`);
      const page = await this.send<{ value?: T[]; nextLink?: string | null }>('GET', next);
      items.push(...(page.body.value ?? []));
      next = page.body.nextLink;
    }
    return items;
  }

  /** GET that answers undefined for a resource that does not exist. */
  async get<T>(path: string): Promise<T | undefined> {
    const response = await this.send<T>('GET', path, { allow404: true });
    return response.status === 404 ? undefined : response.body;
  }

  /**
   * PUT/PATCH/POST/DELETE following ARM's long-running-operation protocol: 201/202 with
   * Azure-AsyncOperation (polled for its status) or Location (polled until it stops answering 202),
   * honouring Retry-After, within `deadline`. Returns the final resource for PUT (read back from its
   * own URL), or the operation's last body.
   */
  async mutate<T>(
    method: 'PUT' | 'PATCH' | 'POST' | 'DELETE',
    path: string,
    body: unknown,
    deadline: number,
    headers?: Record<string, string>,
  ): Promise<ArmResponse<T>> {
    const first = await this.send<T>(method, path, { body, allow404: method === 'DELETE', headers });
    const asyncUrl = first.headers['azure-asyncoperation'];
    const location = first.headers.location;
    // A 200 is final unless its body says the resource is still provisioning: Azure ML answers an
    // update of a batch endpoint 200 with Azure-AsyncOperation and the state Updating (as
    // azure-core's ARM poller, which polls whenever the body's provisioningState is not terminal).
    const state = (first.body as { properties?: { provisioningState?: string } } | undefined)?.properties?.provisioningState;
    const provisioning = first.status === 200 && !!state && !['Succeeded', 'Failed', 'Canceled'].includes(state);
    if (first.status !== 201 && first.status !== 202 && !provisioning) return first;
    if (!asyncUrl && !location) return first;
    const subject = `${method} ${path.split('?')[0]}`;
    const { value } = await pollUntil<ArmResponse<unknown>>({
      subject,
      clock: this.options.clock,
      logger: this.options.logger,
      deadline,
      initialIntervalMs: this.options.poll?.initialMs ?? 1000,
      maxIntervalMs: this.options.poll?.maxMs ?? 10_000,
      observe: async () => {
        if (asyncUrl) {
          const status = await this.send<{ status: string; error?: { code?: string; message?: string } }>('GET', asyncUrl);
          const state = status.body.status;
          if (state === 'Failed' || state === 'Canceled')
            throw armErrorFrom(
              409,
              { error: status.body.error ?? { code: `Operation${state}`, message: `the operation ended ${state}` } },
              subject,
              status.headers['x-ms-correlation-request-id'],
            );
          return { value: status, state, done: state === 'Succeeded', retryAfterMs: retryAfter(status.headers) };
        }
        const polled = await this.send<T>('GET', location!, { allow404: true });
        return {
          value: polled,
          state: polled.status === 202 ? 'InProgress' : 'Succeeded',
          done: polled.status !== 202,
          retryAfterMs: retryAfter(polled.headers),
        };
      },
    });
    if (method === 'PUT') return this.send<T>('GET', path);
    return value as ArmResponse<T>;
  }
}

/**
 * A response body as JSON. A gateway may answer with HTML (a 502 page) or nothing: an error status
 * with a body that is not JSON is still an ARM error (its text shortened), never a SyntaxError.
 */
function parseBody<T>(text: string, status: number, subject: string, correlationId?: string): T {
  if (!text) return undefined as T;
  try {
    return JSON.parse(text) as T;
  } catch {
    const gist = text
      .replace(/<[^>]*>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 200);
    if (status >= 400)
      throw armErrorFrom(status, { error: { code: `Http${status}`, message: `the answer was not JSON: ${gist || '(empty)'}` } }, subject, correlationId);
    throw new TransientError(`${subject}: Azure answered ${status} with a body that is not JSON (${gist}); run the step again`);
  }
}

function retryAfter(headers: Record<string, string>): number | undefined {
  return retryAfterMs(headers['retry-after']);
}
