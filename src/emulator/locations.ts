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
  /** The emulator's pay-as-you-go Linux price per hour (USD), for its retail prices route: plausible figures, not Azure's. */
  price: number;
}

/** Managed online endpoint sizes a region commonly offers (Azure ML's managed online endpoints SKU list). */
export const DEFAULT_VM_SIZES: VmSize[] = [
  { name: 'Standard_DS1_v2', family: 'standardDSv2Family', vCPUs: 1, memoryGB: 3.5, price: 0.073 },
  { name: 'Standard_DS2_v2', family: 'standardDSv2Family', vCPUs: 2, memoryGB: 7, price: 0.146 },
  { name: 'Standard_DS3_v2', family: 'standardDSv2Family', vCPUs: 4, memoryGB: 14, price: 0.293 },
  { name: 'Standard_DS4_v2', family: 'standardDSv2Family', vCPUs: 8, memoryGB: 28, price: 0.585 },
  { name: 'Standard_DS5_v2', family: 'standardDSv2Family', vCPUs: 16, memoryGB: 56, price: 1.17 },
  { name: 'Standard_F2s_v2', family: 'standardFSv2Family', vCPUs: 2, memoryGB: 4, price: 0.096 },
  { name: 'Standard_F4s_v2', family: 'standardFSv2Family', vCPUs: 4, memoryGB: 8, price: 0.192 },
  { name: 'Standard_F8s_v2', family: 'standardFSv2Family', vCPUs: 8, memoryGB: 16, price: 0.383 },
  { name: 'Standard_F16s_v2', family: 'standardFSv2Family', vCPUs: 16, memoryGB: 32, price: 0.766 },
  { name: 'Standard_E16s_v3', family: 'standardESv3Family', vCPUs: 16, memoryGB: 128, price: 1.216 },
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

/**
 * Azure's Retail Prices API (https://prices.azure.com/api/retail/prices, anonymous), for the VM
 * sizes above: the `$filter` mlship sends (serviceName, armRegionName, armSkuName, priceType)
 * answered with the item shape the API documents, a Windows and a Spot meter beside the Linux
 * one, as the real list has them.
 */
export function retailPrices(query: URLSearchParams, sizes: VmSize[]): Reply {
  const filter = query.get('$filter') ?? '';
  const field = (name: string) => new RegExp(`${name} eq '([^']*)'`, 'i').exec(filter)?.[1];
  const sku = field('armSkuName');
  const region = field('armRegionName');
  const size = sizes.find((s) => s.name.toLowerCase() === sku?.toLowerCase());
  const base = {
    currencyCode: 'USD',
    armRegionName: region,
    armSkuName: size?.name,
    serviceName: 'Virtual Machines',
    unitOfMeasure: '1 Hour',
    type: 'Consumption',
  };
  const items = size
    ? [
        {
          ...base,
          retailPrice: Number((size.price * 1.9).toFixed(3)),
          productName: `Virtual Machines ${size.family} Series Windows`,
          skuName: size.name.replace('Standard_', ''),
        },
        {
          ...base,
          retailPrice: Number((size.price * 0.2).toFixed(3)),
          productName: `Virtual Machines ${size.family} Series`,
          skuName: `${size.name.replace('Standard_', '')} Spot`,
        },
        { ...base, retailPrice: size.price, productName: `Virtual Machines ${size.family} Series`, skuName: size.name.replace('Standard_', '') },
      ]
    : [];
  return {
    status: 200,
    body: { BillingCurrency: 'USD', CustomerEntityId: 'Default', CustomerEntityType: 'Retail', Items: items, NextPageLink: null, Count: items.length },
  };
}
