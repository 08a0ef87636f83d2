// Regenerates vendor/github-api/api.github.com.subset.json: the operations mlship calls, request
// side only (parameters and request bodies), copied unchanged from @octokit/openapi's dereferenced
// description of api.github.com. Run:
//   npm pack @octokit/openapi@23.0.2 && tar -xzf octokit-openapi-23.0.2.tgz && node scripts/extract-github-api.mjs package/generated/api.github.com.deref.json
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const OPERATIONS = [
  'issues/list-comments',
  'issues/create-comment',
  'issues/update-comment',
  'repos/create-deployment',
  'repos/list-deployments',
  'repos/create-deployment-status',
  'repos/list-deployment-statuses',
  'pulls/get',
];

const source = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const paths = {};
for (const [path, methods] of Object.entries(source.paths)) {
  for (const [method, op] of Object.entries(methods)) {
    if (!OPERATIONS.includes(op.operationId)) continue;
    paths[path] ??= {};
    paths[path][method] = { operationId: op.operationId, parameters: op.parameters, ...(op.requestBody ? { requestBody: op.requestBody } : {}) };
  }
}
const missing = OPERATIONS.filter((id) => !Object.values(paths).some((m) => Object.values(m).some((op) => op.operationId === id)));
if (missing.length) throw new Error(`not in the description: ${missing.join(', ')}`);
const subset = {
  openapi: source.openapi,
  info: {
    title: source.info.title,
    version: source.info.version,
    description: `Subset of @octokit/openapi ${source.info.version} generated/api.github.com.deref.json: the operations mlship calls, request side only, values copied unchanged.`,
  },
  paths,
};
const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'vendor', 'github-api', 'api.github.com.subset.json');
writeFileSync(out, `${JSON.stringify(subset, null, 2)}\n`);
console.log(`wrote ${Object.keys(paths).length} paths to ${out}`);
