/** `--format auto`: the format of a file from its name and first bytes. */
import { decodeBytes } from './encoding.js';
import { formatOfRoot } from './xml-formats.js';
import { localName } from './xml-tree.js';
import type { FormatName } from './types.js';

const BY_EXTENSION: [RegExp, FormatName][] = [
  [/\.(jsonl|ndjson)$/i, 'jsonl'],
  [/\.json$/i, 'json'],
  [/\.sgml?$/i, 'reuters-sgml'],
  [/\.warc$/i, 'warc'],
  [/\.txt$/i, 'text'],
];

/** Extensions a folder walk picks up when a format is given (plus .gz/.bz2 of each). */
export const DUMP_EXTENSIONS = /\.(txt|jsonl|ndjson|json|xml|rss|atom|sgml?|nitf|warc)(\.(gz|bz2))?$/i;

/** Strip .gz / .bz2 from a name. */
const baseName = (name: string): string => name.replace(/\.(gz|bz2)$/i, '');

/**
 * The format of a (decompressed) stream whose first bytes are `head`. The name decides for
 * unambiguous extensions (.jsonl, .json, .sgm, .txt); otherwise the content: JSON lines, a JSON
 * document, Reuters SGML, an XML root element, else plain text.
 */
export function sniffFormat(name: string, head: Uint8Array): FormatName {
  const base = baseName(name);
  for (const [re, format] of BY_EXTENSION) if (re.test(base)) return format;
  if (head.subarray(0, 6).toString() === 'WARC/1') return 'warc';
  const text = decodeBytes(head.subarray(0, 16_384)).replace(/^\uFEFF/, '');
  const start = text.trimStart();
  if (start.startsWith('{') || start.startsWith('[')) {
    const firstLine = start.slice(0, start.indexOf('\n') < 0 ? start.length : start.indexOf('\n')).trim();
    if (start.startsWith('{') && firstLine.endsWith('}')) {
      try {
        JSON.parse(firstLine);
        return 'jsonl';
      } catch {
        // not one object per line
      }
    }
    return 'json';
  }
  if (start.startsWith('<')) {
    if (start.includes('<!DOCTYPE lewis') || /^<REUTERS[\s>]/m.test(start.slice(0, 4096))) return 'reuters-sgml';
    const root = rootElement(start);
    if (root) {
      const format = formatOfRoot(localName(root.name), root.attrs);
      if (format) return format;
    }
    return 'rss'; // an XML reader names an unknown root in its error
  }
  return 'text';
}

/** The first element's name and attributes (good enough to tell formats apart). */
function rootElement(s: string): { name: string; attrs: Record<string, string> } | null {
  let i = 0;
  for (;;) {
    const lt = s.indexOf('<', i);
    if (lt < 0) return null;
    const next = s[lt + 1];
    if (next === '?' ) {
      i = s.indexOf('?>', lt) + 2;
      if (i < 2) return null;
      continue;
    }
    if (next === '!') {
      if (s.startsWith('<!--', lt)) {
        const end = s.indexOf('-->', lt);
        if (end < 0) return null;
        i = end + 3;
        continue;
      }
      // DOCTYPE, possibly with an internal subset
      const bracket = s.indexOf('[', lt);
      const gt = s.indexOf('>', lt);
      if (gt < 0) return null;
      if (bracket >= 0 && bracket < gt) {
        const end = s.indexOf(']>', bracket);
        if (end < 0) return null;
        i = end + 2;
      } else i = gt + 1;
      continue;
    }
    const gt = s.indexOf('>', lt);
    const tag = s.slice(lt + 1, gt < 0 ? s.length : gt);
    const m = /^([A-Za-z_][\w:.-]*)/.exec(tag);
    if (!m) return null;
    // Only a WordPress export's namespace matters for telling formats apart.
    const attrs: Record<string, string> = tag.includes('wordpress.org/export') ? { 'xmlns:wp': 'http://wordpress.org/export/' } : {};
    return { name: m[1]!, attrs };
  }
}
