import type { Document } from '../document/types.js';
import { holding } from '../document/word-ids.js';
import type { Headline } from '../types.js';
import type { BlockFeatures } from './features.js';
import { tableCells } from './model.js';
import { CONTENT, contentKeyId, contentKeysFor, tokenFlags } from './words.js';

/** How many blocks above the body a title line may stand (share bars, bylines, captions sit between). */
const WINDOW = 40;
const BYLINE_START = /^(?:by|von|par|por|door|written by|posted|published|updated|geschrieben von|veröffentlicht|publié|publicado)\b/i;
/** A date in the line: month names (en/de/fr/es, abbreviated) or numeric dates; bounded. */
const DATE_HINT = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|januar|februar|märz|mai|juni|juli|okt|dez|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)[a-z.]{0,7}\s{1,3}\d{1,2}\b|\b\d{1,2}\.?\s{1,3}(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|januar|februar|märz|mai|juni|juli|okt|dez|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)|\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{1,2}:\d{2}\b/i;
const COUNT_END = /\(\d{1,6}\)$/;
/** How much of the body's head the title is compared with. */
const HEAD_CHARS = 600;

/**
 * The title line: among the blocks above the body (and the body's first block), the one that
 * reads most like this article's title: title-sized, no closing full stop, not furniture, close
 * to the body, sharing content words with the body's first paragraphs, and not one item of a run
 * of similar lines (a list of other articles' titles). `taken` marks blocks already claimed
 * (byline, date line). Returns -1 when no block qualifies.
 */
export function findTitleLine(doc: Document, features: BlockFeatures[], bodyStart: number, taken: Set<number>, title: string | null, bodyBlocks: number[] = [], table: Uint8Array = tableCells(features), bylineBlock = -1): number {
  if (title) {
    const want = normalize(title);
    for (let i = 0; i < Math.min(doc.paragraphs.length, bodyStart + 2); i++) {
      if (taken.has(i)) continue;
      const p = doc.paragraphs[i]!;
      if (p.end - p.start > want.length + 20) continue;
      if (normalize(doc.text.slice(p.start, p.end)) === want) return i;
    }
    return -1;
  }
  contentKeysFor(doc.tokens);
  const head = bodyHeadWords(doc, bodyBlocks.length ? bodyBlocks : [bodyStart]);
  let best = -1;
  let bestScore = -Infinity;
  const scores = new Map<number, number>();
  let distance = 0;
  const last = Math.min(bodyStart, features.length - 1);
  for (let i = last; i >= 0 && i >= bodyStart - WINDOW; i--) {
    const f = features[i]!;
    if (f.words === 0) continue;
    if (i < bodyStart) distance++;
    // a cell of a table flattened to lines is no title
    if (taken.has(i) || !isTitleLike(doc, f, i) || table[i]) continue;
    // the body's first block is a candidate only when it does not read as prose: no sentence of
    // more than eight words ending in a full stop, and no question or exclamation longer than a title
    if (i === bodyStart && f.endsSentence && f.words > 8 && (f.words > 16 || doc.text.charAt(doc.paragraphs[i]!.end - 1) === '.')) continue;
    let s = titleScore(doc, features, i, head, distance);
    // a byline or date line just below is where the title usually stands
    for (let k = i + 1; k <= i + 3; k++) if (taken.has(k)) s += 0.5;
    // ... within the next three lines: the title, perhaps a standfirst, then "By ..." or the date
    for (let k = i + 1, seen = 0; k < features.length && seen < 3; k++) {
      if (features[k]!.words === 0) continue;
      seen++;
      // the byline right below: the title's own place ("Follow Jane Doe on Twitter" sits over a date line)
      if (seen === 1 && k === bylineBlock) s += 1;
      if (taken.has(k) || isMetaLine(doc, features, k)) {
        s += 2.5;
        break;
      }
    }
    scores.set(i, s);
    if (s > bestScore) {
      bestScore = s;
      best = i;
    }
  }
  if (bestScore <= 0) return -1;
  // a standfirst stands right under the title: when the best reads like one (a sentence, or long),
  // a shorter candidate just above, nearly as good, wins
  const standfirst = features[best]!.words >= 14 || doc.text.charAt(doc.paragraphs[best]!.end - 1) === '.';
  // (a photo caption between them is passed over)
  for (let k = best - 1; standfirst && k >= 0 && k >= best - 2; k--) {
    const above = scores.get(k);
    if (features[k]!.words === 0 || features[k]!.lexiconKind === 'caption') continue;
    if (above !== undefined && above >= bestScore - 1.2 && above > 0 && features[k]!.words < features[best]!.words) return k;
    break;
  }
  return best;
}

/** A byline or date line by its shape: "By ...", "Posted by ... on May 4, 2019", "Updated 22 hours ago". */
export function isMetaLine(doc: Document, features: BlockFeatures[], i: number): boolean {
  const f = features[i]!;
  if (f.words > 16 || f.endsSentence) return false;
  if (f.byStart || f.dateHint || f.commentMeta) return true;
  const p = doc.paragraphs[i]!;
  return BYLINE_START.test(doc.text.slice(p.start, Math.min(p.end, p.start + 40)));
}

function titleScore(doc: Document, features: BlockFeatures[], i: number, head: HeadWords, distance: number): number {
  const f = features[i]!;
  let s = 1;
  const words = contentWords(doc, doc.paragraphs[i]!.start, doc.paragraphs[i]!.end);
  if (words.length) {
    let shared = 0;
    for (const w of words) if (head.has(w)) shared++;
    s += 2 * (shared / words.length) + Math.min(shared, 5) * 0.35;
  }
  s -= 0.06 * Math.max(0, distance - 1);
  if (f.words >= 4 && f.words <= 20) s += 0.6;
  if (f.words < 4) s -= 0.6;
  else if (f.words >= 6 && f.words <= 16) s += 0.3;
  if (f.repeated && f.words >= 4) s += 0.4;
  if (f.separators) s -= 0.8;
  if (f.digitRatio > 0.2) s -= 1;
  if (f.link) s -= 1;
  // "Week 12 power rankings (133)": a count after a linked title
  if (f.parenEnd && COUNT_END.test(doc.text.slice(Math.max(doc.paragraphs[i]!.start, doc.paragraphs[i]!.end - 12), doc.paragraphs[i]!.end))) s -= 1.5;
  const raw = doc.text.slice(doc.paragraphs[i]!.start, doc.paragraphs[i]!.end);
  if (raw.endsWith('.')) s -= 0.7;
  if (BYLINE_START.test(raw)) s -= 2;
  if (DATE_HINT.test(raw)) s -= 1.2;
  if (f.capRatio >= 0.6) s += 0.2;
  // the first title-sized line after a menu or share bar
  const prev = features[i - 1];
  if (prev && (prev.words <= 3 || prev.lexiconKind)) s += 0.3;
  // one item of a list of titles: neighbours on both sides look the same
  const looksItem = (j: number): boolean => {
    const g = features[j];
    return g !== undefined && g.words >= 3 && g.words <= 20 && !g.endsSentence && !g.lexiconKind && !isMetaLine(doc, features, j);
  };
  if (looksItem(i - 1) && looksItem(i + 1)) s -= 0.8;
  if (looksItem(i - 1) && looksItem(i - 2)) s -= 0.4;
  return s;
}

function isTitleLike(doc: Document, f: BlockFeatures, i: number): boolean {
  if (f.lexiconKind || f.counter || f.commentMarker) return false;
  if (f.words < 2 || f.words > 30) return false;
  // a breadcrumb ("Blog > Weight Loss > Tips")
  if (f.separators >= 2) return false;
  const p = doc.paragraphs[i]!;
  if (p.end - p.start > 250) return false;
  const last = doc.text.charAt(p.end - 1);
  if (last === '.' && f.words > 6 && f.sentenceMarks > 0) return false;
  if (f.sentenceMarks > 2) return false;
  if (last === ':' || last === ',' || last === ';') return false;
  return true;
}

/** Content words of [start, end) (ids of their keys, words.ts): lower-case tokens of 3+ letters or digits, no stopwords, cut to 6 characters. */
function contentWords(doc: Document, start: number, end: number, into: number[] = []): number[] {
  const { tokens } = doc;
  // the paragraph's tokens: found from the paragraph of `start`
  const p = tokens.count ? paragraphAt(doc, start) : -1;
  if (p < 0) return into;
  const first = doc.paragraphTokens[p * 2]!;
  const last = doc.paragraphTokens[p * 2 + 1]!;
  for (let t = first; t < last; t++) {
    if (tokens.start[t]! < start) continue;
    if (tokens.end[t]! > end) break;
    if (tokenFlags(doc.text, tokens, t) & CONTENT) into.push(contentKeyId(tokens, t));
  }
  return into;
}

/** Index of the paragraph that holds offset `at` (paragraphs are sorted), or -1. */
function paragraphAt(doc: Document, at: number): number {
  const ps = doc.paragraphs;
  let lo = 0;
  let hi = ps.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = ps[mid]!;
    if (at < p.start) hi = mid - 1;
    else if (at >= p.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** A set of content key ids, as marks in one typed array reused from text to text (no Set built). */
interface HeadWords {
  has(id: number): boolean;
}
let headMarks = new Uint8Array(1 << 12);
let headIds: number[] = [];

function bodyHeadWords(doc: Document, blocks: number[]): HeadWords {
  // the previous text's marks cleared
  for (const id of headIds) headMarks[id] = 0;
  const words: number[] = [];
  let chars = 0;
  for (const b of blocks) {
    const p = doc.paragraphs[b];
    if (!p) break;
    const end = Math.min(p.end, p.start + HEAD_CHARS - chars);
    contentWords(doc, p.start, end, words);
    chars += end - p.start;
    if (chars >= HEAD_CHARS) break;
  }
  for (const id of words) {
    headMarks = holding(headMarks, id);
    headMarks[id] = 1;
  }
  headIds = words;
  const marks = headMarks;
  return { has: (id: number): boolean => marks[id] === 1 };
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
