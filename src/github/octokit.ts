import * as core from '@actions/core';
import * as github from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { Logger } from '../engine/logger.js';

export type Octokit = ReturnType<typeof github.getOctokit>;

/** How many times a rate-limited request is tried again before it is given up. */
const RATE_LIMIT_RETRIES = 2;

/**
 * An Octokit for the job's token with retries (5xx, dropped connections) and GitHub's rate limits
 * honoured (primary and secondary: wait as long as GitHub says, then try again), as
 * @octokit/plugin-retry and @octokit/plugin-throttling do for @actions/github's client.
 */
export function githubClient(token: string, logger: Logger): Octokit {
  core.setSecret(token);
  const onLimit = (kind: string) => (retryAfter: number, options: { method?: string; url?: string }, _octokit: unknown, retryCount: number) => {
    logger.warn(
      `GitHub's ${kind} rate limit was hit on ${options.method} ${options.url}; ${retryCount < RATE_LIMIT_RETRIES ? `trying again in ${retryAfter}s` : 'giving up on this report'}`,
    );
    return retryCount < RATE_LIMIT_RETRIES;
  };
  return github.getOctokit(
    token,
    {
      retry: { doNotRetry: [400, 401, 403, 404, 422, 429], retries: 3 },
      throttle: { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary') },
    },
    retry,
    throttling,
  );
}

/** True for GitHub's answer to a request over a rate limit (403 or 429, with its headers or message). */
export function isRateLimited(err: unknown): boolean {
  const e = err as { status?: number; message?: string; response?: { headers?: Record<string, string> } };
  if (e.status !== 403 && e.status !== 429) return false;
  return e.response?.headers?.['x-ratelimit-remaining'] === '0' || /rate limit/i.test(e.message ?? '');
}

/** The token's own login, to tell mlship's comments from anyone else's; undefined when GitHub will not say. */
export async function ownLogin(octokit: Octokit): Promise<string | undefined> {
  try {
    const answer = await octokit.graphql<{ viewer: { login: string } }>('query { viewer { login } }');
    return answer.viewer.login;
  } catch {
    return undefined;
  }
}

/** GitHub names a bot `name` in GraphQL and `name[bot]` in REST: the same author. */
export function sameAuthor(a: string | undefined, b: string | undefined): boolean {
  const plain = (login: string) => login.replace(/\[bot\]$/, '').toLowerCase();
  return !!a && !!b && plain(a) === plain(b);
}
