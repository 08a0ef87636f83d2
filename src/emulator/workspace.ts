type Json = Record<string, any>;

/**
 * The api-versions of Azure ML's control plane that Microsoft's SDK (azure-ai-ml's generated REST
 * clients), `az ml` and the recordings of real Azure use, plus the one mlship sends. The emulator
 * accepts them all and checks bodies against the vendored description (the newest), which every
 * one of them is a subset of for the operations mlship and the SDK call here.
 */
export const ACCEPTED_API_VERSIONS = [
  '2021-10-01',
  '2022-01-01-preview',
  '2022-02-01-preview',
  '2022-05-01',
  '2022-06-01-preview',
  '2022-10-01',
  '2022-10-01-preview',
  '2022-12-01-preview',
  '2023-02-01-preview',
  '2023-04-01',
  '2023-04-01-preview',
  '2023-06-01-preview',
  '2023-08-01-preview',
  '2023-10-01',
  '2024-01-01-preview',
  '2024-04-01',
  '2024-04-01-preview',
  '2024-07-01-preview',
  '2024-10-01',
  '2024-10-01-preview',
  '2025-01-01-preview',
  '2025-04-01-preview',
  '2025-06-01',
  '2025-07-01-preview',
  '2025-09-01',
  '2025-10-01-preview',
  '2025-12-01',
  '2026-01-15-preview',
  '2026-07-01',
];

/** ARM's answer to an api-version the resource provider does not have (its own wording). */
export function unsupportedApiVersion(version: string, location: string): { code: string; message: string } {
  return {
    code: 'NoRegisteredProviderFound',
    message: `No registered resource provider found for location '${location}' and API version '${version}' for type 'workspaces'. The supported api-versions are '${ACCEPTED_API_VERSIONS.join(', ')}'. The supported locations are '${location}'.`,
  };
}

export interface WorkspaceFacts {
  id: string;
  name: string;
  location: string;
  /** The workspace's GUID (`workspaceId`), which Azure also puts in operation ids. */
  guid: string;
  tenantId: string;
  storageAccount: string;
  identityDatastores: boolean;
}

/** GET of the workspace, shaped like the recorded answer (2024-10-01-preview). */
export function workspaceResource(w: WorkspaceFacts): Json {
  const [, subscriptionId, resourceGroup] = /subscriptions\/([^/]+)\/resourceGroups\/([^/]+)/i.exec(w.id)!;
  const group = `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroup}/providers`;
  return {
    id: w.id,
    name: w.name,
    type: 'Microsoft.MachineLearningServices/workspaces',
    location: w.location,
    tags: {},
    etag: null,
    kind: 'Default',
    sku: { name: 'Basic', tier: 'Basic' },
    identity: { type: 'SystemAssigned', principalId: '00000000-0000-0000-0000-000000000000', tenantId: w.tenantId },
    properties: {
      friendlyName: w.name,
      description: '',
      storageAccount: `${group}/Microsoft.Storage/storageAccounts/${w.storageAccount}`,
      keyVault: `${group}/Microsoft.Keyvault/vaults/kv-mlship-emulator`,
      applicationInsights: `${group}/Microsoft.insights/components/ai-mlship-emulator`,
      containerRegistry: `${group}/Microsoft.ContainerRegistry/registries/acrmlshipemulator`,
      hbiWorkspace: false,
      tenantId: w.tenantId,
      imageBuildCompute: null,
      provisioningState: 'Succeeded',
      v1LegacyMode: false,
      softDeleteEnabled: false,
      storageHnsEnabled: false,
      workspaceId: w.guid,
      privateLinkCount: 0,
      publicNetworkAccess: 'Enabled',
      ipAllowlist: [],
      discoveryUrl: `https://${w.location}.api.azureml.ms/discovery`,
      mlFlowTrackingUri: `azureml://${w.location}.api.azureml.ms/mlflow/v1.0${w.id}`,
      enableDataIsolation: false,
      systemDatastoresAuthMode: w.identityDatastores ? 'identity' : 'accessKey',
      // The rest of the recorded answer, with this workspace's values.
      creationTime: '2026-01-01T00:00:00.0000000Z',
      managedNetwork: { changeableIsolationModes: ['AllowInternetOutbound', 'AllowOnlyApprovedOutbound'], isolationMode: 'Disabled' },
      notebookInfo: {
        resourceId: w.guid.replace(/-/g, ''),
        fqdn: `ml-mlship-emulator-${w.location}-${w.guid}.${w.location}.notebooks.azure.net`,
        isPrivateLinkEnabled: false,
        notebookPreparationError: null,
      },
      linkedModelInventoryArmId: null,
      serverlessComputeSettings: null,
      EnableSoftwareBillOfMaterials: false,
      sdkTelemetryAppInsightsKey: '00000000-0000-0000-0000-000000000000',
      sasGetterUri: '',
      allowRoleAssignmentOnRG: true,
      enableServiceSideCMKEncryption: false,
    },
    systemData: {
      createdAt: '2026-01-01T00:00:00Z',
      createdBy: 'mlship-emulator',
      createdByType: 'Application',
      lastModifiedAt: '2026-01-01T00:00:00Z',
      lastModifiedBy: 'mlship-emulator',
      lastModifiedByType: 'Application',
    },
  };
}

/** `workspaceblobstore`, with an account key, or with no credentials (identity-based access). */
export function workspaceBlobStore(w: WorkspaceFacts, blob: URL | undefined, container: string): Json {
  const [, subscriptionId, resourceGroup] = /subscriptions\/([^/]+)\/resourceGroups\/([^/]+)/i.exec(w.id)!;
  return {
    name: 'workspaceblobstore',
    type: 'Microsoft.MachineLearningServices/workspaces/datastores',
    properties: {
      description: null,
      tags: null,
      properties: null,
      isDefault: true,
      credentials: { credentialsType: w.identityDatastores ? 'None' : 'AccountKey' },
      subscriptionId,
      resourceGroup,
      datastoreType: 'AzureBlob',
      accountName: w.storageAccount,
      containerName: container,
      endpoint: blob ? blob.host : 'core.windows.net',
      protocol: blob ? blob.protocol.replace(':', '') : 'https',
      serviceDataAccessAuthIdentity: w.identityDatastores ? 'WorkspaceSystemAssignedIdentity' : 'None',
    },
  };
}
