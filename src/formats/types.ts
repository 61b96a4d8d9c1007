import { NewsparseError } from '../errors.js';

/**
 * Records read from news dumps. Every reader turns bytes into a lazy sequence of ReadItems, one
 * per record, in file order: a record to parse, or a record that could not be read (with a
 * reason and a code), so that every record is accounted for.
 */

/** One article cut from a dump. */
export interface DumpRecord {
  /** The record's own id when the format has one (guid, doc-id, NEWID, --id-field), else `<source>#<n>`. */
  id: string;
  text: string;
  title?: string;
  /** A date as the format gives it, normalized to ISO 8601 where possible. */
  publishedAt?: string;
  url?: string;
  /** Format-specific extras (format name, record number, line, byline, dateline, ...). */
  meta: Record<string, unknown>;
}

/** Why a record could not be read. */
export type RecordErrorCode =
  | 'BAD_JSON'
  | 'MISSING_TEXT'
  | 'MALFORMED_XML'
  | 'XML_ENTITY_EXPANSION'
  | 'XML_EXTERNAL_ENTITY'
  | 'RECORD_TOO_LARGE'
  | 'UNSUPPORTED_FORMAT'
  | 'READ_ERROR'
  | 'PARSE_ERROR';

export type ReadItem =
  | { ok: true; record: DumpRecord; source: string }
  | { ok: false; id: string; source: string; code: RecordErrorCode; reason: string; raw?: string };

export type FormatName =
  | 'auto'
  | 'text'
  | 'jsonl'
  | 'json'
  | 'reuters-sgml'
  | 'nitf'
  | 'newsml-g2'
  | 'newsml1'
  | 'rcv1'
  | 'rss'
  | 'atom'
  | 'wordpress'
  | 'mediawiki'
  | 'warc';

export const FORMATS: readonly FormatName[] = [
  'auto', 'text', 'jsonl', 'json', 'reuters-sgml', 'nitf', 'newsml-g2', 'newsml1', 'rcv1', 'rss', 'atom', 'wordpress', 'mediawiki', 'warc',
];

export interface FieldOptions {
  /** JSON field holding the article text (dotted paths allowed: `a.b`). */
  textField?: string;
  titleField?: string;
  dateField?: string;
  idField?: string;
  urlField?: string;
}

export interface ReaderOptions extends FieldOptions {
  /** Largest record (or plain-text file) read, in bytes; larger ones fail with RECORD_TOO_LARGE. Default 32 MiB. */
  maxRecordBytes?: number;
  /** Most characters one XML entity may expand to. Default 65,536. */
  maxEntityExpansion?: number;
  /** Most characters of entity expansion in one XML record. Default 1,000,000. */
  maxRecordExpansion?: number;
  /** Called with the number of (compressed) bytes consumed, for progress. */
  onBytes?: (n: number) => void;
}

export const DEFAULT_MAX_RECORD_BYTES = 32 * 1024 * 1024;
export const DEFAULT_MAX_ENTITY_EXPANSION = 65_536;
export const DEFAULT_MAX_RECORD_EXPANSION = 1_000_000;

/** A record-level failure inside a reader, carrying its code (a NewsparseError like the library's others). */
export class RecordError extends NewsparseError {
  declare readonly code: RecordErrorCode;
  constructor(code: RecordErrorCode, message: string) {
    super(code, message);
    this.name = 'RecordError';
  }
}
