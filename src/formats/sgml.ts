/**
 * Reuters-21578 (`reut2-*.sgm`): SGML, not XML (no root element, unescaped `&` and `<` appear,
 * `&#3;` control characters). Cut on <REUTERS ...> ... </REUTERS> and read TITLE, DATELINE,
 * BODY and DATE by position, one document at a time.
 */
import { decodeHTMLStrict } from 'entities';
import { decodeStream } from './encoding.js';
import { normalizeDate } from './text.js';
import { DEFAULT_MAX_RECORD_BYTES, type DumpRecord, type ReadItem, type ReaderOptions } from './types.js';

const OPEN = '<REUTERS';
const CLOSE = '</REUTERS>';

function element(doc: string, name: string): string | undefined {
  const open = doc.indexOf(`<${name}`);
  if (open < 0) return undefined;
  const gt = doc.indexOf('>', open);
  if (gt < 0) return undefined;
  const close = doc.indexOf(`</${name}>`, gt);
  return close < 0 ? undefined : doc.slice(gt + 1, close);
}

function attribute(tag: string, name: string): string | undefined {
  const i = tag.indexOf(` ${name}="`);
  if (i < 0) return undefined;
  const start = i + name.length + 3;
  const end = tag.indexOf('"', start);
  return end < 0 ? undefined : tag.slice(start, end);
}

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
const ENTITY = /&(#\d{1,7}|#x[0-9a-fA-F]{1,6}|[A-Za-z]{1,31});/g;
const TAGS = /<[^<>]{0,200}>/g;

/** SGML text to plain text: entities decoded, control characters (&#2; &#3;) dropped. */
function clean(s: string): string {
  return s.replace(ENTITY, (m) => decodeHTMLStrict(m)).replace(CONTROL, '');
}

/** Wire-copy body: paragraphs start with an indented line; hard wraps are kept. */
function bodyParagraphs(body: string): string {
  return clean(body)
    .replace(/\r/g, '')
    .split(/\n(?=[ \t]{2,})/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .join('\n\n');
}

/** One <REUTERS> document to a record. */
export function reutersRecord(doc: string, source: string, n: number): DumpRecord {
  const tag = doc.slice(0, doc.indexOf('>') + 1);
  const newId = attribute(tag, 'NEWID');
  const title = element(doc, 'TITLE');
  const dateline = element(doc, 'DATELINE');
  const body = element(doc, 'BODY');
  const date = element(doc, 'DATE');
  const meta: Record<string, unknown> = { format: 'reuters-sgml', n };
  for (const key of ['TOPICS', 'LEWISSPLIT', 'CGISPLIT', 'OLDID']) {
    const v = attribute(tag, key);
    if (v !== undefined) meta[key.toLowerCase()] = v;
  }
  const text = element(doc, 'TEXT') ?? '';
  const parts: string[] = [];
  const cleanTitle = title !== undefined ? clean(title).trim() : undefined;
  if (cleanTitle) parts.push(cleanTitle);
  if (body !== undefined) {
    const dl = dateline !== undefined ? clean(dateline).trim() : '';
    if (dl) meta.dateline = dl;
    const b = bodyParagraphs(body);
    parts.push(dl ? `${dl} ${b}` : b);
  } else {
    // BRIEF and UNPROC documents: the TEXT element holds everything (without the title, already taken).
    const rest = cleanTitle ? text.replace(/<TITLE>[^]*?<\/TITLE>/, '') : text;
    parts.push(bodyParagraphs(rest.replace(TAGS, '')));
  }
  const record: DumpRecord = { id: newId ?? `${source}#${n}`, text: parts.filter((p) => p !== '').join('\n\n'), meta };
  if (cleanTitle) record.title = cleanTitle;
  const iso = date !== undefined ? normalizeDate(clean(date)) : undefined;
  if (iso) record.publishedAt = iso;
  return record;
}

export async function* readReutersSgml(bytes: AsyncIterable<Uint8Array>, source: string, options: ReaderOptions = {}): AsyncGenerator<ReadItem> {
  const max = options.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES;
  let buf = '';
  let n = 0;
  for await (const chunk of decodeStream(bytes)) {
    buf += chunk;
    for (;;) {
      const start = buf.indexOf(OPEN);
      if (start < 0) {
        // keep a tail in case the opening tag is split across chunks
        buf = buf.slice(-OPEN.length);
        break;
      }
      const end = buf.indexOf(CLOSE, start);
      if (end < 0) {
        buf = buf.slice(start);
        if (buf.length > max) {
          n++;
          yield { ok: false, id: `${source}#${n}`, source, code: 'RECORD_TOO_LARGE', reason: `document over the ${max} limit` };
          buf = buf.slice(OPEN.length);
          continue;
        }
        break;
      }
      n++;
      const doc = buf.slice(start, end);
      buf = buf.slice(end + CLOSE.length);
      yield { ok: true, source, record: reutersRecord(doc, source, n) };
    }
  }
}
