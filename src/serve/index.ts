/**
 * `newsparse serve`: a small HTTP front end for services in other languages.
 *   POST /parse        text/plain body (the article), or JSON {text, title?, publishedAt?, url?}
 *                      -> 200 Article JSON
 *   POST /parse/batch  NDJSON, one {text, id?, title?, publishedAt?, url?} (or a JSON string) per
 *                      line -> 200 NDJSON, one {id, article} or {id, error} per line, in order
 *   GET  /health       -> 200 {"status":"ok","version":...}
 * Errors are JSON {"error": {"code", "message"}} with a 4xx status: 400 bad JSON or options,
 * 404 unknown path, 405 wrong method, 411/413 body missing length or too large, 415 other
 * content types. Bodies over `maxBodyBytes` are refused as they arrive, never buffered.
 */
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { parseArticle } from '../article.js';
import { recordOptions, toRecord } from '../stream/index.js';
import { VERSION } from '../version.js';

export interface ServeOptions {
  /** Largest request body accepted, in bytes. Default 10 MiB. */
  maxBodyBytes?: number;
}

export const DEFAULT_MAX_BODY_BYTES = 10 * 1024 * 1024;

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const json = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(json), ...headers });
  res.end(json);
}

function sendError(res: ServerResponse, err: HttpError): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const headers: Record<string, string> = err.status === 413 ? { connection: 'close' } : {};
  send(res, err.status, { error: { code: err.code, message: err.message } }, headers);
}

/** The whole body, refusing it (413) as soon as it passes the limit. */
async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) throw new HttpError(413, 'BODY_TOO_LARGE', `request body of ${declared} bytes is over the ${limit}-byte limit`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new HttpError(413, 'BODY_TOO_LARGE', `request body is over the ${limit}-byte limit`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

const utf8 = new TextDecoder('utf-8', { fatal: false });

function mediaType(req: IncomingMessage): string {
  return (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
}

function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new HttpError(400, 'BAD_JSON', `${what} is not valid JSON (${(err as Error).message})`);
  }
}

function parseOne(item: unknown): unknown {
  const record = toRecord(item, 'request');
  if (typeof record === 'string') throw new HttpError(400, 'INVALID_RECORD', record);
  try {
    return parseArticle(record.text, recordOptions(record));
  } catch (err) {
    throw new HttpError(400, 'INVALID_OPTIONS', (err as Error).message.replace(/^newsparse: /, ''));
  }
}

async function handleParse(req: IncomingMessage, res: ServerResponse, limit: number): Promise<void> {
  const type = mediaType(req);
  if (type !== '' && type !== 'text/plain' && type !== 'application/json') {
    throw new HttpError(415, 'UNSUPPORTED_MEDIA_TYPE', `send text/plain or application/json, not ${type}`);
  }
  const body = utf8.decode(await readBody(req, limit));
  const article = type === 'application/json' ? parseOne(parseJson(body, 'request body')) : parseOne(body);
  send(res, 200, article);
}

async function handleBatch(req: IncomingMessage, res: ServerResponse, limit: number): Promise<void> {
  const type = mediaType(req);
  if (type !== '' && type !== 'application/x-ndjson' && type !== 'application/jsonl' && type !== 'application/json' && type !== 'text/plain') {
    throw new HttpError(415, 'UNSUPPORTED_MEDIA_TYPE', `send application/x-ndjson, not ${type}`);
  }
  const body = utf8.decode(await readBody(req, limit));
  const lines = body.split('\n');
  res.writeHead(200, { 'content-type': 'application/x-ndjson; charset=utf-8' });
  let n = 0;
  for (const line of lines) {
    if (line.trim() === '') continue;
    n++;
    let out: unknown;
    let id = String(n);
    try {
      const item = parseJson(line, `line ${n}`);
      if (item && typeof item === 'object' && 'id' in item && (typeof item.id === 'string' || typeof item.id === 'number')) id = String(item.id);
      out = { id, article: parseOne(item) };
    } catch (err) {
      const e = err instanceof HttpError ? err : new HttpError(500, 'INTERNAL', (err as Error).message);
      out = { id, error: { code: e.code, message: e.message } };
    }
    if (!res.write(`${JSON.stringify(out)}\n`)) await new Promise((resolve) => res.once('drain', resolve));
  }
  res.end();
}

/**
 * What createServer returns, typed without @types/node: at run time a node:http Server (cast it
 * to `http.Server` for the rest of its API).
 */
export interface ParseServer {
  listen(port?: number, host?: string, callback?: () => void): this;
  close(callback?: (error?: Error) => void): this;
  closeAllConnections(): void;
  address(): { address: string; family: string; port: number } | string | null;
  on(event: string, listener: (...args: any[]) => void): this;
  once(event: string, listener: (...args: any[]) => void): this;
}

/** An http.Server answering /parse, /parse/batch and /health (not yet listening). */
export function createServer(options: ServeOptions = {}): ParseServer {
  const limit = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const server = createHttpServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    const route = async (): Promise<void> => {
      if (path === '/health') {
        if (req.method !== 'GET' && req.method !== 'HEAD') throw new HttpError(405, 'METHOD_NOT_ALLOWED', 'use GET /health');
        send(res, 200, { status: 'ok', version: VERSION });
        return;
      }
      if (path === '/parse' || path === '/parse/batch') {
        if (req.method !== 'POST') {
          res.setHeader('allow', 'POST');
          throw new HttpError(405, 'METHOD_NOT_ALLOWED', `use POST ${path}`);
        }
        await (path === '/parse' ? handleParse(req, res, limit) : handleBatch(req, res, limit));
        return;
      }
      throw new HttpError(404, 'NOT_FOUND', `no such endpoint: ${path} (try POST /parse, POST /parse/batch, GET /health)`);
    };
    route().catch((err: unknown) => {
      const e = err instanceof HttpError ? err : new HttpError(500, 'INTERNAL', 'internal error');
      sendError(res, e);
      // Drain (or drop) what is left of a refused body without keeping it.
      if (!req.complete) req.resume();
    });
  });
  server.on('clientError', (_err, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\ncontent-length: 0\r\n\r\n');
    else socket.destroy();
  });
  server.requestTimeout = 60_000;
  server.headersTimeout = 30_000;
  return server as ParseServer;
}
