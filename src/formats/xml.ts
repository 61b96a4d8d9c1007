/**
 * Streaming XML reader: saxes cuts the document into records (one element per article: <item>,
 * <entry>, <nitf>, <newsItem>, <page>, ...) and builds a small tree of each record only, so
 * memory stays flat however big the file. Safe for untrusted feeds:
 * - no external entities, no DTD fetching: SYSTEM/PUBLIC entities are refused, never read;
 * - internal entities expand only within limits: an entity expanding past `maxEntityExpansion`
 *   characters (billion laughs) or a record whose expansions total more than
 *   `maxRecordExpansion` (quadratic blowup) is refused with an error naming the record;
 * - HTML named entities (&eacute;, &nbsp;) decode even without a DTD;
 * - malformed XML fails the record it is in; the records around it still come out.
 */
import { decodeHTMLStrict } from 'entities';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { decodeStream } from './encoding.js';
import { RECORD_ELEMENTS, extractRecord, formatOfRoot, type XmlFormat } from './xml-formats.js';
import { child, cleanText, localName, type XNode } from './xml-tree.js';
import {
  DEFAULT_MAX_ENTITY_EXPANSION,
  DEFAULT_MAX_RECORD_BYTES,
  DEFAULT_MAX_RECORD_EXPANSION,
  type ReadItem,
  type ReaderOptions,
  type RecordErrorCode,
} from './types.js';

const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

interface EntityDecl {
  value: string | null; // null: external (SYSTEM/PUBLIC)
}

/** `<!ENTITY name "value">` declarations of an internal subset (parameter entities ignored). */
export function parseEntityDecls(doctype: string): Map<string, EntityDecl> {
  const decls = new Map<string, EntityDecl>();
  let i = 0;
  for (;;) {
    const at = doctype.indexOf('<!ENTITY', i);
    if (at < 0) break;
    let j = at + 8;
    const skipWs = (): void => {
      while (j < doctype.length && /\s/.test(doctype[j]!)) j++;
    };
    skipWs();
    if (doctype[j] === '%') {
      i = j;
      continue;
    }
    const nameStart = j;
    while (j < doctype.length && !/[\s>"']/.test(doctype[j]!)) j++;
    const name = doctype.slice(nameStart, j);
    skipWs();
    const q = doctype[j];
    if (q === '"' || q === "'") {
      const end = doctype.indexOf(q, j + 1);
      if (end < 0) break;
      if (!decls.has(name)) decls.set(name, { value: doctype.slice(j + 1, end) });
      i = end + 1;
    } else {
      if (name && !decls.has(name)) decls.set(name, { value: null });
      i = j;
    }
  }
  return decls;
}

const REF = /&([^&;\s]{1,64});/g;

/** Expansion of a document's internal entities, computed lazily with lengths memoized and capped. */
class EntityTable {
  private readonly lengths = new Map<string, number>();
  private readonly values = new Map<string, string>();
  constructor(
    private readonly decls: Map<string, EntityDecl>,
    private readonly limit: number,
  ) {}

  has(name: string): boolean {
    return this.decls.has(name);
  }
  isExternal(name: string): boolean {
    return this.decls.get(name)?.value === null;
  }

  /** Expanded length, capped at limit + 1 (Infinity for cycles and external references). */
  length(name: string, depth = 0): number {
    const known = this.lengths.get(name);
    if (known !== undefined) return known;
    const decl = this.decls.get(name);
    if (!decl || decl.value === null || depth > 32) return Infinity;
    this.lengths.set(name, Infinity); // a cycle reads as infinite
    let total = 0;
    let last = 0;
    for (const m of decl.value.matchAll(REF)) {
      total += m.index - last;
      last = m.index + m[0].length;
      const ref = m[1]!;
      if (ref.startsWith('#') || ref in PREDEFINED) total += 1;
      else if (this.decls.has(ref)) total += this.length(ref, depth + 1);
      else total += decodeHTMLStrict(m[0]).length;
      if (total > this.limit) break;
    }
    total += decl.value.length - last;
    const capped = Math.min(total, this.limit + 1);
    this.lengths.set(name, capped);
    return capped;
  }

  /** The expanded value; call only when length(name) <= limit. */
  value(name: string): string {
    const known = this.values.get(name);
    if (known !== undefined) return known;
    const decl = this.decls.get(name)!;
    const v = decl.value!.replace(REF, (m, ref: string) => {
      if (ref.startsWith('#')) return decodeHTMLStrict(m);
      if (ref in PREDEFINED) return PREDEFINED[ref]!;
      if (this.decls.has(ref)) return this.value(ref);
      return decodeHTMLStrict(m);
    });
    this.values.set(name, v);
    return v;
  }
}

interface OpenRecord {
  root: XNode;
  stack: XNode[];
  n: number;
  size: number;
  expanded: number;
  error: { code: RecordErrorCode; reason: string } | null;
}

export interface XmlReadOptions extends ReaderOptions {
  /** Force a format instead of taking it from the root element. */
  format?: XmlFormat;
}

export async function* readXml(bytes: AsyncIterable<Uint8Array>, source: string, options: XmlReadOptions = {}): AsyncGenerator<ReadItem> {
  const maxRecord = options.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES;
  const maxEntity = options.maxEntityExpansion ?? DEFAULT_MAX_ENTITY_EXPANSION;
  const maxExpansion = options.maxRecordExpansion ?? DEFAULT_MAX_RECORD_EXPANSION;
  let format: XmlFormat | null = options.format ?? null;
  let recordNames: readonly string[] = format ? RECORD_ELEMENTS[format] : [];
  let entities = new EntityTable(new Map(), maxEntity);
  let sawRoot = false;
  let depth = 0;
  let n = 0;
  let rec: OpenRecord | null = null;
  const out: ReadItem[] = [];
  let fileError: string | null = null;

  const parser = new SaxesParser({ position: true });
  const failRecord = (code: RecordErrorCode, reason: string): void => {
    if (rec && !rec.error) rec.error = { code, reason };
  };

  // Entities: predefined, character references (saxes' own), the document's internal ones
  // within limits, then HTML's named entities; anything else stays as written.
  const p = parser as unknown as { parseEntity(entity: string): string };
  const charRef = p.parseEntity.bind(parser);
  p.parseEntity = (entity: string): string => {
    if (entity.startsWith('#')) return charRef(entity);
    const pre = PREDEFINED[entity];
    if (pre !== undefined) return pre;
    if (entities.has(entity)) {
      if (entities.isExternal(entity)) {
        failRecord('XML_EXTERNAL_ENTITY', `external entity &${entity}; refused (external entities and DTDs are never fetched)`);
        return '';
      }
      const len = entities.length(entity);
      if (len > maxEntity) {
        failRecord('XML_ENTITY_EXPANSION', `entity expansion refused: &${entity}; expands past ${maxEntity} characters (billion laughs)`);
        return '';
      }
      if (rec) {
        rec.expanded += len;
        if (rec.expanded > maxExpansion) {
          failRecord('XML_ENTITY_EXPANSION', `entity expansion refused: over ${maxExpansion} characters of entities in one record (quadratic blowup)`);
          return '';
        }
        if (rec.error) return '';
      }
      return entities.value(entity);
    }
    const html = decodeHTMLStrict(`&${entity};`);
    return html;
  };

  parser.on('doctype', (text) => {
    entities = new EntityTable(parseEntityDecls(text), maxEntity);
  });
  parser.on('error', (err) => {
    const message = err.message.replace(/^(?:[^:]*:)?\d+:\d+: /, '');
    const where = `line ${parser.line}`;
    if (rec) failRecord('MALFORMED_XML', `malformed XML at ${where}: ${message}`);
    else if (!sawRoot || depth === 0) fileError ??= `malformed XML at ${where}: ${message}`;
  });
  parser.on('opentag', (tag) => {
    const t = tag as SaxesTagPlain;
    depth++;
    const local = localName(t.name);
    if (!sawRoot) {
      sawRoot = true;
      if (!format) {
        format = formatOfRoot(local, t.attributes);
        if (!format) {
          fileError = `unsupported XML: root element <${t.name}> is not a known news format (use --format)`;
          return;
        }
        recordNames = RECORD_ELEMENTS[format];
      }
    }
    if (rec) {
      const node: XNode = { name: t.name, local, attrs: t.attributes, children: [] };
      rec.size += t.name.length + 2;
      if (rec.size > maxRecord) {
        failRecord('RECORD_TOO_LARGE', `record over the ${maxRecord} limit`);
        rec.stack.push(node); // kept for balance, never attached
        return;
      }
      rec.stack[rec.stack.length - 1]!.children.push(node);
      rec.stack.push(node);
      return;
    }
    if (recordNames.includes(local)) {
      n++;
      const root: XNode = { name: t.name, local, attrs: t.attributes, children: [] };
      rec = { root, stack: [root], n, size: 0, expanded: 0, error: null };
    }
  });
  const onText = (text: string): void => {
    if (!rec || rec.error) return;
    rec.size += text.length;
    if (rec.size > maxRecord) {
      failRecord('RECORD_TOO_LARGE', `record over the ${maxRecord} limit`);
      return;
    }
    rec.stack[rec.stack.length - 1]!.children.push(text);
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', () => {
    depth--;
    if (!rec) return;
    rec.stack.pop();
    if (rec.stack.length > 0) return;
    const done: OpenRecord = rec;
    rec = null;
    const id = recordId(done.root) ?? `${source}#${done.n}`;
    if (done.error) {
      out.push({ ok: false, id, source, code: done.error.code, reason: done.error.reason });
      return;
    }
    try {
      const record = extractRecord(format!, done.root, source, done.n);
      if (record) out.push({ ok: true, source, record });
    } catch (err) {
      out.push({ ok: false, id, source, code: 'PARSE_ERROR', reason: `record ${done.n}: ${(err as Error).message}` });
    }
  });

  for await (const chunk of decodeStream(bytes)) {
    parser.write(chunk);
    if (fileError && !sawRoot) break;
    yield* out.splice(0);
    if (fileError) break;
  }
  if (!fileError) {
    try {
      parser.close();
    } catch {
      // reported through the error handler
    }
  }
  yield* out.splice(0);
  const open = rec as OpenRecord | null;
  if (open) {
    const id = recordId(open.root) ?? `${source}#${open.n}`;
    const reason = open.error?.reason ?? 'malformed XML: the file ends inside this record';
    yield { ok: false, id, source, code: open.error?.code ?? 'MALFORMED_XML', reason };
  }
  if (fileError && n === 0) yield { ok: false, id: source, source, code: sawRoot ? 'UNSUPPORTED_FORMAT' : 'MALFORMED_XML', reason: fileError };
  else if (!sawRoot) yield { ok: false, id: source, source, code: 'MALFORMED_XML', reason: 'malformed XML: no root element' };
}

/** The record's own id where it is cheap to find even in a broken record. */
function recordId(root: XNode): string | undefined {
  const attr = root.attrs.guid ?? root.attrs.itemid;
  if (attr) return attr;
  const guid = cleanText(child(root, 'guid')) ?? cleanText(child(root, 'id'));
  if (guid) return guid;
  const docId = child(child(child(root, 'head'), 'docdata'), 'doc-id')?.attrs['id-string'];
  return docId;
}
