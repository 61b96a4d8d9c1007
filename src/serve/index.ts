/**
 * `newsparse serve`: a small HTTP front end for services in other languages.
 *   POST /parse        text/plain body (the article), or JSON {text, title?, publishedAt?, url?}
 *                      -> 200 Article JSON
 *   POST /parse/batch  NDJSON, one {text, id?, title?, publishedAt?, url?} (or a JSON string) per
 *                      line -> 200 NDJSON, one {id, article} or {id, error} per line, in order
 *   GET  /health       -> 200 {"status":"ok","version":...}
 * Errors are JSON {"error": {"code", "message"}} with a 4xx status: 400 bad JSON or options,
 * 404 unknown path, 405 wrong method, 411/413 body missing length or too large (413 also for a
 * text of more lines than `maxLines`), 415 other
 * content types, 500 an internal error, 503 a parse cut off by the caller's time limit. Bodies
 * over `maxBodyBytes` are refused as they arrive, never buffered.
 * Parsing runs on the server's thread unless `parse` hands it elsewhere: `newsparse serve` gives
 * it a worker pool, so /health answers during a long parse and a runaway page can be cut off.
 */
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { parseArticle } from '../article.js';
import { NewsparseError } from '../errors.js';
import { recordOptions, toRecord } from '../stream/index.js';
import { ordered } from '../stream/ordered.js';
import type { ParseOptions } from '../types.js';
import { VERSION } from '../version.js';

/** Parses one article somewhere (a worker thread, another process) and answers its JSON text. */
export type ServeParser = (text: string, options: ParseOptions) => Promise<string>;

export interface ServeOptions {
  /** Largest request body accepted, in bytes. Default 10 MiB. */
  maxBodyBytes?: number;
  /**
   * Where parsing runs. Default: `parseArticle` on the server's own thread. A parser that rejects
   * with a NewsparseError code answers 400, with code `TIMEOUT` 503, anything else 500.
   */
  parse?: ServeParser;
  /** Lines of one /parse/batch request parsed at once when `parse` is given. Default 8. */
  concurrency?: number;
}

const parseHere: ServeParser = async (text, options) => JSON.stringify(parseArticle(text, options));

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
  sendJson(res, status, JSON.stringify(body), headers);
}

function sendJson(res: ServerResponse, status: number, json: string, headers: Record<string, string> = {}): void {
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

/** A parse that failed, as the answer to give: the caller's fault (400) or ours (5xx). */
function parseFailure(err: unknown): HttpError {
  const code = (err as { code?: unknown } | null)?.code;
  const message = (err instanceof Error ? err.message : String(err)).replace(/^newsparse: /, '');
  if (code === 'ERR_NEWSPARSE_INPUT_TOO_LARGE') return new HttpError(413, 'INPUT_TOO_LARGE', message);
  if (err instanceof NewsparseError || (typeof code === 'string' && code.startsWith('ERR_NEWSPARSE_'))) return new HttpError(400, 'INVALID_OPTIONS', message);
  if (code === 'TIMEOUT') return new HttpError(503, 'PARSE_TIMEOUT', message);
  return new HttpError(500, 'INTERNAL', 'internal error while parsing');
}

/** One request item (text or record object) to the Article's JSON text. */
async function parseOne(item: unknown, parse: ServeParser): Promise<string> {
  const record = toRecord(item, 'request');
  if (typeof record === 'string') throw new HttpError(400, 'INVALID_RECORD', record);
  try {
    return await parse(record.text, recordOptions(record));
  } catch (err) {
    throw parseFailure(err);
  }
}

interface Handler {
  limit: number;
  parse: ServeParser;
  concurrency: number;
}

async function handleParse(req: IncomingMessage, res: ServerResponse, { limit, parse }: Handler): Promise<void> {
  const type = mediaType(req);
  if (type !== '' && type !== 'text/plain' && type !== 'application/json') {
    throw new HttpError(415, 'UNSUPPORTED_MEDIA_TYPE', `send text/plain or application/json, not ${type}`);
  }
  const body = utf8.decode(await readBody(req, limit));
  sendJson(res, 200, await parseOne(type === 'application/json' ? parseJson(body, 'request body') : body, parse));
}

/** The non-blank lines of an NDJSON body, numbered from 1. */
function* numberedLines(body: string): Generator<{ n: number; line: string }> {
  let n = 0;
  for (const line of body.split('\n')) if (line.trim() !== '') yield { n: ++n, line };
}

/** One NDJSON line to its output line: `{id, article}` or `{id, error}` (never throws). */
async function batchLine({ n, line }: { n: number; line: string }, parse: ServeParser): Promise<string> {
  let id = String(n);
  try {
    const item = parseJson(line, `line ${n}`);
    if (item && typeof item === 'object' && 'id' in item && (typeof item.id === 'string' || typeof item.id === 'number')) id = String(item.id);
    return `{"id":${JSON.stringify(id)},"article":${await parseOne(item, parse)}}\n`;
  } catch (err) {
    const e = err instanceof HttpError ? err : parseFailure(err);
    return `${JSON.stringify({ id, error: { code: e.code, message: e.message } })}\n`;
  }
}

async function handleBatch(req: IncomingMessage, res: ServerResponse, { limit, parse, concurrency }: Handler): Promise<void> {
  const type = mediaType(req);
  if (type !== '' && type !== 'application/x-ndjson' && type !== 'application/jsonl' && type !== 'application/json' && type !== 'text/plain') {
    throw new HttpError(415, 'UNSUPPORTED_MEDIA_TYPE', `send application/x-ndjson, not ${type}`);
  }
  const body = utf8.decode(await readBody(req, limit));
  res.writeHead(200, { 'content-type': 'application/x-ndjson; charset=utf-8' });
  for await (const out of ordered(numberedLines(body), concurrency, (l) => batchLine(l, parse))) {
    if (!res.write(out)) await new Promise((resolve) => res.once('drain', resolve));
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
  const handler: Handler = {
    limit: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    parse: options.parse ?? parseHere,
    concurrency: options.parse ? Math.max(1, options.concurrency ?? 8) : 1,
  };
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
        await (path === '/parse' ? handleParse(req, res, handler) : handleBatch(req, res, handler));
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
