/**
 * Turning markup into article text: block elements become paragraphs (joined by a blank line),
 * inline elements run on, whitespace inside a paragraph collapses, script/style are dropped.
 * HTML goes through htmlparser2 (entities decoded, all of them); XML records arrive as trees.
 */
import { decodeHTML } from 'entities';
import { Parser } from 'htmlparser2';

/** Elements that end a paragraph (HTML, NITF, XHTML, NewsML). */
export const BLOCK_ELEMENTS = new Set([
  'p', 'div', 'br', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr',
  'tr', 'table', 'thead', 'tbody', 'blockquote', 'pre', 'section', 'article', 'header', 'footer',
  'aside', 'figure', 'figcaption', 'caption', 'address', 'main', 'nav', 'hl1', 'hl2', 'block',
  'media', 'media-caption', 'body.content', 'body.head', 'body.end', 'tagline', 'bq', 'nitf-table',
  'fn', 'note', 'title', 'headline', 'byline', 'dateline', 'abstract', 'summary', 'iframe', 'img', 'td', 'th',
]);

/** Elements whose content is never article text. */
const SKIP_ELEMENTS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head', 'object', 'embed', 'map', 'math']);

const WS = /\s+/g;

/** Collapse runs of whitespace to one space and trim. */
export function squash(s: string): string {
  return s.replace(WS, ' ').trim();
}

/** Collects inline text into paragraphs. */
export class ParagraphBuilder {
  private readonly paragraphs: string[] = [];
  private current: string[] = [];

  text(s: string): void {
    this.current.push(s);
  }

  /** End the current paragraph (a block boundary). */
  flush(): void {
    if (this.current.length === 0) return;
    const p = squash(this.current.join(''));
    this.current = [];
    if (p !== '') this.paragraphs.push(p);
  }

  result(): string[] {
    this.flush();
    return this.paragraphs;
  }
}

/** Paragraphs of an HTML fragment (entities decoded, scripts, styles and a <title> dropped). */
export function htmlToParagraphs(html: string): string[] {
  return htmlToDocument(html).paragraphs;
}

/**
 * Deepest element nesting htmlparser2 is given. It keeps its open-element stack with
 * unshift/shift, so its cost grows with depth times tags: a crafted body nested 50,000 deep
 * takes seconds. Real pages stay far below this; deeper markup goes to the flat reader below.
 */
const MAX_NESTING = 512;

/** How deep open tags nest, counted roughly in one pass (stops counting past `limit`). */
function nestingDepth(html: string, limit: number): number {
  let depth = 0;
  let max = 0;
  for (let i = html.indexOf('<'); i >= 0 && max <= limit; i = html.indexOf('<', i + 1)) {
    const next = html.charCodeAt(i + 1);
    if (next === 47) depth = Math.max(0, depth - 1); // "</"
    else if ((next >= 65 && next <= 90) || (next >= 97 && next <= 122)) {
      const end = html.indexOf('>', i);
      if (end < 0) break;
      if (html.charCodeAt(end - 1) !== 47) depth++; // not "<br/>"
      if (depth > max) max = depth;
    }
  }
  return max;
}

/**
 * Paragraphs of markup without a tree: tags are read one after another (block tags end a
 * paragraph, script/style content is skipped), entities decoded. Linear at any nesting depth.
 */
function flatHtmlToDocument(html: string): { title: string | undefined; paragraphs: string[] } {
  const out = new ParagraphBuilder();
  let lower: string | null = null;
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    const textEnd = lt < 0 ? html.length : lt;
    if (textEnd > i) out.text(decodeHTML(html.slice(i, textEnd)));
    if (lt < 0) break;
    const gt = html.indexOf('>', lt);
    if (gt < 0) break;
    const tag = /^<\/?([A-Za-z][\w.:-]{0,40})/.exec(html.slice(lt, Math.min(gt + 1, lt + 44)));
    const name = tag ? tag[1]!.toLowerCase() : '';
    i = gt + 1;
    if (SKIP_ELEMENTS.has(name) && html.charCodeAt(lt + 1) !== 47) {
      lower ??= html.toLowerCase();
      const close = lower.indexOf(`</${name}`, i);
      i = close < 0 ? html.length : close;
    } else if (BLOCK_ELEMENTS.has(name)) out.flush();
  }
  return { title: undefined, paragraphs: out.result() };
}

/** A whole HTML page: its <title> and the paragraphs of its body. */
export function htmlToDocument(html: string): { title: string | undefined; paragraphs: string[] } {
  if (nestingDepth(html, MAX_NESTING) > MAX_NESTING) return flatHtmlToDocument(html);
  const out = new ParagraphBuilder();
  let skipDepth = 0;
  let inTitle = false;
  let title = '';
  const parser = new Parser(
    {
      onopentag(name) {
        if (name === 'title') inTitle = true;
        else if (SKIP_ELEMENTS.has(name)) skipDepth++;
        else if (BLOCK_ELEMENTS.has(name)) out.flush();
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false;
        else if (SKIP_ELEMENTS.has(name)) skipDepth = Math.max(0, skipDepth - 1);
        else if (BLOCK_ELEMENTS.has(name)) out.flush();
      },
      ontext(text) {
        if (inTitle) title += text;
        else if (skipDepth === 0) out.text(text);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  return { title: squash(title) || undefined, paragraphs: out.result() };
}

/** Article text from parts: headline first (so the segmenter finds a title line), then paragraphs. */
export function composeText(title: string | undefined, paragraphs: readonly string[]): string {
  const parts = title ? [title, ...paragraphs.filter((p, i) => !(i === 0 && p === title))] : [...paragraphs];
  return parts.join('\n\n');
}

const MONTHS: Record<string, string> = {
  JAN: '01', FEB: '02', MAR: '03', APR: '04', MAY: '05', JUN: '06', JUL: '07', AUG: '08', SEP: '09', OCT: '10', NOV: '11', DEC: '12',
  // pt, es, fr, de, it abbreviations seen in non-English RSS dates
  FEV: '02', ABR: '04', MAI: '05', AGO: '08', SET: '09', OUT: '10', DEZ: '12', ENE: '01', DIC: '12',
  JANV: '01', FÉVR: '02', FEVR: '02', AVR: '04', JUIN: '06', JUIL: '07', AOÛT: '08', AOUT: '08', SEPT: '09', DÉC: '12',
  MÄR: '03', MRZ: '03', OKT: '10', GEN: '01', MAG: '05', GIU: '06', LUG: '07', OTT: '10',
};
/** "24 Set 2018": day, month name, year anywhere in the string. */
const DAY_MON_YEAR = /(\d{1,2})\.? ([A-Za-zÀ-ÿ]{3,5})[a-zà-ÿ]{0,6}\.? (\d{4})/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?)?/;
const ISO_PREFIX = /^\d{4}-\d{2}-\d{2}/;
const DMY_MON = /^(\d{1,2})-([A-Za-z]{3})-(\d{4})/;

/**
 * A date string from a dump as an ISO 8601 date (YYYY-MM-DD), or undefined when it is not a
 * date. Handles ISO, compact ISO (20151210T191044Z), RFC 822 (RSS), Reuters (26-FEB-1987 ...),
 * Unix timestamps (seconds or milliseconds).
 */
export function normalizeDate(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) {
    const ms = value > 1e11 ? value : value * 1000;
    const d = new Date(ms);
    return Number.isNaN(d.getTime()) ? undefined : d.toISOString().slice(0, 10);
  }
  if (typeof value !== 'string') return undefined;
  const s = value.trim();
  if (s === '' || s.length > 100) return undefined;
  if (ISO_PREFIX.test(s)) return validYmd(s.slice(0, 4), s.slice(5, 7), s.slice(8, 10));
  let m = COMPACT.exec(s);
  if (m) return validYmd(m[1]!, m[2]!, m[3]!);
  m = DMY_MON.exec(s);
  if (m) {
    const month = MONTHS[m[2]!.toUpperCase()];
    return month ? validYmd(m[3]!, month, m[1]!.padStart(2, '0')) : undefined;
  }
  if (/^\d{9,13}$/.test(s)) return normalizeDate(Number(s));
  const d = new Date(s);
  if (!Number.isNaN(d.getTime())) return d.toISOString().slice(0, 10);
  m = DAY_MON_YEAR.exec(s);
  if (m) {
    const month = MONTHS[m[2]!.toUpperCase()] ?? MONTHS[m[2]!.slice(0, 3).toUpperCase()];
    if (month) return validYmd(m[3]!, month, m[1]!.padStart(2, '0'));
  }
  return undefined;
}

function validYmd(y: string, m: string, d: string): string | undefined {
  const date = new Date(Date.UTC(+y, +m - 1, +d));
  return date.getUTCMonth() === +m - 1 && date.getUTCDate() === +d && date.getUTCFullYear() === +y ? `${y}-${m}-${d}` : undefined;
}
