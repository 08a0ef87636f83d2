import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { ConfigError, NotFoundError } from '../engine/errors.js';
import { targetOfEndpoint } from '../engine/known-endpoints.js';
import type { LogContainer } from '../engine/target.js';
import { deploymentOf, endpointOf, linesOf, targetOf, type CliValues } from './args.js';
import { cliTarget, type CliContext } from './context.js';

const CONTAINERS: readonly LogContainer[] = ['inference-server', 'storage-initializer'];

/**
 * `mlship logs`: a deployment's log (the deployment that takes most traffic unless one is named).
 * `--follow` keeps printing what the scoring server writes, where the target has a file to follow
 * (local): Azure's getLogs answers with the last lines, not a stream.
 */
export async function runLogs(ctx: CliContext, values: CliValues): Promise<number> {
  const endpoint = endpointOf(values, 'logs');
  const lines = linesOf(values);
  const container = values.container as LogContainer | undefined;
  if (container !== undefined && !CONTAINERS.includes(container))
    throw new ConfigError(`--container ${container}: use inference-server or storage-initializer`);
  const given = deploymentOf(values);
  const target = await cliTarget(await targetOfEndpoint(ctx.home, endpoint, targetOf(values), '--target'), ctx, values);
  if (values.follow && values.json) throw new ConfigError('--follow prints the log as it grows; it does not combine with --json');
  if (values.follow && !target.logFile)
    throw new ConfigError(`--follow: the ${target.name} target keeps no log to follow (Azure answers with the last lines); run mlship logs again instead`);
  const observed = await target.describe(endpoint);
  if (!observed) throw new NotFoundError(`endpoint ${endpoint} does not exist on target ${target.name}`, endpoint);
  const deployment = given ?? busiest(observed.traffic) ?? observed.deployments[0]?.name;
  if (!deployment || !observed.deployments.some((d) => d.name === deployment))
    throw new NotFoundError(`endpoint ${endpoint} has no deployment ${deployment ?? ''}`.trimEnd(), endpoint);
  const text = await target.logs(endpoint, deployment, lines, container);
  ctx.out.result(text, { endpoint, deployment, container: container ?? null, logs: text });
  if (values.follow) await follow(ctx, (await target.logFile!(endpoint, deployment))!);
  return 0;
}

function busiest(traffic: Record<string, number>): string | undefined {
  let best: [string, number] | undefined;
  for (const entry of Object.entries(traffic)) if (entry[1] > 0 && (!best || entry[1] > best[1])) best = entry;
  return best?.[0];
}

/** Prints what is appended to `file` until Ctrl-C (or --timeout), never through a link. */
async function follow(ctx: CliContext, file: string): Promise<void> {
  const handle = await open(file, constants.O_RDONLY | constants.O_NOFOLLOW);
  let stopped = false;
  const stop = () => (stopped = true);
  process.once('SIGINT', stop);
  try {
    let offset = (await handle.stat()).size;
    let partial = '';
    while (!stopped && (ctx.deadline === undefined || ctx.clock.now() < ctx.deadline)) {
      const { size } = await handle.stat();
      if (size > offset) {
        const buffer = Buffer.alloc(Math.min(size - offset, 1024 * 1024));
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, offset);
        offset += bytesRead;
        const text = partial + buffer.subarray(0, bytesRead).toString('utf8');
        const cut = text.lastIndexOf('\n');
        partial = text.slice(cut + 1);
        if (cut >= 0) ctx.out.result(text.slice(0, cut), null);
      } else if (size < offset) offset = 0; // rotated or truncated: start again
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  } finally {
    process.removeListener('SIGINT', stop);
    await handle.close();
  }
}
