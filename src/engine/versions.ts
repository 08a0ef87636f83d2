/**
 * The largest version number among `versions` (0 when none; a version that is not a number counts
 * as 0). A loop, not a spread: a model may have more versions than a call takes arguments.
 */
export function highestVersion(versions: Iterable<string>): number {
  let highest = 0;
  for (const version of versions) highest = Math.max(highest, Number(version) || 0);
  return highest;
}
