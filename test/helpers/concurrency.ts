import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from './run-action.js';
import { evaluate } from './workflow-runner.js';

type Json = Record<string, any>;

export interface QueuedRun {
  id: number;
  file: string;
  group?: string;
  status: 'in_progress' | 'pending' | 'cancelled' | 'completed';
}

/** A workflow's `concurrency:` for one event, its group evaluated with GitHub's expression engine. */
export function concurrencyOf(text: string, github: Json): { group?: string; cancelInProgress: boolean } {
  const concurrency = (parse(text) as Json).concurrency as string | { group: string; 'cancel-in-progress'?: boolean | string } | undefined;
  if (concurrency === undefined) return { cancelInProgress: false };
  const raw = typeof concurrency === 'string' ? concurrency : concurrency.group;
  const group = String(raw).replace(/\$\{\{\s*([\s\S]+?)\s*\}\}/g, (_m, expr: string) => String(evaluate(expr, { github }, { success: true })));
  const cancel = typeof concurrency === 'object' && String(concurrency['cancel-in-progress'] ?? false) === 'true';
  return { group, cancelInProgress: cancel };
}

/**
 * GitHub's workflow-level concurrency, as its docs put it ("Control the concurrency of workflows
 * and jobs"): in a group at most one run is in progress and one pending; a run queued while
 * another of its group is in progress waits, and any run already pending in that group is
 * cancelled; with cancel-in-progress the run in progress is cancelled instead. A run waiting for
 * an environment's reviewers is in progress.
 */
export class ConcurrencyQueue {
  readonly runs: QueuedRun[] = [];

  /** Queues a run of a workflow file (from workflows-examples/ unless text is given) for one event. */
  queue(file: string, github: Json, text = readFileSync(join(ROOT, 'workflows-examples', file), 'utf8')): QueuedRun {
    const { group, cancelInProgress } = concurrencyOf(text, github);
    const run: QueuedRun = { id: this.runs.length + 1, file, group, status: 'in_progress' };
    if (group !== undefined) {
      for (const other of this.runs.filter((r) => r.group === group)) {
        if (other.status === 'pending') other.status = 'cancelled';
        if (other.status === 'in_progress') {
          if (cancelInProgress) other.status = 'cancelled';
          else run.status = 'pending';
        }
      }
    }
    this.runs.push(run);
    return run;
  }

  /** A run finished: the run pending in its group starts. */
  complete(run: QueuedRun): void {
    run.status = 'completed';
    const next = this.runs.find((r) => r.group === run.group && r.status === 'pending');
    if (next) next.status = 'in_progress';
  }
}
