import { Evaluator, Lexer, Parser, data } from '@actions/expressions';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { ROOT, runStep } from './run-action.js';

type Json = Record<string, any>;

export interface StepRecord {
  id?: string;
  uses?: string;
  ran: boolean;
  outcome: 'success' | 'failure' | 'skipped' | 'cancelled';
  outputs: Record<string, string>;
  /** What the step saved for its post step. */
  state?: Record<string, string>;
  stdout: string;
  summary: string;
}

export interface JobRecord {
  result: 'success' | 'failure' | 'skipped' | 'cancelled';
  steps: StepRecord[];
  /** Post steps the runner ran after the job's steps (cleanup), in the order it ran them. */
  posts: StepRecord[];
  /** The job's own RUNNER_TEMP. */
  runnerTemp: string;
  /** Why GitHub refused to start the job (an environment's protection rules). */
  refused?: string;
}

export interface WorkflowRun {
  /** Workflow file in workflows-examples/. */
  file: string;
  eventName: string;
  payload: Json;
  /** The checked-out repository the steps run in (GITHUB_WORKSPACE). */
  workspace: string;
  job: { runnerTemp: string };
  /** Environment of every action process (emulator settings, GITHUB_API_URL...). */
  env: Record<string, string>;
  vars: Record<string, string>;
  inputs?: Record<string, string | boolean>;
  /** Cancel the run as GitHub does (SIGINT to the step, later steps skipped, post steps run) when a step's output matches. */
  cancel?: { job: string; step: string; when: RegExp };
  sha?: string;
  ref?: string;
  runNumber?: number;
  /** Review of a job's `environment:` (GitHub's required reviewers): a rejected job is skipped, as its deployment never starts. */
  reviews?: Record<string, 'approve' | 'reject'>;
  /** Variables of each GitHub environment, over the repository's for jobs in it. */
  environmentVars?: Record<string, Record<string, string>>;
  /** Deployment branch policy of a GitHub environment: the refs allowed to run a job in it. */
  environmentRefs?: Record<string, string[]>;
  /**
   * GitHub's OIDC token service: a job with `id-token: write` gets its own request token for the
   * subject GitHub would give it; without the permission it gets none (ACTIONS_ID_TOKEN_* unset).
   */
  oidc?: { jobCredentials(subject: string): Record<string, string> };
  /** The workflow's text, when a test runs an edited copy (a pull request that changed it). */
  workflowText?: string;
  /** Awaited before each job starts (after its `needs` finished): what else happens meanwhile, e.g. while it waits for a review. */
  beforeJob?: (job: string) => Promise<void>;
  /** The GitHub API: each job's GITHUB_TOKEN is granted what its `permissions:` say. */
  githubApi?: { grant(token: string, permissions: Permissions): void };
}

/** A job token's permissions, scope to level ('read' | 'write'); a scope not named is none. */
export type Permissions = Record<string, 'read' | 'write'>;

const SCOPES = ['actions', 'attestations', 'checks', 'contents', 'deployments', 'discussions', 'issues', 'packages', 'pages', 'pull-requests', 'statuses'];

/**
 * The permissions of a job's GITHUB_TOKEN: the job's `permissions:`, else the workflow's, else
 * the permissive default (read/write everywhere, no id-token). `read-all`/`write-all` as GitHub
 * reads them; naming any scope sets every other to none (GitHub's docs, "Controlling permissions
 * for GITHUB_TOKEN").
 */
export function jobPermissions(workflow: Json, job: Json): Permissions {
  const declared = job.permissions ?? workflow.permissions;
  const all = (level: 'read' | 'write'): Permissions => Object.fromEntries(SCOPES.map((scope) => [scope, level]));
  if (declared === undefined || declared === 'write-all') return all('write');
  if (declared === 'read-all') return all('read');
  return Object.fromEntries(Object.entries(declared as Record<string, string>).filter(([, level]) => level === 'read' || level === 'write')) as Permissions;
}

/** The `sub` claim GitHub puts in a job's OIDC token (GitHub's OIDC docs, "Example subject claims"). */
export function oidcSubject(repository: string, eventName: string, ref: string, environment?: string): string {
  if (environment) return `repo:${repository}:environment:${environment}`;
  if (eventName === 'pull_request') return `repo:${repository}:pull_request`;
  return `repo:${repository}:ref:${ref}`;
}

const CONTEXTS = ['github', 'vars', 'inputs', 'steps', 'needs', 'env', 'runner'];

/** Evaluates one GitHub Actions expression with GitHub's own evaluator (@actions/expressions). */
export function evaluate(expression: string, context: Json, status: { success: boolean; cancelled?: boolean }): unknown {
  const text = expression
    .replace(/\bsuccess\(\)/g, String(status.success))
    .replace(/\bfailure\(\)/g, String(!status.success && !status.cancelled))
    .replace(/\balways\(\)/g, 'true')
    .replace(/\bcancelled\(\)/g, String(!!status.cancelled));
  const tokens = new Lexer(text).lex().tokens;
  const expr = new Parser(tokens, CONTEXTS, []).parse();
  const dictionary = JSON.parse(JSON.stringify(context), data.reviver) as data.Dictionary;
  const result = new Evaluator(expr, dictionary).evaluate();
  return result.kind === data.Kind.Boolean ? result.coerceString() === 'true' : result.coerceString();
}

function interpolate(value: unknown, context: Json, status: { success: boolean; cancelled?: boolean }): string {
  return String(value).replace(/\$\{\{\s*([\s\S]+?)\s*\}\}/g, (_m, expr: string) => String(evaluate(expr, context, status)));
}

function condition(text: unknown, context: Json, status: { success: boolean; cancelled?: boolean }): boolean {
  if (text === undefined) return status.success;
  const expression = String(text).replace(/^\s*\$\{\{([\s\S]*)\}\}\s*$/, '$1');
  const value = evaluate(/\b(success|failure|always|cancelled)\(\)/.test(expression) ? expression : `success() && (${expression})`, context, status);
  return value === true || value === 'true';
}

/**
 * Runs an example workflow's jobs and steps in order, as the runner would for one event: job and
 * step `if:`s and every `${{ }}` evaluated by GitHub's expression engine, mlship actions run as
 * processes (`mlship/mlship/actions/<name>@v0` is this repository's dist/), `run:` steps in bash,
 * outputs chained through GITHUB_OUTPUT. checkout and setup-python are taken as done.
 */
export async function runWorkflow(run: WorkflowRun): Promise<Record<string, JobRecord>> {
  const workflow = parse(run.workflowText ?? readFileSync(join(ROOT, 'workflows-examples', run.file), 'utf8')) as Json & { jobs: Record<string, Json> };
  const github = {
    event_name: run.eventName,
    event: run.payload,
    repository: 'octo/models',
    sha: run.sha ?? 'a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4e5f6a1b2',
    ref: run.ref ?? 'refs/heads/main',
    run_number: String(run.runNumber ?? 17),
    run_id: '4242',
    server_url: 'https://github.com',
    token: 'ghs_loopback_job_token',
  };
  const jobs: Record<string, JobRecord> = {};
  for (const [name, job] of Object.entries(workflow.jobs)) {
    // Every job has its own token, granted what its permissions say.
    github.token = `ghs_job_${name}_${Math.random().toString(36).slice(2)}`;
    const needs = ([] as string[]).concat(job.needs ?? []);
    const needsOk = needs.every((n) => jobs[n]?.result === 'success');
    const environment = typeof job.environment === 'string' ? job.environment : (job.environment?.name as string | undefined);
    const context = {
      github,
      vars: { ...run.vars, ...(environment ? run.environmentVars?.[environment] : {}) },
      inputs: run.inputs ?? {},
      steps: {} as Json,
      needs: Object.fromEntries(needs.map((n) => [n, { result: jobs[n]?.result }])),
      env: {},
      runner: { temp: run.job.runnerTemp },
    };
    await run.beforeJob?.(name);
    if (!condition(job.if, context, { success: needsOk }) || (environment && run.reviews?.[environment] === 'reject')) {
      jobs[name] = { result: 'skipped', steps: [], posts: [], runnerTemp: '' };
      continue;
    }
    // An environment's deployment branch policy fails the job before any step runs.
    const allowed = environment ? run.environmentRefs?.[environment] : undefined;
    if (allowed && !allowed.includes(github.ref)) {
      jobs[name] = {
        result: 'failure',
        steps: [],
        posts: [],
        runnerTemp: '',
        refused: `${github.ref} is not allowed to deploy to ${environment} due to environment protection rules.`,
      };
      continue;
    }
    jobs[name] = await runJob({ ...run, env: jobEnvironment(run, workflow, job, github, environment) }, name, job, context);
  }
  return jobs;
}

/**
 * What GitHub gives one job: a GITHUB_TOKEN with the job's permissions, and GitHub's OIDC request
 * variables only with `id-token: write`, for the subject of the job's environment or event.
 */
function jobEnvironment(run: WorkflowRun, workflow: Json, job: Json, github: Json, environment?: string): Record<string, string> {
  if (!run.oidc && !run.githubApi) return run.env;
  const { ACTIONS_ID_TOKEN_REQUEST_URL: _url, ACTIONS_ID_TOKEN_REQUEST_TOKEN: _token, ...env } = run.env;
  const permissions = jobPermissions(workflow, job);
  if (run.githubApi) run.githubApi.grant(github.token as string, permissions);
  const declared = (job.permissions ?? workflow.permissions) as Json | string | undefined;
  const idToken = declared === 'write-all' || (typeof declared === 'object' && declared['id-token'] === 'write');
  if (!idToken || !run.oidc) return env;
  return { ...env, ...run.oidc.jobCredentials(oidcSubject(github.repository as string, run.eventName, github.ref as string, environment)) };
}

async function runJob(run: WorkflowRun, name: string, job: Json, context: Json): Promise<JobRecord> {
  // Each job has its own RUNNER_TEMP, as on a runner; a job without actions/checkout has an empty workspace.
  const runnerTemp = mkdtempSync(join(run.job.runnerTemp, `job-${name}-`));
  const checksOut = ((job.steps ?? []) as Json[]).some((step) => /^actions\/checkout@/.test(String(step.uses ?? '')));
  const workspace = checksOut ? run.workspace : mkdtempSync(join(runnerTemp, 'empty-workspace-'));
  const jobRun = { ...run, workspace, job: { runnerTemp } };
  context.runner = { temp: runnerTemp };
  const record: JobRecord = { result: 'success', steps: [], posts: [], runnerTemp };
  const env: Record<string, string> = {
    ...run.env,
    GITHUB_EVENT_NAME: run.eventName,
    GITHUB_REF: context.github.ref,
    GITHUB_SHA: context.github.sha,
    GITHUB_REPOSITORY: 'octo/models',
    GITHUB_WORKSPACE: workspace,
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_NUMBER: String(context.github.run_number),
    ...Object.fromEntries(Object.entries((job.env ?? {}) as Json).map(([k, v]) => [k, String(v)])),
  };
  const eventPath = join(runnerTemp, 'event.json');
  writeFileSync(eventPath, JSON.stringify(run.payload));
  env.GITHUB_EVENT_PATH = eventPath;
  const ran: { step: Json; entry: StepRecord }[] = [];
  for (const step of (job.steps ?? []) as Json[]) {
    const status = { success: record.result === 'success', cancelled: record.result === 'cancelled' };
    const entry: StepRecord = { id: step.id, uses: step.uses, ran: false, outcome: 'skipped', outputs: {}, stdout: '', summary: '' };
    record.steps.push(entry);
    if (condition(step.if, context, status)) {
      entry.ran = true;
      const cancelWhen = run.cancel && run.cancel.job === name && run.cancel.step === step.id ? run.cancel.when : undefined;
      await runOne(jobRun, step, context, env, status, entry, cancelWhen);
      ran.push({ step, entry });
      if (cancelWhen && entry.outcome === 'failure') {
        entry.outcome = 'cancelled';
        record.result = 'cancelled';
      } else if (entry.outcome === 'failure' && record.result === 'success') record.result = 'failure';
    }
    if (step.id) context.steps[step.id] = { outputs: entry.outputs, outcome: entry.outcome, conclusion: entry.outcome };
  }
  // Post steps, last first, whatever happened (post-if: always()), with what each main step saved.
  for (const { step, entry } of ran.reverse()) {
    const post = await runPost(jobRun, step, context, env, entry);
    if (post) record.posts.push(post);
  }
  return record;
}

async function runPost(run: WorkflowRun, step: Json, context: Json, env: Record<string, string>, main: StepRecord): Promise<StepRecord | undefined> {
  const match = /^mlship\/mlship(?:\/actions\/([a-z-]+))?@/.exec(String(step.uses ?? ''));
  if (!match || !main.state) return undefined;
  const metadata = parse(readFileSync(join(ROOT, match[1] ? join('actions', match[1]) : '', 'action.yml'), 'utf8')) as {
    runs: { post?: string };
    inputs: Record<string, { default?: string }>;
  };
  if (!metadata.runs.post) return undefined;
  const status = { success: true, cancelled: false };
  const defaults = Object.fromEntries(Object.entries(metadata.inputs).map(([k, v]) => [k, v.default ?? '']));
  const inputs = Object.fromEntries(Object.entries({ ...defaults, ...((step.with ?? {}) as Json) }).map(([k, v]) => [k, interpolate(v, context, status)]));
  const result = await runStep(match[1] ?? 'pipeline', inputs, run.job, env, { cwd: run.workspace, post: main.state });
  return {
    id: step.id,
    uses: step.uses,
    ran: true,
    outcome: result.code === 0 ? 'success' : 'failure',
    outputs: {},
    stdout: result.stdout,
    summary: result.summary,
  };
}

async function runOne(
  run: WorkflowRun,
  step: Json,
  context: Json,
  env: Record<string, string>,
  status: { success: boolean; cancelled?: boolean },
  entry: StepRecord,
  cancelWhen?: RegExp,
): Promise<void> {
  const uses = String(step.uses ?? '');
  if (/^actions\/(checkout|setup-python|cache)@/.test(uses)) {
    entry.outcome = 'success';
    return;
  }
  if (/^actions\/upload-artifact@/.test(uses)) {
    // Kept in the job's artifacts folder, by name; a path that matches nothing only warns, as
    // upload-artifact's default (if-no-files-found: warn) does.
    const args = (step.with ?? {}) as Json;
    const name = interpolate(args.name ?? 'artifact', context, status);
    const path = resolve(run.workspace, interpolate(args.path, context, status));
    entry.outcome = 'success';
    if (!existsSync(path)) {
      entry.stdout = `::warning::No files were found with the provided path: ${path}. No artifacts will be uploaded.`;
      return;
    }
    cpSync(path, join(run.job.runnerTemp, 'artifacts', name, basename(path)), { recursive: true });
    entry.outputs = { 'artifact-name': name };
    return;
  }
  if (uses) {
    const match = /^mlship\/mlship(?:\/actions\/([a-z-]+))?@/.exec(uses);
    if (!match) throw new Error(`the workflow runner does not know ${uses}`);
    // As the runner does: every input the step leaves out gets its action.yml default, evaluated.
    const metadata = parse(readFileSync(join(ROOT, match[1] ? join('actions', match[1]) : '', 'action.yml'), 'utf8')) as {
      inputs: Record<string, { default?: string }>;
    };
    const defaults = Object.fromEntries(Object.entries(metadata.inputs).map(([k, v]) => [k, v.default ?? '']));
    const inputs = Object.fromEntries(Object.entries({ ...defaults, ...((step.with ?? {}) as Json) }).map(([k, v]) => [k, interpolate(v, context, status)]));
    const result = await runStep(match[1] ?? 'pipeline', inputs, run.job, env, { cwd: run.workspace, cancelWhen });
    Object.assign(entry, {
      outcome: result.code === 0 ? 'success' : 'failure',
      outputs: result.outputs,
      stdout: result.stdout,
      summary: result.summary,
      state: result.state,
    });
    return;
  }
  const stepEnv = Object.fromEntries(Object.entries((step.env ?? {}) as Json).map(([k, v]) => [k, interpolate(v, context, status)]));
  const result = spawnSync('bash', ['-e', '-c', interpolate(step.run, context, status)], {
    cwd: run.workspace,
    env: { PATH: process.env.PATH, ...env, ...stepEnv },
    encoding: 'utf8',
  });
  Object.assign(entry, { outcome: result.status === 0 ? 'success' : 'failure', stdout: result.stdout + result.stderr });
}
