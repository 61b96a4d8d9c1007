/**
 * JSON Lines / NDJSON (C4, CC-News, news-please, RealNews, ...) and whole JSON files (ninjs
 * items, arrays of articles). Field names are configurable; the defaults cover the common
 * layouts. Lines stream one at a time; a line longer than the record limit is skipped (and
 * reported) without being held in memory.
 */
import { decodeStream } from './encoding.js';
import { htmlToParagraphs, normalizeDate } from './text.js';
import { DEFAULT_MAX_RECORD_BYTES, RecordError, type DumpRecord, type ReadItem, type ReaderOptions } from './types.js';

const TEXT_FIELDS = ['text', 'maintext', 'body_text', 'content', 'body', 'article', 'story'];
const HTML_FIELDS = ['body_html', 'content_html', 'html'];
const TITLE_FIELDS = ['title', 'headline'];
const DATE_FIELDS = ['date_publish', 'published', 'publishedAt', 'published_at', 'publish_date', 'date', 'pubDate', 'timestamp', 'versioncreated', 'firstcreated'];
const ID_FIELDS = ['id', 'guid', 'uri'];
const URL_FIELDS = ['url', 'link', 'source_url'];

/** A line of at most this many characters is kept in `raw` for the dead letter. */
const RAW_KEEP = 2000;

function getPath(obj: Record<string, unknown>, path: string): unknown {
  if (path in obj) return obj[path];
  let cur: unknown = obj;
  for (const part of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

function firstPresent(obj: Record<string, unknown>, fields: readonly string[]): [string, unknown] | undefined {
  for (const f of fields) {
    const v = obj[f];
    if (v !== undefined && v !== null && v !== '') return [f, v];
  }
  return undefined;
}

/** One JSON object to a record; throws RecordError when it has no text. */
export function recordFromObject(obj: unknown, fallbackId: string, options: ReaderOptions, meta: Record<string, unknown>): DumpRecord {
  if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) throw new RecordError('MISSING_TEXT', 'record is not a JSON object');
  const o = obj as Record<string, unknown>;
  let text: string | undefined;
  if (options.textField !== undefined) {
    const v = getPath(o, options.textField);
    if (typeof v !== 'string') throw new RecordError('MISSING_TEXT', `no text in field '${options.textField}'${v === undefined ? '' : ` (${v === null ? 'null' : typeof v})`}`);
    text = v;
  } else {
    const t = firstPresent(o, TEXT_FIELDS);
    if (t && typeof t[1] === 'string') text = t[1];
    else {
      const h = firstPresent(o, HTML_FIELDS);
      if (h && typeof h[1] === 'string') text = htmlToParagraphs(h[1]).join('\n\n');
      // an empty text is still a text (an empty article), not a missing one
      else text = TEXT_FIELDS.map((f) => o[f]).find((v): v is string => typeof v === 'string');
    }
    if (text === undefined) throw new RecordError('MISSING_TEXT', `no text field (tried ${TEXT_FIELDS.concat(HTML_FIELDS).join(', ')}; set --text-field)`);
  }
  const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v : undefined);
  const title = str(options.titleField !== undefined ? getPath(o, options.titleField) : firstPresent(o, TITLE_FIELDS)?.[1]);
  const rawDate = options.dateField !== undefined ? getPath(o, options.dateField) : firstPresent(o, DATE_FIELDS)?.[1];
  const rawId = options.idField !== undefined ? getPath(o, options.idField) : firstPresent(o, ID_FIELDS)?.[1];
  const url = str(options.urlField !== undefined ? getPath(o, options.urlField) : firstPresent(o, URL_FIELDS)?.[1]);
  const record: DumpRecord = {
    id: typeof rawId === 'string' || typeof rawId === 'number' ? String(rawId) : fallbackId,
    text,
    meta,
  };
  if (title !== undefined) record.title = title;
  const date = normalizeDate(rawDate);
  if (date !== undefined) record.publishedAt = date;
  else if (rawDate !== undefined && rawDate !== null) meta.date = rawDate;
  if (url !== undefined) record.url = url;
  return record;
}

/**
 * Lines of a decoded text stream, with their 1-based numbers. A line over `maxChars` comes out
 * as `{ tooLong: true }` and is never accumulated. A final line without a newline counts.
 */
export async function* lines(
  text: AsyncIterable<string>,
  maxChars: number,
): AsyncGenerator<{ line: number; text: string; tooLong: false } | { line: number; tooLong: true; length: number }> {
  let buf = '';
  let lineNo = 0;
  let overflow = -1; // >= 0: skipping a too-long line, holding its length so far
  for await (const chunk of text) {
    let start = 0;
    for (;;) {
      const nl = chunk.indexOf('\n', start);
      if (nl < 0) break;
      const piece = chunk.slice(start, nl);
      lineNo++;
      if (overflow >= 0) {
        yield { line: lineNo, tooLong: true, length: overflow + piece.length };
        overflow = -1;
      } else {
        const full = buf + piece;
        buf = '';
        if (full.length > maxChars) yield { line: lineNo, tooLong: true, length: full.length };
        else yield { line: lineNo, text: full.endsWith('\r') ? full.slice(0, -1) : full, tooLong: false };
      }
      start = nl + 1;
    }
    const rest = chunk.slice(start);
    if (overflow >= 0) overflow += rest.length;
    else if (buf.length + rest.length > maxChars) {
      overflow = buf.length + rest.length;
      buf = '';
    } else buf += rest;
  }
  if (overflow >= 0) yield { line: lineNo + 1, tooLong: true, length: overflow };
  else if (buf !== '') yield { line: lineNo + 1, text: buf.endsWith('\r') ? buf.slice(0, -1) : buf, tooLong: false };
}

/** Read JSON Lines: one record per non-blank line. */
export async function* readJsonl(bytes: AsyncIterable<Uint8Array>, source: string, options: ReaderOptions = {}): AsyncGenerator<ReadItem> {
  const max = options.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES;
  for await (const l of lines(decodeStream(bytes), max)) {
    const fallbackId = `${source}:${l.line}`;
    if (l.tooLong) {
      yield { ok: false, id: fallbackId, source, code: 'RECORD_TOO_LARGE', reason: `line ${l.line} is ${l.length} characters, over the ${max} limit` };
      continue;
    }
    if (l.text.trim() === '') continue;
    let obj: unknown;
    try {
      obj = JSON.parse(l.text);
    } catch (err) {
      const raw = l.text.length > RAW_KEEP ? `${l.text.slice(0, RAW_KEEP)}…` : l.text;
      yield { ok: false, id: fallbackId, source, code: 'BAD_JSON', reason: `line ${l.line}: bad JSON (${(err as Error).message})`, raw };
      continue;
    }
    try {
      yield { ok: true, source, record: recordFromObject(obj, fallbackId, options, { format: 'jsonl', line: l.line }) };
    } catch (err) {
      const e = err as RecordError;
      yield { ok: false, id: fallbackId, source, code: e.code ?? 'MISSING_TEXT', reason: `line ${l.line}: ${e.message}` };
    }
  }
}

/**
 * A whole JSON document: one article object, an array of them, or an API envelope holding an
 * array under `item`/`items`/`data`/`articles`/`results` (ninjs). Read whole, within the record limit.
 */
export async function* readJson(bytes: AsyncIterable<Uint8Array>, source: string, options: ReaderOptions = {}): AsyncGenerator<ReadItem> {
  const max = options.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES;
  let text = '';
  for await (const s of decodeStream(bytes)) {
    text += s;
    if (text.length > max) {
      yield { ok: false, id: source, source, code: 'RECORD_TOO_LARGE', reason: `JSON document over the ${max} limit (use JSON Lines for big dumps)` };
      return;
    }
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    yield { ok: false, id: source, source, code: 'BAD_JSON', reason: `bad JSON (${(err as Error).message})` };
    return;
  }
  let items: unknown[] = [doc];
  if (Array.isArray(doc)) items = doc;
  else if (doc !== null && typeof doc === 'object') {
    for (const key of ['item', 'items', 'data', 'articles', 'results']) {
      const v = (doc as Record<string, unknown>)[key];
      if (Array.isArray(v)) {
        items = v;
        break;
      }
    }
  }
  for (let i = 0; i < items.length; i++) {
    const fallbackId = `${source}#${i + 1}`;
    try {
      yield { ok: true, source, record: recordFromObject(items[i], fallbackId, options, { format: 'json', index: i }) };
    } catch (err) {
      const e = err as RecordError;
      yield { ok: false, id: fallbackId, source, code: e.code ?? 'MISSING_TEXT', reason: e.message };
    }
  }
}
