import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EngineContext } from '../engine/context.js';
import { AZURITE_ACCOUNT } from '../emulator/azurite.js';
import { defaultSpecRoot, EMULATOR_CLOUD, WorkspaceEmulator } from '../emulator/server.js';
import { packageRoot } from './paths.js';

/**
 * `mlship emulator`: an Azure ML workspace on loopback for trying workflows offline. Prints the
 * variables that point mlship at it and, with --env-file, writes them as KEY=value lines.
 * Runs until interrupted.
 */
export interface EmulatorFlags {
  envFile?: string;
  /** Keyless workspaceblobstore (systemDatastoresAuthMode: identity). */
  identityDatastores?: boolean;
  /** Also print the variables that point Microsoft's azure-ai-ml SDK at the emulator. */
  printSdkConfig?: boolean;
}

export async function runEmulator(ctx: EngineContext, flags: EmulatorFlags): Promise<number> {
  const { envFile } = flags;
  const emulator = new WorkspaceEmulator({
    specRoot: defaultSpecRoot(packageRoot()),
    provisioningMs: 2000,
    storage: true,
    identityDatastores: flags.identityDatastores,
    storageTls: flags.printSdkConfig,
  });
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
  if (flags.printSdkConfig) ctx.logger.info(sdkConfig(emulator, caFile));
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await cleanUp();
  return 0;
}

/**
 * How an azure-ai-ml user points Microsoft's SDK at the emulator: a custom cloud read from the
 * emulator's ARM metadata document (ARM_CLOUD_METADATA_URL and AZUREML_CURRENT_CLOUD, which the
 * SDK's `_azure_environments` reads), its certificate trusted by requests, and the emulator's
 * client secret for azure-identity.
 */
export function sdkConfig(emulator: WorkspaceEmulator, caFile: string): string {
  const env = emulator.environment(caFile);
  return [
    "For Microsoft's azure-ai-ml SDK (Python), export as well:",
    '',
    ...Object.entries(emulator.sdkEnvironment(caFile)).map(([k, v]) => `${k}=${v}`),
    '',
    'then:',
    '',
    '  from azure.ai.ml import MLClient',
    '  from azure.identity import ClientSecretCredential',
    // MSAL otherwise asks login.microsoftonline.com whether the authority is a known cloud.
    `  credential = ClientSecretCredential("${env.AZURE_TENANT_ID}", "${env.AZURE_CLIENT_ID}", "<AZURE_CLIENT_SECRET above>", authority="${emulator.url}", disable_instance_discovery=True)`,
    `  ml = MLClient(credential, "${env.MLSHIP_SUBSCRIPTION_ID}", "${env.MLSHIP_RESOURCE_GROUP}", "${env.MLSHIP_WORKSPACE}", cloud="${EMULATOR_CLOUD}")`,
    '',
    `The SDK uploads to https://${AZURITE_ACCOUNT}.blob.${emulator.sdkStorageSuffix()}: that name must resolve to 127.0.0.1`,
    `(systemd-resolved, as on GitHub's Ubuntu runners, resolves *.localhost; else add "127.0.0.1 ${AZURITE_ACCOUNT}.blob.core.localhost" to /etc/hosts).`,
    'azure-identity needs 1.13 or later for disable_instance_discovery.',
  ].join('\n');
}
