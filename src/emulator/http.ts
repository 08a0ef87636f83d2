import type { IncomingMessage, ServerResponse } from 'node:http';

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/**
 * An error as Azure ML's front end writes it (recorded): `{"error": {code, message, details,
 * additionalInfo}}`, with `x-ms-response-type: error`. `details` carries the inner code when
 * Azure gives one (e.g. ModelNotFound under UserError).
 */
export function armError(status: number, code: string, message: string, details: { code: string; message: string }[] = []): Reply {
  return {
    status,
    body: { error: { code, message, details: details.map((d) => ({ ...d, details: [], additionalInfo: [] })), additionalInfo: [] } },
    headers: { 'x-ms-response-type': 'error' },
  };
}

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export function send(res: ServerResponse, reply: Reply): void {
  // `null` is sent as the JSON text null: real Azure answers a DELETE 202 with that body.
  const text = reply.body === undefined ? '' : typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
  res.writeHead(reply.status, {
    ...(text ? { 'Content-Type': typeof reply.body === 'string' ? 'text/plain' : 'application/json; charset=utf-8' } : {}),
    'Content-Length': Buffer.byteLength(text),
    ...reply.headers,
  });
  res.end(text);
}
