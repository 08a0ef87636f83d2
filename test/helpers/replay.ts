import { readFileSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type Server as HttpServer, type ServerResponse } from 'node:http';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { selfSignedCertificate } from '../../src/emulator/cert.js';

interface Entry {
  RequestUri: string;
  RequestMethod: string;
  RequestBody: unknown;
  StatusCode: number;
  ResponseHeaders: Record<string, string | string[]>;
  ResponseBody: unknown;
}

/** One request the replay could not answer from the recording. */
export interface Unrecorded {
  method: string;
  path: string;
}

/** The recorded hash folder is sanitized to zeros: any upload folder of ours stands for it. */
const UPLOAD_FOLDER = /\/(localupload|az-ml-artifacts)\/[0-9a-f]{32,64}\//;

/**
 * Serves a recorded Azure session (the SDK test proxy's format) on loopback: each request is
 * answered with the next recorded response for the same method and path (query ignored), the last
 * one repeating, so a client that polls more or less often than the SDK did still reads every real
 * status in order. Management, storage and scoring hosts are all this server: ARM and storage over
 * https (the test trusts its certificate), scoring over plain http (Node's fetch takes no CA).
 * Requests with no recorded counterpart get 404 and are listed in `unrecorded`.
 */
export class ReplayServer {
  readonly unrecorded: Unrecorded[] = [];
  /** Every request received, JSON bodies parsed: what the client sent, to compare with what the SDK sent. */
  readonly received: { method: string; path: string; body: unknown }[] = [];
  /** For each recorded entry, how many times it was served. */
  readonly served: number[];
  readonly ca: string;
  url = '';
  scoringUrl = '';
  private readonly entries: Entry[];
  private readonly queues = new Map<string, number[]>();
  private https?: Server;
  private http?: HttpServer;
  private readonly certificate = selfSignedCertificate();

  constructor(recording: string) {
    this.entries = (JSON.parse(readFileSync(recording, 'utf8')) as { Entries: Entry[] }).Entries;
    this.served = this.entries.map(() => 0);
    this.ca = this.certificate.cert;
    this.entries.forEach((entry, index) => {
      const recorded = new URL(entry.RequestUri);
      // Storage is path-style here: https://<account>.blob.core.windows.net/c/b is served as /<account>/c/b.
      const path = recorded.hostname.includes('.blob.') ? `/${recorded.hostname.split('.')[0]}${recorded.pathname}` : recorded.pathname;
      const key = this.keyOf(entry.RequestMethod, path);
      this.queues.set(key, [...(this.queues.get(key) ?? []), index]);
    });
  }

  async start(): Promise<void> {
    const handler = (req: IncomingMessage, res: ServerResponse) => this.answer(req, res);
    this.https = createServer({ key: this.certificate.key, cert: this.certificate.cert }, handler);
    this.http = createHttpServer(handler);
    await new Promise<void>((resolve) => this.https!.listen(0, '127.0.0.1', resolve));
    await new Promise<void>((resolve) => this.http!.listen(0, '127.0.0.1', resolve));
    this.url = `https://127.0.0.1:${(this.https.address() as AddressInfo).port}`;
    this.scoringUrl = `http://127.0.0.1:${(this.http.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    for (const server of [this.https, this.http]) {
      server?.closeAllConnections();
      await new Promise((resolve) => server?.close(resolve));
    }
  }

  /** Entries (by index) whose path contains `fragment` and that were never served. */
  unserved(fragment: string, method?: string): string[] {
    return this.entries
      .map((entry, index) => ({ entry, index }))
      .filter(({ entry, index }) => this.served[index] === 0 && entry.RequestUri.includes(fragment) && (!method || entry.RequestMethod === method))
      .map(({ entry }) => `${entry.RequestMethod} ${new URL(entry.RequestUri).pathname}`);
  }

  private keyOf(method: string, pathname: string): string {
    return `${method.toUpperCase()} ${decodeURIComponent(pathname).toLowerCase().replace(UPLOAD_FOLDER, '/$1/*/')}`;
  }

  private answer(req: IncomingMessage, res: ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', this.url);
      const text = Buffer.concat(chunks).toString('utf8');
      this.received.push({
        method: req.method ?? 'GET',
        path: url.pathname,
        body: /json/.test(String(req.headers['content-type'])) && text ? JSON.parse(text) : undefined,
      });
      const queue = this.queues.get(this.keyOf(req.method ?? 'GET', url.pathname));
      if (!queue?.length) {
        this.unrecorded.push({ method: req.method ?? 'GET', path: url.pathname });
        res.writeHead(404, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ error: { code: 'NotRecorded', message: `${req.method} ${url.pathname} is not in the recording` } }));
        return;
      }
      const index = queue.length > 1 ? queue.shift()! : queue[0]!;
      this.served[index] = (this.served[index] ?? 0) + 1;
      const entry = this.entries[index]!;
      const headers: Record<string, string | string[]> = {};
      for (const [name, value] of Object.entries(entry.ResponseHeaders)) {
        if (/^(content-length|transfer-encoding|content-encoding|date|server)$/i.test(name)) continue;
        headers[name] = Array.isArray(value) ? value.map((v) => this.rewrite(v)) : this.rewrite(value);
      }
      const body =
        entry.ResponseBody === null || entry.ResponseBody === undefined
          ? ''
          : typeof entry.ResponseBody === 'string'
            ? this.rewrite(entry.ResponseBody)
            : this.rewrite(JSON.stringify(entry.ResponseBody));
      res.writeHead(entry.StatusCode, { ...headers, 'Content-Length': Buffer.byteLength(body) });
      res.end(req.method === 'HEAD' ? undefined : body);
    });
  }

  /** Recorded hosts become this server: scoring (inference.ml.azure.com) over http, the rest over https. */
  private rewrite(text: string): string {
    return text
      .replace(/https:\/\/[A-Za-z0-9.-]*\.inference\.ml\.azure\.com/g, this.scoringUrl)
      .replace(/https:\/\/Sanitized\.blob\.core\.windows\.net/g, `${this.url}/Sanitized`)
      .replace(/https:\/\/(management\.azure\.com|Sanitized\.azure\.com)/g, this.url);
  }
}
