/**
 * Why a deployment failed, said the way an on-call engineer needs it: a class, the cause in one
 * line, the few lines of evidence it rests on, and what to do. The classes, error codes and
 * messages come from Microsoft's troubleshooting guide for online endpoints
 * (MicrosoftDocs/azure-ai-docs, articles/machine-learning/how-to-troubleshoot-online-endpoints.md:
 * "Common deployment errors" and "Common errors specific to Kubernetes deployments") and from the
 * build-log message Azure gives with ImageBuildFailure (the same guide; MicrosoftDocs/azure-docs
 * PR 91296). A cause is named only when a documented code or an unambiguous log line shows it;
 * anything else is "unclassified", with the raw evidence, never a guess dressed as a cause.
 */

export type DiagnosisClass =
  | 'image-build'
  | 'init-exception'
  | 'missing-module'
  | 'out-of-memory'
  | 'probe-timeout'
  | 'quota'
  | 'permission'
  | 'name-taken'
  | 'model-download'
  | 'unclassified';

export interface Diagnosis {
  class: DiagnosisClass;
  /** One line: what went wrong. */
  cause: string;
  /** A few lines it rests on, each from where it was read (the ARM error, a container's log, the build log). */
  evidence: string[];
  /** What to do about it. */
  fix: string;
  /** Azure's error code, when there was one. */
  code?: string;
}

/** Everything known about a failure, as read from the target. Every part may be missing. */
export interface FailureEvidence {
  /** The ARM error of the deployment's operation (code, message, inner details). */
  error?: { code?: string; message?: string; details?: { code?: string; message?: string }[] };
  /** The last lines of each container's log. */
  logs?: { inferenceServer?: string; storageInitializer?: string };
  /** The image build log an ImageBuildFailure points to, when it could be read. */
  buildLog?: string;
  /** A Python traceback the target caught itself (local init()). */
  traceback?: string;
  /** The wait ran out of time with the deployment in this state. */
  timedOutIn?: string;
  /** The deployment's probe settings, shown with a probe failure. */
  probes?: string;
  /** On Kubernetes: what the deployment's instance type requests and is limited to on the compute. */
  resources?: string;
}

const MAX_EVIDENCE = 8;

/** The built-in roles that grant mlship's actions (Azure's built-in roles reference). */
const ROLE_FOR_ACTION: [RegExp, string][] = [
  [/Microsoft\.Storage\/storageAccounts\/blobServices\/containers\/blobs\//i, 'Storage Blob Data Contributor on the workspace storage account'],
  [/Microsoft\.MachineLearningServices\/workspaces\/datastores\/listSecrets/i, 'AzureML Data Scientist (or Contributor) on the workspace'],
  [
    /Microsoft\.MachineLearningServices\/workspaces\//i,
    'AzureML Data Scientist on the workspace (it grants every workspace action but creating computes and changing the workspace)',
  ],
];

export function roleFor(action: string): string {
  return ROLE_FOR_ACTION.find(([pattern]) => pattern.test(action))?.[1] ?? 'Contributor on the workspace';
}

/** Classifies a failure. Rules go from the most specific evidence (a documented code) to the logs. */
export function diagnose(evidence: FailureEvidence): Diagnosis {
  const code = errorCodes(evidence);
  const message = errorText(evidence);
  const serverLog = [evidence.traceback, evidence.logs?.inferenceServer].filter(Boolean).join('\n');
  const withCode = (d: Omit<Diagnosis, 'code'>): Diagnosis => ({ ...d, ...(code[0] ? { code: code[0] } : {}), evidence: d.evidence.slice(0, MAX_EVIDENCE) });
  const has = (...codes: string[]) => codes.some((c) => code.includes(c));

  if (/startup task failed due to (authorization error|incorrect role assignments)/i.test(message)) {
    return withCode({
      class: 'permission',
      cause: "the endpoint's identity cannot pull the image or read the model and code from the workspace's storage",
      evidence: lines(message),
      fix: "Give the endpoint's user-assigned identity Storage Blob Data Reader on the workspace storage account and AcrPull on its container registry, or use the system-assigned identity (Azure grants those itself).",
    });
  }
  if (has('AuthorizationFailed', 'Forbidden') || /does not have (authorization|permission) to perform action/i.test(message)) {
    const action = /action '([^']+)'/i.exec(message)?.[1];
    return withCode({
      class: 'permission',
      cause: `the identity mlship signs in with may not ${action ? `perform ${action}` : 'do what the deployment needs'}`,
      evidence: lines(message),
      fix: `Grant the sign-in's identity ${action ? roleFor(action) : 'AzureML Data Scientist on the workspace'} (role assignments can take a few minutes to apply), then run again.`,
    });
  }
  if (has('OutOfQuota', 'QuotaExceeded', 'PodUnschedulable') || /not enough quota|kubernetes unschedulable|insufficient (cpu|memory)/i.test(message)) {
    const kubernetes = /kubernetes|unschedulable|nodes are available/i.test(message) || has('PodUnschedulable');
    return withCode({
      class: 'quota',
      cause: kubernetes
        ? "the Kubernetes cluster has no room for the deployment's pods"
        : "the subscription's quota for this instance type in the region does not cover the deployment",
      evidence: [...lines(message), ...(evidence.resources ? [`instance type: ${evidence.resources}`] : [])],
      fix: kubernetes
        ? 'Free or add nodes in the cluster, or ask for less: a smaller instance type (its requests) or fewer instances.'
        : 'Delete unused deployments, deploy fewer instances or a smaller instance type, or request a quota increase (Azure ML quotas page). Managed online endpoints hold 20% more cores than the instances use, for upgrades.',
    });
  }
  if (has('EndpointAlreadyExists')) {
    return withCode({
      class: 'name-taken',
      cause: 'an endpoint of this name already exists where Azure requires the name to be unique',
      evidence: lines(message),
      fix: 'Choose another endpoint name (endpoint-name, or the name in the endpoint YAML); mlship names previews per repository and pull request to avoid this.',
    });
  }
  if (has('ImageBuildFailure') || /image build failed|waiting for environment image/i.test(message)) return withCode(imageBuild(evidence, message));
  // The kernel's out-of-memory killer ends a process with SIGKILL: Kubernetes reports OOMKilled
  // (exit code 137), a local server a child that exited with code -9.
  const oom = /\bOOMKilled\b|exit code 137\b|\bMemoryError\b|exited with code -9\b/i;
  if (has('PodOutOfMemory') || oom.test(`${message}\n${serverLog}`)) {
    return withCode({
      class: 'out-of-memory',
      cause: 'the scoring container ran out of memory',
      evidence: [
        ...matching(`${message}\n${serverLog}`, oom),
        ...(has('PodOutOfMemory') ? lines(message) : []),
        ...(evidence.resources ? [`instance type: ${evidence.resources}`] : []),
      ],
      fix: "Use an instance type with more memory (or raise the Kubernetes instance type's memory limit), or load less into memory in init().",
    });
  }
  const missing = /(ModuleNotFoundError: No module named '[^']+'|ImportError: [^\n]+)/.exec(serverLog);
  if (has('UserScriptImportError') || missing) {
    const module = /No module named '([^'.]+)/.exec(serverLog)?.[1];
    return withCode({
      class: 'missing-module',
      cause: module ? `score.py imports ${module}, which the environment does not have` : 'score.py imports a package the environment does not have',
      evidence: missing ? traceback(serverLog) : lines(message),
      fix: `Add ${module ? `the package that provides ${module}` : 'the package'} to the environment (conda file's pip list or requirements), or fix the import; mlship up reproduces it on the runner.`,
    });
  }
  if (has('UserScriptInitFailed', 'UserScriptFunctionNotFound') || /Traceback \(most recent call last\)/.test(serverLog)) {
    const last = traceback(serverLog);
    return withCode({
      class: 'init-exception',
      cause: `init() in score.py raised ${/^(\w+(Error|Exception)?):/m.exec(last.at(-1) ?? '')?.[1] ?? 'an exception'}`,
      evidence: last.length ? last : lines(message),
      fix: 'Fix init() (the traceback ends at the line that raised); mlship up runs the same score.py on the runner in seconds.',
    });
  }
  const storage = evidence.logs?.storageInitializer ?? '';
  if (/unable to download user model/i.test(message) || /\b(error|failed|exception)\b/i.test(storage)) {
    return withCode({
      class: 'model-download',
      cause: 'the storage initializer could not download the model or code into the container',
      evidence: [...lines(message), ...matching(storage, /error|failed|exception/i)],
      fix: "Check that the model is registered in this workspace and its files are in the workspace storage, and that the endpoint's identity can read that storage (Storage Blob Data Reader).",
    });
  }
  if (/(liveness|readiness) probe failed/i.test(`${message}\n${serverLog}`) || (evidence.timedOutIn && !message)) {
    return withCode({
      class: 'probe-timeout',
      cause: evidence.timedOutIn
        ? `the deployment was still ${evidence.timedOutIn} when the wait ran out: init() or the container's start takes longer than the timeout`
        : "the container did not answer Azure's health probes in time",
      evidence: [...matching(`${message}\n${serverLog}`, /probe/i), ...(evidence.probes ? [`probe settings: ${evidence.probes}`] : [])],
      fix: "If init() is slow (a large model), raise the readiness/liveness probe's initial_delay or failure_threshold, or use a faster instance type; if it never starts, check the environment (image) and the logs.",
    });
  }
  return withCode({
    class: 'unclassified',
    cause: code[0] ? `Azure reported ${code[0]}, with no evidence mlship can name a cause from` : 'no cause mlship can name from the evidence',
    evidence: [...lines(message), ...lastLines(serverLog, 4)],
    fix: "Read the logs below (mlship logs, or az ml online-deployment get-logs for each container) and Microsoft's troubleshooting guide: https://aka.ms/oe-tsg",
  });
}

/** An image build failure, refined by its build log when mlship could read it. */
function imageBuild(evidence: FailureEvidence, message: string): Omit<Diagnosis, 'code'> {
  const log = evidence.buildLog ?? '';
  const notFound =
    /No matching distribution found for ([^\s]+)/.exec(log) ??
    /Could not find a version that satisfies the requirement ([^\s]+)/.exec(log) ??
    /PackagesNotFoundError[\s\S]*?-\s+([^\s]+)/.exec(log) ??
    /ResolvePackageNotFound:\s*\n\s*-\s+([^\s]+)/.exec(log);
  const python = /requires a different Python|Requires-Python|python_requires/i.test(log);
  const conflict = /ResolutionImpossible|UnsatisfiableError|found conflicts|conflicting dependencies/i.test(log);
  const proof = (pattern: RegExp) => (log ? matching(log, pattern) : lines(message));
  if (notFound)
    return {
      class: 'image-build',
      cause: `the environment's image build failed: package ${notFound[1]} does not exist in that version (or for that Python)`,
      evidence: proof(/No matching distribution|Could not find a version|PackagesNotFoundError|ResolvePackageNotFound|^\s+-\s/),
      fix: `Fix the package name or version of ${notFound[1]} in the conda file or requirements; pinning a version that exists for the image's Python resolves it.`,
    };
  if (python)
    return {
      class: 'image-build',
      cause: "the environment's image build failed: a package does not support the environment's Python version",
      evidence: proof(/requires a different Python|Requires-Python|python_requires/i),
      fix: 'Use a Python version the packages support (end-of-life versions such as 3.6 and 3.7 lose package releases), or pin older package versions.',
    };
  if (conflict)
    return {
      class: 'image-build',
      cause: "the environment's image build failed: the conda or pip dependencies cannot be solved together",
      evidence: proof(/ResolutionImpossible|UnsatisfiableError|conflict/i),
      fix: 'Loosen or align the conflicting version pins in the conda file; mlship up builds the same environment on the runner.',
    };
  return {
    class: 'image-build',
    cause: "the environment's image build failed",
    evidence: [...lines(message), ...lastLines(log, 5)],
    fix: log
      ? 'Read the end of the build log (above); a build that stops at "Installing pip dependencies" is usually a dependency to pin.'
      : 'Read the build log the error names (in the workspace\'s default storage); a build that stops at "Installing pip dependencies" is usually a dependency to pin.',
  };
}

function errorCodes(e: FailureEvidence): string[] {
  return [e.error?.code, ...(e.error?.details ?? []).map((d) => d.code)].filter((c): c is string => !!c);
}

function errorText(e: FailureEvidence): string {
  return [e.error?.message, ...(e.error?.details ?? []).map((d) => d.message)].filter(Boolean).join('\n');
}

function lines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, 4)
    .map((l) => (l.length > 300 ? `${l.slice(0, 300)}…` : l));
}

function lastLines(text: string, count: number): string[] {
  return text
    .split('\n')
    .map((l) => l.trimEnd())
    .filter((l) => l.trim())
    .slice(-count);
}

function matching(text: string, pattern: RegExp): string[] {
  return text
    .split('\n')
    .filter((l) => pattern.test(l))
    .map((l) => l.trim())
    .slice(0, MAX_EVIDENCE);
}

/** The last traceback in a log: from its header to the exception line, shortened to its end. */
function traceback(text: string): string[] {
  const all = text.split('\n');
  const start = all.map((l) => /Traceback \(most recent call last\)/.test(l)).lastIndexOf(true);
  const from = start >= 0 ? all.slice(start) : all;
  const end = from.findIndex((l, i) => i > 0 && /^\s*(\w+\.)*\w+(Error|Exception|Exit|Interrupt)\b/.test(l));
  const block = (end >= 0 ? from.slice(0, end + 1) : from)
    .map((l) => l.trimEnd())
    // Python's own import machinery says nothing about the user's code.
    .filter((l) => l.trim() && !/File "<frozen /.test(l));
  return block.length > MAX_EVIDENCE ? [block[0]!, ...block.slice(-(MAX_EVIDENCE - 1))] : block;
}

/**
 * The diagnosis as text for a log or a CLI: class, cause, evidence, fix. Evidence lines the log
 * printed with it (`shown`) already holds are not repeated.
 */
export function formatDiagnosis(d: Diagnosis, shown = ''): string {
  const evidence = d.evidence.filter((line) => !shown.includes(line.trim()));
  const pointer = d.evidence.length && !evidence.length ? ['Evidence: in the log below.'] : [];
  return [
    `Diagnosis: ${d.class}${d.code ? ` (${d.code})` : ''}: ${d.cause}.`,
    ...(evidence.length ? ['Evidence:', ...evidence.map((l) => `  ${l}`)] : pointer),
    `Fix: ${d.fix}`,
  ].join('\n');
}
