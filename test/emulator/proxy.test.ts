import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkspaceEmulator } from '../../src/emulator/server.js';
import { useEmulatorJob } from '../helpers/emulator.js';
import { EXAMPLE, runStep } from '../helpers/run-action.js';

// Self-hosted runners behind a proxy reach Azure only through it: every outbound call must honour
// HTTPS_PROXY and NO_PROXY. Here the endpoints' data plane (scoring, probes) is another host name
// (localhost) than ARM (127.0.0.1, in NO_PROXY with storage): the loopback proxy below must see the
// scoring host tunnelled through it.
let emulator: WorkspaceEmulator;
let env: Record<string, string>;
let job: { runnerTemp: string };
useEmulatorJob({ provisioningMs: 100, scoringHost: 'localhost' }, (started) => ({ emulator, job, env } = started));

const tunnels: string[] = [];
const sockets = new Set<Socket>();
let proxy: Server;
let proxyUrl: string;

beforeAll(async () => {
  proxy = createServer((_req, res) => res.writeHead(405).end());
  proxy.on('connect', (req, client, head) => {
    tunnels.push(req.url ?? '');
    const [host, port] = (req.url ?? '').split(':');
    // Loopback only: this proxy tunnels to this machine and nowhere else.
    if (host !== 'localhost' && host !== '127.0.0.1') return client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
    sockets.add(client as Socket);
    const upstream = connect(Number(port), '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
});
afterAll(async () => {
  // Tunnels are kept alive by the clients: end them, or the server never finishes closing.
  for (const socket of sockets) socket.destroy();
  await new Promise<void>((resolve) => proxy.close(() => resolve()));
});

describe('behind a proxy', () => {
  it("the smoke test and the health probe go through HTTPS_PROXY; hosts in NO_PROXY don't", async () => {
    const behindProxy = { ...env, HTTPS_PROXY: proxyUrl, NO_PROXY: '127.0.0.1' };
    const configs = { 'inference-config': join(EXAMPLE, 'inferenceconfig.json'), target: 'aci' };
    const deployed = await runStep('deploy-model', { model: join(EXAMPLE, 'model'), ...configs, 'endpoint-name': 'proxied' }, job, behindProxy);
    expect(deployed.code, deployed.stdout + deployed.stderr).toBe(0);
    expect(deployed.outputs['scoring-uri']).toMatch(/^https:\/\/localhost:\d+\//);
    const waited = await runStep(
      'wait-healthy',
      { 'endpoint-name': 'proxied', target: 'aci', timeout: '2m', 'sample-request': join(EXAMPLE, 'sample-request.json') },
      job,
      behindProxy,
    );
    expect(waited.code, waited.stdout + waited.stderr).toBe(0);
    expect(waited.outputs.state).toBe('Healthy');
    const scoringHost = new URL(emulator.scoringUrl).host;
    expect(tunnels).toContain(scoringHost);
    // ARM and storage (127.0.0.1) were in NO_PROXY: nothing of theirs went through the proxy.
    expect(tunnels.filter((t) => t.startsWith('127.0.0.1'))).toEqual([]);
  });
});
