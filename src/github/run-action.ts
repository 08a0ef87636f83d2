import * as core from '@actions/core';
import { ConfigError, describeError, errorMessage, formatProblem } from '../engine/errors.js';
import { actionLogger } from './logger.js';
import { formatDiagnosis, type Diagnosis } from '../engine/diagnosis.js';
import { failureSection, SUMMARY_LIMIT, truncateSummary } from './summary.js';

export interface ActionReport {
  /** Markdown for the job summary, built by the pure functions in summary.ts. */
  summary: string;
}

/**
 * The one place an action's failure is handled: every error kind becomes one `setFailed` with
 * the action's name, what failed and what to do; the summary is written whether it worked or not.
 */
export async function runAction(name: string, body: (report: ActionReport) => Promise<void>): Promise<void> {
  const report: ActionReport = { summary: '' };
  const stopOnSignal = onCancel(name, report);
  try {
    await body(report);
  } catch (err) {
    const { message, logs, diagnosis } = describeFailure(err);
    core.setFailed(`${name}: ${message}`);
    if (diagnosis) actionLogger.info(formatDiagnosis(diagnosis, logs));
    if (logs) actionLogger.info(`----- log -----\n${logs}`);
    report.summary += failureSection(name, message, logs, diagnosis);
  } finally {
    stopOnSignal();
    await writeSummary(report.summary);
  }
}

/**
 * A cancelled run: the runner sends SIGINT (then SIGTERM). The step still says what it got done and
 * fails with "cancelled"; cleaning up is the post step's job (post-if: always()), which the runner
 * runs after a cancel, with what this step saved (core.saveState).
 */
function onCancel(name: string, report: ActionReport): () => void {
  let handled = false;
  const handler = (signal: NodeJS.Signals) => {
    if (handled) return;
    handled = true;
    const message = `cancelled (${signal}) before it finished; the post step cleans up what was asked for`;
    core.setFailed(`${name}: ${message}`);
    report.summary += failureSection(name, message);
    void writeSummary(report.summary).finally(() => process.exit(1));
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  return () => {
    process.off('SIGINT', handler);
    process.off('SIGTERM', handler);
  };
}

/** A post step (`runs.post`): runs after the job's steps, cancelled or not; it never fails the job. */
export async function runPost(name: string, body: (report: ActionReport) => Promise<void>): Promise<void> {
  const report: ActionReport = { summary: '' };
  try {
    await body(report);
  } catch (err) {
    const { message } = describeFailure(err);
    core.warning(`${name} (post): ${message}`);
    report.summary += failureSection(`${name} (cleanup)`, message);
  } finally {
    await writeSummary(report.summary);
  }
}

function describeFailure(err: unknown): { message: string; logs?: string; diagnosis?: Diagnosis } {
  if (err instanceof ConfigError) {
    const problems = err.problems.filter((p) => p.severity === 'error');
    return { message: problems.length ? `${err.message.split('\n')[0]}\n${problems.map(formatProblem).join('\n')}` : err.message };
  }
  const described = describeError(err);
  // The stack of a bug goes to the debug log (ACTIONS_STEP_DEBUG), not in front of the user.
  if (described.kind === 'bug') core.debug((err as Error)?.stack ?? '');
  return { message: described.message, logs: described.logs, diagnosis: described.diagnosis };
}

async function writeSummary(markdown: string): Promise<void> {
  if (!markdown || !process.env.GITHUB_STEP_SUMMARY) return;
  try {
    await core.summary.addRaw(truncateSummary(markdown, SUMMARY_LIMIT)).write();
  } catch (err) {
    core.warning(`could not write the job summary: ${errorMessage(err)}`);
  }
}
