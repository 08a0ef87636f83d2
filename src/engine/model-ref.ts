import type { ModelRef } from './spec.js';

/** A registered model's version written as `@stage:<stage>`: whichever version that stage verified last. */
export const STAGE_PREFIX = '@stage:';

/**
 * Parses an az ml asset reference: `azureml:name:version`, `azureml:name@latest`,
 * `name:version`. Registry and datastore URIs are returned as references the target resolves.
 */
export function parseModelReference(text: string): ModelRef | undefined {
  const short = text.replace(/^azureml:/, '');
  const latest = /^([A-Za-z0-9][\w.-]*)@latest$/.exec(short);
  if (latest) return { kind: 'registered', name: latest[1]!, version: 'latest' };
  // The version a stage verified last (engine/stages.ts), resolved when the target is known.
  const staged = /^([A-Za-z0-9][\w.-]*)@stage:([a-z][a-z0-9-]{0,31})$/.exec(short);
  if (staged) return { kind: 'registered', name: staged[1]!, version: `${STAGE_PREFIX}${staged[2]!}` };
  const versioned = /^([A-Za-z0-9][\w.-]*):([\w.-]+)$/.exec(short);
  if (versioned) return { kind: 'registered', name: versioned[1]!, version: versioned[2]! };
  const registry = /\/models\/([\w.-]+)\/(?:versions\/([\w.-]+)|labels\/latest)$/.exec(text);
  if (registry) return { kind: 'registered', name: registry[1]!, version: registry[2] ?? 'latest' };
  return undefined;
}
