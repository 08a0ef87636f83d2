import { ConfigError } from './errors.js';

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** The longest duration mlship accepts: a week (GitHub ends a job after 6 hours, a self-hosted one after 5 days). */
export const MAX_DURATION_MS = 7 * 86_400_000;

/**
 * Parses a duration with units (`90s`, `10m`, `1h30m`, `500ms`, `3d`) into milliseconds.
 * A bare number is refused: `10` could mean seconds or minutes, and guessing wrong is costly.
 * @throws ConfigError naming `field` when the text is not a positive duration of at most `maxMs`.
 */
export function parseDuration(text: string, field = 'timeout', maxMs = MAX_DURATION_MS): number {
  if (text.length > 64)
    throw new ConfigError(
      `${field}: ${JSON.stringify(text.slice(0, 24))}… (${text.length} characters) is not a duration. Use a number with a unit: 30s, 10m, 1h30m, 3d.`,
    );
  const trimmed = text.trim();
  const part = /(\d+(?:\.\d+)?)(ms|s|m|h|d)/gy;
  let total = 0;
  let consumed = 0;
  for (let match = part.exec(trimmed); match; match = part.exec(trimmed)) {
    total += Number(match[1]) * UNIT_MS[match[2]!]!;
    consumed = part.lastIndex;
  }
  if (trimmed === '' || consumed !== trimmed.length) {
    throw new ConfigError(`${field}: ${JSON.stringify(text).slice(0, 40)} is not a duration. Use a number with a unit: 30s, 10m, 1h30m, 3d.`);
  }
  if (total <= 0) throw new ConfigError(`${field}: ${JSON.stringify(text)} is no time at all; give a duration above zero, such as 30s or 10m.`);
  if (!(total <= maxMs))
    throw new ConfigError(
      `${field}: ${JSON.stringify(text)} is longer than mlship waits (at most ${formatDuration(maxMs)}); give a shorter duration, such as 30m or 2h.`,
    );
  return Math.round(total);
}

/** Formats milliseconds for people: `850ms`, `12.3s`, `4m05s`. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)}ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)}s`;
  if (ms >= 86_400_000 && ms % 86_400_000 === 0) return `${ms / 86_400_000}d`;
  const minutes = Math.floor(ms / 60_000);
  const seconds = Math.round((ms % 60_000) / 1000);
  return `${minutes}m${String(seconds).padStart(2, '0')}s`;
}
