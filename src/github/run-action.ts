import * as core from '@actions/core';
import { ConfigError, describeError, errorMessage, formatProblem } from '../engine/errors.js';
import { actionLogger } from './logger.js';
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
  try {
    await body(report);
  } catch (err) {
    const { message, logs } = describeFailure(err);
    core.setFailed(`${name}: ${message}`);
    if (logs) actionLogger.info(`----- log -----\n${logs}`);
    report.summary += failureSection(name, message, logs);
  } finally {
    await writeSummary(report.summary);
  }
}

function describeFailure(err: unknown): { message: string; logs?: string } {
  if (err instanceof ConfigError) {
    const problems = err.problems.filter((p) => p.severity === 'error');
    return { message: problems.length ? `${err.message.split('\n')[0]}\n${problems.map(formatProblem).join('\n')}` : err.message };
  }
  const described = describeError(err);
  // The stack of a bug goes to the debug log (ACTIONS_STEP_DEBUG), not in front of the user.
  if (described.kind === 'bug') core.debug((err as Error)?.stack ?? '');
  return { message: described.message, logs: described.logs };
}

async function writeSummary(markdown: string): Promise<void> {
  if (!markdown || !process.env.GITHUB_STEP_SUMMARY) return;
  try {
    await core.summary.addRaw(truncateSummary(markdown, SUMMARY_LIMIT)).write();
  } catch (err) {
    core.warning(`could not write the job summary: ${errorMessage(err)}`);
  }
}
