import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface RecordedDeployment {
  server?: { pid: number };
  logFile: string;
}

/** A local deployment as the local target recorded it under a state folder. */
export function localDeployment(home: string, endpoint: string, deployment: string): RecordedDeployment {
  const record = JSON.parse(readFileSync(join(home, 'endpoints', `${endpoint}.json`), 'utf8')) as { deployments: Record<string, RecordedDeployment> };
  const found = record.deployments[deployment];
  if (!found) throw new Error(`no local deployment ${endpoint}/${deployment} under ${home}`);
  return found;
}

/**
 * Running scoring processes whose marker (`MLSHIP_SERVER_ID`, `<home>|<endpoint>|...` for the local
 * target, `<work folder>|<deployment folder>|...` for the emulator's deployments) starts with
 * `prefix`: found as teardown finds them, whatever was recorded.
 */
export function scoringProcesses(prefix: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    try {
      const environ = readFileSync(`/proc/${entry}/environ`, 'utf8');
      if (environ.split('\0').some((v) => v.startsWith(`MLSHIP_SERVER_ID=${prefix}`))) pids.push(Number(entry));
    } catch {
      /* gone, or not ours */
    }
  }
  return pids;
}

/** Stops every scoring server recorded under a state folder: tests leave no process behind. */
export function killServers(home: string): void {
  const dir = join(home, 'endpoints');
  if (!existsSync(dir)) return;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json') && !f.endsWith('.keys.json'))) {
    const endpoint = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { deployments: Record<string, RecordedDeployment> };
    for (const d of Object.values(endpoint.deployments)) {
      try {
        if (d.server) process.kill(-d.server.pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }
  }
}
