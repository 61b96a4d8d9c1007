/**
 * The meta lines around the body: the byline and the date lines, claimed before the title search
 * (a byline or date line is neither title nor body).
 */
import type { Document } from '../document/types.js';
import type { Byline } from '../types.js';
import { findAbsoluteDate } from '../dates/absolute.js';
import { nameLine, opensWithBy, parseByline, saysBy } from './byline.js';
import { findDateline } from './dateline.js';
import type { BlockFeatures } from './features.js';

/** How far around the body a byline or date line may stand. */
const META_BEFORE = 12;
const META_AFTER = 6;

export interface MetaLines {
  byline: Byline | null;
  /** the blocks claimed: the byline's and the date lines' */
  taken: Set<number>;
  /** options.publishedAt, else the date of the byline or of a date line */
  publishedAt: string | null;
  /** the block of a byline that opens with "By", else -1: the title stands right above it */
  saysByAt: number;
}

/**
 * The byline and date lines near the body: `bodyStart`/`bodyEnd` bound the body span, `main` is
 * where its main span starts (a lead paragraph above the byline does not move the window up).
 */
export function readMetaLines(doc: Document, features: BlockFeatures[], span: { bodyStart: number; bodyEnd: number; main: number }, published: string | null): MetaLines {
  const { text, paragraphs } = doc;
  const { bodyStart, bodyEnd } = span;
  const taken = new Set<number>();
  let byline: Byline | null = null;
  let bylineBlock = -1;
  let bylineSaysBy = false;
  let publishedAt = published;
  const metaFrom = Math.max(0, bodyStart - META_BEFORE);
  const metaTo = Math.min(paragraphs.length, Math.max(bodyStart, span.main) + META_AFTER);
  const take = (b: Byline, i: number): void => {
    byline = b;
    bylineBlock = i;
    taken.add(i);
    if (YEAR_HINT.test(b.text)) publishedAt ??= findAbsoluteDate(b.text)?.iso ?? null;
  };
  for (let i = metaFrom; i < metaTo; i++) {
    const p = paragraphs[i]!;
    const f = features[i]!;
    // a byline that opens with "By" wins over one found above it without ("FIT FOR FUN — 02.01.23");
    // a photo credit ("Jane Roe | Example | Getty Images") names no author
    if ((!byline || !bylineSaysBy) && f.words <= 16 && f.lexiconKind !== 'caption') {
      const found = parseByline(text, p.start, p.end);
      if (found && (!byline || opensWithBy(found))) {
        if (byline) taken.delete(bylineBlock);
        take(found, i);
        bylineSaysBy = opensWithBy(found);
        continue;
      }
    }
    // chrono runs only on a short line that shows a day and month, a numeric date or a time
    // (a wire dateline opening a story, "PALO ALTO, Calif., Oct 19 - Shr 43 cts", is the body's start)
    const date = f.words <= 14 && f.dateHint && !opensWire(doc, i) ? dateLineDate(text.slice(p.start, p.end)) : null;
    if (date) {
      taken.add(i);
      publishedAt ??= date;
    }
  }
  // none near the body: further up (a byline above the share bar, the photo and its caption), or
  // right after the body (a blog's "Jane Doe — 2013-09-29 — in Code"), nearest first
  if (!byline) {
    const far = farByline(doc, features, metaFrom, Math.max(0, bodyStart - BYLINE_FAR_BEFORE), bodyEnd, Math.min(paragraphs.length, bodyEnd + BYLINE_AFTER_BODY));
    if (far) take(far.byline, far.block);
  }
  // a name alone on its line, with the date (or "8 min read") one or two lines below: "Jane Doe",
  // "December 18, 2020"
  if (!byline) {
    const named = namedAboveDate(doc, features, metaFrom, metaTo, taken);
    if (named) take(named.byline, named.block);
  }
  // (assigned in `take`, which TypeScript's narrowing does not follow)
  const found = byline as Byline | null;
  return { byline: found, taken, publishedAt, saysByAt: found && opensWithBy(found) ? bylineBlock : -1 };
}

/** When no byline stands near the body: how far above it one is looked for, and how far below its end. */
const BYLINE_FAR_BEFORE = 30;
const BYLINE_AFTER_BODY = 3;

/** The word a byline that says "by" holds, in the languages BY reads */
const BY_WORD = /\b(?:by|von|par|por|door)\b/i;

/** A byline and the block it stands on. */
interface Found {
  byline: Byline;
  block: number;
}

/** The nearest byline in [from, above) going up, else in [below, to); null if none. */
function farByline(doc: Document, features: BlockFeatures[], above: number, from: number, below: number, to: number): Found | null {
  const { text, paragraphs } = doc;
  // only a line that says "by": a name and a number ("Generis AG, Freier Platz 10") is too weak this far out
  const at = (i: number): Found | null => {
    if (features[i]!.words === 0 || features[i]!.words > 16) return null;
    const p = paragraphs[i]!;
    if (p.end - p.start > 160 || !BY_WORD.test(text.slice(p.start, p.end))) return null;
    const b = parseByline(text, p.start, p.end);
    return b !== null && saysBy(b) ? { byline: b, block: i } : null;
  };
  for (let i = above - 1; i >= from; i--) {
    const found = at(i);
    if (found) return found;
  }
  for (let i = below; i < to; i++) {
    const found = at(i);
    if (found) return found;
  }
  return null;
}

/** "11 min read", "Oct 18, 2019 · 8 min read": the reading time a byline stands over */
const READ_TIME = /\b\d{1,3} ?min(?:ute)?s? read\b/i;

/**
 * The first block in [from, to) that is a name alone whose next line, or the one after, is a
 * short date line or a reading time ("Jane Doe" over "December 18, 2020"); null if none.
 */
function namedAboveDate(doc: Document, features: BlockFeatures[], from: number, to: number, taken: Set<number>): Found | null {
  const { text, paragraphs } = doc;
  const dated = (k: number): boolean => {
    const f = features[k];
    if (!f || f.words > 10) return false;
    const p = paragraphs[k]!;
    return f.dateHint || READ_TIME.test(text.slice(p.start, p.end));
  };
  for (let i = from; i < to; i++) {
    const f = features[i]!;
    if (taken.has(i) || f.words < 2 || f.words > 4 || f.endsSentence) continue;
    if (!dated(i + 1) && !dated(i + 2)) continue;
    const b = nameLine(text, paragraphs[i]!.start, paragraphs[i]!.end);
    if (b) return { byline: b, block: i };
  }
  return null;
}

/** Whether block i opens with a wire dateline (the story's first line, not a meta line). */
export function opensWire(doc: Document, i: number): boolean {
  const p = doc.paragraphs[i]!;
  return findDateline(doc.text, p.start, p.end, null) !== null;
}

/** A full date needs a year: four digits, or a numeric date with a two-digit year (checked before chrono runs). */
const YEAR_HINT = /(?:1[89]|2[01])\d\d|\d[./-]\d{1,2}[./-]\d\d/;
const DATE_LINE_PREFIX = /^(?:published|updated|posted|last updated|last modified|date|veröffentlicht|aktualisiert|stand|publié le|publié|mis à jour|publicado|actualizado)\b:?/i;

/**
 * Words of five letters or more that a date, a time or a date line's label does not use (month
 * and day names, "morning", "published", ...): their letters stay outside any date chrono finds.
 */
const DATE_WORDS = new Set([
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'thurs',
  'midnight', 'morning', 'afternoon', 'evening', 'night', 'tonight', 'today', 'yesterday', 'tomorrow', 'clock',
  'published', 'updated', 'posted', 'modified', 'veröffentlicht', 'aktualisiert', 'stand', 'publié', 'publicado', 'actualizado',
]);
const LETTER_RUN = /\p{L}+/gu;

/** Letters in words of five or more letters outside DATE_WORDS (a lower bound on the letters left beside a date). */
function wordLettersBeyondDate(s: string): number {
  let n = 0;
  for (const m of s.matchAll(LETTER_RUN)) {
    const w = m[0];
    if (w.length >= 5 && !DATE_WORDS.has(w.toLowerCase())) n += w.length;
  }
  return n;
}

/** The ISO date of a line that is only a date/time ("Published: May 14, 2017 10:22 ET"), else null. */
function dateLineDate(s: string): string | null {
  if (s.length > 120 || !YEAR_HINT.test(s)) return null;
  // a date and a short label hold few letters: skip chrono on anything longer
  let alpha = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 64) alpha++;
  if (alpha > 48) return null;
  // chrono is costly (about a millisecond a line): skip it when the words no date takes already
  // hold more letters than the line may keep besides its date
  if (wordLettersBeyondDate(s) > 14) return null;
  const found = findAbsoluteDate(s);
  if (!found) return null;
  const rest = (s.slice(0, found.index) + s.slice(found.index + found.text.length)).replace(DATE_LINE_PREFIX, '');
  const letters = rest.replace(/[^\p{L}]/gu, '');
  return letters.length <= 14 ? found.iso : null;
}
