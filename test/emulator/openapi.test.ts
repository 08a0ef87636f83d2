import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OpenApiSpec } from '../../src/emulator/openapi.js';
import { ROOT } from '../helpers/run-action.js';

const SPEC_ROOT = join(ROOT, 'vendor/azure-ml-api');
const spec = new OpenApiSpec(SPEC_ROOT);
const EX = 'specification/machinelearningservices/resource-manager/Microsoft.MachineLearningServices/stable/2025-12-01/examples';
const EX_WS = 'specification/machinelearningservices/resource-manager/Microsoft.MachineLearningServices/MachineLearningServices/stable/2025-12-01/examples';

// Microsoft's official examples, each with the operation it illustrates.
const EXAMPLES: [string, string][] = [
  [`${EX}/Workspace/OnlineEndpoint/createOrUpdate.json`, 'OnlineEndpoints_CreateOrUpdate'],
  [`${EX}/Workspace/OnlineEndpoint/get.json`, 'OnlineEndpoints_Get'],
  [`${EX}/Workspace/OnlineEndpoint/delete.json`, 'OnlineEndpoints_Delete'],
  [`${EX}/Workspace/OnlineEndpoint/getToken.json`, 'OnlineEndpoints_GetToken'],
  [`${EX_WS}/Workspace/OnlineEndpoint/regenerateKeys.json`, 'OnlineEndpoints_RegenerateKeys'],
  [`${EX}/OnlineDeployment/ManagedOnlineDeployment/createOrUpdate.json`, 'OnlineDeployments_CreateOrUpdate'],
  [`${EX}/OnlineDeployment/ManagedOnlineDeployment/get.json`, 'OnlineDeployments_Get'],
  [`${EX}/OnlineDeployment/getLogs.json`, 'OnlineDeployments_GetLogs'],
  [`${EX}/Workspace/ModelVersion/createOrUpdate.json`, 'ModelVersions_CreateOrUpdate'],
  [`${EX}/Workspace/EnvironmentVersion/createOrUpdate.json`, 'EnvironmentVersions_CreateOrUpdate'],
  [`${EX}/Workspace/CodeVersion/createOrGetStartPendingUpload.json`, 'CodeVersions_CreateOrGetStartPendingUpload'],
  [`${EX}/Compute/createOrUpdate/KubernetesCompute.json`, 'Compute_CreateOrUpdate'],
  [`${EX}/Datastore/get.json`, 'Datastores_Get'],
  [`${EX}/Datastore/listSecrets.json`, 'Datastores_ListSecrets'],
];

describe('the OpenAPI description, compiled', () => {
  it.each(EXAMPLES)('accepts the official example %s (request and every response)', (file, operationId) => {
    const example = JSON.parse(readFileSync(join(SPEC_ROOT, file), 'utf8')) as {
      parameters: Record<string, unknown>;
      responses: Record<string, { body?: unknown }>;
    };
    const { 'api-version': _version, ...params } = example.parameters;
    const op = spec.operationById(operationId, Object.fromEntries(Object.entries(params).filter(([, v]) => typeof v === 'string')) as Record<string, string>);
    const bodyParam = (op.operation.parameters as { in?: string; name?: string }[]).find((p) => p.in === 'body')?.name;
    const problems = spec.validateRequest(op, new URLSearchParams({ 'api-version': spec.apiVersion }), bodyParam ? example.parameters[bodyParam] : undefined);
    expect(problems).toEqual([]);
    for (const [status, response] of Object.entries(example.responses)) {
      const schema = spec.responseSchema(op, Number(status));
      if (schema && response.body !== undefined) expect(spec.validate(schema, response.body), `${status}`).toEqual([]);
    }
  });

  it('matches ARM paths case-insensitively and extracts the parameters', () => {
    const op = spec.match('PUT', '/subscriptions/s/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/ws1/onlineendpoints/my-ep');
    expect(op?.operationId).toBe('OnlineEndpoints_CreateOrUpdate');
    expect(op?.pathParams).toMatchObject({ workspaceName: 'ws1', endpointName: 'my-ep' });
    expect(spec.match('PATCH', '/subscriptions/s/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/ws1/models/m')).toBeUndefined();
  });

  it('refuses a deployment missing what its subtype requires and a wrong enum; checks every api-version against the newest description', () => {
    const op = spec.match(
      'PUT',
      '/subscriptions/s/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/ws1/onlineEndpoints/ep/deployments/blue',
    )!;
    const query = new URLSearchParams({ 'api-version': spec.apiVersion });
    expect(
      spec.validateRequest(op, query, { location: 'westeurope', properties: { endpointComputeType: 'Managed', scaleSettings: { scaleType: 'Default' } } }),
    ).toEqual([]);
    const badEnum = spec.validateRequest(op, query, { location: 'westeurope', properties: { endpointComputeType: 'Serverless' } });
    expect(badEnum.join('\n')).toContain('endpointComputeType');
    const badScale = spec.validateRequest(op, query, {
      location: 'westeurope',
      properties: { endpointComputeType: 'Managed', scaleSettings: { scaleType: 'TargetUtilization', minInstances: 'one' } },
    });
    expect(badScale.join('\n')).toContain('minInstances');
    // Which versions Azure has is the server's check (NoRegisteredProviderFound); bodies of older ones are held to this description.
    const older = spec.validateRequest(op, new URLSearchParams({ 'api-version': '2022-10-01' }), {
      location: 'x',
      properties: { endpointComputeType: 'Managed' },
    });
    expect(older).toEqual([]);
    expect(spec.validateRequest(op, query, undefined)).toContain('the request body is required');
  });
});
