import { describe, expect, it } from 'vitest';
import { formatDuration, parseDuration } from '../../src/engine/duration.js';
import { DeadlineError } from '../../src/engine/errors.js';
import type { Clock, Logger } from '../../src/engine/logger.js';
import { nameProblem, toResourceName } from '../../src/engine/naming.js';
import { pollUntil } from '../../src/engine/poll.js';
import { provenanceTags } from '../../src/engine/provenance.js';
import { jsonErrorOffset } from '../../src/engine/json-position.js';

/** A clock that advances only when slept on: polling tests run instantly and exactly. */
function fakeClock(): Clock & { sleeps: number[] } {
  let now = 0;
  const sleeps: number[] = [];
  return {
    now: () => now,
    sleep: async (ms) => {
      sleeps.push(ms);
      now += ms;
    },
    sleeps,
  };
}

function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return { lines, info: (m) => lines.push(m), warn: (m) => lines.push(m), debug: () => {}, secret: () => {} };
}

describe('durations', () => {
  it.each([
    ['90s', 90_000],
    ['10m', 600_000],
    ['1h30m', 5_400_000],
    ['500ms', 500],
    ['3d', 259_200_000],
    ['1.5m', 90_000],
  ])('%s = %i ms', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });
  it.each(['10', '', 'ten minutes', '5x', '-5m'])('refuses %j', (text) => {
    expect(() => parseDuration(text, 'timeout')).toThrow(/timeout: .* is not a duration/);
  });
  it('says that 0s is no time at all, rather than not a duration', () => {
    expect(() => parseDuration('0s', '--timeout')).toThrow('--timeout: "0s" is no time at all; give a duration above zero');
  });
  it('formats for people', () => {
    expect([formatDuration(850), formatDuration(12_300), formatDuration(245_000)]).toEqual(['850ms', '12.3s', '4m05s']);
  });
});

describe('resource names', () => {
  it('accepts Azure-valid names and explains invalid ones', () => {
    expect(nameProblem('my-endpoint')).toBeUndefined();
    expect(nameProblem('ab')).toContain('3 to 32');
    expect(nameProblem('1endpoint')).toContain('start with a letter');
    expect(nameProblem('endpoint-')).toContain('hyphen');
    expect(nameProblem('end_point')).toContain('only letters, digits and hyphens');
  });
  it('derives valid, distinct names from long free text', () => {
    const a = toResourceName('Octo-Org/very-long-repository-name-for-models pr 1234');
    const b = toResourceName('Octo-Org/very-long-repository-name-for-models pr 1235');
    expect(nameProblem(a)).toBeUndefined();
    expect(a.length).toBeLessThanOrEqual(32);
    expect(a).not.toBe(b);
    expect(toResourceName('Diabetes_Model-endpoint')).toBe('diabetes-model-endpoint');
  });
});

describe('pollUntil', () => {
  it('backs off, logs only changes, and returns when done', async () => {
    const clock = fakeClock();
    const logger = recordingLogger();
    const states = ['Transitioning', 'Transitioning', 'Transitioning', 'Unhealthy', 'Healthy'];
    let i = 0;
    const result = await pollUntil({
      subject: 'ep/blue',
      clock,
      logger,
      deadline: 60_000,
      initialIntervalMs: 1000,
      maxIntervalMs: 2000,
      observe: async () => {
        const state = states[i++]!;
        return { value: state, state, done: state === 'Healthy' };
      },
    });
    expect(result.polls).toBe(5);
    expect(clock.sleeps).toEqual([1000, 1500, 2000, 2000]);
    expect(logger.lines).toEqual(['ep/blue: Transitioning', 'ep/blue: Unhealthy', 'ep/blue: Healthy']);
  });

  it('honours Retry-After above its own interval and never sleeps past the deadline', async () => {
    const clock = fakeClock();
    await expect(
      pollUntil({
        subject: 'op',
        clock,
        logger: recordingLogger(),
        deadline: 10_000,
        initialIntervalMs: 500,
        observe: async () => ({ value: 0, state: 'InProgress', done: false, retryAfterMs: 4000 }),
        onDeadline: async () => 'last log lines',
      }),
    ).rejects.toMatchObject({ lastState: 'InProgress', logs: 'last log lines' });
    expect(clock.sleeps).toEqual([4000, 4000, 2000]);
    expect(clock.now()).toBe(10_000);
  });

  it('a long unchanging wait says so every 30 s, with why, and reports live progress on every look', async () => {
    const clock = fakeClock();
    const logger = recordingLogger();
    const progress: string[] = [];
    let looks = 0;
    await pollUntil({
      subject: 'ep/blue',
      clock,
      logger: { ...logger, progress: (text: string) => progress.push(text) },
      deadline: 600_000,
      initialIntervalMs: 5000,
      maxIntervalMs: 5000,
      observe: async () => {
        looks += 1;
        const done = clock.now() >= 100_000;
        return { value: 0, state: done ? 'Healthy' : 'Transitioning', done, detail: 'init() is running' };
      },
    });
    expect(logger.lines).toEqual([
      'ep/blue: Transitioning',
      'ep/blue: still Transitioning after 30.0s (init() is running)',
      'ep/blue: still Transitioning after 1m00s (init() is running)',
      'ep/blue: still Transitioning after 1m30s (init() is running)',
      'ep/blue: Healthy',
    ]);
    expect(progress).toHaveLength(looks);
    expect(progress[1]).toBe('ep/blue: Transitioning, 5.0s (init() is running)');
  });

  it('throws a DeadlineError that says what to do', async () => {
    const clock = fakeClock();
    const error = await pollUntil({
      subject: 'ep/blue',
      clock,
      logger: recordingLogger(),
      deadline: 3000,
      observe: async () => ({ value: 0, state: 'Transitioning', done: false }),
    }).catch((e) => e);
    expect(error).toBeInstanceOf(DeadlineError);
    expect(error.message).toContain('Raise `timeout`');
  });
});

describe('provenance tags', () => {
  it("come from the runner's variables, with the PR number from the ref", () => {
    expect(provenanceTags({ GITHUB_REPOSITORY: 'o/r', GITHUB_SHA: 'abc', GITHUB_RUN_ID: '9', GITHUB_REF: 'refs/pull/12/merge' })).toEqual({
      'mlship.managed': 'true',
      'mlship.repository': 'o/r',
      'mlship.commit': 'abc',
      'mlship.run': '9',
      'mlship.pr': '12',
    });
    expect(provenanceTags({ GITHUB_REF: 'refs/heads/main' })['mlship.pr']).toBeUndefined();
  });
});

describe('preview endpoint names', () => {
  it('are valid, deterministic per PR, distinct across PRs and forks, and at most 32 characters', async () => {
    const { previewEndpointName } = await import('../../src/engine/naming.js');
    const a = previewEndpointName('octo-org/fraud-detection-model-with-a-very-long-name', 1234);
    expect(nameProblem(a)).toBeUndefined();
    expect(a.length).toBeLessThanOrEqual(32);
    expect(a).toMatch(/^fraud-detection-.*-pr1234-[0-9a-f]{6}$/);
    expect(previewEndpointName('octo-org/fraud-detection-model-with-a-very-long-name', 1234)).toBe(a);
    expect(previewEndpointName('octo-org/fraud-detection-model-with-a-very-long-name', 1235)).not.toBe(a);
    expect(previewEndpointName('fork-owner/fraud-detection-model-with-a-very-long-name', 1234)).not.toBe(a);
    expect(nameProblem(previewEndpointName('o/123', 7))).toBeUndefined();
  });
});

describe('traffic shares', () => {
  it('scale the other deployments to fill the rest, summing to exactly 100', async () => {
    const { withShare, withoutDeployment, parseShare } = await import('../../src/engine/traffic.js');
    expect(withShare({ blue: 100 }, 'green', 10)).toEqual({ blue: 90, green: 10 });
    expect(withShare({ blue: 90, green: 10 }, 'green', 100)).toEqual({ blue: 0, green: 100 });
    expect(withShare({ a: 50, b: 25, c: 25 }, 'd', 33)).toEqual({ a: 33, b: 17, c: 17, d: 33 });
    expect(Object.values(withShare({ a: 1, b: 1, c: 1 }, 'd', 1)).reduce((x, y) => x + y)).toBe(100);
    expect(withShare({}, 'blue', 10)).toEqual({ blue: 100 });
    expect(withoutDeployment({ blue: 70, green: 30 }, 'blue')).toEqual({ green: 100 });
    // A forced teardown hands the share to the largest remaining deployment, not the smallest.
    expect(withoutDeployment({ blue: 60, green: 30, red: 10 }, 'blue')).toEqual({ green: 90, red: 10 });
    expect([parseShare('10%'), parseShare(' 100 '), parseShare('0%')]).toEqual([10, 100, 0]);
    expect(() => parseShare('110%')).toThrow(/whole percentage/);
    expect(() => parseShare('ten')).toThrow(/whole percentage/);
  });
});

describe('jsonErrorOffset', () => {
  it.each([
    ['{"a": 1}', undefined],
    ['[1, 2, 3]', undefined],
    ['{"a": "x\\"y", "b": [true, false, null, -1.5e3]}', undefined],
    ['{"a": [1, 2,]}', 12],
    ['{"a" 1}', 5],
    ['{"a": 1,}', 8],
    ['[1 2]', 3],
    ['{"a": tru}', 6],
    ['{"a": 1} x', 9],
    ['', 0],
  ])('%j goes wrong at %j', (text, offset) => {
    expect(jsonErrorOffset(text)).toBe(offset);
    if (offset === undefined) expect(() => JSON.parse(text)).not.toThrow();
    else expect(() => JSON.parse(text)).toThrow();
  });
});
