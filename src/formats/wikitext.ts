/**
 * MediaWiki wikitext to plain paragraphs, in one linear pass per construct: templates
 * ({{...}}, nested), tables ({| ... |}), comments, <ref> notes, file and category links are
 * dropped; [[target|label]] becomes its label, [url label] its label; bold/italic quotes go;
 * headings become their own paragraphs.
 */
import { decodeHTMLStrict } from 'entities';

/** Remove balanced `open ... close` spans (nested), scanning once. Unbalanced openers are dropped to the end. */
function dropNested(s: string, open: string, close: string): string {
  let out = '';
  let depth = 0;
  let i = 0;
  while (i < s.length) {
    if (s.startsWith(open, i)) {
      depth++;
      i += open.length;
    } else if (depth > 0 && s.startsWith(close, i)) {
      depth--;
      i += close.length;
    } else {
      if (depth === 0) out += s[i];
      i++;
    }
  }
  return out;
}

const TAG = /<\/?[A-Za-z][^<>]{0,200}>/g;
const ENTITY = /&(#\d{1,7}|#x[0-9a-fA-F]{1,6}|[A-Za-z]{1,31});/g;
const BOLD_ITALIC = /'{2,5}/g;
const EXT_LINK = /\[(?:https?:)?\/\/[^\s\]]{1,2000}(?: ([^\]]{0,500}))?\]/g;

/** Remove `open ... close` spans (not nested) with indexOf: linear even when `close` never comes. */
function dropBetween(s: string, open: string, close: string): string {
  let out = '';
  let i = 0;
  for (;;) {
    const a = s.indexOf(open, i);
    if (a < 0) return out + s.slice(i);
    out += s.slice(i, a);
    const gt = s.indexOf('>', a);
    if (open === '<ref' && gt >= 0 && gt - a < 300 && s[gt - 1] === '/') {
      i = gt + 1;
      continue;
    }
    const b = s.indexOf(close, a + open.length);
    if (b < 0) return out;
    i = b + close.length;
  }
}

/** `== Heading ==` to its text, or null. */
function heading(line: string): string | null {
  if (!line.startsWith('=') || !line.endsWith('=')) return null;
  let a = 0;
  while (line[a] === '=') a++;
  let b = line.length;
  while (b > a && line[b - 1] === '=') b--;
  return a < line.length && b > a ? line.slice(a, b).trim() : null;
}

/** `[[...]]` links: label or target kept; File:/Image:/Category: links dropped (nested links inside captions too). */
function unlink(s: string): string {
  let out = '';
  let i = 0;
  while (i < s.length) {
    const open = s.indexOf('[[', i);
    if (open < 0) {
      out += s.slice(i);
      break;
    }
    out += s.slice(i, open);
    // find the matching ]] with nesting
    let depth = 0;
    let j = open;
    let end = -1;
    while (j < s.length) {
      if (s.startsWith('[[', j)) {
        depth++;
        j += 2;
      } else if (s.startsWith(']]', j)) {
        depth--;
        j += 2;
        if (depth === 0) {
          end = j;
          break;
        }
      } else j++;
    }
    if (end < 0) {
      out += s.slice(open + 2);
      break;
    }
    const inner = s.slice(open + 2, end - 2);
    const colon = inner.indexOf(':');
    const ns = colon > 0 ? inner.slice(0, colon).toLowerCase() : '';
    if (!['file', 'image', 'category', 'media', 'fil', 'mynd', 'bólkur', 'kategorie', 'catégorie'].includes(ns)) {
      const pipe = inner.lastIndexOf('|');
      out += pipe >= 0 ? inner.slice(pipe + 1) : inner;
    }
    i = end;
  }
  return out;
}

export function wikitextToParagraphs(wikitext: string): string[] {
  let s = dropBetween(dropBetween(wikitext, '<!--', '-->'), '<ref', '</ref>');
  s = dropNested(s, '{{', '}}');
  s = dropNested(s, '{|', '|}');
  s = unlink(s);
  s = s.replace(EXT_LINK, (_m, label: string | undefined) => label ?? '');
  s = s.replace(TAG, '').replace(BOLD_ITALIC, '').replace(ENTITY, (m) => decodeHTMLStrict(m));
  const paragraphs: string[] = [];
  let current: string[] = [];
  const flush = (): void => {
    const p = current.join(' ').replace(/\s+/g, ' ').trim();
    if (p) paragraphs.push(p);
    current = [];
  };
  for (const raw of s.split('\n')) {
    const line = raw.trim();
    if (line === '' || line === '__NOTOC__' || line === '__TOC__') {
      flush();
      continue;
    }
    const h = heading(line);
    if (h !== null) {
      flush();
      if (h) paragraphs.push(h);
      continue;
    }
    if (/^[*#:;]/.test(line)) {
      flush();
      current.push(line.replace(/^[*#:;]+\s*/, ''));
      flush();
      continue;
    }
    current.push(line);
  }
  flush();
  return paragraphs;
}
