/**
 * Node API for pipelines: `parseStream(input)` -> async iterable of results, and
 * `createParseStream()` -> an object-mode Transform. Both pull one record at a time, so a slow
 * consumer slows the reading (back-pressure) and memory stays flat.
 *
 * Input:
 * - a byte stream (a non-object-mode Readable, or an async iterable of Buffers/Uint8Arrays): a
 *   dump in `options.format` (default `auto`: sniffed; gzip/bzip2 decompressed);
 * - an async (or sync) iterable or object-mode Readable of strings (one article each) or records
 *   `{ text, id?, title?, publishedAt?, url? }`.
 * Each result is `{ ok: true, id, source, article }` or `{ ok: false, id, source, error }`; a bad
 * record never ends the stream.
 */
import { Transform } from 'node:stream';
import { parseArticle } from '../article.js';
import { readRecords, type DumpRecord, type ReadRecordsOptions, type RecordErrorCode } from '../formats/index.js';
import type { Article, ParseOptions } from '../types.js';

export interface ParsedResult {
  ok: true;
  id: string;
  source: string;
  article: Article;
}

export interface FailedResult {
  ok: false;
  id: string;
  source: string;
  /** A reader's code (BAD_JSON, MALFORMED_XML, ...), INVALID_RECORD, or the parser's (ERR_NEWSPARSE_INPUT_TOO_LARGE, PARSE_ERROR). */
  error: { code: RecordErrorCode | 'INVALID_RECORD' | (string & {}); message: string };
}

export type StreamResult = ParsedResult | FailedResult;

export interface StreamOptions extends ReadRecordsOptions {
  /** Applied to every record that does not carry its own (title, publishedAt). */
  defaults?: Pick<ParseOptions, 'title' | 'publishedAt'>;
  /** Name of the input in results' `source` (default `stream`). */
  source?: string;
}

/** Parse options for a record: the record's own metadata wins over the defaults. */
export function recordOptions(record: Pick<DumpRecord, 'title' | 'publishedAt' | 'url'>, defaults: ParseOptions = {}): ParseOptions {
  return {
    ...defaults,
    ...(record.title !== undefined && { title: record.title }),
    ...(record.publishedAt !== undefined && { publishedAt: record.publishedAt }),
    ...(record.url !== undefined && { url: record.url }),
  };
}

/** Parse one record into a result (never throws). */
export function parseRecord(record: DumpRecord, source: string, defaults?: ParseOptions): StreamResult {
  try {
    return { ok: true, id: record.id, source, article: parseArticle(record.text, recordOptions(record, defaults)) };
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    return { ok: false, id: record.id, source, error: { code: typeof code === 'string' ? code : 'PARSE_ERROR', message: (err as Error).message.replace(/^newsparse: /, '') } };
  }
}

/** A string or a record-like object to a DumpRecord, or an error message. */
export function toRecord(item: unknown, fallbackId: string): DumpRecord | string {
  if (typeof item === 'string') return { id: fallbackId, text: item, meta: {} };
  if (item === null || typeof item !== 'object') return `expected a string or a record object, got ${item === null ? 'null' : typeof item}`;
  const o = item as Record<string, unknown>;
  if (typeof o.text !== 'string') return "record has no string 'text'";
  const record: DumpRecord = { id: typeof o.id === 'string' || typeof o.id === 'number' ? String(o.id) : fallbackId, text: o.text, meta: {} };
  if (typeof o.title === 'string') record.title = o.title;
  if (typeof o.publishedAt === 'string') record.publishedAt = o.publishedAt;
  if (typeof o.url === 'string') record.url = o.url;
  return record;
}

/** A Readable is an AsyncIterable; the public types do not depend on @types/node. */
type Input = AsyncIterable<unknown> | Iterable<unknown>;

/** A Node Readable that is not in object mode: bytes (or decoded text) of a dump. */
function isByteStream(input: Input): boolean {
  return (input as { readableObjectMode?: unknown }).readableObjectMode === false;
}

/**
 * What createParseStream returns, typed without @types/node: at run time it is a node:stream
 * Transform (object mode), usable in `pipeline()` and `.pipe()` (cast it to `Transform` there).
 */
export interface ParseTransform extends AsyncIterable<StreamResult> {
  write(item: unknown, callback?: (error?: Error | null) => void): boolean;
  end(callback?: () => void): this;
  read(): StreamResult | null;
  pipe<T>(destination: T, options?: { end?: boolean }): T;
  on(event: string, listener: (...args: any[]) => void): this;
  once(event: string, listener: (...args: any[]) => void): this;
  destroy(error?: Error): this;
  readonly writableNeedDrain: boolean;
}

/** Parse everything `input` holds; see the module comment for what it may be. */
export async function* parseStream(input: Input, options: StreamOptions = {}): AsyncGenerator<StreamResult> {
  const source = options.source ?? 'stream';
  const defaults = options.defaults ?? {};
  if (isByteStream(input)) {
    yield* parseBytes(input as AsyncIterable<Uint8Array | string>, source, options);
    return;
  }
  const it = (Symbol.asyncIterator in input ? input : toAsync(input as Iterable<unknown>)) as AsyncIterable<unknown>;
  const iterator = it[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done) return;
  const rest: AsyncIterable<unknown> = {
    [Symbol.asyncIterator]: () => ({
      next: () => iterator.next(),
      return: async () => (iterator.return ? iterator.return() : { done: true as const, value: undefined }),
    }),
  };
  if (first.value instanceof Uint8Array) {
    yield* parseBytes(prepend(first.value, rest) as AsyncIterable<Uint8Array>, source, options);
    return;
  }
  let n = 0;
  for await (const item of prepend(first.value, rest)) {
    n++;
    const record = toRecord(item, `${source}#${n}`);
    if (typeof record === 'string') yield { ok: false, id: `${source}#${n}`, source, error: { code: 'INVALID_RECORD', message: record } };
    else yield parseRecord(record, source, defaults);
  }
}

async function* parseBytes(chunks: AsyncIterable<Uint8Array | string>, source: string, options: StreamOptions): AsyncGenerator<StreamResult> {
  const bytes = (async function* () {
    for await (const c of chunks) yield typeof c === 'string' ? new TextEncoder().encode(c) : c;
  })();
  for await (const item of readRecords(bytes, source, { format: 'auto', ...options })) {
    if (item.ok) yield parseRecord(item.record, source, options.defaults);
    else yield { ok: false, id: item.id, source, error: { code: item.code, message: item.reason } };
  }
}

async function* prepend<T>(first: T, rest: AsyncIterable<T>): AsyncGenerator<T> {
  yield first;
  yield* rest;
}

async function* toAsync<T>(items: Iterable<T>): AsyncGenerator<T> {
  yield* items;
}

/**
 * An object-mode Transform: write strings or records, read results. Parsing happens in
 * `transform`, so the writable side fills up (and `write()` returns false) while the readable
 * side is not being read.
 */
export function createParseStream(options: Omit<StreamOptions, 'format'> = {}): ParseTransform {
  const source = options.source ?? 'stream';
  let n = 0;
  const transform = new Transform({
    objectMode: true,
    highWaterMark: 16,
    transform(item: unknown, _enc, callback) {
      n++;
      const record = toRecord(item, `${source}#${n}`);
      const result: StreamResult =
        typeof record === 'string'
          ? { ok: false, id: `${source}#${n}`, source, error: { code: 'INVALID_RECORD', message: record } }
          : parseRecord(record, source, options.defaults);
      callback(null, result);
    },
  });
  return transform as unknown as ParseTransform;
}
