/**
 * Format readers: bytes of a news dump -> records `{id, text, title?, publishedAt?, url?, meta}`.
 * `readRecords` picks the reader (`auto` sniffs), decompresses gzip/bzip2 and streams.
 */
import { decodeBytes } from './encoding.js';
import { readJson, readJsonl } from './jsonl.js';
import { readReutersSgml } from './sgml.js';
import { sniffFormat } from './sniff.js';
import { asBytes, decompress, peek } from './source.js';
import { DEFAULT_MAX_RECORD_BYTES, type FormatName, type ReadItem, type ReaderOptions } from './types.js';
import { readWarc } from './warc.js';
import { readXml } from './xml.js';
import { XML_FORMATS, type XmlFormat } from './xml-formats.js';

export * from './types.js';
export { sniffFormat, DUMP_EXTENSIONS } from './sniff.js';
export { readJsonl, readJson } from './jsonl.js';
export { readReutersSgml } from './sgml.js';
export { readXml } from './xml.js';
export { readWarc } from './warc.js';
export { normalizeDate, htmlToParagraphs } from './text.js';
export { detectEncoding, decodeStream, decodeBytes } from './encoding.js';
export { fileChunks, decompress } from './source.js';

/** A whole file as one article: UTF-8 (BOM dropped, invalid bytes an error as before), else the record fails. */
async function* readText(bytes: AsyncIterable<Uint8Array>, source: string, options: ReaderOptions): AsyncGenerator<ReadItem> {
  const max = options.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES;
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const c of bytes) {
    size += c.length;
    if (size > max) {
      yield { ok: false, id: source, source, code: 'RECORD_TOO_LARGE', reason: `file over the ${max}-byte limit` };
      return;
    }
    chunks.push(c);
  }
  const all = Buffer.concat(chunks);
  if (!isUtf8(all)) {
    yield { ok: false, id: source, source, code: 'READ_ERROR', reason: 'invalid UTF-8 (not a UTF-8 text file?)' };
    return;
  }
  yield { ok: true, source, record: { id: source, text: decodeBytes(all), meta: { format: 'text' } } };
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

type Reader = (bytes: AsyncIterable<Uint8Array>, source: string, options: ReaderOptions) => AsyncGenerator<ReadItem>;

const READERS: Record<'text' | 'jsonl' | 'json' | 'reuters-sgml' | 'warc', Reader> = {
  text: readText,
  jsonl: readJsonl,
  json: readJson,
  'reuters-sgml': readReutersSgml,
  warc: readWarc,
};

export interface ReadRecordsOptions extends ReaderOptions {
  format?: FormatName;
  /** The name used for sniffing (defaults to `source`). */
  name?: string;
}

/**
 * Records of one input, in order. `bytes` may be compressed (gzip, bzip2). With `format: 'auto'`
 * (the default) the format comes from the name and the first bytes.
 */
export async function* readRecords(
  bytes: AsyncIterable<Uint8Array>,
  source: string,
  options: ReadRecordsOptions = {},
): AsyncGenerator<ReadItem> {
  try {
    yield* readDecompressed(guarded(decompress(asBytes(bytes))), source, options);
  } catch (err) {
    // the bytes themselves could not be read (corrupt gzip or bzip2, a failing stream): the
    // records read so far stand; the rest of the input is one failure, not a crash
    if (!(err instanceof SourceError)) throw err;
    yield { ok: false, id: `${source}#input`, source, code: 'READ_ERROR', reason: err.message };
  }
}

/** An error of the byte source (reading, decompressing), told apart from a reader's own. */
class SourceError extends Error {}

async function* guarded(chunks: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  try {
    yield* chunks;
  } catch (err) {
    throw new SourceError(`cannot read input: ${err instanceof Error ? err.message : String(err)}`);
  }
}

async function* readDecompressed(plain: AsyncIterable<Buffer>, source: string, options: ReadRecordsOptions): AsyncGenerator<ReadItem> {
  let format = options.format ?? 'auto';
  let stream: AsyncIterable<Buffer> = plain;
  if (format === 'auto') {
    const peeked = await peek(plain, 16_384);
    format = sniffFormat(options.name ?? source, peeked.head);
    stream = peeked.stream;
    // XML: the reader reads the root element itself (and names an unknown one in its error).
    if ((XML_FORMATS as readonly string[]).includes(format)) {
      yield* readXml(stream, source, { ...options, format: undefined });
      return;
    }
  }
  const reader = READERS[format as keyof typeof READERS];
  if (reader) {
    yield* reader(stream, source, options);
    return;
  }
  if (!(XML_FORMATS as readonly string[]).includes(format)) throw new Error(`unknown format '${format}'`);
  yield* readXml(stream, source, { ...options, format: format as XmlFormat });
}

