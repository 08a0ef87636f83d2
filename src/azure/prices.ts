import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { dataPlaneRequest } from './data-plane.js';

/**
 * What an instance type costs an hour, from Azure's public Retail Prices API
 * (https://prices.azure.com/api/retail/prices, no sign-in; Microsoft Learn, "Azure Retail Prices
 * REST API"): the pay-as-you-go Linux price of the VM size in the region (Windows, Spot and Low
 * Priority meters left out). Managed online endpoints are billed by the VM hours they run, so
 * instances × this price is the estimate. The API covers the public cloud: against another ARM
 * endpoint (a sovereign cloud, the emulator) only MLSHIP_PRICES_URL is asked. Never a failure: an
 * unreachable or unknown price is undefined. Answers are cached in the state folder for the run's
 * steps (six hours).
 */

export interface HourlyPrice {
  /** Per instance and hour. */
  price: number;
  currency: string;
  sku: string;
  region: string;
}

const PUBLIC_PRICES = 'https://prices.azure.com/api/retail/prices';
const CACHE_MS = 6 * 3_600_000;

interface PriceItem {
  retailPrice?: number;
  currencyCode?: string;
  unitOfMeasure?: string;
  productName?: string;
  skuName?: string;
  meterName?: string;
  type?: string;
}

/** Where prices are asked for: MLSHIP_PRICES_URL, else Azure's public API when mlship talks to public ARM, else nowhere. */
export function pricesUrl(armEndpoint: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.MLSHIP_PRICES_URL) return env.MLSHIP_PRICES_URL;
  return /^https:\/\/management\.azure\.com\/?$/i.test(armEndpoint) ? PUBLIC_PRICES : undefined;
}

export async function hourlyPrice(options: { sku: string; region: string; url?: string; home: string; timeoutMs?: number }): Promise<HourlyPrice | undefined> {
  const { sku, region, url } = options;
  // Only names go into the filter: a SKU or region that is not one is not asked about.
  if (!url || !/^[A-Za-z0-9_]{1,64}$/.test(sku) || !/^[a-z0-9]{1,40}$/i.test(region)) return undefined;
  const cache = join(options.home, 'prices', `${region.toLowerCase()}-${sku.toLowerCase()}.json`);
  const cached = await readFile(cache, 'utf8')
    .then((text) => JSON.parse(text) as HourlyPrice & { at: number })
    .catch(() => undefined);
  if (cached && Date.now() - cached.at < CACHE_MS && typeof cached.price === 'number') return { price: cached.price, currency: cached.currency, sku, region };
  const filter = `serviceName eq 'Virtual Machines' and armRegionName eq '${region.toLowerCase()}' and armSkuName eq '${sku}' and priceType eq 'Consumption'`;
  try {
    const answer = await dataPlaneRequest({
      url: `${url}?${new URLSearchParams({ $filter: filter }).toString()}`,
      method: 'GET',
      headers: { Accept: 'application/json' },
      timeoutMs: options.timeoutMs ?? 5000,
    });
    if (answer.status !== 200) return undefined;
    const items = ((JSON.parse(answer.body) as { Items?: PriceItem[] }).Items ?? []).filter(
      (i) =>
        typeof i.retailPrice === 'number' &&
        i.unitOfMeasure === '1 Hour' &&
        !/windows/i.test(i.productName ?? '') &&
        !/spot|low priority/i.test(`${i.skuName ?? ''} ${i.meterName ?? ''}`),
    );
    if (!items.length) return undefined;
    const cheapest = items.reduce((a, b) => (b.retailPrice! < a.retailPrice! ? b : a));
    const found = { price: cheapest.retailPrice!, currency: cheapest.currencyCode ?? 'USD', sku, region };
    await mkdir(join(options.home, 'prices'), { recursive: true });
    await writeFile(cache, JSON.stringify({ ...found, at: Date.now() })).catch(() => undefined);
    return found;
  } catch {
    return undefined;
  }
}
