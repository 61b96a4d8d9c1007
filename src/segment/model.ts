import type { BlockFeatures } from './features.js';
import { BIAS2, stage1Score, TREES, WEIGHTS2 } from './weights.js';
import { bytes, float64s, int32s } from './buffers.js';
import { type BlockWords, coreOverlap } from './cohesion.js';

/**
 * The line scorer: a logistic model over each block's own features and its neighbours'
 * (sequence context matters more than any one line). Weights are trained by
 * bench/train-segment.ts and kept in weights.ts; this file only computes features and scores.
 */
export const FEATURE_NAMES = [
  'logWords', 'ends', 'prose', 'marks', 'commaRate', 'hasComma', 'stopRatio', 'capRatio',
  'lexLegal', 'lexPromo', 'lexCaption', 'lexNav', 'repeated', 'counter', 'digitRatio', 'separators',
  'endsColon', 'link', 'commentMarker', 'empty', 'ctxPrev', 'ctxNext', 'ctxWide', 'shortRun',
  'posRel', 'afterComment', 'afterLegal', 'longBlock', 'ctxPrevWords', 'ctxNextWords', 'prevProse', 'nextProse',
  'titleShape', 'noStop', 'itemRun', 'commentMeta', 'metaNear',
  'ellipsis', 'parenEnd', 'byStart', 'lowerStart', 'numeric', 'quoteStart', 'dateHint', 'proseDist',
  'numRun', 'itemBoth', 'allCaps', 'afterMeta',
] as const;

export const FEATURE_COUNT = FEATURE_NAMES.length;

/** Lines the inline pass removes anyway: lexicon furniture and counters. */
const isInsertion = (f: BlockFeatures): boolean => f.lexiconKind !== null || f.counter;
const isProse = (f: BlockFeatures): number => (f.endsSentence && f.words >= 8 ? 1 : 0);
const isShort = (f: BlockFeatures): boolean => f.words <= 4 || (!f.endsSentence && f.words <= 12);
/** one item of a list of links or titles: a few words, no closing punctuation */
const isItem = (f: BlockFeatures): boolean => f.words >= 2 && f.words <= 20 && !f.endsSentence;
/** one cell of a table flattened to lines: a number, or a few words without punctuation */
const isCell = (f: BlockFeatures): boolean => f.numeric || (f.words >= 1 && f.words <= 4 && f.sentenceMarks <= 1 && !f.lexiconKind);

/**
 * The page without its inline insertions: `keep` lists the other blocks in order, `pos[i]` is
 * block i's place in that list (for an insertion, the place of the next kept block).
 */
function compact(features: BlockFeatures[]): { pos: Int32Array; keep: number[] } {
  const pos = int32s(features.length);
  const keep: number[] = [];
  for (let i = 0; i < features.length; i++) {
    pos[i] = keep.length;
    if (!isInsertion(features[i]!)) keep.push(i);
  }
  return { pos, keep };
}

/** For each block, the length of the run of consecutive blocks passing `test` that holds it (0 outside). */
function runLengths(features: BlockFeatures[], test: (f: BlockFeatures) => boolean): Int32Array {
  const n = features.length;
  const out = int32s(n);
  for (let i = 0; i < n; ) {
    if (!test(features[i]!)) {
      i++;
      continue;
    }
    let j = i;
    while (j < n && test(features[j]!)) j++;
    out.fill(j - i, i, j);
    i = j;
  }
  return out;
}

/** For each block in a run of table cells (`cells`, from runLengths), the share of bare numbers in the run. */
function numericShare(features: BlockFeatures[], cells: Int32Array): Float64Array {
  const n = features.length;
  const share = float64s(n);
  for (let i = 0; i < n; ) {
    if (!cells[i]) {
      i++;
      continue;
    }
    const j = i + cells[i]!;
    let k = 0;
    for (let t = i; t < j; t++) if (features[t]!.numeric) k++;
    share.fill(k / (j - i), i, j);
    i = j;
  }
  return share;
}

/** Blocks that are cells of a table flattened to lines: a run of at least 6 short cells, a quarter or more bare numbers. */
export function tableCells(features: BlockFeatures[]): Uint8Array {
  const cells = runLengths(features, isCell);
  const share = numericShare(features, cells);
  const out = bytes(features.length);
  for (let i = 0; i < features.length; i++) if (cells[i]! >= 6 && share[i]! >= 0.25) out[i] = 1;
  return out;
}

/** Feature rows, one per block, FEATURE_COUNT numbers each (row-major): for training. */
export function featureMatrix(features: BlockFeatures[]): Float64Array {
  const x = new Float64Array(features.length * FEATURE_COUNT);
  forEachFeatureRow(features, (i, row) => x.set(row, i * FEATURE_COUNT));
  return x;
}

/**
 * Each block's feature row in turn, in one reused buffer (no n-by-m matrix: a 5 MB page of
 * menu lines must not allocate one).
 */
export function forEachFeatureRow(features: BlockFeatures[], visit: (i: number, row: Float64Array) => void): void {
  const n = features.length;
  const x = float64s(FEATURE_COUNT);
  const o = 0;
  // Neighbour context reads the page with its inline insertions (ads, captions, teasers) left
  // out: an "Advertisement" line between two paragraphs must not make them look isolated.
  const { pos, keep } = compact(features);
  const kept = keep.map((i) => features[i]!);
  const m = kept.length;
  const prose = float64s(m + 1);
  const logw = float64s(m + 1);
  for (let c = 0; c < m; c++) {
    prose[c + 1] = prose[c]! + isProse(kept[c]!);
    logw[c + 1] = logw[c]! + Math.log1p(kept[c]!.words);
  }
  // mean over the blocks that exist (the text's own edges are not evidence either way)
  const mean = (arr: Float64Array, a: number, b: number): number => {
    const lo = Math.max(0, a);
    const hi = Math.min(m, b);
    return hi > lo ? (arr[hi]! - arr[lo]!) / (hi - lo) : -1;
  };
  /** window before / after block i: compact position c; `self` when the block is itself in the compact list */
  const side = (arr: Float64Array, c: number, self: number, before: boolean): number => {
    const v = before ? mean(arr, c - 3, c) : mean(arr, c + self, c + self + 3);
    if (v >= 0) return v;
    const other = before ? mean(arr, c + self, c + self + 3) : mean(arr, c - 3, c);
    return other >= 0 ? other : 0;
  };
  const proseAt = (c: number): number => (c >= 0 && c < m ? isProse(kept[c]!) : -1);
  const run = runLengths(features, isShort);
  const items = runLengths(features, isItem);
  const cells = runLengths(features, isCell);
  const numShare = numericShare(features, cells);
  // distance (in kept blocks) to the nearest prose block on either side
  const dist = float64s(m);
  {
    let last = -1e9;
    for (let c = 0; c < m; c++) {
      if (isProse(kept[c]!)) last = c;
      dist[c] = c - last;
    }
    last = 1e9;
    for (let c = m - 1; c >= 0; c--) {
      if (isProse(kept[c]!)) last = c;
      dist[c] = Math.min(dist[c]!, last - c);
    }
  }
  // comment meta lines (commenter names, time stamps) within 2 blocks
  const meta = float64s(n + 1);
  for (let i = 0; i < n; i++) meta[i + 1] = meta[i]! + (features[i]!.commentMeta ? 1 : 0);
  let seenProse = false;
  let metaSeen = 0;
  let afterComment = 0;
  let afterLegal = 0;
  // prose blocks seen since the last date line (a date line after the article ends it: "First published ...")
  let proseRun = 0;
  let afterMeta = 0;
  for (let i = 0; i < n; i++) {
    const f = features[i]!;
    const w = f.words;
    x[o] = Math.log1p(w);
    x[o + 1] = f.endsSentence ? 1 : 0;
    x[o + 2] = isProse(f);
    x[o + 3] = Math.min(f.sentenceMarks, 6) / 6;
    x[o + 4] = w ? Math.min(f.commas / w, 0.3) : 0;
    x[o + 5] = f.commas > 0 ? 1 : 0;
    x[o + 6] = f.stopRatio;
    x[o + 7] = f.capRatio;
    x[o + 8] = f.lexiconKind === 'legal' ? 1 : 0;
    x[o + 9] = f.lexiconKind === 'promo' ? 1 : 0;
    x[o + 10] = f.lexiconKind === 'caption' ? 1 : 0;
    x[o + 11] = f.lexiconKind === 'navigation' ? 1 : 0;
    x[o + 12] = f.repeated ? 1 : 0;
    x[o + 13] = f.counter ? 1 : 0;
    x[o + 14] = f.digitRatio;
    x[o + 15] = f.separators > 0 ? 1 : 0;
    x[o + 16] = f.endsColon ? 1 : 0;
    x[o + 17] = f.link ? 1 : 0;
    x[o + 18] = f.commentMarker ? 1 : 0;
    x[o + 19] = w === 0 ? 1 : 0;
    const c = pos[i]!;
    const self = isInsertion(f) ? 0 : 1;
    x[o + 20] = side(prose, c, self, true);
    x[o + 21] = side(prose, c, self, false);
    {
      const lo = Math.max(0, c - 10);
      const hi = Math.min(m, c + self + 10);
      const others = hi - lo - self;
      x[o + 22] = others > 0 ? (prose[hi]! - prose[lo]! - (self ? isProse(f) : 0)) / others : 0;
    }
    x[o + 23] = run[i]! > 0 ? Math.log1p(run[i]!) : 0;
    // position says little on a short text
    x[o + 24] = n > 1 ? (i / (n - 1)) * Math.min(1, n / 20) : 0;
    x[o + 25] = afterComment;
    x[o + 26] = afterLegal;
    x[o + 27] = w >= 25 ? 1 : 0;
    x[o + 28] = side(logw, c, self, true);
    x[o + 29] = side(logw, c, self, false);
    const before = proseAt(c - 1);
    const after = proseAt(c + self);
    x[o + 30] = before >= 0 ? before : Math.max(0, after);
    x[o + 31] = after >= 0 ? after : Math.max(0, before);
    x[o + 32] = !f.endsSentence && w >= 3 && w <= 15 && f.capRatio >= 0.6 ? 1 : 0;
    x[o + 33] = w >= 6 && f.stopRatio === 0 ? 1 : 0;
    x[o + 34] = items[i]! >= 3 ? Math.log(items[i]!) : 0;
    x[o + 35] = f.commentMeta ? 1 : 0;
    x[o + 36] = Math.min(2, meta[Math.min(n, i + 3)]! - meta[Math.max(0, i - 2)]! - (f.commentMeta ? 1 : 0)) / 2;
    x[o + 37] = f.ellipsis ? 1 : 0;
    x[o + 38] = f.parenEnd ? 1 : 0;
    x[o + 39] = f.byStart ? 1 : 0;
    x[o + 40] = f.lowerStart ? 1 : 0;
    x[o + 41] = f.numeric ? 1 : 0;
    x[o + 42] = f.quoteStart ? 1 : 0;
    x[o + 43] = f.dateHint ? 1 : 0;
    {
      const d = self ? dist[c]! : Math.min(c > 0 ? dist[c - 1]! + 1 : 1e9, c < m ? dist[c]! : 1e9);
      x[o + 44] = Math.log1p(Math.min(d, 30));
    }
    x[o + 45] = cells[i]! >= 6 && numShare[i]! >= 0.25 ? Math.log(cells[i]!) : 0;
    x[o + 47] = f.allCaps ? 1 : 0;
    x[o + 48] = afterMeta;
    x[o + 46] = i > 0 && i < n - 1 && isItem(f) && isItem(features[i - 1]!) && isItem(features[i + 1]!) ? 1 : 0;
    // state for the blocks below this one
    if (isProse(f)) seenProse = true;
    if (f.commentMarker && seenProse) afterComment = 1;
    if (f.commentMeta && seenProse && ++metaSeen >= 3) afterComment = 1;
    if (f.lexiconKind === 'legal' && seenProse) afterLegal = 1;
    if (isProse(f)) proseRun++;
    else if (f.dateHint && f.words <= 12 && !f.endsSentence && proseRun >= 3) afterMeta = 1;
    visit(i, x);
  }
}

/** Second-stage features: a block's first-stage log-odds next to its neighbours', and its share of the page's core words (cohesion.ts). */
export const STAGE2_NAMES = ['self', 'prev1', 'next1', 'prev3', 'next3', 'wide8', 'minNear', 'maxNear', 'overlap', 'overlapShort', 'noContent', 'overlapNear'] as const;
export const STAGE2_COUNT = STAGE2_NAMES.length;

/**
 * Boosted regression trees of a fixed depth, stored flat: tree t's internal nodes are
 * `feature/threshold[t * inner + k]` in heap order (children of k: 2k+1, 2k+2; go left when
 * x[feature] <= threshold), its leaves `leaf[t * 2^depth + k]`.
 */
export interface Trees {
  depth: number;
  base: number;
  feature: readonly number[];
  threshold: readonly number[];
  leaf: readonly number[];
}

/** Trees in typed arrays, for scoring. */
interface CompiledTrees {
  depth: number;
  base: number;
  count: number;
  feature: Int32Array;
  threshold: Float64Array;
  leaf: Float64Array;
}

const compiled = new WeakMap<Trees, CompiledTrees>();

function compile(trees: Trees): CompiledTrees {
  let c = compiled.get(trees);
  if (!c) {
    c = {
      depth: trees.depth,
      base: trees.base,
      count: trees.leaf.length >> trees.depth,
      feature: Int32Array.from(trees.feature),
      threshold: Float64Array.from(trees.threshold),
      leaf: Float64Array.from(trees.leaf),
    };
    compiled.set(trees, c);
  }
  return c;
}

/** The trees' sum for one feature row. */
export function treeScore(trees: Trees, x: Float64Array): number {
  return compiledScore(compile(trees), x);
}

function compiledScore(c: CompiledTrees, x: Float64Array): number {
  const { depth, feature, threshold, leaf, count } = c;
  let s = c.base;
  if (depth === 3) {
    // the usual shape, unrolled
    for (let t = 0, o = 0, l = 0; t < count; t++, o += 7, l += 8) {
      let k = x[feature[o]!]! <= threshold[o]! ? 1 : 2;
      k = 2 * k + (x[feature[o + k]!]! <= threshold[o + k]! ? 1 : 2);
      k = 2 * k + (x[feature[o + k]!]! <= threshold[o + k]! ? 1 : 2);
      s += leaf[l + k - 7]!;
    }
    return s;
  }
  const inner = (1 << depth) - 1;
  for (let t = 0, o = 0; t < count; t++, o += inner) {
    let k = 0;
    for (let d = 0; d < depth; d++) k = 2 * k + (x[feature[o + k]!]! <= threshold[o + k]! ? 1 : 2);
    s += leaf[(t << depth) + k - inner]!;
  }
  return s;
}

/** First-stage log-odds: each block from its own and its near neighbours' features. */
export function stage1Logits(features: BlockFeatures[], trees: Trees = TREES): Float64Array {
  const out = float64s(features.length);
  // the shipped trees run as code (weights.ts: stage1Score, the same sum); others walk the arrays
  if (trees === TREES) {
    forEachFeatureRow(features, (i, x) => {
      out[i] = Math.max(-8, Math.min(8, stage1Score(x)));
    });
    return out;
  }
  const c = compile(trees);
  forEachFeatureRow(features, (i, x) => {
    out[i] = Math.max(-8, Math.min(8, compiledScore(c, x)));
  });
  return out;
}

/**
 * Second-stage rows from first-stage log-odds (the text's edges count as neutral) and the
 * blocks' shares of the core's words (cohesion.ts: coreOverlap over the same log-odds): for training.
 */
export function stage2Matrix(l1: Float64Array, features: BlockFeatures[], overlap: Float64Array): Float64Array {
  const x = new Float64Array(l1.length * STAGE2_COUNT);
  forEachStage2Row(l1, features, overlap, (i, row) => x.set(row, i * STAGE2_COUNT));
  return x;
}

function forEachStage2Row(l1: Float64Array, features: BlockFeatures[], overlap: Float64Array, visit: (i: number, row: Float64Array) => void): void {
  const n = l1.length;
  const x = float64s(STAGE2_COUNT);
  const o = 0;
  // as in stage 1, neighbours are read with the inline insertions left out
  const { pos, keep } = compact(features);
  const m = keep.length;
  const kept = float64s(m);
  for (let c = 0; c < m; c++) kept[c] = l1[keep[c]!]!;
  const pre = float64s(m + 1);
  for (let c = 0; c < m; c++) pre[c + 1] = pre[c]! + kept[c]!;
  const mean = (a: number, b: number, fallback: number): number => {
    const lo = Math.max(0, a);
    const hi = Math.min(m, b);
    return hi > lo ? (pre[hi]! - pre[lo]!) / (hi - lo) : fallback;
  };
  for (let i = 0; i < n; i++) {
    const self = l1[i]!;
    const c = pos[i]!;
    const k = isInsertion(features[i]!) ? 0 : 1;
    const p1 = c > 0 ? kept[c - 1]! : self;
    const n1 = c + k < m ? kept[c + k]! : self;
    x[o] = self;
    x[o + 1] = p1;
    x[o + 2] = n1;
    x[o + 3] = mean(c - 3, c, self);
    x[o + 4] = mean(c + k, c + k + 3, self);
    x[o + 5] = mean(c - 8, c + k + 8, self);
    x[o + 6] = Math.min(p1, n1);
    x[o + 7] = Math.max(p1, n1);
    // what the block shares with the page's core, alone and next to its neighbours' shares
    const v = overlap[i]!;
    x[o + 8] = Math.max(0, v);
    x[o + 9] = v >= 0 && features[i]!.words < 10 ? v : 0;
    x[o + 10] = v < 0 ? 1 : 0;
    x[o + 11] = ((i > 0 ? Math.max(0, overlap[i - 1]!) : 0) + (i + 1 < n ? Math.max(0, overlap[i + 1]!) : 0)) / 2;
    visit(i, x);
  }
}

/**
 * Log-odds that each block is article body, from its features and its content words; and each
 * block's share of the words of the page's core (cohesion.ts), which body selection reads too.
 */
export function scoreBlocks(features: BlockFeatures[], words: BlockWords): { logits: Float64Array; overlap: Float64Array } {
  const l1 = stage1Logits(features);
  const overlap = coreOverlap(words, features, l1);
  const out = float64s(features.length);
  forEachStage2Row(l1, features, overlap, (i, x) => {
    let s = BIAS2;
    for (let k = 0; k < STAGE2_COUNT; k++) s += WEIGHTS2[k]! * x[k]!;
    out[i] = s;
  });
  return { logits: out, overlap };
}
