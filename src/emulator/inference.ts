import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import type { Reply } from './http.js';
import type { EmulatorApi } from './handler.js';

export interface ScoringRequest {
  method: string;
  endpointName: string;
  /** `score` or `swagger.json`. */
  route: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * The endpoint's scoring front door, as Azure's router: checks the key or aml token, picks the
 * deployment (the azureml-model-deployment header, else by traffic weight) and forwards.
 */
export async function scoreThroughEndpoint(emulator: EmulatorApi, request: ScoringRequest): Promise<Reply> {
  const endpointId = emulator.endpointIdByName(request.endpointName);
  const endpoint = emulator.store.get(endpointId);
  if (!endpoint) return { status: 404, body: 'endpoint not found' };
  const presented = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
  const keys = emulator.keys.get(endpointId.toLowerCase());
  const mode = endpoint.properties.authMode;
  const authorised = !presented
    ? false
    : mode === 'AMLToken'
      ? emulator.tokens.get(presented) === endpointId.toLowerCase()
      : mode === 'AADToken'
        ? emulator.entraIssued(presented)
        : !!keys && (presented === keys.primaryKey || presented === keys.secondaryKey);
  if (!authorised) return { status: 401, body: 'Authorization header is missing or its key or token is wrong' };
  const traffic = (endpoint.properties.traffic ?? {}) as Record<string, number>;
  const wanted = request.headers['azureml-model-deployment'];
  const name = typeof wanted === 'string' ? wanted : (emulator.faults.routeUnpinnedTo ?? pickByWeight(traffic));
  const deployment = name ? emulator.store.get(`${endpointId}/deployments/${name}`) : undefined;
  const port = deployment ? emulator.runtime?.port(deployment.id) : undefined;
  if (!deployment) return { status: 404, body: name ? `deployment ${name} does not exist` : 'no deployment takes traffic on this endpoint' };
  // Without storage the emulator runs no servers and provisions every deployment as working: its
  // description answers. Otherwise a deployment whose server is not running is the gateway's
  // upstream failure, as on Azure.
  if (!port && !emulator.runtime && request.route !== 'score') return { status: 200, body: '{"swagger":"2.0"}' };
  if (!port) return { status: 503, body: `deployment ${name} is not running` };
  const response = await forward(
    port,
    request.route === 'score' ? '/score' : '/swagger.json',
    request.method,
    request.method === 'POST' ? request.body : undefined,
  );
  return { status: response.status, body: response.body, headers: { 'azureml-model-deployment': deployment.name, 'Content-Type': 'application/json' } };
}

/**
 * One request to a deployment's server on a connection of its own. A pooled keep-alive connection
 * the server has just closed as idle would fail the request before it was sent ("other side
 * closed"), which the caller would see as the deployment's 500; a fresh connection cannot.
 */
function forward(port: number, path: string, method: string, body?: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        path,
        method,
        agent: false,
        headers: { 'Content-Type': 'application/json', ...(body !== undefined ? { 'Content-Length': Buffer.byteLength(body) } : {}) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 502, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

function pickByWeight(traffic: Record<string, number>): string | undefined {
  const total = Object.values(traffic).reduce((a, b) => a + b, 0);
  let draw = Math.random() * total;
  for (const [name, share] of Object.entries(traffic)) {
    draw -= share;
    if (share > 0 && draw < 0) return name;
  }
  return undefined;
}
