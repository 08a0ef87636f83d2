import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Stops every scoring server recorded under a state folder: tests leave no process behind. */
export function killServers(home: string): void {
  const dir = join(home, 'endpoints');
  if (!existsSync(dir)) return;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json') && !f.endsWith('.keys.json'))) {
    const endpoint = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { deployments: Record<string, { pid: number }> };
    for (const d of Object.values(endpoint.deployments)) {
      try {
        process.kill(-d.pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }
  }
}
