/**
 * What each XML news format calls a record, and how a record's tree becomes an article:
 * headline, date, body paragraphs, id, url.
 */
import { composeText, normalizeDate } from './text.js';
import { wikitextToParagraphs } from './wikitext.js';
import { child, children, cleanText, find, htmlParagraphsOf, paragraphsOf, textOf, type XNode } from './xml-tree.js';
import type { DumpRecord, FormatName } from './types.js';

export type XmlFormat = Extract<FormatName, 'nitf' | 'newsml-g2' | 'newsml1' | 'rcv1' | 'rss' | 'atom' | 'wordpress' | 'mediawiki'>;
export const XML_FORMATS: readonly XmlFormat[] = ['nitf', 'newsml-g2', 'newsml1', 'rcv1', 'rss', 'atom', 'wordpress', 'mediawiki'];

/** Local names of the elements that are one record each. */
export const RECORD_ELEMENTS: Record<XmlFormat, readonly string[]> = {
  nitf: ['nitf'],
  'newsml-g2': ['newsItem'],
  newsml1: ['NewsItem'],
  rcv1: ['newsitem'],
  rss: ['item'],
  atom: ['entry'],
  wordpress: ['item'],
  mediawiki: ['page'],
};

/** The format a document's root element announces (attributes tell RSS from a WordPress export). */
export function formatOfRoot(local: string, attrs: Record<string, string>): XmlFormat | null {
  switch (local) {
    case 'nitf':
      return 'nitf';
    case 'newsItem':
    case 'newsMessage':
    case 'packageItem':
    case 'knowledgeItem':
      return 'newsml-g2';
    case 'NewsML':
      return 'newsml1';
    case 'newsitem':
      return 'rcv1';
    case 'rss':
    case 'RDF':
      return Object.entries(attrs).some(([k, v]) => k.startsWith('xmlns:') && v.includes('wordpress.org/export')) ? 'wordpress' : 'rss';
    case 'feed':
      return 'atom';
    case 'mediawiki':
      return 'mediawiki';
    default:
      return null;
  }
}

interface Parts {
  id?: string;
  title?: string;
  date?: string;
  url?: string;
  paragraphs: string[];
  meta?: Record<string, unknown>;
}

function build(parts: Parts, format: XmlFormat, source: string, n: number): DumpRecord {
  const meta: Record<string, unknown> = { format, n, ...parts.meta };
  const record: DumpRecord = { id: parts.id?.trim() || `${source}#${n}`, text: composeText(parts.title, parts.paragraphs), meta };
  if (parts.title) record.title = parts.title;
  const iso = normalizeDate(parts.date);
  if (iso) record.publishedAt = iso;
  else if (parts.date) meta.date = parts.date;
  if (parts.url) record.url = parts.url.trim();
  return record;
}

const NITF_SKIP = new Set(['hedline', 'byline', 'distributor', 'dateline', 'media-metadata', 'media-reference', 'series', 'rights', 'doc.copyright']);

/** The article inside an NITF element (also inside NewsML 1 and NewsML-G2 items). */
function nitfParts(nitf: XNode): Parts {
  const head = child(nitf, 'head');
  const body = child(nitf, 'body');
  const hedline = find(nitf, 'hedline');
  const title = cleanText(child(hedline, 'hl1')) ?? cleanText(child(head, 'title'));
  const docdata = child(head, 'docdata');
  const date =
    child(docdata, 'date.issue')?.attrs.norm ??
    child(head, 'pubdata')?.attrs['date.publication'] ??
    child(docdata, 'date.release')?.attrs.norm;
  const content = child(body, 'body.content') ?? body;
  const byline = cleanText(find(body ?? nitf, 'byline'));
  const dateline = cleanText(find(body ?? nitf, 'dateline'));
  const meta: Record<string, unknown> = {};
  if (byline) meta.byline = byline;
  if (dateline) meta.dateline = dateline;
  return {
    id: child(docdata, 'doc-id')?.attrs['id-string'],
    title,
    date,
    paragraphs: paragraphsOf(content, NITF_SKIP),
    meta,
  };
}

function nitf(node: XNode, source: string, n: number): DumpRecord {
  return build(nitfParts(node), 'nitf', source, n);
}

function newsmlG2(item: XNode, source: string, n: number): DumpRecord | null {
  const itemMeta = child(item, 'itemMeta');
  const contentMeta = child(item, 'contentMeta');
  const headline = cleanText(child(contentMeta, 'headline'));
  const date =
    textOf(child(contentMeta, 'contentCreated')).trim() ||
    textOf(child(itemMeta, 'firstCreated')).trim() ||
    textOf(child(itemMeta, 'versionCreated')).trim();
  const contentSet = child(item, 'contentSet');
  let paragraphs: string[] = [];
  let inner: Parts | undefined;
  for (const holder of [...children(contentSet, 'inlineXML'), ...children(contentSet, 'inlineData')]) {
    const nested = find(holder, 'nitf');
    if (nested) {
      inner = nitfParts(nested);
      paragraphs = inner.paragraphs;
    } else {
      const html = find(holder, 'body') ?? holder;
      paragraphs = holder.local === 'inlineData' ? htmlParagraphsOf(holder) : paragraphsOf(html);
    }
    if (paragraphs.length > 0) break;
  }
  const meta: Record<string, unknown> = { ...inner?.meta };
  const dateline = cleanText(child(contentMeta, 'dateline'));
  if (dateline) meta.dateline = dateline;
  const creator = cleanText(child(child(contentMeta, 'creator'), 'name'));
  if (creator) meta.byline = creator;
  const link = children(itemMeta, 'link').find((l) => l.attrs.rel === 'irel:canonical');
  return build(
    { id: item.attrs.guid, title: headline ?? inner?.title, date: date || inner?.date, paragraphs, url: link?.attrs.href, meta },
    'newsml-g2',
    source,
    n,
  );
}

function newsml1(item: XNode, source: string, n: number): DumpRecord {
  const ident = find(item, 'NewsIdentifier');
  const id = cleanText(child(ident, 'PublicIdentifier'));
  const lines = find(item, 'NewsLines');
  const title = cleanText(child(lines, 'HeadLine'));
  const mgmt = find(item, 'NewsManagement');
  const date = cleanText(child(mgmt, 'FirstCreated')) ?? cleanText(child(mgmt, 'ThisRevisionCreated')) ?? cleanText(child(ident, 'DateId'));
  const nested = find(item, 'nitf');
  let parts: Parts;
  if (nested) parts = nitfParts(nested);
  else {
    const data = find(item, 'DataContent');
    parts = { paragraphs: data ? (data.children.some((c) => typeof c !== 'string') ? paragraphsOf(data) : htmlParagraphsOf(data)) : [] };
  }
  const meta: Record<string, unknown> = { ...parts.meta };
  const dl = cleanText(child(lines, 'DateLine'));
  if (dl) meta.dateline = dl;
  return build({ ...parts, id: id ?? parts.id, title: title ?? parts.title, date: date ?? parts.date, meta }, 'newsml1', source, n);
}

function rcv1(item: XNode, source: string, n: number): DumpRecord {
  const meta: Record<string, unknown> = {};
  const byline = cleanText(child(item, 'byline'));
  const dateline = cleanText(child(item, 'dateline'));
  if (byline) meta.byline = byline;
  if (dateline) meta.dateline = dateline;
  return build(
    {
      id: item.attrs.itemid,
      title: cleanText(child(item, 'headline')) ?? cleanText(child(item, 'title')),
      date: item.attrs.date,
      paragraphs: paragraphsOf(child(item, 'text')),
      meta,
    },
    'rcv1',
    source,
    n,
  );
}

function rss(item: XNode, source: string, n: number, format: 'rss' | 'wordpress' = 'rss'): DumpRecord {
  const encoded = child(item, 'content:encoded') ?? child(item, 'encoded');
  let paragraphs = htmlParagraphsOf(encoded);
  if (paragraphs.length === 0) paragraphs = htmlParagraphsOf(child(item, 'description'));
  const meta: Record<string, unknown> = {};
  const creator = cleanText(child(item, 'dc:creator')) ?? cleanText(child(item, 'author'));
  if (creator) meta.byline = creator;
  if (format === 'wordpress') {
    const type = cleanText(child(item, 'wp:post_type'));
    const status = cleanText(child(item, 'wp:status'));
    if (type) meta.postType = type;
    if (status) meta.status = status;
  }
  const date =
    (format === 'wordpress' ? cleanText(child(item, 'wp:post_date_gmt')) : undefined) ??
    cleanText(child(item, 'pubDate')) ??
    cleanText(child(item, 'dc:date')) ??
    cleanText(child(item, 'date'));
  return build(
    {
      id: cleanText(child(item, 'guid')) ?? item.attrs['rdf:about'],
      title: htmlParagraphsOf(child(item, 'title')).join(' ') || undefined,
      date: date === '0000-00-00 00:00:00' ? cleanText(child(item, 'pubDate')) : date,
      url: cleanText(child(item, 'link')),
      paragraphs,
      meta,
    },
    format,
    source,
    n,
  );
}

function atomText(node: XNode | undefined): string[] {
  if (!node) return [];
  const type = node.attrs.type ?? 'text';
  if (type === 'xhtml') return paragraphsOf(node);
  if (type === 'html' || type === 'text/html') return htmlParagraphsOf(node);
  return textOf(node)
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p !== '');
}

function atom(entry: XNode, source: string, n: number): DumpRecord {
  let paragraphs = atomText(child(entry, 'content'));
  if (paragraphs.length === 0) paragraphs = atomText(child(entry, 'summary'));
  const links = children(entry, 'link');
  const link = links.find((l) => (l.attrs.rel ?? 'alternate') === 'alternate') ?? links[0];
  const author = cleanText(child(child(entry, 'author'), 'name'));
  return build(
    {
      id: cleanText(child(entry, 'id')),
      title: atomText(child(entry, 'title')).join(' ') || undefined,
      date: cleanText(child(entry, 'published')) ?? cleanText(child(entry, 'updated')),
      url: link?.attrs.href,
      paragraphs,
      meta: author ? { byline: author } : {},
    },
    'atom',
    source,
    n,
  );
}

function mediawiki(page: XNode, source: string, n: number): DumpRecord {
  const revisions = children(page, 'revision');
  const latest = revisions[revisions.length - 1];
  const meta: Record<string, unknown> = {};
  const ns = cleanText(child(page, 'ns'));
  if (ns !== undefined) meta.ns = ns;
  if (revisions.length > 1) meta.revisions = revisions.length;
  return build(
    {
      id: cleanText(child(page, 'id')),
      title: cleanText(child(page, 'title')),
      date: cleanText(child(latest, 'timestamp')),
      paragraphs: wikitextToParagraphs(textOf(child(latest, 'text'))),
      meta,
    },
    'mediawiki',
    source,
    n,
  );
}

/** A record's tree to a DumpRecord (null: the element carries no article, e.g. a package). */
export function extractRecord(format: XmlFormat, node: XNode, source: string, n: number): DumpRecord | null {
  switch (format) {
    case 'nitf':
      return nitf(node, source, n);
    case 'newsml-g2':
      return newsmlG2(node, source, n);
    case 'newsml1':
      return newsml1(node, source, n);
    case 'rcv1':
      return rcv1(node, source, n);
    case 'rss':
      return rss(node, source, n);
    case 'wordpress':
      return rss(node, source, n, 'wordpress');
    case 'atom':
      return atom(node, source, n);
    case 'mediawiki':
      return mediawiki(node, source, n);
  }
}
