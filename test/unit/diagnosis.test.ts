import { describe, expect, it } from 'vitest';
import { diagnose, formatDiagnosis } from '../../src/engine/diagnosis.js';
import { diagnosisSection, escapeMarkdown } from '../../src/github/summary.js';
import { buildLogLocation } from '../../src/targets/azure/azure-target.js';

// The classifier as a function: what each documented code and log line leads to, and that evidence
// it cannot read as a cause stays "unclassified" with the raw text.

describe('diagnose', () => {
  it('a crash Azure reports with no logs to read is unclassified, with the raw error, never a guessed cause', () => {
    const d = diagnose({ error: { code: 'ResourceNotReady', message: 'User container has crashed or terminated.' } });
    expect(d.class).toBe('unclassified');
    expect(d.code).toBe('ResourceNotReady');
    expect(d.evidence).toEqual(['User container has crashed or terminated.']);
  });

  it('reads inner details: a BadRequest whose detail is a documented Kubernetes code', () => {
    const d = diagnose({
      error: {
        code: 'BadRequest',
        message: 'The request is invalid.',
        details: [{ code: 'PodUnschedulable', message: '0/3 nodes are available: 3 Insufficient memory.' }],
      },
    });
    expect(d.class).toBe('quota');
    expect(d.cause).toMatch(/Kubernetes cluster has no room/);
    expect(d.evidence.join('\n')).toContain('Insufficient memory');
  });

  it('an image build failure is refined by its build log: a conda solve conflict, an old Python, and nothing readable', () => {
    const error = { code: 'ImageBuildFailure', message: 'Image build failed.' };
    expect(
      diagnose({ error, buildLog: 'Solving environment: failed\nUnsatisfiableError: The following specifications were found to be incompatible' }).cause,
    ).toMatch(/cannot be solved together/);
    expect(diagnose({ error, buildLog: 'ERROR: Package numpy requires a different Python: 3.6.15 not in ">=3.9"' }).cause).toMatch(/Python version/);
    const bare = diagnose({ error });
    expect(bare.class).toBe('image-build');
    expect(bare.fix).toMatch(/build log the error names/);
  });

  it('the sign-in identity missing a role: the action and the role that grants it', () => {
    const d = diagnose({
      error: {
        code: 'AuthorizationFailed',
        message:
          "The client 'a1b2' with object id 'a1b2' does not have authorization to perform action 'Microsoft.MachineLearningServices/workspaces/onlineEndpoints/write' over scope '/subscriptions/x'.",
      },
    });
    expect(d.class).toBe('permission');
    expect(d.cause).toContain('Microsoft.MachineLearningServices/workspaces/onlineEndpoints/write');
    expect(d.fix).toContain('AzureML Data Scientist');
  });

  it('the last traceback in a log is the evidence, shortened to its end, without import machinery frames', () => {
    const log = [
      'Traceback (most recent call last):',
      '  File "a.py", line 1, in <module>',
      'ValueError: an older failure',
      'Traceback (most recent call last):',
      '  File "<frozen importlib._bootstrap>", line 241, in _call_with_frames_removed',
      '  File "/var/azureml-app/score.py", line 4, in init',
      '    model = load()',
      'RuntimeError: model file is corrupt',
      'INFO after the traceback',
    ].join('\n');
    const d = diagnose({ logs: { inferenceServer: log } });
    expect(d.class).toBe('init-exception');
    expect(d.cause).toBe('init() in score.py raised RuntimeError');
    expect(d.evidence).toEqual([
      'Traceback (most recent call last):',
      '  File "/var/azureml-app/score.py", line 4, in init',
      '    model = load()',
      'RuntimeError: model file is corrupt',
    ]);
  });

  it('formats for a log, and for markdown with names from Azure escaped and evidence only in a code block', () => {
    const d = diagnose({ logs: { inferenceServer: "ModuleNotFoundError: No module named 'x_[click](https://evil)'" } });
    expect(formatDiagnosis(d)).toMatch(/^Diagnosis: missing-module: score\.py imports x_\[click\]\(https:\/\/evil\)/);
    const md = diagnosisSection(d);
    expect(md).toContain('x\\_\\[click\\]\\(https://evil\\)');
    expect(md.replace(/```[^]*?```/g, '')).not.toContain('[click](');
    expect(escapeMarkdown('@mallory <img> #12 |a|')).toBe('\\@mallory \\<img\\> \\#12 \\|a\\|');
  });
});

describe('buildLogLocation', () => {
  it('reads both documented wordings, and refuses names that are not names', () => {
    expect(buildLogLocation("the build log under the storage account 'acct01' in the container 'azureml' at the path 'ImageLogs/1/build.log'")).toEqual({
      account: 'acct01',
      container: 'azureml',
      path: 'ImageLogs/1/build.log',
    });
    expect(buildLogLocation('The build log is available in the workspace blob store "acct01" under the path "/azureml/ImageLogs/9f/build.log"')).toEqual({
      account: 'acct01',
      container: 'azureml',
      path: 'ImageLogs/9f/build.log',
    });
    expect(buildLogLocation("storage account 'evil.example.com' in the container 'azureml' at the path 'x'")).toBeUndefined();
    expect(buildLogLocation("storage account 'acct01' in the container '../x' at the path 'x'")).toBeUndefined();
  });
});
