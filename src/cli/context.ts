import { resolveAzureSettings } from '../azure/settings.js';
import type { EngineContext } from '../engine/context.js';
import type { TargetName } from '../engine/spec.js';
import type { Target } from '../engine/target.js';
import { createTarget } from '../targets/index.js';
import type { CliValues } from './args.js';
import type { CliIo } from './io.js';

/** Where a command's result goes: stdout, as text or (with --json) as one JSON document. */
export interface CliOutput {
  json: boolean;
  /** The result: `human` as text, or `data` as JSON. Masked like every other line. */
  result(human: string, data: unknown): void;
  /** A result the user asked for by name that holds secrets (`keys`): unmasked. */
  secretResult(human: string, data: unknown): void;
}

export type CliContext = EngineContext & { io: CliIo; out: CliOutput };

/** The target a command works on; Azure settings come from flags, else the environment. */
export function cliTarget(name: TargetName, ctx: CliContext, values: CliValues): Promise<Target> {
  return createTarget(name, ctx, () =>
    resolveAzureSettings(
      { subscriptionId: values['subscription-id'], resourceGroup: values['resource-group'], workspace: values.workspace, location: values.location },
      ctx.io.env,
    ),
  );
}
