/** Bytes for people: `512 B`, `1.5 KiB`, `3.2 MiB`. */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return unit === 0 ? `${bytes} B` : `${value.toFixed(1)} ${units[unit]}`;
}

/** Shortens text for outputs and summaries, saying how much was cut. */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length - max} more characters)`;
}

/**
 * Text from a user's file, a score.py log or Azure, made safe to print on a runner: a line that the
 * runner would read as a workflow command (`::name::`, or the legacy `##[name]`, after any leading
 * whitespace) gets a space inside its marker, and control characters other than newline and tab are
 * shown as `\xNN`, so neither the runner nor a terminal acts on them.
 * The runner trims leading whitespace before matching commands (actions/runner ActionCommand.TryParseV2).
 */
export function neutralise(text: string): string {
  return text
    .replace(/\r\n/g, '\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f\u0085\u2028\u2029]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)
    .split('\n')
    .map((line) => line.replace(/^(\s*)(::|##\[)/, (_m, space: string, marker: string) => `${space}${marker === '::' ? ': :' : '# #['}`))
    .join('\n');
}

/** An hourly cost: "0.586 USD/hour", "2.34 USD/hour". */
export function formatCost(amount: number, currency: string): string {
  return `${amount < 1 ? amount.toFixed(3) : amount.toFixed(2)} ${currency}/hour`;
}
