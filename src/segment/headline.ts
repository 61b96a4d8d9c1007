import type { Document } from '../document/types.js';
import type { Headline } from '../types.js';
import type { BlockFeatures } from './features.js';

/** How many blocks above the body a title line may stand. */
const WINDOW = 8;

/**
 * The title line: the nearest block above the body that reads like a title (a few words,
 * no closing full stop, not furniture). `taken` marks blocks already claimed (byline, date line).
 */
export function findTitleLine(doc: Document, features: BlockFeatures[], bodyStart: number, taken: Set<number>, title: string | null): number {
  if (title) {
    const want = normalize(title);
    for (let i = 0; i < Math.min(doc.paragraphs.length, bodyStart + 2); i++) {
      if (taken.has(i)) continue;
      const p = doc.paragraphs[i]!;
      if (normalize(doc.text.slice(p.start, p.end)) === want) return i;
    }
    return -1;
  }
  for (let i = bodyStart - 1; i >= 0 && i >= bodyStart - WINDOW; i--) {
    if (taken.has(i)) continue;
    if (isTitleLike(doc, features[i]!, i)) return i;
  }
  return -1;
}

function isTitleLike(doc: Document, f: BlockFeatures, i: number): boolean {
  if (f.lexiconKind || f.counter) return false;
  if (f.words < 3 || f.words > 30) return false;
  const p = doc.paragraphs[i]!;
  const last = doc.text.charAt(p.end - 1);
  if (last === '.' && f.words > 6 && f.sentenceMarks > 0) return false;
  if (last === ':' || last === ',') return false;
  return true;
}

function normalize(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** A headline from a title line. */
export function textHeadline(doc: Document, block: number): Headline {
  const p = doc.paragraphs[block]!;
  return { text: doc.text.slice(p.start, p.end), start: p.start, end: p.end, source: 'text' };
}

/** The lead sentence of the first body paragraph (after its dateline) as the headline. */
export function leadHeadline(doc: Document, block: number, from: number): Headline | null {
  for (const s of doc.sentences) {
    if (s.paragraph < block) continue;
    if (s.paragraph > block) break;
    if (s.end <= from) continue;
    let start = Math.max(s.start, from);
    while (start < s.end && /\s/.test(doc.text.charAt(start))) start++;
    if (start >= s.end) continue;
    return { text: doc.text.slice(start, s.end), start, end: s.end, source: 'lead' };
  }
  return null;
}
