import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EngineContext } from '../engine/context.js';
import { defaultSpecRoot, WorkspaceEmulator } from '../emulator/server.js';
import { packageRoot } from './paths.js';

/**
 * `mlship emulator`: an Azure ML workspace on loopback for trying workflows offline. Prints the
 * variables that point mlship at it and, with --env-file, writes them as KEY=value lines.
 * Runs until interrupted.
 */
export async function runEmulator(ctx: EngineContext, envFile: string | undefined): Promise<number> {
  const emulator = new WorkspaceEmulator({ specRoot: defaultSpecRoot(packageRoot()), provisioningMs: 2000, storage: true });
  await emulator.start();
  const caFile = join(tmpdir(), `mlship-emulator-ca-${process.pid}.pem`);
  writeFileSync(caFile, emulator.ca);
  const cleanUp = async () => {
    await emulator.stop();
    rmSync(caFile, { force: true });
  };
  const env = { ...emulator.environment(caFile), MLSHIP_LOCATION: 'westeurope' };
  // The client secret only opens this emulator; it is printed so the file can be used as it is.
  const lines = Object.entries(env).map(([k, v]) => `${k}=${v}`);
  // It holds a client secret (for this emulator only): readable by its owner alone.
  if (envFile) writeFileSync(envFile, `${lines.join('\n')}\n`, { mode: 0o600 });
  ctx.logger.info(
    `Azure ML workspace emulator at ${emulator.url}\n\n${lines.join('\n')}\n\n${envFile ? `Written to ${envFile}: ` : ''}export these, then use target aci or aks. Ctrl-C stops it.`,
  );
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await cleanUp();
  return 0;
}
