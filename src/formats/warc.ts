/**
 * WARC / WARC.gz (per-record gzip is decompressed upstream): one record per `response` holding an
 * HTML page. The HTTP envelope is undone (chunked transfer coding, gzip/deflate/br content coding,
 * charset from the header or a <meta>), and the page becomes text with htmlparser2: the <title>,
 * then block elements as paragraphs. Other record types (request, metadata, revisit, warcinfo)
 * and non-HTML responses are skipped. Work is bounded: a record over the size limit is skipped
 * as it streams, never held.
 */
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import { decodeBytes } from './encoding.js';
import { htmlToDocument } from './text.js';
import { DEFAULT_MAX_RECORD_BYTES, type DumpRecord, type ReadItem, type ReaderOptions } from './types.js';

const CRLF2 = Buffer.from('\r\n\r\n');

function headerMap(block: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of block.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) map.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return map;
}

/** Undo `Transfer-Encoding: chunked`; stops at the last chunk or the end of the data. */
function dechunk(body: Buffer): Buffer {
  const parts: Buffer[] = [];
  let i = 0;
  while (i < body.length) {
    const eol = body.indexOf('\r\n', i);
    if (eol < 0) break;
    const size = parseInt(body.subarray(i, eol).toString('latin1').split(';')[0]!.trim(), 16);
    if (!Number.isFinite(size) || size <= 0) break;
    parts.push(body.subarray(eol + 2, eol + 2 + size));
    i = eol + 2 + size + 2;
  }
  return Buffer.concat(parts);
}

function decodeContent(body: Buffer, coding: string | undefined): Buffer {
  const c = (coding ?? '').toLowerCase();
  try {
    if (c.includes('gzip')) return gunzipSync(body);
    if (c.includes('deflate')) return inflateSync(body);
    if (c.includes('br')) return brotliDecompressSync(body);
  } catch {
    // served uncompressed despite the header, or truncated: use the bytes as they are
  }
  return body;
}

const CHARSET = /charset\s*=\s*["']?([A-Za-z0-9_.:-]{1,40})/i;

/** HTML bytes to a string: the header's charset, else a <meta> charset, else BOM/bytes. */
function decodeHtml(bytes: Buffer, contentType: string | undefined): string {
  const label = CHARSET.exec(contentType ?? '')?.[1] ?? CHARSET.exec(bytes.subarray(0, 2048).toString('latin1'))?.[1];
  if (label) {
    try {
      return new TextDecoder(label.toLowerCase(), { fatal: false }).decode(bytes);
    } catch {
      // unknown label: fall through
    }
  }
  return decodeBytes(bytes);
}

/** A WARC response record (headers and block) to a DumpRecord, or null when it is not an HTML page. */
export function warcRecord(warc: Map<string, string>, block: Buffer, source: string, n: number): DumpRecord | null {
  if ((warc.get('warc-type') ?? '').toLowerCase() !== 'response') return null;
  let contentType: string | undefined;
  let body = block;
  if ((warc.get('content-type') ?? '').toLowerCase().startsWith('application/http')) {
    const end = block.indexOf(CRLF2);
    if (end < 0) return null;
    const http = headerMap(block.subarray(0, end).toString('latin1'));
    contentType = http.get('content-type');
    body = block.subarray(end + 4);
    if ((http.get('transfer-encoding') ?? '').toLowerCase().includes('chunked')) body = dechunk(body);
    body = decodeContent(body, http.get('content-encoding'));
  } else contentType = warc.get('content-type');
  if (!/html/i.test(contentType ?? '')) return null;
  const { title, paragraphs } = htmlToDocument(decodeHtml(body, contentType));
  const record: DumpRecord = {
    id: warc.get('warc-record-id')?.replace(/^<|>$/g, '') ?? `${source}#${n}`,
    text: [title, ...paragraphs].filter((p) => p).join('\n\n'),
    meta: { format: 'warc', n },
  };
  if (title) record.title = title;
  const url = warc.get('warc-target-uri');
  if (url) record.url = url;
  // WARC-Date is when the page was crawled, not published: kept in meta, not used as publishedAt.
  const date = warc.get('warc-date');
  if (date) record.meta.crawledAt = date;
  return record;
}

/** Read WARC records from (decompressed) bytes. */
export async function* readWarc(bytes: AsyncIterable<Uint8Array>, source: string, options: ReaderOptions = {}): AsyncGenerator<ReadItem> {
  const max = options.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES;
  let buf: Buffer = Buffer.alloc(0);
  let n = 0;
  let skip = 0; // bytes of an oversized block still to drop
  let pending: { headers: Map<string, string>; length: number } | null = null;
  for await (const chunk of bytes) {
    buf = buf.length === 0 ? Buffer.from(chunk) : Buffer.concat([buf, chunk]);
    for (;;) {
      if (skip > 0) {
        const drop = Math.min(skip, buf.length);
        buf = buf.subarray(drop);
        skip -= drop;
        if (skip > 0) break;
      }
      if (pending === null) {
        // skip blank lines between records
        let start = 0;
        while (start < buf.length && (buf[start] === 0x0d || buf[start] === 0x0a)) start++;
        buf = buf.subarray(start);
        const end = buf.indexOf(CRLF2);
        if (end < 0) {
          if (buf.length > 1 << 20) {
            yield { ok: false, id: `${source}#${n + 1}`, source, code: 'READ_ERROR', reason: 'not a WARC record header' };
            return;
          }
          break;
        }
        const head = buf.subarray(0, end).toString('utf8');
        buf = buf.subarray(end + 4);
        if (!head.startsWith('WARC/')) {
          yield { ok: false, id: `${source}#${n + 1}`, source, code: 'READ_ERROR', reason: 'not a WARC record header' };
          return;
        }
        const headers = headerMap(head);
        const length = Number(headers.get('content-length') ?? NaN);
        if (!Number.isFinite(length) || length < 0) {
          yield { ok: false, id: `${source}#${n + 1}`, source, code: 'READ_ERROR', reason: 'WARC record without a Content-Length' };
          return;
        }
        n++;
        if (length > max) {
          if ((headers.get('warc-type') ?? '') === 'response') {
            yield { ok: false, id: headers.get('warc-record-id') ?? `${source}#${n}`, source, code: 'RECORD_TOO_LARGE', reason: `record of ${length} bytes is over the ${max} limit` };
          }
          skip = length;
          continue;
        }
        pending = { headers, length };
      }
      if (buf.length < pending.length) break;
      const block = buf.subarray(0, pending.length);
      buf = buf.subarray(pending.length);
      const { headers } = pending;
      pending = null;
      try {
        const record = warcRecord(headers, Buffer.from(block), source, n);
        if (record) yield { ok: true, source, record };
      } catch (err) {
        yield { ok: false, id: headers.get('warc-record-id') ?? `${source}#${n}`, source, code: 'PARSE_ERROR', reason: (err as Error).message };
      }
    }
  }
  if (pending !== null) yield { ok: false, id: pending.headers.get('warc-record-id') ?? `${source}#${n}`, source, code: 'READ_ERROR', reason: 'the file ends inside this record' };
}
