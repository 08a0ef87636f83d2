import type { Reply } from './http.js';
import type { Faults } from './handler.js';

/**
 * A region's VM sizes and the subscription's quota in it, as VirtualMachineSizes_List and
 * Usages_List of Microsoft.MachineLearningServices answer (`locations/{location}/vmSizes`,
 * `/usages`): each size with its family and vCPUs, each family's dedicated vCPUs used and allowed.
 * Not in the vendored OpenAPI subset: the emulator answers them as its own routes, with the fields
 * mlship reads (the shapes of `VirtualMachineSize` and `Usage` in the 2026-07-01 description).
 */

export interface VmSize {
  name: string;
  family: string;
  vCPUs: number;
  memoryGB: number;
}

/** Managed online endpoint sizes a region commonly offers (Azure ML's managed online endpoints SKU list). */
export const DEFAULT_VM_SIZES: VmSize[] = [
  { name: 'Standard_DS1_v2', family: 'standardDSv2Family', vCPUs: 1, memoryGB: 3.5 },
  { name: 'Standard_DS2_v2', family: 'standardDSv2Family', vCPUs: 2, memoryGB: 7 },
  { name: 'Standard_DS3_v2', family: 'standardDSv2Family', vCPUs: 4, memoryGB: 14 },
  { name: 'Standard_DS4_v2', family: 'standardDSv2Family', vCPUs: 8, memoryGB: 28 },
  { name: 'Standard_DS5_v2', family: 'standardDSv2Family', vCPUs: 16, memoryGB: 56 },
  { name: 'Standard_F2s_v2', family: 'standardFSv2Family', vCPUs: 2, memoryGB: 4 },
  { name: 'Standard_F4s_v2', family: 'standardFSv2Family', vCPUs: 4, memoryGB: 8 },
  { name: 'Standard_F8s_v2', family: 'standardFSv2Family', vCPUs: 8, memoryGB: 16 },
  { name: 'Standard_F16s_v2', family: 'standardFSv2Family', vCPUs: 16, memoryGB: 32 },
  { name: 'Standard_E16s_v3', family: 'standardESv3Family', vCPUs: 16, memoryGB: 128 },
];

const DEFAULT_LIMIT = 100;

export function locationRead(options: { subscriptionId: string; location: string; kind: string; sizes: VmSize[]; faults: Faults }): Reply {
  const { subscriptionId, location, kind, sizes, faults } = options;
  if (kind.toLowerCase() === 'vmsizes')
    return {
      status: 200,
      body: {
        value: sizes.map((s) => ({ ...s, gpus: 0, lowPriorityCapable: true, premiumIO: true, supportedComputeTypes: ['ComputeInstance', 'AmlCompute'] })),
      },
    };
  const families = [...new Set([...sizes.map((s) => s.family), ...Object.keys(faults.quotaUsage ?? {})])];
  return {
    status: 200,
    body: {
      value: families.map((family) => {
        const usage = faults.quotaUsage?.[family] ?? { currentValue: 0, limit: DEFAULT_LIMIT };
        return {
          id: `/subscriptions/${subscriptionId}/providers/Microsoft.MachineLearningServices/vmFamily/${family}/usages`,
          amlWorkspaceLocation: location,
          type: 'Microsoft.MachineLearningServices/vmFamily/usages',
          unit: 'Count',
          currentValue: usage.currentValue,
          limit: usage.limit,
          name: { value: family, localizedValue: `${family} Cluster Dedicated vCPUs` },
        };
      }),
    },
  };
}
