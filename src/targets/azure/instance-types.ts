/**
 * Managed online endpoint instance types, cheapest first, with vCPUs and memory (GiB), from
 * Azure ML's "Managed online endpoints SKU list". A v1 ACI request (cpu, memoryInGB) maps to the
 * first that fits; the `instance-type` input overrides.
 */
export const MANAGED_INSTANCE_TYPES: readonly { name: string; cpu: number; memoryGb: number }[] = [
  { name: 'Standard_DS1_v2', cpu: 1, memoryGb: 3.5 },
  { name: 'Standard_F2s_v2', cpu: 2, memoryGb: 4 },
  { name: 'Standard_DS2_v2', cpu: 2, memoryGb: 7 },
  { name: 'Standard_F4s_v2', cpu: 4, memoryGb: 8 },
  { name: 'Standard_DS3_v2', cpu: 4, memoryGb: 14 },
  { name: 'Standard_F8s_v2', cpu: 8, memoryGb: 16 },
  { name: 'Standard_DS4_v2', cpu: 8, memoryGb: 28 },
  { name: 'Standard_F16s_v2', cpu: 16, memoryGb: 32 },
  { name: 'Standard_DS5_v2', cpu: 16, memoryGb: 56 },
  { name: 'Standard_E16s_v3', cpu: 16, memoryGb: 128 },
];

/** The smallest managed instance type with at least `cpu` vCPUs and `memoryGb` GiB. */
export function instanceTypeFor(cpu = 0.1, memoryGb = 0.5): string | undefined {
  return MANAGED_INSTANCE_TYPES.find((t) => t.cpu >= cpu && t.memoryGb >= memoryGb)?.name;
}

/**
 * ISO 8601 duration from milliseconds, as ARM wants timeouts (`PT1M30S`, `PT0.5S`): exact to the
 * millisecond (ARM reads them as .NET TimeSpans, which take fractional seconds), never rounded.
 */
export function isoDuration(ms: number): string {
  const whole = Math.round(ms);
  const h = Math.floor(whole / 3_600_000);
  const m = Math.floor((whole % 3_600_000) / 60_000);
  const millis = whole % 60_000;
  const seconds = millis % 1000 ? (millis / 1000).toFixed(3).replace(/0+$/, '') : String(millis / 1000);
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${millis || (!h && !m) ? `${seconds}S` : ''}`;
}
