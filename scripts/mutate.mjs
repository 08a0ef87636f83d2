// Mutation check: breaks the code in ways a real bug would, one at a time, and runs the tests that
// should notice. A mutation the tests do not notice ("survived") is a hole in the suite.
//   node scripts/mutate.mjs            all mutations
//   node scripts/mutate.mjs ignore     only those whose name contains "ignore"
// The file is restored after each mutation, also on Ctrl-C.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const MUTATIONS = [
  {
    name: 'ignore rules: first match wins instead of the last',
    file: 'src/engine/ignore.ts',
    from: 'if (rule.regex.test(relativePath)) excluded = rule.include;',
    to: 'if (rule.regex.test(relativePath)) return rule.include;',
    tests: ['test/unit/sdk-upload-paths.test.ts'],
  },
  {
    name: 'object hash: another seed',
    file: 'src/engine/object-hash.ts',
    from: "const SEED = 'Initialize for october 2021 AML CLI version';",
    to: "const SEED = 'Initialize for October 2021 AML CLI version';",
    tests: ['test/unit/sdk-upload-paths.test.ts'],
  },
  {
    name: 'upload layout: the mark on the last file instead of the first',
    file: 'src/engine/object-hash.ts',
    from: 'Buffer.compare(Buffer.from(a.relativePath), Buffer.from(b.relativePath))',
    to: 'Buffer.compare(Buffer.from(b.relativePath), Buffer.from(a.relativePath))',
    tests: ['test/unit/sdk-upload-paths.test.ts'],
  },
  {
    name: 'content hash: file count left out',
    file: 'src/engine/hash.ts',
    from: '  hash.update(String(files.length));',
    to: '',
    tests: ['test/unit/hash.test.ts'],
  },
  {
    name: 'keyless datastore: a 400 from listSecrets is a failure',
    file: 'src/azure/datastore.ts',
    from: 'if (err instanceof ArmError && err.status === 400 && /no secrets/i.test(err.armMessage)) return undefined;',
    to: '',
    tests: ['test/replay/recorded-azure.test.ts', 'test/emulator/identity-datastore.test.ts'],
  },
  {
    name: 'long-running operations: any state but Failed counts as done',
    file: 'src/azure/arm-client.ts',
    from: "done: state === 'Succeeded'",
    to: "done: state !== 'Failed'",
    tests: ['test/replay/recorded-azure.test.ts'],
  },
  {
    name: 'traffic: written without If-Match',
    file: 'src/targets/azure/azure-target.ts',
    from: "observed.etag ? { 'If-Match': observed.etag } : undefined,",
    to: 'undefined,',
    tests: ['test/emulator/traffic-concurrency.test.ts'],
  },
  {
    name: 'traffic: no second decision after a collision',
    file: 'src/engine/traffic-moves.ts',
    from: 'if (attempt >= 2)',
    to: 'if (attempt >= 1)',
    tests: ['test/emulator/traffic-concurrency.test.ts'],
  },
  {
    name: 'decide: a Failed deployment counts as unchanged',
    file: 'src/engine/decide.ts',
    from: "if (current.provisioningState === 'Failed')",
    to: "if (current.provisioningState === 'Failed!')",
    // Seen through the CLI, which runs the built bundle: dist/ is rebuilt with the mutation, then again without.
    build: true,
    tests: ['test/emulator/plan-agrees.test.ts'],
  },
  {
    name: 'polling: Retry-After ignored',
    file: 'src/engine/poll.ts',
    from: 'const wanted = Math.max(interval, observation.retryAfterMs ?? 0);',
    to: 'const wanted = interval;',
    tests: ['test/unit/engine.test.ts'],
  },
  {
    name: 'logs: workflow commands not neutralised',
    file: 'src/engine/format.ts',
    from: ".map((line) => line.replace(/^(\\s*)(::|##\\[)/, (_m, space: string, marker: string) => `${space}${marker === '::' ? ': :' : '# #['}`))",
    to: '.map((line) => line)',
    tests: ['test/hostile/corpus.test.ts'],
  },
  {
    name: 'names: Azure resource names not checked',
    file: 'src/engine/naming.ts',
    from: 'const RESOURCE_NAME = /^[A-Za-z][A-Za-z0-9-]{1,30}[A-Za-z0-9]$/;',
    to: 'const RESOURCE_NAME = /^.+$/;',
    tests: ['test/hostile/corpus.test.ts'],
  },
  {
    name: 'emulator: DELETE answered 200 instead of 202',
    file: 'src/emulator/online.ts',
    from: "return { status: 202, body: null, headers: ctx.emulator.acceptedHeaders(operation) };\n}\n\n/** ARM's 412",
    to: "return { status: 200, body: null, headers: ctx.emulator.acceptedHeaders(operation) };\n}\n\n/** ARM's 412",
    tests: ['test/replay/emulator-vs-recorded.test.ts'],
  },
  {
    name: 'inference server: another 404 text than azmlinfsrv',
    file: 'src/targets/local/scoring_worker.py',
    from: 'NOT_FOUND = "The requested URL was not found on the server.',
    to: 'NOT_FOUND = "Not found.',
    tests: ['test/conformance/inference-server.test.ts'],
  },
  // The front door in the built-in server's event loop (front_door.py).
  {
    name: 'front door: no key checked',
    file: 'src/targets/local/front_door.py',
    from: 'if not digests or (path == "/" and command in ("GET", "HEAD")) or command == "OPTIONS":',
    to: 'if True:',
    tests: ['test/conformance/inference-server.test.ts'],
  },
  {
    name: 'front door: every connection closed after one answer',
    file: 'src/targets/local/front_door.py',
    from: 'keep = not handler.close_connection and not self.shared',
    to: 'keep = False',
    tests: ['test/conformance/inference-server.test.ts'],
  },
  {
    name: 'front door: 100 Continue sent before the key is checked',
    file: 'src/targets/local/front_door.py',
    from: '        try:\n            check_head(handler.command',
    to: '        self.send(connection, b"HTTP/1.1 100 Continue\\r\\n\\r\\n")\n        try:\n            check_head(handler.command',
    tests: ['test/conformance/inference-server.test.ts'],
  },
  {
    name: 'front door: a stalled body dropped without its 408',
    file: 'src/targets/local/front_door.py',
    from: '            if connection.handler is not None:',
    to: '            if False:',
    tests: ['test/conformance/inference-server.test.ts'],
  },
  {
    name: 'front door: chunked bodies not held to the limit',
    file: 'src/targets/local/front_door.py',
    from: '        if self.total > self.max_body:',
    to: '        if False:',
    tests: ['test/conformance/inference-server.test.ts'],
  },
  {
    name: 'front door: whole requests not awaited (a slow body answered at once)',
    file: 'src/targets/local/front_door.py',
    from: '            if len(connection.buffer) < size:\n                return False',
    to: '            if False:\n                return False',
    tests: ['test/conformance/inference-server.test.ts'],
  },
  // Batch: the driver's contract, the config → ARM mapping, and the Azure client's order of writes.
  {
    name: 'batch driver: error_threshold met counts as exceeded',
    file: 'src/targets/local/batch_driver.py',
    from: 'return threshold >= 0 and self.counts["failedItems"] > threshold',
    to: 'return threshold >= 0 and self.counts["failedItems"] >= threshold',
    build: true,
    tests: ['test/cli/batch.test.ts'],
  },
  {
    name: 'batch driver: one retry fewer than max_retries',
    file: 'src/targets/local/batch_driver.py',
    from: 'if task["attempt"] <= job["maxRetries"]:',
    to: 'if task["attempt"] < job["maxRetries"]:',
    build: true,
    tests: ['test/cli/batch.test.ts'],
  },
  {
    name: 'batch driver: append_row elements without their line break',
    file: 'src/targets/local/batch_driver.py',
    from: 'return "".join(f"{element}\\n" for element in returned), len(returned)',
    to: 'return "".join(f"{element} " for element in returned), len(returned)',
    build: true,
    tests: ['test/cli/batch.test.ts'],
  },
  {
    name: 'batch mapping: retry timeout sent as milliseconds of seconds',
    file: 'src/targets/azure/batch-bodies.ts',
    from: 'retrySettings: { maxRetries: s.maxRetries, timeout: isoDuration(s.retryTimeoutSeconds * 1000) },',
    to: 'retrySettings: { maxRetries: s.maxRetries, timeout: isoDuration(s.retryTimeoutSeconds) },',
    tests: ['test/unit/mapping.test.ts'],
  },
  {
    name: 'batch on Azure: --make-default ignored',
    file: 'src/targets/azure/azure-batch.ts',
    from: 'const defaultDeployment = !current || options.makeDefault ? name : current;',
    to: 'const defaultDeployment = !current ? name : current;',
    build: true,
    tests: ['test/emulator/batch-azure.test.ts'],
  },
  {
    name: 'batch on Azure: the compute not checked before the first write',
    file: 'src/targets/azure/azure-batch.ts',
    from: '    await this.checkCompute(spec.deployment.compute!);\n',
    to: '',
    build: true,
    tests: ['test/emulator/batch-azure.test.ts'],
  },
  // The three mutations the project review found surviving, kept here so they stay caught.
  {
    name: 'teardown: a deployment that takes traffic is deleted without force',
    file: 'src/engine/teardown.ts',
    from: 'if (share > 0 && !force) {',
    to: 'if (share > 100 && !force) {',
    build: true,
    tests: ['test/emulator/actions-on-azure.test.ts', 'test/actions/lifecycle.test.ts'],
  },
  {
    name: 'masking: Azure endpoint keys read without ::add-mask:: first',
    file: 'src/azure/policy.ts',
    from: 'for (const key of [keys.primaryKey, keys.secondaryKey]) if (key) logger.secret(key);',
    to: '',
    build: true,
    tests: ['test/emulator/actions-on-azure.test.ts', 'test/emulator/azure-more.test.ts', 'test/replay/recorded-azure.test.ts'],
  },
  {
    name: 'traffic: not read back after it was set',
    file: 'src/engine/traffic-moves.ts',
    from: 'if (!sameTraffic(after, traffic)) {',
    to: 'if (after === undefined) {',
    build: true,
    tests: ['test/emulator/actions-on-azure.test.ts', 'test/actions/failures.test.ts', 'test/emulator/traffic-concurrency.test.ts'],
  },
  // The eight the mapping review found surviving (issue: config → ARM mapping and Azure policy).
  {
    name: "drift: an autoscaled deployment's capacity compared with the spec",
    file: 'src/engine/decide.ts',
    from: 'return spec.deployment.scale ? undefined : spec.deployment.instanceCount;',
    to: 'return spec.deployment.instanceCount;',
    build: true,
    tests: ['test/emulator/azure-more.test.ts'],
  },
  {
    name: 'mapping: requestTimeout built from maxQueueWaitMs',
    file: 'src/targets/azure/bodies.ts',
    from: 'requestTimeout: isoDuration(d.requestTimeoutMs),',
    to: 'requestTimeout: isoDuration(d.maxQueueWaitMs),',
    tests: ['test/unit/mapping.test.ts'],
  },
  {
    name: 'environments: a version pinned by number reused after its content changed',
    file: 'src/azure/assets.ts',
    from: 'const same = versions.find((v) => v.properties.properties?.[HASH_KEY] === hash);',
    to: 'const same = versions.find((v) => v.properties.properties?.[HASH_KEY] === hash || v.name === env.version);',
    build: true,
    tests: ['test/emulator/azure-more.test.ts'],
  },
  {
    name: 'teardown: the heir of a forced teardown is the smallest remaining deployment',
    file: 'src/engine/traffic.ts',
    from: '.sort((a, b) => b[1] - a[1])[0]',
    to: '.sort((a, b) => a[1] - b[1])[0]',
    tests: ['test/unit/engine.test.ts'],
  },
  {
    name: 'states: Canceled read as provisioned',
    file: 'src/azure/policy.ts',
    from: "  Canceled: 'Failed',",
    to: "  Canceled: 'Provisioned',",
    tests: ['test/emulator/azure-policy.test.ts'],
  },
  {
    name: 'masking: the aml token read for scoring is not masked',
    file: 'src/azure/policy.ts',
    from: '    const token = (await post<EndpointAuthToken>(`${endpointPath}/token`)).accessToken;\n    if (token) logger.secret(token);',
    to: '    const token = (await post<EndpointAuthToken>(`${endpointPath}/token`)).accessToken;',
    build: true,
    tests: ['test/emulator/azure-more.test.ts'],
  },
  {
    name: 'exit codes: every known failure exits 2, like bad input',
    file: 'src/cli/main.ts',
    from: 'return err instanceof ConfigError ? 2 : 1;',
    to: "return describeError(err).kind !== 'bug' ? 2 : 1;",
    build: true,
    tests: ['test/cli/cli.test.ts'],
  },
  {
    name: 'round two: state files read through symbolic links',
    file: 'src/engine/state.ts',
    from: 'handle = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW);',
    to: 'handle = await open(path, constants.O_RDONLY);',
    tests: ['test/hostile/state-files.test.ts'],
  },
  {
    name: 'round two: paths from state trusted outside the state folder',
    file: 'src/engine/state.ts',
    from: "if (!rel || rel.startsWith('..') || isAbsolute(rel)) throw damagedState(stateFile, `names ${field} outside ${dir}`);",
    to: 'if (!rel) throw damagedState(stateFile, `names ${field} outside ${dir}`);',
    tests: ['test/hostile/state-files.test.ts'],
  },
  {
    name: 'round two: a flag of another command accepted',
    file: 'src/cli/main.ts',
    from: '    checkFlagsOf(command, values);',
    to: '',
    build: true,
    tests: ['test/cli/day-two.test.ts'],
  },
  {
    name: 'round two: the endpoint lock never waits',
    file: 'src/engine/endpoint-lock.ts',
    from: "      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;",
    to: "      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;\n      break;",
    build: true,
    tests: ['test/cli/day-two.test.ts'],
  },
  {
    name: 'round two: a federated app signs in with any subject',
    file: 'src/emulator/entra.ts',
    from: '    if (!app.subjects.includes(subject)) {',
    to: '    if (false) {',
    tests: ['test/workflows/run-promote.test.ts'],
  },
  {
    name: 'mapping: GiB converted with 1000 instead of 1024 for Kubernetes',
    file: 'src/config/v1.ts',
    from: 'Math.ceil(value * 1024)',
    to: 'Math.ceil(value * 1000)',
    tests: ['test/unit/mapping.test.ts'],
  },
];

const only = process.argv[2];
const results = [];
let restore;
process.on('SIGINT', () => {
  restore?.();
  process.exit(130);
});
for (const m of MUTATIONS.filter((x) => !only || x.name.includes(only))) {
  const path = join(root, m.file);
  const original = readFileSync(path, 'utf8');
  const at = original.split(m.from).length - 1;
  if (at !== 1) {
    results.push({ name: m.name, outcome: `not applied (found ${at} times)` });
    continue;
  }
  const build = () => m.build && spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'ignore' });
  restore = () => {
    writeFileSync(path, original);
    build();
  };
  writeFileSync(path, original.replace(m.from, m.to));
  build();
  const started = Date.now();
  try {
    const run = spawnSync(process.execPath, [join(root, 'node_modules/vitest/vitest.mjs'), 'run', ...m.tests], {
      cwd: root,
      encoding: 'utf8',
      timeout: 600_000,
    });
    results.push({ name: m.name, outcome: run.status === 0 ? 'SURVIVED' : 'killed', seconds: Math.round((Date.now() - started) / 1000) });
  } finally {
    restore();
    restore = undefined;
  }
  console.log(`${results.at(-1).outcome.padEnd(9)} ${m.name}`);
}
const killed = results.filter((r) => r.outcome === 'killed').length;
console.log(`\nmutation score: ${killed} of ${results.length} killed`);
process.exit(results.every((r) => r.outcome === 'killed') ? 0 : 1);
