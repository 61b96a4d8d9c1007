import { buildDocument } from '../document/build.js';
import type { Document } from '../document/types.js';
import { assertLines, assertSize, assertText, resolveOptions, type ResolvedOptions } from '../options.js';
import type { Boilerplate, Byline, Dateline, Headline, ParseOptions, Span, TextSpan } from '../types.js';
import { selectBody } from './body.js';
import { findDateline } from './dateline.js';
import { AGENCIES } from '../lexicons/agencies.js';
import { type BlockFeatures, readBlocks } from './features.js';
import { findTitleLine, isMetaLine, leadHeadline, textHeadline } from './headline.js';
import { boilerplateKinds } from './kinds.js';
import { scoreBlocks } from './model.js';
import type { BoilerplateMemory } from './memory.js';
import { bytes, withBuffers } from './buffers.js';
import { opensWire, readMetaLines } from './meta.js';

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
  const meta = readMetaLines(doc, features, { bodyStart, bodyEnd, main: selected.main }, opts.publishedAt);
  const { taken, byline } = meta;
  let publishedAt = meta.publishedAt;
  // Meta lines at the top of the body span leave it (also "Published 1 day ago", which gives no date).
  while (bodyStart < bodyEnd && (taken.has(bodyStart) || (features[bodyStart]!.words <= 8 && isMetaLine(doc, features, bodyStart) && !opensWire(doc, bodyStart)))) bodyStart++;

  const titleFound = findTitleLine(doc, features, bodyStart, taken, opts.title, selected.body.filter((i) => i >= bodyStart && !taken.has(i)).slice(0, 4), selected.table, meta.saysByAt);
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
