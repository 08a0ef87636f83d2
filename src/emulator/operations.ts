import { armError, type Reply } from './http.js';
import type { Operation, ResourceStore } from './store.js';

/** What running operations look like before they end (recorded: endTime is DateTime.MinValue). */
const NOT_ENDED = '0001-01-01T00:00:00+00:00';

export interface OperationUrls {
  /** Origin of the emulator (https://127.0.0.1:port). */
  origin: string;
  subscriptionId: string;
  location: string;
  apiVersion: string;
}

function operationUrl(urls: OperationUrls, kind: 'mfeOperationsStatus' | 'mfeOperationResults', operation: Operation): string {
  return `${urls.origin}/subscriptions/${urls.subscriptionId}/providers/Microsoft.MachineLearningServices/locations/${urls.location}/${kind}/${operation.id}?api-version=${urls.apiVersion}`;
}

/**
 * Headers of a PUT that starts an operation, as recorded from real Azure: Azure-AsyncOperation on
 * `mfeOperationsStatus`, Location on the resource itself, a 30-minute timeout, and no Retry-After
 * (the client picks its own pace).
 */
export function putOperationHeaders(urls: OperationUrls, operation: Operation, resourceUrl: string): Record<string, string> {
  return {
    'Azure-AsyncOperation': operationUrl(urls, 'mfeOperationsStatus', operation),
    Location: resourceUrl,
    'x-ms-async-operation-timeout': 'PT30M',
  };
}

/** Headers of a DELETE (or PATCH) answered 202: the status URL and a Location on `mfeOperationResults`. */
export function acceptedOperationHeaders(urls: OperationUrls, operation: Operation): Record<string, string> {
  return {
    'Azure-AsyncOperation': operationUrl(urls, 'mfeOperationsStatus', operation),
    Location: operationUrl(urls, 'mfeOperationResults', operation),
    'x-ms-async-operation-timeout': 'PT30M',
  };
}

/** GET mfeOperationsStatus/<id>: the operation's status body. */
export function operationStatus(store: ResourceStore, urls: OperationUrls, id: string): Reply {
  const operation = store.operations.get(id);
  if (!operation) return armError(404, 'UserError', `Operation ${id} was not found.`);
  return {
    status: 200,
    body: {
      id: `/subscriptions/${urls.subscriptionId}/providers/Microsoft.MachineLearningServices/locations/${urls.location}/mfeOperationsStatus/${operation.id}`,
      name: operation.id,
      startTime: operation.startTime,
      endTime: operation.endTime ?? NOT_ENDED,
      percentComplete: 0.0,
      status: operation.status,
      ...(operation.error ? { error: { ...operation.error, details: [], additionalInfo: [] } } : {}),
    },
  };
}

/**
 * GET mfeOperationResults/<id>: 202 while the operation runs; then the resource (200), or 204 when
 * it is gone (a finished delete); a failed operation answers its error.
 */
export function operationResult(store: ResourceStore, urls: OperationUrls, id: string): Reply {
  const operation = store.operations.get(id);
  if (!operation) return armError(404, 'UserError', `Operation ${id} was not found.`);
  if (operation.status === 'Updating') return { status: 202, headers: { Location: operationUrl(urls, 'mfeOperationResults', operation) } };
  if (operation.status !== 'Succeeded') return armError(400, operation.error?.code ?? 'UserError', operation.error?.message ?? 'The operation failed.');
  const resource = store.get(operation.resourceId);
  return resource ? { status: 200, body: resource } : { status: 204 };
}
