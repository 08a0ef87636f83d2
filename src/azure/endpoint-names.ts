import { randomBytes } from 'node:crypto';
import { Resolver } from 'node:dns/promises';

/**
 * Whether a managed online endpoint name is free in a region, from public DNS. A managed online
 * endpoint answers at `https://<name>.<region>.inference.ml.azure.com/score` and its name must be
 * unique in the region (Microsoft Learn, how-to-deploy-online-endpoints: "The endpoint name must
 * be unique in the Azure region"), so a name that resolves is held, by this subscription or
 * another. A control name nobody holds is asked first: a zone that answers every name (a wildcard)
 * makes the check impossible, and it says so rather than refuse every name. The zone is the public
 * cloud's: against another ARM endpoint only MLSHIP_DNS_SERVER is asked.
 */

export type NameAnswer = { state: 'free' | 'taken' } | { state: 'unknown'; reason: string };

/** The DNS server to ask ("" for the system's), or undefined when the check does not apply. */
export function nameCheckServer(armEndpoint: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.MLSHIP_DNS_SERVER) return env.MLSHIP_DNS_SERVER;
  return /^https:\/\/management\.azure\.com\/?$/i.test(armEndpoint) ? '' : undefined;
}

export async function endpointNameInRegion(name: string, region: string, server: string): Promise<NameAnswer> {
  if (!/^[a-z][a-z0-9-]{1,30}[a-z0-9]$/i.test(name) || !/^[a-z0-9]{1,40}$/i.test(region))
    return { state: 'unknown', reason: 'not a name DNS can be asked about' };
  const resolver = new Resolver({ timeout: 2000, tries: 2 });
  if (server) resolver.setServers([server]);
  const resolves = async (host: string): Promise<boolean> => {
    try {
      return (await resolver.resolve4(host)).length > 0;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOTFOUND' || code === 'ENODATA') return false;
      throw err;
    }
  };
  const zone = `${region.toLowerCase()}.inference.ml.azure.com`;
  try {
    if (await resolves(`mlship-free-${randomBytes(6).toString('hex')}.${zone}`)) return { state: 'unknown', reason: `${zone} answers every name` };
    return { state: (await resolves(`${name.toLowerCase()}.${zone}`)) ? 'taken' : 'free' };
  } catch (err) {
    return { state: 'unknown', reason: `DNS did not answer (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})` };
  }
}
