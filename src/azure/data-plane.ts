import { createDefaultHttpClient, createEmptyPipeline, createHttpHeaders, createPipelineRequest, proxyPolicy } from '@azure/core-rest-pipeline';

export interface DataPlaneAnswer {
  status: number;
  body: string;
  headers: Record<string, string>;
}

/**
 * One request to an endpoint's data plane (scoring route, swagger.json), through the proxy the
 * runner is configured with (HTTPS_PROXY / HTTP_PROXY, NO_PROXY): self-hosted runners behind a
 * proxy reach Azure only through it, and Node's global fetch ignores those variables. ARM and
 * storage calls already go through the Azure SDK pipeline, whose proxy policy this reuses. No
 * retries: a scoring request runs the user's code, and a smoke test must see the first answer.
 */
export async function dataPlaneRequest(options: {
  url: string;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  body?: string;
  timeoutMs: number;
}): Promise<DataPlaneAnswer> {
  const pipeline = createEmptyPipeline();
  pipeline.addPolicy(proxyPolicy());
  const request = createPipelineRequest({
    url: options.url,
    method: options.method,
    headers: createHttpHeaders(options.headers),
    body: options.body,
    timeout: options.timeoutMs,
    allowInsecureConnection: options.url.startsWith('http:'),
  });
  const response = await pipeline.sendRequest(httpClient, request);
  return { status: response.status, body: response.bodyAsText ?? '', headers: response.headers.toJSON() };
}

const httpClient = createDefaultHttpClient();
