/**
 * Hostile state: files in mlship's state folder (`.mlship/`, MLSHIP_HOME) that are damaged, cut
 * short, links to files elsewhere, or edited to name paths outside. Every case must end in a clear
 * error naming the state file and how to recover (or in a recovery), never read or delete anything
 * outside the state folder, never print what an outside file holds, and never be "a bug in mlship".
 * `{state}` is the state folder, `{outside}` a folder beside it holding a planted secret.
 */
export interface StateCase {
  name: string;
  /** Files written into the state folder before the command runs. */
  files?: Record<string, string | Buffer>;
  /** Links created in the state folder: [link, target]. */
  links?: [string, string][];
  argv: string[];
  /**
   * 'error': exit 2 naming the file (`expect`) and the `mv` that recovers; 'fails': a failure of
   * the command itself (exit 1, `expect`); 'works': exit 0 and `expect`.
   */
  outcome: 'error' | 'fails' | 'works';
  expect: RegExp;
}

/** What the outside folder holds; it must never be printed, changed or deleted. */
export const PLANTED_SECRET = 'PLANTED-SECRET-7f3a9c';

const endpoint = (deployments: Record<string, object> = {}) =>
  JSON.stringify({ name: 'edp', authMode: 'key', traffic: {}, tags: {}, createdAt: '2026-01-01T00:00:00Z', deployments });
const deployment = (extra: object) => ({
  name: 'blue',
  tags: {},
  phase: 'running',
  serverId: 'x',
  // A process that is surely gone: the deployment reads as failed, and its log is shown.
  server: { pid: 2 ** 22 + 17, serverId: 'x' },
  port: 1,
  statusFile: '{state}/endpoints/edp/blue/n/status.json',
  logFile: '{state}/endpoints/edp/blue/n/scoring.log',
  startedAt: '2026-01-01T00:00:00Z',
  ...extra,
});
const wait = ['wait', '--endpoint-name', 'edp', '--target', 'local', '--timeout', '3s'];
const register = ['register', '--model-name', 'm', '--model-path', '{project}/model'];

/** A registry of `n` versions of one model, written as mlship writes it. */
function bigRegistry(n: number): string {
  const versions = Array.from({ length: n }, (_, i) => ({
    name: 'm',
    version: String(i + 1),
    hash: `h${i}`,
    modelDir: `{state}/models/m/${i + 1}`,
    files: 1,
    bytes: 1,
    tags: {},
    createdAt: '2026-01-01T00:00:00Z',
  }));
  return JSON.stringify({ models: { m: versions }, environments: {} });
}

export function stateCases(): StateCase[] {
  return [
    {
      name: 'an endpoint record cut short',
      files: { 'endpoints/edp.json': endpoint().slice(0, 30) },
      argv: wait,
      outcome: 'error',
      expect: /endpoints\/edp\.json is not valid JSON/,
    },
    { name: 'an empty endpoint record', files: { 'endpoints/edp.json': '' }, argv: wait, outcome: 'error', expect: /endpoints\/edp\.json is empty/ },
    {
      name: '{} as an endpoint record',
      files: { 'endpoints/edp.json': '{}' },
      argv: wait,
      outcome: 'error',
      expect: /endpoints\/edp\.json is not an endpoint record/,
    },
    {
      name: '{} as an endpoint record, torn down',
      files: { 'endpoints/edp.json': '{}' },
      argv: ['teardown', '--endpoint-name', 'edp', '--target', 'local'],
      outcome: 'error',
      expect: /endpoints\/edp\.json is not an endpoint record/,
    },
    {
      name: 'an endpoint record whose deployment is a string',
      files: { 'endpoints/edp.json': endpoint({ blue: 'x' as unknown as object }) },
      argv: wait,
      outcome: 'error',
      expect: /endpoints\/edp\.json holds deployment blue in a shape/,
    },
    {
      name: 'an endpoint record that is a folder',
      files: { 'endpoints/edp.json/x': 'x' },
      argv: wait,
      outcome: 'error',
      expect: /endpoints\/edp\.json is not a regular file/,
    },
    {
      name: 'an endpoint record that is a link to a file outside',
      links: [['endpoints/edp.json', '{outside}/record.json']],
      argv: wait,
      outcome: 'error',
      expect: /endpoints\/edp\.json is a symbolic link/,
    },
    {
      name: 'a keys file that is a link to a file outside',
      files: { 'endpoints/edp.json': endpoint() },
      links: [['endpoints/edp.keys.json', '{outside}/keys.json']],
      argv: ['keys', '--endpoint-name', 'edp', '--target', 'local'],
      outcome: 'error',
      expect: /endpoints\/edp\.keys\.json is a symbolic link/,
    },
    {
      name: 'a keys file without keys',
      files: { 'endpoints/edp.json': endpoint(), 'endpoints/edp.keys.json': '{"primaryKey": 1}' },
      argv: ['keys', '--endpoint-name', 'edp', '--target', 'local'],
      outcome: 'error',
      expect: /endpoints\/edp\.keys\.json does not hold a primaryKey and a secondaryKey/,
    },
    {
      name: "a deployment's logFile pointing outside the state folder",
      files: { 'endpoints/edp.json': endpoint({ blue: deployment({ logFile: '{outside}/secret.log' }) }) },
      argv: wait,
      outcome: 'error',
      expect: /endpoints\/edp\.json names blue\.logFile outside/,
    },
    {
      name: "a deployment's log that is a link to a file outside",
      files: { 'endpoints/edp.json': endpoint({ blue: deployment({}) }), 'endpoints/edp/blue/n/status.json': '{"phase": "failed"}' },
      links: [['endpoints/edp/blue/n/scoring.log', '{outside}/secret.log']],
      argv: wait,
      outcome: 'fails',
      expect: /edp\/blue/,
    },
    {
      name: "a deployment's statusFile in a folder outside, torn down (that folder must not be deleted)",
      files: { 'endpoints/edp.json': endpoint({ blue: deployment({ statusFile: '{outside}/status.json' }) }) },
      argv: ['teardown', '--endpoint-name', 'edp', '--target', 'local'],
      outcome: 'error',
      expect: /endpoints\/edp\.json names blue\.statusFile outside/,
    },
    {
      name: 'a registry of random bytes',
      files: { 'registry.json': Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)) },
      argv: register,
      outcome: 'error',
      expect: /registry\.json is not valid JSON/,
    },
    {
      name: 'a registry that is a list',
      files: { 'registry.json': '[1, 2, 3]' },
      argv: register,
      outcome: 'error',
      expect: /registry\.json is not a registry/,
    },
    {
      name: 'a registry whose version has no hash',
      files: { 'registry.json': JSON.stringify({ models: { m: [{ version: '1', modelDir: 'x' }] }, environments: {} }) },
      argv: register,
      outcome: 'error',
      expect: /registry\.json holds a version of models\.m without its version, hash or folder/,
    },
    {
      name: 'a registry whose model folder is outside, deleted (that folder must not be)',
      files: {
        'registry.json': JSON.stringify({
          models: { m: [{ name: 'm', version: '1', hash: 'h', modelDir: '{outside}', files: 1, bytes: 1, tags: {}, createdAt: '' }] },
          environments: {},
        }),
        'endpoints/edp.json': endpoint(),
      },
      argv: ['teardown', '--endpoint-name', 'edp', '--target', 'local', '--delete-model', 'm:1'],
      outcome: 'error',
      expect: /registry\.json names the folder of model m:1 outside/,
    },
    {
      name: 'a registry that is a link to a file outside',
      links: [['registry.json', '{outside}/record.json']],
      argv: register,
      outcome: 'error',
      expect: /registry\.json is a symbolic link/,
    },
    // Not an error: a long history is read and extended in one pass, with no recursion limit.
    {
      name: 'a registry with 200,000 versions of one model',
      files: { 'registry.json': bigRegistry(200_000) },
      argv: register,
      outcome: 'works',
      expect: /^m:200001$/m,
    },
  ];
}
