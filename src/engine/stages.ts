import type { EngineContext } from './context.js';
import { ConfigError, NotFoundError } from './errors.js';
import { hashAsset } from './hash.js';
import { checkAssetName } from './naming.js';
import { STAGE_PREFIX } from './model-ref.js';
import type { ModelRef } from './spec.js';
import type { Target } from './target.js';

/**
 * Releases and the stages that verified them. A release is one model version with the
 * environment version and code it was verified with; when a stage (staging, production) has
 * verified it (healthy, smoke-tested, baked, with its traffic), mlship records that on the model
 * version itself, in the tag `mlship.stage.<stage>`: the workspace both stages share holds the
 * record, no side store can drift from it, and Azure ML studio shows it beside the version.
 * Why tags and not the version's `stage` property: a version has one `stage`, a release passes
 * several, and tags can be added to after registration (properties cannot).
 */
export interface StageRecord {
  /** `name:version` of the environment it ran with. */
  environment: string;
  /** Content hash of the scoring code. */
  code: string;
  endpoint: string;
  deployment: string;
  /** When it was verified (ISO 8601), and by which run (its URL when in GitHub Actions). */
  at: string;
  by: string;
}

export const stageTag = (stage: string) => `mlship.stage.${stage}`;

/** A stage name as tags and inputs can carry it. @throws ConfigError naming `label`. */
export function checkStage(stage: string, label: string): string {
  if (!/^[a-z][a-z0-9-]{0,31}$/.test(stage))
    throw new ConfigError(`${label}: "${stage.slice(0, 40)}" is not a stage name; use lowercase letters, digits and hyphens, such as staging or production`);
  return stage;
}

function parseRecord(text: string | undefined): StageRecord | undefined {
  if (!text) return undefined;
  try {
    const value = JSON.parse(text) as StageRecord;
    return typeof value.environment === 'string' && typeof value.code === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Who verified: the GitHub run's URL, else this machine. */
function verifier(ctx: EngineContext, env: NodeJS.ProcessEnv = process.env): string {
  const run =
    env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
      ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
      : undefined;
  const environment = env.MLSHIP_GITHUB_ENVIRONMENT ? ` (environment ${env.MLSHIP_GITHUB_ENVIRONMENT})` : '';
  return `${run ?? ctx.tags['mlship.repository'] ?? 'a run outside GitHub Actions'}${environment}`;
}

/** Records on the model version that `stage` verified this release. */
export async function recordStage(
  ctx: EngineContext,
  target: Target,
  release: { modelId: string; environment: string; codeDirectory: string; endpoint: string; deployment: string; stage: string },
): Promise<StageRecord> {
  const [name, version] = release.modelId.split(':') as [string, string];
  const record: StageRecord = {
    environment: release.environment,
    code: (await hashAsset(release.codeDirectory)).hash,
    endpoint: release.endpoint,
    deployment: release.deployment,
    at: new Date(ctx.clock.now()).toISOString(),
    by: verifier(ctx),
  };
  await target.assets.tagModel(name, version, { [stageTag(release.stage)]: JSON.stringify(record) });
  ctx.logger.info(`Recorded on ${release.modelId}: stage ${release.stage} verified it (environment ${record.environment}, code ${record.code.slice(0, 12)}).`);
  return record;
}

/**
 * The version a stage verified last (`name@stage:production`): the newest record, not the newest
 * version number. @throws NotFoundError when the stage verified no version of the model.
 */
export async function stageVersion(target: Target, name: string, stage: string): Promise<string> {
  checkAssetName(name, 'model');
  const verified = (await target.assets.modelVersions(name))
    .map((v) => ({ version: v.version, record: parseRecord(v.tags[stageTag(stage)]) }))
    .filter((v): v is { version: string; record: StageRecord } => !!v.record)
    .sort((a, b) => a.record.at.localeCompare(b.record.at));
  const last = verified.at(-1);
  if (!last) throw new NotFoundError(`no version of model ${name} was verified by stage ${stage}: nothing to deploy from it`, `model ${name}`);
  return last.version;
}

export interface ReleaseCheck {
  modelId: string;
  environment: string;
  codeDirectory: string;
  /** The stage that must have verified exactly this release (model, environment and code). */
  requireStage?: string;
  /** The stage this deployment is for: a version older than the one it last verified is a rollback. */
  stage?: string;
  allowRollback: boolean;
}

/**
 * Refuses, before anything is written, a release that `requireStage` did not verify (another
 * model version, or the same one with another environment or code), and a version older than the
 * one `stage` verified last unless `allowRollback` (re-running an old run moves nothing backwards).
 * @throws ConfigError saying which.
 */
export async function checkRelease(target: Target, check: ReleaseCheck): Promise<void> {
  const [name, version] = check.modelId.split(':') as [string, string];
  const versions = await target.assets.modelVersions(name);
  if (check.requireStage) {
    const record = parseRecord(versions.find((v) => v.version === version)?.tags[stageTag(check.requireStage)]);
    if (!record)
      throw new ConfigError(
        `model ${check.modelId} was not verified by stage ${check.requireStage}: only what ${check.requireStage} verified is deployed here`,
      );
    const code = (await hashAsset(check.codeDirectory)).hash;
    if (record.environment !== check.environment || record.code !== code)
      throw new ConfigError(
        `model ${check.modelId} was verified by stage ${check.requireStage} with environment ${record.environment} and code ${record.code.slice(0, 12)}, not with environment ${check.environment} and code ${code.slice(0, 12)}: deploy the release ${check.requireStage} verified`,
      );
  }
  if (check.stage && !check.allowRollback) {
    const newer = versions
      .filter((v) => parseRecord(v.tags[stageTag(check.stage!)]))
      .map((v) => v.version)
      .filter((v) => Number(v) > Number(version));
    if (newer.length)
      throw new ConfigError(
        `stage ${check.stage} already verified a newer version of ${name} (${newer.join(', ')}) than ${check.modelId}: deploying it would move ${check.stage} backwards. Set allow-rollback: true if that is meant.`,
      );
  }
}

/** A model reference with `@stage:<stage>` resolved to the version that stage verified last. */
export async function resolveStageRef(target: Target, ref: ModelRef | undefined): Promise<ModelRef | undefined> {
  if (ref?.kind !== 'registered' || !ref.version.startsWith(STAGE_PREFIX)) return ref;
  return { ...ref, version: await stageVersion(target, ref.name, ref.version.slice(STAGE_PREFIX.length)) };
}
