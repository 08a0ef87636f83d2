import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/** GitHub caps webhook payloads at 25 MB; an event file larger than that is not GitHub's. */
export const MAX_EVENT_BYTES = 25 * 1024 * 1024;

type EventPayload = { pull_request?: { number?: number; head?: { sha?: string } } };

/**
 * The run's event payload (GITHUB_EVENT_PATH), read only when it is a regular file of at most
 * MAX_EVENT_BYTES: a path to a device or an endless file must not grow memory until the step dies.
 * Undefined when absent, too large or not JSON.
 */
export function eventPayload(env: NodeJS.ProcessEnv = process.env): EventPayload | undefined {
  if (!env.GITHUB_EVENT_PATH) return undefined;
  let fd: number | undefined;
  try {
    fd = openSync(env.GITHUB_EVENT_PATH, 'r');
    const info = fstatSync(fd);
    if (!info.isFile() || info.size > MAX_EVENT_BYTES) return undefined;
    const buffer = Buffer.alloc(info.size);
    let filled = 0;
    for (let read = 1; read > 0 && filled < info.size; filled += read) read = readSync(fd, buffer, filled, info.size - filled, null);
    return JSON.parse(buffer.subarray(0, filled).toString('utf8')) as EventPayload;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * The pull request a run is for: the event payload's number (pull_request and pull_request_target
 * runs, whatever ref is checked out), else the `refs/pull/N/...` ref. A number past 2^53 (which
 * JSON numbers cannot hold exactly) is no pull request GitHub has: never another number instead.
 */
export function pullRequestNumber(env: NodeJS.ProcessEnv): number | undefined {
  const number = eventPayload(env)?.pull_request?.number;
  if (number !== undefined) return Number.isSafeInteger(number) && number > 0 ? number : undefined;
  const match = /^refs\/pull\/(\d{1,15})\//.exec(env.GITHUB_REF ?? '');
  return match ? Number(match[1]) : undefined;
}

/** The commit a PR run was built from: the head commit, not the merge commit in GITHUB_SHA. */
export function builtFrom(env: NodeJS.ProcessEnv = process.env): string {
  return eventPayload(env)?.pull_request?.head?.sha ?? env.GITHUB_SHA ?? '';
}

/**
 * Tags that say where a resource came from; teardown and the stale-preview sweep select by them.
 * Read from the variables GitHub sets on every runner; absent outside Actions.
 */
export function provenanceTags(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const tags: Record<string, string> = { 'mlship.managed': 'true' };
  if (env.GITHUB_REPOSITORY) tags['mlship.repository'] = env.GITHUB_REPOSITORY;
  if (env.GITHUB_SHA) tags['mlship.commit'] = env.GITHUB_SHA;
  if (env.GITHUB_RUN_ID) tags['mlship.run'] = env.GITHUB_RUN_ID;
  const pr = pullRequestNumber(env);
  if (pr) tags['mlship.pr'] = String(pr);
  return tags;
}
