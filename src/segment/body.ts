import type { BlockFeatures } from './features.js';
import { tableCells } from './model.js';
import { bytes } from './buffers.js';

export interface BodyParams {
  /** Kadane offset: a block joins the body span when its log-odds beat this, or its neighbours carry it. */
  offset: number;
  /** one block's score is clipped to [-clip, clip], so one line can neither make nor break the span */
  clip: number;
  /** span cost of a line the inline pass removes anyway (captions, promos, counters) */
  inlineCost: number;
  /** inside the span, a block is dropped when its log-odds are below this */
  dropBelow: number;
  /** trim span edges that are not sentences */
  trim: boolean;
  /** after the span, sentence blocks with log-odds above this extend it */
  extendAbove: number;
  /** a second span outside the first joins the body when its sum reaches this share of the first's */
  secondShare: number;
  /** ... and when at most this many blocks separate the two */
  secondGap: number;
  /**
   * a span above the first worth at least this much joins it whatever its share when only
   * lines scoring above `introFloor` (no furniture) stand between (an introduction, then a
   * table of contents)
   */
  introSum: number;
  introFloor: number;
  /** inside the span, runs of at least this many title-like lines that all score below 0 are dropped */
  itemRun: number;
  /** a span above the comment header wins over a larger one below it when its sum reaches this share */
  commentShare: number;
  /**
   * a line of fewer than `shortWords` words that ends no sentence adds at most `shortCap` to the
   * span: a long table or list of one-word cells must not outweigh the article's prose
   */
  shortWords: number;
  shortCap: number;
  /** a lead paragraph this many blocks at most above the span (over byline, date, share lines) joins it */
  leadGap: number;
  /**
   * ... and further up, to `leadReach` blocks, one that scores above `leadFloor` and shares at
   * least `leadShare` of its content words with the article (cohesion.ts): a lead set apart by
   * a photo, its caption and the share bar
   */
  leadReach: number;
  leadShare: number;
  leadFloor: number;
  /** a line repeated on the page that ends no sentence and has fewer words than this is a link, not body */
  repeatedTitleWords: number;
  /** an about box header ("About Acme", "Über Jane Doe") among the span's last this many blocks ends it */
  aboutTail: number;
  /**
   * a list introduced by a line ending in a colon, as the span's last line or right after it
   * ("Here is how to do it:"), joins the span when it has at least `listMin` items and at most
   * `listMax` (longer runs are link lists)
   */
  listMin: number;
  listMax: number;
  /**
   * a repeated line inside the body stays when no copy stands outside the body and no two copies
   * stand fewer than this many blocks apart
   */
  repeatGap: number;
}

export const DEFAULT_PARAMS: BodyParams = {
  offset: -0.5,
  clip: 4,
  inlineCost: 4,
  dropBelow: -99,
  trim: true,
  extendAbove: -1.5,
  secondShare: 0.3,
  secondGap: 80,
  introSum: 6,
  introFloor: -3,
  itemRun: 4,
  commentShare: 0.2,
  shortWords: 3,
  shortCap: 0.5,
  leadGap: 4,
  leadReach: 15,
  leadShare: 0.4,
  leadFloor: -1,
  repeatedTitleWords: 25,
  aboutTail: 8,
  listMin: 2,
  listMax: 12,
  repeatGap: 3,
};

/** The line that introduces a list in running text: a sentence-like line ending with a colon. */
const isListLead = (f: BlockFeatures): boolean => f.endsColon && !f.lexiconKind && f.words >= 4 && f.words <= 40 && f.stopRatio >= 0.2;

/** One item of such a list: up to 30 words, no furniture, no colon of its own, no link, not repeated on the page. */
const isListItem = (f: BlockFeatures): boolean => f.words >= 1 && f.words <= 30 && !f.lexiconKind && !f.commentMeta && !f.commentMarker && !f.counter && !f.endsColon && !f.link && !f.repeated;

/** A block that reads as a sentence of running text. */
function isSentence(f: BlockFeatures): boolean {
  return f.endsSentence && f.words >= 4 && !f.lexiconKind && !f.counter && !f.commentMarker;
}

/**
 * Prose that does not end like a sentence: twenty words or more with a full stop among them, or
 * a dozen with the function words of running text (a feed item's teaser: "Everything you need
 * to know about the inquiry, plus the latest news"); no furniture.
 */
function holdsProse(f: BlockFeatures): boolean {
  if (f.lexiconKind || f.counter || f.commentMarker) return false;
  return (f.sentenceMarks >= 1 && f.words >= 20 && f.stopRatio > 0.2) || (f.words >= 12 && f.stopRatio >= 0.3);
}

/**
 * Ads, "Read more" teasers, captions, counters inside the body span; and a line repeated on the
 * page that ends no sentence (a headline linked from two lists of stories), up to
 * `repeatedTitleWords` words.
 */
export function isInlineInsertion(f: BlockFeatures, repeatedTitleWords = DEFAULT_PARAMS.repeatedTitleWords): boolean {
  return isFurniture(f) || isRepeatedTitle(f, repeatedTitleWords);
}

/** Lexicon lines, counters, capitals-only teasers. */
const isFurniture = (f: BlockFeatures): boolean => f.lexiconKind !== null || f.counter || (f.allCaps && !f.endsSentence && f.words >= 4);

/** A short line repeated on the page, or one that ends no sentence. */
const isRepeatedTitle = (f: BlockFeatures, maxWords: number): boolean => f.repeated && (f.words < 8 || (!f.endsSentence && f.words < maxWords));

/** A link-list item: a few words without closing punctuation or colon, no furniture. */
const isTitleItem = (f: BlockFeatures): boolean => f.words >= 2 && f.words <= 25 && !f.endsSentence && !f.lexiconKind && !f.endsColon;

/**
 * Body blocks: the contiguous span with the largest sum of shifted, clipped log-odds (Kadane),
 * then the inline insertions inside it removed.
 */
export function selectBody(features: BlockFeatures[], logits: Float64Array, overlap: Float64Array, params: BodyParams = DEFAULT_PARAMS): { start: number; end: number; body: number[]; table: Uint8Array; main: number } {
  const { offset, clip, inlineCost, dropBelow, shortWords, shortCap, repeatedTitleWords } = params;
  // an embedded tweet (its text and credit line) is neither evidence for the span nor against it
  const tweets = tweetBlocks(features, logits);
  // a plain loop: Array.from with a map function goes through the iterator protocol per block
  const scores: number[] = [];
  for (let i = 0; i < logits.length; i++) {
    const s = Math.max(-clip, Math.min(clip, logits[i]! - offset));
    const f = features[i]!;
    if (tweets[i]) scores.push(Math.max(s, 0));
    else if (s > shortCap && f.words < shortWords && !f.endsSentence) scores.push(shortCap);
    else scores.push(s < 0 && isInlineInsertion(f, repeatedTitleWords) ? Math.max(s, -inlineCost) : s);
  }
  let [start, end] = bestSpan(scores);
  // a long comment section can outweigh the article above it: a span that starts below the
  // comment header gives way to the best span above the header when that one is substantial
  const header = commentHeader(features);
  if (header >= 0 && start > header) {
    const [a, b] = bestSpan(scores.slice(0, header));
    if (b > a && spanSum(scores, a, b) >= params.commentShare * spanSum(scores, start, end)) [start, end] = [a, b];
  } else if (header > start && header < end && spanSum(scores, start, header) > 0) {
    // ... and a span that runs into the comments stops at their header
    end = header;
  }
  // a table flattened to lines, or a dated list, inside the body span stays whole
  const table = tableCells(features);
  if (params.trim) {
    // ... so trimming stops at a table cell, when the span holds prose: the span's edge is the
    // table's (a span of table alone, a sidebar's league table, is trimmed away)
    let prose = false;
    for (let i = start; i < end && !prose; i++) prose = isSentence(features[i]!);
    const keep = (i: number): boolean => prose && table[i] === 1;
    while (start < end && !isSentence(features[start]!) && scores[start]! < 2 && !keep(start)) start++;
    while (end > start && !isSentence(features[end - 1]!) && scores[end - 1]! < 2 && !keep(end - 1)) end--;
  }
  if (end <= start) {
    // nothing scores above the offset (a short text): the best sentence block, if any
    let best = -1;
    for (let i = 0; i < features.length; i++) if (isSentence(features[i]!) && (best < 0 || logits[i]! > logits[best]!)) best = i;
    // ... else a block of prose that ends without punctuation (a record's one paragraph, cut off)
    if (best < 0) for (let i = 0; i < features.length; i++) if (holdsProse(features[i]!) && (best < 0 || logits[i]! > logits[best]!)) best = i;
    if (best >= 0) [start, end] = [best, best + 1];
  }
  if (end > start) {
    for (;;) {
      // sentences right after the span; also past an ad or a promo line between two paragraphs, to a sentence the model likes
      while (end < features.length) {
        if (isSentence(features[end]!) && logits[end]! > params.extendAbove) end++;
        else if (end + 1 < features.length && isFurniture(features[end]!) && isSentence(features[end + 1]!) && logits[end + 1]! > 0) end += 2;
        else break;
      }
      // a tweet right after the span, and the sentences after it
      let k = end;
      while (k < features.length && tweets[k] && !features[k]!.tweetCredit) k++;
      if (k === features.length || !features[k]!.tweetCredit) break;
      end = k + 1;
    }
    const listEnd = datedListEnd(features, end);
    table.fill(1, end, listEnd);
    end = listEnd;
    // a table right before or after the span belongs to it, and so does a sentence beyond the table
    if (start > 0 && table[start - 1]) {
      while (start > 0 && table[start - 1]) start--;
      if (start > 0 && isSentence(features[start - 1]!) && logits[start - 1]! > params.extendAbove) start--;
    }
    // ... also after the line that introduces it ("The standings are below:")
    const at = end < features.length && !table[end] && isTableLead(features[end]!) ? end + 1 : end;
    if (at < features.length && table[at]) {
      end = at;
      while (end < features.length && table[end]) end++;
      while (end < features.length && isSentence(features[end]!) && logits[end]! > params.extendAbove) end++;
    }
  }
  // a list the span's last line, or the line right after it, introduces ("Here is how:") joins it,
  // and so do the sentences after the list
  if (end > start) {
    const lead = features[end - 1]!.endsColon ? end - 1 : end < features.length && isListLead(features[end]!) ? end : -1;
    if (lead >= 0 && isListLead(features[lead]!)) {
      let j = lead + 1;
      while (j < features.length && j - lead <= params.listMax && isListItem(features[j]!)) j++;
      const items = j - lead - 1;
      if (items >= params.listMin && !(items === params.listMax && j < features.length && isListItem(features[j]!))) {
        // the items stay whole, as a dated list does
        table.fill(1, lead + 1, j);
        end = j;
        while (end < features.length && isSentence(features[end]!) && logits[end]! > params.extendAbove) end++;
      }
    }
  }
  // an about box ("About Acme", "Über Jane Doe": the author's or the company's profile) near the
  // span's end closes the article
  let closed = false;
  for (let k = end - 1; k > start && k >= end - params.aboutTail; k--) {
    if (!features[k]!.aboutHeader) continue;
    end = k;
    closed = true;
    break;
  }
  const ranges: Array<[number, number]> = [[start, end]];
  if (end > start && params.secondShare < 10) {
    const main = spanSum(scores, start, end);
    const lo = Math.max(0, start - params.secondGap);
    const hi = Math.min(scores.length, end + params.secondGap);
    const before = bestSpan(scores.slice(lo, start));
    // ... after the span, unless an about box closed it (what follows is the profile and the footer)
    const after: [number, number] = closed ? [0, 0] : bestSpan(scores.slice(end, hi));
    // a second span joins when it is worth `secondShare` of the main one and holds more than short
    // lines or table cells (a menu's last item next to an article of table cells is worth a share of little)
    const ok = (a: number, b: number): boolean => {
      if (b <= a || spanSum(scores, a, b) < params.secondShare * main) return false;
      for (let i = a; i < b; i++) if (table[i] || features[i]!.words >= shortWords || features[i]!.endsSentence) return true;
      return false;
    };
    // the window bounds where a second span may start, not how far it runs: one cut at the
    // window's edge (a long table) runs on while that adds to its sum
    // ... and so does an introduction above a table of contents: a span above worth `introSum`,
    // with nothing between it and the article but lines that are no furniture and score above
    // `introFloor` (the contents' entries)
    const intro = (a: number, b: number): boolean => {
      if (b <= a || spanSum(scores, a, b) < params.introSum) return false;
      for (let k = b; k < start; k++) if (features[k]!.lexiconKind || features[k]!.commentMarker || logits[k]! < params.introFloor) return false;
      return true;
    };
    if (ok(lo + before[0], lo + before[1]) || intro(lo + before[0], lo + before[1])) ranges.unshift([reach(scores, lo + before[0], lo, -1), lo + before[1]]);
    if (ok(end + after[0], end + after[1])) {
      // ... and one that ends inside a table runs to the table's end, as the main span does
      let b = reach(scores, end + after[1], hi, 1);
      if (table[b - 1]) while (b < features.length && table[b]) b++;
      ranges.push([end + after[0], b]);
    }
    // two spans with only a table (and the line introducing it) between them are one
    for (let r = ranges.length - 1; r > 0; r--) {
      const gapStart = ranges[r - 1]![1];
      const gapEnd = ranges[r]![0];
      let k = gapStart < gapEnd && isTableLead(features[gapStart]!) && !table[gapStart] ? gapStart + 1 : gapStart;
      if (k === gapEnd || !table[k]) continue;
      while (k < gapEnd && table[k]) k++;
      if (k !== gapEnd) continue;
      table.fill(1, gapStart, gapEnd);
      ranges[r - 1] = [ranges[r - 1]![0], ranges[r]![1]];
      ranges.splice(r, 1);
    }
  }
  // the lead paragraph (standfirst) above the byline, date and share lines: the first sentence of
  // eight words or more above the span, within `leadGap` blocks, joins when it scores above 0;
  // further up (to `leadReach`), when it speaks of what the article speaks of
  const main = ranges[0]![0];
  if (end > start) {
    const first = main;
    for (let k = first - 1; k >= 0 && k >= first - Math.max(params.leadGap, params.leadReach); k--) {
      const f = features[k]!;
      if (!isSentence(f) || f.words < 8) continue;
      const near = k >= first - params.leadGap;
      if (near ? logits[k]! > 0 : logits[k]! > params.leadFloor && overlap[k]! >= params.leadShare) ranges.unshift([k, k + 1]);
      break;
    }
  }
  const dropped = bytes(features.length);
  for (const [a, b] of ranges) {
    for (let i = a; i < b; ) {
      const f = features[i]!;
      if (!(f.words >= 2 && !f.endsSentence && logits[i]! < 0 && !table[i] && !tweets[i])) {
        i++;
        continue;
      }
      let j = i;
      while (j < b && features[j]!.words >= 2 && !features[j]!.endsSentence && logits[j]! < 0 && !table[j] && !tweets[j]) j++;
      if (j - i >= params.itemRun) dropped.fill(1, i, j);
      i = j;
    }
  }
  // the titles under a promo header inside the span ("More:", "Trending News", then headlines of
  // other stories) go with the header
  for (const [a, b] of ranges) {
    for (let i = a; i < b; i++) {
      const h = features[i]!;
      if (h.lexiconKind !== 'promo' || h.endsSentence || h.words > 6) continue;
      let j = i + 1;
      while (j < b && isTitleItem(features[j]!) && !table[j] && !tweets[j]) j++;
      dropped.fill(1, i + 1, j);
    }
  }
  const inside = bytes(features.length);
  for (const [a, b] of ranges) inside.fill(1, a, b);
  const linked = linkedRepeats(features, inside, params.repeatGap);
  const body: number[] = [];
  for (const [a, b] of ranges) for (let i = a; i < b; i++) {
    if (dropped[i]) continue;
    const f = features[i]!;
    if ((table[i] && !f.lexiconKind) || tweets[i]) {
      body.push(i);
      continue;
    }
    if (f.words === 0 || logits[i]! < dropBelow) continue;
    // furniture goes; a repeated line goes when its copies are links, and stays as the article's structure
    if (isFurniture(f) || (isRepeatedTitle(f, repeatedTitleWords) && linked.has(f))) continue;
    body.push(i);
  }
  // a rule ("___", "* * *") between two body blocks stays with them
  for (let k = 1; k < body.length; k++) {
    const a = body[k - 1]!;
    const b = body[k]!;
    if (b - a === 2 && features[a + 1]!.rule) body.splice(k, 0, a + 1);
  }
  return { start: ranges[0]![0], end: ranges[ranges.length - 1]![1], body, table, main };
}

/**
 * Lines repeated on the page that are links, not content: the features objects (copies of a short
 * line share one) of repeated lines with a copy outside the body ranges (a headline also listed in
 * a sidebar) or two copies fewer than `gap` blocks apart (an image's alt text, then its link).
 * What is left, repeated lines whose copies all stand apart inside the body (a deals post's
 * "See it now: Amazon", a meal plan's "Meal 1"), is the article's own structure.
 */
function linkedRepeats(features: BlockFeatures[], inside: Uint8Array, gap: number): Set<BlockFeatures> {
  const linked = new Set<BlockFeatures>();
  const last = new Map<BlockFeatures, number>();
  for (let i = 0; i < features.length; i++) {
    const f = features[i]!;
    if (!f.repeated) continue;
    const prev = last.get(f);
    // (a block over 200 characters is read apart from its copies, so its copies cannot be told: linked)
    if (!inside[i] || f.chars > 200 || (prev !== undefined && i - prev < gap)) linked.add(f);
    last.set(f, i);
  }
  return linked;
}

/**
 * Blocks of embedded tweets: each credit line ("— Jane Doe (@jdoe) May 4, 2019") and the up to
 * four blocks of tweet text above it that score below 0.
 */
function tweetBlocks(features: BlockFeatures[], logits: Float64Array): Uint8Array {
  const out = bytes(features.length);
  for (let i = 0; i < features.length; i++) {
    if (!features[i]!.tweetCredit) continue;
    out[i] = 1;
    for (let j = i - 1; j >= 0 && j >= i - 4 && logits[j]! < 0 && !features[j]!.tweetCredit && features[j]!.words > 0; j--) out[j] = 1;
  }
  return out;
}

/** The line that introduces a table or list: a sentence-like line ending with a colon, or a short heading. */
const isTableLead = (f: BlockFeatures): boolean => !f.lexiconKind && f.words >= 1 && (f.endsColon ? f.words <= 40 : f.words <= 10 && !f.endsSentence);

/** One entry of a dated list (tour dates, a timeline): a date, then a few words. */
const isDatedItem = (f: BlockFeatures): boolean => f.dateHint && !f.commentMeta && !f.lexiconKind && !f.link && f.words >= 3 && f.words <= 25;

/**
 * A list of dated entries right after the body ("Tour dates:", then "June 9 – Tampa, FL", ...)
 * is part of the article: the span's end moves past it (over one heading line). Returns the new end.
 */
function datedListEnd(features: BlockFeatures[], end: number): number {
  let i = end;
  const head = features[i];
  if (head && !head.dateHint && !head.lexiconKind && head.words >= 1 && head.words <= 12 && !head.endsSentence) i++;
  let j = i;
  while (j < features.length && isDatedItem(features[j]!)) j++;
  return j - i >= 4 ? j : end;
}

/**
 * A span edge that stands at `edge` (a search window's bound) moved on in direction `step` (+1:
 * the end forward, -1: the start back) to the end of its best continuation; any other edge stays.
 */
function reach(scores: number[], at: number, edge: number, step: 1 | -1): number {
  if (at !== edge) return at;
  let best = at;
  for (let i = step > 0 ? at : at - 1, sum = 0; i >= 0 && i < scores.length && sum >= 0; i += step) {
    sum += scores[i]!;
    if (sum > 0) {
      best = step > 0 ? i + 1 : i;
      sum = 0;
    }
  }
  return best;
}

function spanSum(scores: number[], a: number, b: number): number {
  let t = 0;
  for (let i = a; i < b; i++) t += scores[i]!;
  return t;
}

/**
 * The first comment-section header ("35 Comments", "Leave a reply") after a sentence and followed
 * within four blocks by a commenter line or time stamp (a "Discussion" heading in an article is
 * no comment section), or -1.
 */
function commentHeader(features: BlockFeatures[]): number {
  let prose = false;
  for (let i = 0; i < features.length; i++) {
    const f = features[i]!;
    if (f.commentMarker && prose) {
      for (let k = i + 1; k < features.length && k <= i + 4; k++) if (features[k]!.commentMeta) return i;
    }
    if (isSentence(f)) prose = true;
  }
  return -1;
}

/** The contiguous run of blocks with the largest score sum (Kadane): [start, end). */
export function bestSpan(scores: number[]): [number, number] {
  let best = 0;
  let bestStart = 0;
  let bestEnd = 0;
  let sum = 0;
  let start = 0;
  for (let i = 0; i < scores.length; i++) {
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    sum += scores[i]!;
    if (sum > best) {
      best = sum;
      bestStart = start;
      bestEnd = i + 1;
    }
  }
  return [bestStart, bestEnd];
}
