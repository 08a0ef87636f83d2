import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EngineContext } from '../engine/context.js';
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
    `ARM_CLOUD_METADATA_URL=${emulator.url}/metadata/endpoints?api-version=2019-05-01`,
    `AZUREML_CURRENT_CLOUD=${EMULATOR_CLOUD}`,
    `REQUESTS_CA_BUNDLE=${caFile}`,
    `SSL_CERT_FILE=${caFile}`,
    '',
    'then:',
    '',
    '  from azure.ai.ml import MLClient',
    '  from azure.identity import ClientSecretCredential',
    `  credential = ClientSecretCredential("${env.AZURE_TENANT_ID}", "${env.AZURE_CLIENT_ID}", "<AZURE_CLIENT_SECRET above>", authority="${emulator.url}")`,
    `  ml = MLClient(credential, "${env.MLSHIP_SUBSCRIPTION_ID}", "${env.MLSHIP_RESOURCE_GROUP}", "${env.MLSHIP_WORKSPACE}", cloud="${EMULATOR_CLOUD}")`,
  ].join('\n');
}
