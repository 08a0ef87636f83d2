import { join } from 'node:path';
import { ConfigError } from './errors.js';
import { readJson, withLock, writeJsonAtomic } from './state.js';
import { TARGETS, type TargetName } from './spec.js';

/**
 * Which target each endpoint deployed from this state folder lives on, so that a later command
 * (wait, keys, teardown) acts on that endpoint where it is, never on a default: a cleanup step
 * that lost its `target` must not delete nothing on `local` and pass while the Azure endpoint
 * keeps running.
 */
type Index = Record<string, TargetName>;

const file = (home: string) => join(home, 'endpoint-targets.json');

async function read(home: string): Promise<Index> {
  const index = await readJson<unknown>(file(home)).catch(() => undefined);
  if (!index || typeof index !== 'object' || Array.isArray(index)) return {};
  return Object.fromEntries(Object.entries(index).filter(([, t]) => (TARGETS as readonly unknown[]).includes(t))) as Index;
}

async function update(home: string, change: (index: Index) => void): Promise<void> {
  await withLock(`${file(home)}.lock`, async () => {
    const index = await read(home);
    change(index);
    await writeJsonAtomic(file(home), index);
  });
}

/**
 * Records that `endpoint` is on `target` (before it is created or deployed to). Kept after a
 * teardown too: a second teardown then says the endpoint is gone from that target.
 */
export function rememberEndpoint(home: string, endpoint: string, target: TargetName): Promise<void> {
  return update(home, (index) => {
    index[endpoint] = target;
  });
}

/**
 * The target to act on for an existing endpoint: the one given, else the one it was deployed to
 * from here. @throws ConfigError naming `label` (the flag or input) when neither says.
 */
export async function targetOfEndpoint(home: string, endpoint: string, given: TargetName | undefined, label: string): Promise<TargetName> {
  if (given) return given;
  const known = (await read(home))[endpoint];
  if (known) return known;
  throw new ConfigError(
    `${label} is not set, and endpoint ${endpoint} was not deployed from here: say where it is (${label} local, aci or aks); mlship does not guess`,
  );
}

/** Every endpoint deployed from this state folder, with its target. */
export async function knownEndpoints(home: string): Promise<Record<string, TargetName>> {
  return read(home);
}
