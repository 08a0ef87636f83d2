import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AzureAssets } from '../../src/azure/assets.js';
import type { WorkspaceEmulator } from '../../src/emulator/server.js';
import { quietRunner } from '../../src/engine/commands.js';
import type { EngineContext } from '../../src/engine/context.js';
import { TAGS } from '../../src/engine/decide.js';
import { systemClock, type Logger } from '../../src/engine/logger.js';
import { promote } from '../../src/engine/traffic-moves.js';
import { AzureTarget } from '../../src/targets/azure/azure-target.js';
import { clientFor, emulatorCredential, startEmulator } from '../helpers/emulator.js';

// Two runs moving one endpoint's traffic at once: the write is conditional (If-Match on the ETag
// the decision was made with, and the traffic map still the one read); the loser reads again and
// decides again, and a run that keeps losing fails naming the other writer instead of overwriting.
let emulator: WorkspaceEmulator;
const warnings: string[] = [];
const logger: Logger = { info: () => {}, debug: () => {}, secret: () => {}, warn: (m) => warnings.push(m) };

function ctx(run: string): EngineContext {
  return { home: '/nonexistent', logger, clock: systemClock, tags: { 'mlship.repository': 'octo/models', 'mlship.run': run }, commands: quietRunner };
}

function target(): AzureTarget {
  const client = clientFor(emulator);
  return new AzureTarget({
    kind: 'aci',
    client,
    assets: new AzureAssets(client, logger, { credential: emulatorCredential(emulator) }),
    clock: systemClock,
    logger,
    poll: { initialMs: 20, maxMs: 100 },
  });
}

beforeAll(async () => {
  emulator = await startEmulator({ provisioningMs: 20 });
  const client = clientFor(emulator);
  await client.mutate('PUT', '/onlineEndpoints/shared', { location: 'westeurope', properties: { authMode: 'Key', traffic: {} } }, Date.now() + 30_000);
  for (const name of ['blue', 'green', 'red'])
    await client.mutate(
      'PUT',
      `/onlineEndpoints/shared/deployments/${name}`,
      { location: 'westeurope', properties: { endpointComputeType: 'Managed' }, sku: { name: 'Default', capacity: 1 } },
      Date.now() + 30_000,
    );
  await client.mutate(
    'PUT',
    '/onlineEndpoints/shared',
    { location: 'westeurope', properties: { authMode: 'Key', traffic: { blue: 100 } } },
    Date.now() + 30_000,
  );
});
afterAll(async () => {
  expect(emulator.invalidRequests).toEqual([]);
  await emulator?.stop();
});

describe('optimistic concurrency for traffic', () => {
  it('the emulator refuses a write whose If-Match is not the current ETag (412), as ARM does', async () => {
    const stale = (await target().describe('shared'))!;
    expect(stale.etag).toMatch(/^".+"$/);
    await target().writeTraffic(stale, { blue: 100 }, {});
    const refused = await clientFor(emulator)
      .send('PUT', '/onlineEndpoints/shared', {
        body: { location: 'westeurope', properties: { authMode: 'Key', traffic: {} } },
        headers: { 'If-Match': stale.etag! },
      })
      .catch((err: { status?: number }) => err);
    expect(refused).toMatchObject({ status: 412, code: 'PreconditionFailed' });
  });

  it('a run whose endpoint changed after it read it decides again from what is there, naming who changed it', async () => {
    const seen = (await target().describe('shared'))!;
    // Run 2 moves traffic between run 1's read and its write.
    await promote(ctx('2'), target(), 'shared', 'green');
    warnings.length = 0;
    const { setTraffic } = await import('../../src/engine/traffic-moves.js');
    const after = await setTraffic(ctx('1'), target(), seen, (now) => ({ ...now.traffic, green: 50, red: 50 }));
    expect(after).toEqual({ blue: 0, green: 50, red: 50 });
    expect(warnings.join('\n')).toContain('changed after it was read (by octo/models run 2)');
    expect((await target().describe('shared'))!.tags[TAGS.trafficWriter]).toBe('octo/models run 1');
  });

  it('a change that leaves the traffic map as it was (tags only) is still seen through the ETag, and decided again', async () => {
    const seen = (await target().describe('shared'))!;
    await clientFor(emulator).mutate('PATCH', '/onlineEndpoints/shared', { tags: { ...seen.tags, owner: 'someone else' } }, Date.now() + 30_000);
    warnings.length = 0;
    const { setTraffic } = await import('../../src/engine/traffic-moves.js');
    await setTraffic(ctx('4'), target(), seen, (now) => now.traffic);
    expect(warnings.join('\n')).toContain('changed after it was read');
    // The other writer's tag survived: the second write was made on what is there now.
    expect((await target().describe('shared'))!.tags.owner).toBe('someone else');
  });

  it('a run that keeps losing fails, names the other writer and overwrites nothing', async () => {
    emulator.faults.next.push({ status: 412, count: 2, operationId: 'OnlineEndpoints_CreateOrUpdate' });
    const before = (await target().describe('shared'))!.traffic;
    const failed = await promote(ctx('3'), target(), 'shared', 'blue').catch((err: Error) => err);
    expect(String(failed)).toMatch(/kept changing while its traffic was being set \(last by octo\/models run 4\)/);
    expect((await target().describe('shared'))!.traffic).toEqual(before);
  });
  it('a write that was accepted but does not show in the map read back is a failure, not "done"', async () => {
    emulator.faults.overruleTrafficWrites = true;
    try {
      const before = (await target().describe('shared'))!.traffic;
      const target100 = Object.keys(before).find((name) => (before[name] ?? 0) < 100)!;
      const failed = await promote(ctx('5'), target(), 'shared', target100).catch((err: Error) => err);
      expect(String(failed)).toMatch(/another change to the endpoint won/);
      expect((await target().describe('shared'))!.traffic).toEqual(before);
    } finally {
      emulator.faults.overruleTrafficWrites = undefined;
    }
  });
});
