import { buildDocument } from '../document/build.js';
import type { Document } from '../document/types.js';
import { assertLines, assertSize, assertText, resolveOptions, type ResolvedOptions } from '../options.js';
import type { Boilerplate, Byline, Dateline, Headline, ParseOptions, Span, TextSpan } from '../types.js';
import { findAbsoluteDate } from '../dates/absolute.js';
import { selectBody } from './body.js';
import { nameLine, opensWithBy, parseByline, saysBy } from './byline.js';
import { findDateline } from './dateline.js';
import { AGENCIES } from '../lexicons/agencies.js';
import { type BlockFeatures, readBlocks } from './features.js';
import { findTitleLine, isMetaLine, leadHeadline, textHeadline } from './headline.js';
import { boilerplateKinds } from './kinds.js';
import { scoreBlocks } from './model.js';
import type { BoilerplateMemory } from './memory.js';
import { bytes, withBuffers } from './buffers.js';

export { createBoilerplateMemory, type BoilerplateMemory, type BoilerplateMemoryOptions } from './memory.js';

export interface Segmentation {
  headline: Headline | null;
  dateline: Dateline | null;
  byline: Byline | null;
  publishedAt: string | null;
  paragraphs: TextSpan[];
  boilerplate: Boilerplate[];
  /** Spans later stages read: the headline (when it has offsets) and the body paragraphs. */
  regions: Span[];
}

/** How far around the body a byline or date line may stand. */
const META_BEFORE = 12;
const META_AFTER = 6;

/**
 * Find the article in a page: body paragraphs vs boilerplate (with kinds), headline,
 * dateline, byline and publication date. The input limits are parseArticle's
 * (`maxInputBytes`, `maxLines`).
 */
export function segment(text: string, options?: ParseOptions): Segmentation {
  assertText(text, 'segment');
  const opts = resolveOptions(options);
  assertSize(text, opts.maxInputBytes);
  assertLines(text, opts.maxLines);
  return segmentDocument(buildDocument(text), opts);
}

/**
 * The blocks the site memory knows as furniture. When they would take most of what reads as
 * the article (over half its words), the page is another copy of a story the site has already
 * run (an update, a syndicated repeat), not furniture: then none is.
 */
function recurringBlocks(doc: Document, features: BlockFeatures[], logits: Float64Array, memory: BoilerplateMemory): Set<number> {
  const { text, paragraphs } = doc;
  const recurring = new Set<number>();
  let proseWords = 0;
  let recurringWords = 0;
  paragraphs.forEach((p, i) => {
    const again = memory.isRecurring(text.slice(p.start, Math.min(p.end, p.start + 400)));
    if (again) recurring.add(i);
    if (logits[i]! > 0) {
      proseWords += features[i]!.words;
      if (again) recurringWords += features[i]!.words;
    }
  });
  return recurringWords * 2 > proseWords ? new Set() : recurring;
}

/** When no byline stands near the body: how far above it one is looked for, and how far below its end. */
const BYLINE_FAR_BEFORE = 30;
const BYLINE_AFTER_BODY = 3;

/** The word a byline that says "by" holds, in the languages BY reads */
const BY_WORD = /\b(?:by|von|par|por|door)\b/i;

/** The block of the nearest byline in [from, above) going up, else in [below, to): -1 if none. */
function farByline(doc: Document, features: BlockFeatures[], above: number, from: number, below: number, to: number): number {
  const { text, paragraphs } = doc;
  // only a line that says "by": a name and a number ("Generis AG, Freier Platz 10") is too weak this far out
  const at = (i: number): boolean => {
    if (features[i]!.words === 0 || features[i]!.words > 16) return false;
    const p = paragraphs[i]!;
    if (p.end - p.start > 160 || !BY_WORD.test(text.slice(p.start, p.end))) return false;
    const b = parseByline(text, p.start, p.end);
    return b !== null && saysBy(b);
  };
  for (let i = above - 1; i >= from; i--) if (at(i)) return i;
  for (let i = below; i < to; i++) if (at(i)) return i;
  return -1;
}

/** "11 min read", "Oct 18, 2019 · 8 min read": the reading time a byline stands over */
const READ_TIME = /\b\d{1,3} ?min(?:ute)?s? read\b/i;

/**
 * The first block in [from, to) that is a name alone whose next line, or the one after, is a
 * short date line or a reading time ("Jane Doe" over "December 18, 2020"); -1 if none.
 */
function namedAboveDate(doc: Document, features: BlockFeatures[], from: number, to: number, taken: Set<number>): number {
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
    const p = paragraphs[i]!;
    if ((dated(i + 1) || dated(i + 2)) && nameLine(text, p.start, p.end)) return i;
  }
  return -1;
}

/**
 * The block a byline that opens with "By" stands on, or -1: the title stands right above such a
 * line ("Jane Roe, Associated Press" under a photo caption is as likely the photo's credit).
 */
function bylineBlockOf(doc: Document, byline: Byline | null): number {
  if (!byline || !opensWithBy(byline)) return -1;
  return doc.paragraphs.findIndex((p) => p.start <= byline.start && byline.start < p.end);
}

/** How many blocks from the top a wire dateline may open the story at. */
const WIRE_START_WITHIN = 4;

/**
 * A block near the top opens with a wire dateline ("BENTON HARBOR, MICH., Oct 19 - Qtly div
 * 27-1/2 cts vs 27-1/2 cts prior", then "Pay December 31"), but the body found starts below it
 * or is empty: short wire items and results tables are written in lines that read like
 * furniture, and the dateline says where the story starts. The body then starts there; when none
 * was found it runs over the blocks no lexicon names as furniture, up to a sign-off ("Reuter").
 */
function wireFallback(doc: Document, features: BlockFeatures[], selected: ReturnType<typeof selectBody>, publishedAt: string | null): ReturnType<typeof selectBody> {
  const { text, paragraphs } = doc;
  const found = selected.body.length > 0;
  let seen = 0;
  for (let i = 0; i < paragraphs.length && seen < WIRE_START_WITHIN && (!found || i < selected.start); i++) {
    if (features[i]!.words === 0) continue;
    seen++;
    const p = paragraphs[i]!;
    if (!findDateline(text, p.start, p.end, publishedAt)) continue;
    let end = found ? selected.start : i + 1;
    if (!found) while (end < paragraphs.length && !furniture(text, paragraphs[end]!, features[end]!)) end++;
    const lead: number[] = [];
    for (let k = i; k < end; k++) {
      if (features[k]!.words === 0) continue;
      // between the dateline and the body found, furniture stops the story's start
      if (k > i && furniture(text, paragraphs[k]!, features[k]!)) return selected;
      lead.push(k);
    }
    return found ? { ...selected, start: i, body: [...lead, ...selected.body] } : { ...selected, start: i, end, body: lead };
  }
  return selected;
}

/** How many headline lines with a count in parentheses in a row make a list ("Week 12 power rankings (133)"). */
const COUNTED_RUN = 3;

/**
 * "Myles Garrett should expect a significant suspension (148)": short lines ending in a
 * parenthesized count (comments, shares), three or more in a row, are a list of other stories,
 * wherever the body span put them.
 */
function dropCountedLists(doc: Document, features: BlockFeatures[], kept: Uint8Array): void {
  const { text, paragraphs } = doc;
  const counted = (i: number): boolean => features[i]!.words <= 20 && !features[i]!.endsSentence && COUNT_END.test(text.slice(Math.max(paragraphs[i]!.start, paragraphs[i]!.end - 10), paragraphs[i]!.end));
  let i = 0;
  while (i < paragraphs.length) {
    if (!kept[i] || !counted(i)) {
      i++;
      continue;
    }
    let j = i;
    while (j < paragraphs.length && (features[j]!.words === 0 || counted(j))) j++;
    let run = 0;
    for (let k = i; k < j; k++) if (features[k]!.words > 0) run++;
    if (run >= COUNTED_RUN) for (let k = i; k < j; k++) kept[k] = 0;
    i = j;
  }
}
const COUNT_END = /\(\d{1,6}\)\s*$/;

/** Whether block i opens with a wire dateline (the story's first line, not a meta line). */
function opensWire(doc: Document, i: number): boolean {
  const p = doc.paragraphs[i]!;
  return findDateline(doc.text, p.start, p.end, null) !== null;
}

function furniture(text: string, p: { start: number; end: number }, f: BlockFeatures): boolean {
  return f.lexiconKind !== null || f.counter || isSignOff(text.slice(p.start, p.end));
}

/** A wire story's sign-off line: the agency's name alone ("Reuter", "AP"). */
function isSignOff(line: string): boolean {
  const t = line.trim();
  if (t.length === 0 || t.length > 24) return false;
  let end = t.length;
  while (end > 0 && t.charAt(end - 1) === '.') end--;
  return SIGN_OFFS.has(t.slice(0, end));
}
const SIGN_OFFS = new Set(['Reuter', 'Reuters', ...AGENCIES]);

/**
 * segment() over a Document already built (the pipeline's entry). With a site memory
 * (`options.boilerplateMemory`), lines that recur across the site's earlier articles are
 * furniture; the article's lines are then added to the memory.
 */
export function segmentDocument(doc: Document, opts: ResolvedOptions): Segmentation {
  return withBuffers(() => segmentWith(doc, opts));
}

/** segmentDocument's work, its temporaries taken from the buffers (buffers.ts): none may outlive it. */
function segmentWith(doc: Document, opts: ResolvedOptions): Segmentation {
  const memory = opts.boilerplateMemory;
  const { text, paragraphs } = doc;
  const { features, words } = readBlocks(doc);
  const { logits, overlap } = scoreBlocks(features, words);
  const recurring = memory && memory.articles > 0 ? recurringBlocks(doc, features, logits, memory) : new Set<number>();
  for (const i of recurring) logits[i] = Math.min(logits[i]!, -6);
  const selected = wireFallback(doc, features, selectBody(features, logits, overlap), opts.publishedAt);
  let bodyStart = selected.start;
  const bodyEnd = selected.end;
  // marks by block (typed arrays, not Sets of indices)
  const kept = bytes(paragraphs.length);
  for (const i of selected.body) if (!recurring.has(i)) kept[i] = 1;
  dropCountedLists(doc, features, kept);
  // the body starts at its first kept block: a list of linked titles the span began with is gone
  // now, and the byline and title stand above what is left
  while (bodyStart < bodyEnd && kept[bodyStart] !== 1) bodyStart++;
  if (bodyStart === bodyEnd) bodyStart = selected.start;
  memory?.learn(paragraphs.map((p) => text.slice(p.start, Math.min(p.end, p.start + 400))));

  // Byline and date line: near the top of the body, claimed before the title search.
  const taken = new Set<number>();
  let byline: Byline | null = null;
  let bylineBlock = -1;
  let bylineSaysBy = false;
  let publishedAt = opts.publishedAt;
  const metaFrom = Math.max(0, bodyStart - META_BEFORE);
  // (counted from the main span: a lead paragraph above the byline does not move the window up)
  const metaTo = Math.min(paragraphs.length, Math.max(bodyStart, selected.main) + META_AFTER);
  for (let i = metaFrom; i < metaTo; i++) {
    const p = paragraphs[i]!;
    const f = features[i]!;
    // a byline that opens with "By" wins over one found above it without ("FIT FOR FUN — 02.01.23")
    // a photo credit ("Jane Roe | Example | Getty Images") names no author
    if ((!byline || !bylineSaysBy) && f.words <= 16 && f.lexiconKind !== 'caption') {
      const found = parseByline(text, p.start, p.end);
      if (found && (!byline || opensWithBy(found))) {
        if (byline) taken.delete(bylineBlock);
        byline = found;
        bylineBlock = i;
        bylineSaysBy = opensWithBy(found);
        taken.add(i);
        if (YEAR_HINT.test(byline.text)) publishedAt ??= findAbsoluteDate(byline.text)?.iso ?? null;
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
    if (far >= 0) {
      const p = paragraphs[far]!;
      byline = parseByline(text, p.start, p.end);
      taken.add(far);
      if (byline && YEAR_HINT.test(byline.text)) publishedAt ??= findAbsoluteDate(byline.text)?.iso ?? null;
    }
  }
  // a name alone on its line, with the date (or "8 min read") one or two lines below: "Jane Doe",
  // "December 18, 2020"
  if (!byline) {
    const named = namedAboveDate(doc, features, metaFrom, metaTo, taken);
    if (named >= 0) {
      const p = paragraphs[named]!;
      byline = nameLine(text, p.start, p.end);
      taken.add(named);
    }
  }
  // Meta lines at the top of the body span leave it (also "Published 1 day ago", which gives no date).
  while (bodyStart < bodyEnd && (taken.has(bodyStart) || (features[bodyStart]!.words <= 8 && isMetaLine(doc, features, bodyStart) && !opensWire(doc, bodyStart)))) bodyStart++;

  const titleFound = findTitleLine(doc, features, bodyStart, taken, opts.title, selected.body.filter((i) => i >= bodyStart && !taken.has(i)).slice(0, 4), selected.table, bylineBlockOf(doc, byline));
  // a line that opens with a wire dateline starts the story; it is no title
  const titleBlock = titleFound >= 0 && opensWire(doc, titleFound) ? -1 : titleFound;
  if (titleBlock >= 0) taken.add(titleBlock);
  if (titleBlock >= bodyStart && titleBlock < bodyEnd) bodyStart = titleBlock + 1;

  const body: number[] = [];
  for (let i = bodyStart; i < bodyEnd; i++) if (!taken.has(i) && kept[i] === 1) body.push(i);
  const inBody = bytes(paragraphs.length);
  for (const i of body) inBody[i] = 1;

  let dateline: Dateline | null = null;
  if (body.length) {
    const p = paragraphs[body[0]!]!;
    dateline = findDateline(text, p.start, p.end, publishedAt);
    // a dateline on a line of its own right above the body ("LONDON 1996-08-30")
    const above = paragraphs[body[0]! - 1];
    if (!dateline && above && inBody[above.index] !== 1) {
      const own = findDateline(text, above.start, above.end, publishedAt);
      if (own && own.end === above.end) dateline = own;
    }
    if (dateline?.date && /^\d{4}-\d{2}-\d{2}$/.test(dateline.date)) publishedAt ??= dateline.date;
  }

  let headline: Headline | null = null;
  if (titleBlock >= 0) headline = textHeadline(doc, titleBlock);
  else if (opts.title) headline = { text: opts.title, start: null, end: null, source: 'option' };
  else if (body.length) headline = leadHeadline(doc, body[0]!, dateline ? dateline.end : 0);

  const kinds = boilerplateKinds(features, (i) => inBody[i] !== 1 && !taken.has(i) && features[i]!.words > 0);
  const boilerplate: Boilerplate[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const kind = kinds.get(i) ?? (inBody[i] !== 1 && !taken.has(i) ? 'other' : null);
    if (!kind) continue;
    const p = paragraphs[i]!;
    boilerplate.push({ text: text.slice(p.start, p.end), start: p.start, end: p.end, kind });
  }
  // Date lines are page furniture too (they carry publishedAt, not body text).
  for (const i of taken) {
    if (i === titleBlock || (byline && paragraphs[i]!.start === byline.start)) continue;
    const p = paragraphs[i]!;
    boilerplate.push({ text: text.slice(p.start, p.end), start: p.start, end: p.end, kind: 'other' });
  }
  boilerplate.sort((a, b) => a.start - b.start);

  const bodyParagraphs = body.map((i) => {
    const p = paragraphs[i]!;
    return { text: text.slice(p.start, p.end), start: p.start, end: p.end };
  });
  const regions: Span[] = [];
  if (headline && headline.source === 'text') regions.push({ start: headline.start!, end: headline.end! });
  for (const p of bodyParagraphs) regions.push({ start: p.start, end: p.end });

  return { headline, dateline, byline, publishedAt, paragraphs: bodyParagraphs, boilerplate, regions };
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
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'tues', 'thurs',
  'noon', 'midnight', 'morning', 'afternoon', 'evening', 'night', 'tonight', 'today', 'yesterday', 'tomorrow', 'clock',
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
