/** The traffic map without one deployment, its share given to the largest remaining one. */
export function withoutDeployment(traffic: Record<string, number>, name: string): Record<string, number> {
  const rest = Object.fromEntries(Object.entries(traffic).filter(([n]) => n !== name));
  const heir = Object.entries(rest).sort((a, b) => b[1] - a[1])[0]?.[0];
  if (heir) rest[heir] = (rest[heir] ?? 0) + (traffic[name] ?? 0);
  return rest;
}

/**
 * The traffic map with `name` at `share` percent and the other deployments scaled to share the
 * rest in their current proportions (integers, summing to 100). With no other deployment taking
 * traffic, `name` takes it all: an endpoint's traffic adds up to 100 or to nothing.
 */
export function withShare(traffic: Record<string, number>, name: string, share: number): Record<string, number> {
  const others = Object.entries(traffic).filter(([n, s]) => n !== name && s > 0);
  const othersTotal = others.reduce((sum, [, s]) => sum + s, 0);
  if (othersTotal === 0) return { ...Object.fromEntries(Object.keys(traffic).map((n) => [n, 0])), [name]: 100 };
  const rest = 100 - share;
  const exact = others.map(([n, s]) => [n, (s / othersTotal) * rest] as const);
  const result: Record<string, number> = { ...Object.fromEntries(Object.keys(traffic).map((n) => [n, 0])), [name]: share };
  for (const [n, value] of exact) result[n] = Math.floor(value);
  // Largest remainders get the leftover points, so the map sums to exactly 100.
  let left = rest - exact.reduce((sum, [, v]) => sum + Math.floor(v), 0);
  for (const [n] of [...exact].sort((a, b) => (b[1] % 1) - (a[1] % 1))) {
    if (left-- <= 0) break;
    result[n]! += 1;
  }
  return result;
}

/** `10%`, `10` or `100%` → 10, 100. @throws when it is not a whole percentage from 0 to 100. */
export function parseShare(text: string, field = 'traffic'): number {
  const match = /^\s*(\d{1,3})\s*%?\s*$/.exec(text);
  const share = match ? Number(match[1]) : Number.NaN;
  if (!(share >= 0 && share <= 100)) throw new Error(`${field}: "${text}" is not a share of traffic; write a whole percentage such as 10% or 100%`);
  return share;
}
