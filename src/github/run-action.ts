import * as core from '@actions/core';
import { ConfigError, DeadlineError, OperationError, errorMessage, formatProblem } from '../engine/errors.js';
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
  if (err instanceof OperationError || err instanceof DeadlineError) return { message: err.message, logs: err.logs };
  return { message: `unexpected error: ${errorMessage(err)}. This is a bug in mlship; please report it with the log above.` };
}

async function writeSummary(markdown: string): Promise<void> {
  if (!markdown || !process.env.GITHUB_STEP_SUMMARY) return;
  try {
    await core.summary.addRaw(truncateSummary(markdown, SUMMARY_LIMIT)).write();
  } catch (err) {
    core.warning(`could not write the job summary: ${errorMessage(err)}`);
  }
}
