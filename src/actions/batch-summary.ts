import { codeBlock, inlineCode, section, table, timing } from '../github/summary.js';
import type { BatchJobResult } from '../targets/local/local-batch.js';

/** The job summary: verdict, counts, where the outputs are, and the first failed mini-batches with their errors. */
export function jobSection(r: BatchJobResult): string {
  const icon = r.status === 'Completed' ? '✅' : r.status === 'Canceled' ? '⏹️' : '❌';
  let body = table([
    ['job', inlineCode(r.jobName)],
    ['deployment', `${r.endpoint}/${r.deployment}`],
    [
      'files',
      r.files === undefined ? undefined : `${r.files} in ${r.miniBatches} mini-batch(es): ${r.succeededMiniBatches} succeeded, ${r.failedMiniBatches} failed`,
    ],
    [
      'items',
      r.succeededItems === undefined
        ? undefined
        : `${r.succeededItems} succeeded${r.failedItems === undefined ? ' (rows of the predictions file; failures are in the job logs on Azure)' : `, ${r.failedItems} failed`}`,
    ],
    ['predictions', r.predictionsFile ? inlineCode(r.predictionsFile) : undefined],
    [r.files === undefined ? 'outputs' : 'logs', inlineCode(r.files === undefined ? `${r.outputDir}/named-outputs/score` : `${r.outputDir}/logs`)],
    ['time', timing(r.durationMs)],
  ]);
  if (r.error) body += `\n${codeBlock(r.error)}`;
  for (const failed of r.failedMiniBatchDetails.slice(0, 5))
    body += `\nMini-batch ${failed.id} failed (${failed.fileCount} file(s): ${failed.files.map(inlineCode).join(', ')}):\n\n${codeBlock(failed.error.trim().split('\n').slice(-8).join('\n'))}`;
  return section(`${icon} Batch job ${r.status.toLowerCase()}${r.succeededItems === undefined ? '' : `: ${r.succeededItems} item(s) scored`}`, body);
}
