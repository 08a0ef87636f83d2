/** The traffic map without one deployment, its share given to the largest remaining one. */
export function withoutDeployment(traffic: Record<string, number>, name: string): Record<string, number> {
  const rest = Object.fromEntries(Object.entries(traffic).filter(([n]) => n !== name));
  const heir = Object.entries(rest).sort((a, b) => b[1] - a[1])[0]?.[0];
  if (heir) rest[heir] = (rest[heir] ?? 0) + (traffic[name] ?? 0);
  return rest;
}
