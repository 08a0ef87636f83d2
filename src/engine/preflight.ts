import { ConfigError } from './errors.js';

/**
 * Checks made before anything is created, each one read: that the compute exists and is of the
 * right kind, that the instance type is offered in the region and the quota covers it (with the
 * upgrade reserve of managed online endpoints), and that the caller's roles cover what the run
 * will write. A check whose read is refused says so and does not block; only what is known to
 * fail refuses the deployment.
 */

export type PreflightCheck = 'compute' | 'instance-type' | 'quota' | 'permissions' | 'cost' | 'endpoint-name';

export interface PreflightFinding {
  check: PreflightCheck;
  /** ok: checked and fine; refused: the run would fail (nothing is created); unchecked: the read was refused or unavailable. */
  status: 'ok' | 'refused' | 'unchecked';
  message: string;
  /** The cost check's estimate, per hour, when the price was known. */
  hourly?: { amount: number; currency: string };
}

/** Microsoft's documented reserve: "Azure Machine Learning reserves 20% of your compute resources for performing upgrades" (how-to-manage-quotas.md, managed online endpoints). */
export const UPGRADE_RESERVE = 0.2;

/** The vCPUs a managed deployment needs from its family's quota: instances plus the reserve, rounded up. */
export function quotaNeeded(instances: number, vCPUs: number): number {
  return Math.ceil(instances * (1 + UPGRADE_RESERVE)) * vCPUs;
}

export interface RolePermission {
  actions?: string[];
  notActions?: string[];
}

/**
 * Whether the caller's permissions (Microsoft.Authorization/permissions: each role's actions and
 * notActions, `*` as a wildcard, compared case-insensitively as ARM does) allow an action.
 */
export function allows(permissions: RolePermission[], action: string): boolean {
  const matches = (pattern: string) => new RegExp(`^${pattern.split('*').map(escapeRegExp).join('.*')}$`, 'i').test(action);
  return permissions.some((p) => (p.actions ?? []).some(matches) && !(p.notActions ?? []).some(matches));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A max-hourly-cost as written (an input, a flag): a positive amount per hour. @throws ConfigError naming `label`. */
export function parseHourlyCost(text: string, label: string): number {
  const value = Number(text);
  if (!/^\d+(\.\d+)?$/.test(text.trim()) || !(value > 0))
    throw new ConfigError(`${label} is "${text}"; give an amount per hour such as 2.50 (in the price list's currency, USD)`);
  return value;
}

/** One line per finding, for a log or a CLI. */
export function formatFindings(findings: PreflightFinding[]): string {
  const mark = { ok: 'ok       ', refused: 'REFUSED  ', unchecked: 'unchecked' } as const;
  return findings.map((f) => `preflight ${mark[f.status]} ${f.check.padEnd(13)} ${f.message}`).join('\n');
}

/**
 * Runs a target's preflight (when it has one) and logs each finding. Anything refused stops the
 * run here, before the first write.
 * @throws PreflightError naming every refused check.
 */
export async function runPreflight(
  logger: { info(message: string): void; warn(message: string): void },
  check: (() => Promise<PreflightFinding[]>) | undefined,
): Promise<PreflightFinding[]> {
  if (!check) return [];
  const findings = await check();
  if (findings.length) logger.info(formatFindings(findings));
  const refused = findings.filter((f) => f.status === 'refused');
  if (refused.length) throw new PreflightError(refused, findings);
  return findings;
}

/** A deployment preflight refused: nothing was created. */
export class PreflightError extends ConfigError {
  constructor(
    readonly refused: PreflightFinding[],
    readonly findings: PreflightFinding[],
  ) {
    super(
      `preflight refused the deployment; nothing was created:\n${refused.map((f) => `- ${f.check}: ${f.message}`).join('\n')}\n(skip the checks with preflight: false, or --no-preflight, if they are wrong)`,
    );
  }
}
