/**
 * Pure metric functions of the evaluation harness: counts to P/R/F1, one-to-one matching,
 * span overlap, the Zyte shingle metric and trafilatura's snippet metric.
 * No I/O here, so tests/bench/metrics.test.ts can pin every one down on tiny inputs.
 */

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

/** Precision, recall and F1 of pooled counts; 0 where a denominator is empty. */
export function prf({ tp, fp, fn }: Counts): Scores {
  return {
    precision: tp + fp ? tp / (tp + fp) : 0,
    recall: tp + fn ? tp / (tp + fn) : 0,
    f1: 2 * tp + fp + fn ? (2 * tp) / (2 * tp + fp + fn) : 0,
  };
}

export function addCounts(into: Counts, c: Counts): Counts {
  into.tp += c.tp;
  into.fp += c.fp;
  into.fn += c.fn;
  return into;
}

export const zeroCounts = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

/** Counts of a matching: matched pairs are true positives, the rest of each side errors. */
export function countsOf(matched: number, predicted: number, gold: number): Counts {
  return { tp: matched, fp: predicted - matched, fn: gold - matched };
}

/** Fraction, 0 when there is nothing to divide. */
export const ratio = (a: number, b: number): number => (b ? a / b : 0);

// ---------------------------------------------------------------- spans

export type Range = readonly [start: number, end: number];

/** Sorted, merged copy of a list of [start, end) ranges (empty ranges dropped). */
export function mergeRanges(ranges: readonly Range[]): Range[] {
  const sorted = ranges.filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Array<[number, number]> = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

/** Characters covered by a list of ranges (overlaps counted once). */
export function rangeLength(ranges: readonly Range[]): number {
  return mergeRanges(ranges).reduce((n, [s, e]) => n + e - s, 0);
}

/** Characters two lists of ranges share. */
export function overlapLength(a: readonly Range[], b: readonly Range[]): number {
  const x = mergeRanges(a);
  const y = mergeRanges(b);
  let n = 0;
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    const [as, ae] = x[i]!;
    const [bs, be] = y[j]!;
    n += Math.max(0, Math.min(ae, be) - Math.max(as, bs));
    if (ae < be) i++;
    else j++;
  }
  return n;
}

/** Two lists of ranges cover exactly the same characters. */
export function sameRanges(a: readonly Range[], b: readonly Range[]): boolean {
  const x = mergeRanges(a);
  const y = mergeRanges(b);
  return x.length === y.length && x.every(([s, e], i) => s === y[i]![0] && e === y[i]![1]);
}

// ---------------------------------------------------------------- matching

export interface Pair {
  gold: number;
  pred: number;
}

/**
 * One-to-one greedy matching. `score(g, p)` returns a positive weight for an admissible pair
 * (higher first), or 0 / null when the pair may not match. Ties go to the earlier gold item,
 * then the earlier prediction, so the result is deterministic.
 */
export function greedyMatch(goldCount: number, predCount: number, score: (g: number, p: number) => number | null): Pair[] {
  const candidates: Array<{ gold: number; pred: number; w: number }> = [];
  for (let g = 0; g < goldCount; g++) {
    for (let p = 0; p < predCount; p++) {
      const w = score(g, p);
      if (w !== null && w > 0) candidates.push({ gold: g, pred: p, w });
    }
  }
  candidates.sort((a, b) => b.w - a.w || a.gold - b.gold || a.pred - b.pred);
  const goldUsed = new Set<number>();
  const predUsed = new Set<number>();
  const pairs: Pair[] = [];
  for (const c of candidates) {
    if (goldUsed.has(c.gold) || predUsed.has(c.pred)) continue;
    goldUsed.add(c.gold);
    predUsed.add(c.pred);
    pairs.push({ gold: c.gold, pred: c.pred });
  }
  return pairs.sort((a, b) => a.gold - b.gold);
}

/**
 * Overlap matching of ranged items: a pair is admissible when the prediction covers more than
 * `minCoverage` of the gold item's characters (0: any overlap), heavier overlaps first.
 */
export function overlapMatch(gold: readonly (readonly Range[])[], pred: readonly (readonly Range[])[], minCoverage = 0): Pair[] {
  const goldLen = gold.map(rangeLength);
  return greedyMatch(gold.length, pred.length, (g, p) => {
    const shared = overlapLength(gold[g]!, pred[p]!);
    return shared > 0 && shared > minCoverage * goldLen[g]! ? shared : null;
  });
}

// ---------------------------------------------------------------- shingles (Zyte benchmark)

/**
 * Word tokens as the Zyte article-extraction-benchmark takes them: Python's `re.findall(r'\w+')`
 * (Unicode letters, digits, underscore), case kept: its IGNORECASE flag does not lowercase.
 */
export function shingleTokens(text: string): string[] {
  return text.match(/[\p{L}\p{N}_]+/gu) ?? [];
}

/** Multiset of n-gram shingles; a text with fewer than n tokens is one shorter shingle. */
export function shingles(text: string, n = 4): Map<string, number> {
  const tokens = shingleTokens(text);
  const out = new Map<string, number>();
  for (let i = 0; i < Math.max(1, tokens.length - n + 1); i++) {
    const gram = tokens.slice(i, i + n);
    if (!gram.length) continue;
    const key = gram.join('\u0001');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** Shingle TP/FP/FN of one document, normalized to sum to 1 as in the benchmark's evaluate.py. */
export function shingleCounts(gold: string, pred: string, n = 4): Counts {
  const g = shingles(gold, n);
  const p = shingles(pred, n);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...g.keys(), ...p.keys()])) {
    const gc = g.get(key) ?? 0;
    const pc = p.get(key) ?? 0;
    tp += Math.min(gc, pc);
    fp += Math.max(0, pc - gc);
    fn += Math.max(0, gc - pc);
  }
  const s = tp + fp + fn;
  return s > 0 ? { tp: tp / s, fp: fp / s, fn: fn / s } : { tp, fp, fn };
}

/**
 * The benchmark's aggregate: precision averaged over documents with a prediction (tp + fp > 0),
 * recall over documents with gold (tp + fn > 0), F1 the harmonic mean of the two averages.
 */
export function shingleScores(perDoc: readonly Counts[]): Scores {
  const mean = (xs: number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  const precision = mean(perDoc.filter((c) => c.tp + c.fp > 0).map((c) => (c.fp === 0 && c.fn === 0 ? 1 : c.tp / (c.tp + c.fp))));
  const recall = mean(perDoc.filter((c) => c.tp + c.fn > 0).map((c) => (c.fp === 0 && c.fn === 0 ? 1 : c.tp / (c.tp + c.fn))));
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

// ---------------------------------------------------------------- snippets (trafilatura eval)

/** Whitespace-normalized, as trafilatura's eval_common.norm. */
export const normSpace = (s: string): string => s.replace(/\s+/g, ' ').trim();

/**
 * trafilatura's snippet counts for one page: a `with` snippet found in the output is a TP
 * (else FN), a `without` snippet found is a FP; substring match after whitespace normalization.
 */
export function snippetCounts(output: string, withSnippets: readonly string[], withoutSnippets: readonly string[]): Counts {
  const out = normSpace(output);
  const tp = withSnippets.filter((s) => out.includes(normSpace(s))).length;
  const fp = withoutSnippets.filter((s) => out.includes(normSpace(s))).length;
  return { tp, fp, fn: withSnippets.length - tp };
}

// ---------------------------------------------------------------- lines

/** Lines of a text split on \n as the boilerplate label files count them (a final newline ends the last line). */
export function lineRanges(text: string): Range[] {
  const out: Range[] = [];
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
    out.push([start, i]);
    start = i + 1;
  }
  if (start < text.length) out.push([start, text.length]);
  return out;
}

/**
 * For each line, whether its visible part lies inside one of `spans` (sorted by start, not
 * overlapping). A line with no visible character is never inside.
 */
export function linesInside(text: string, lines: readonly Range[], spans: readonly Range[]): boolean[] {
  let k = 0;
  return lines.map(([ls, le]) => {
    let s = ls;
    let e = le;
    while (s < e && /\s/.test(text.charAt(s))) s++;
    while (e > s && /\s/.test(text.charAt(e - 1))) e--;
    if (s === e) return false;
    while (k < spans.length && spans[k]![1] <= s) k++;
    const span = spans[k];
    return span !== undefined && span[0] <= s && e <= span[1];
  });
}

/** Line P/R/F1 counts with labels B positive and N negative; other labels ignored. */
export function lineCounts(labels: readonly string[], predictedBody: readonly boolean[]): Counts {
  const c = zeroCounts();
  labels.forEach((label, i) => {
    const body = predictedBody[i] === true;
    if (label === 'B') body ? c.tp++ : c.fn++;
    else if (label === 'N' && body) c.fp++;
  });
  return c;
}

// ---------------------------------------------------------------- text normalization

/** Lower case, whitespace collapsed: for comparing titles. */
export const normTitle = (s: string): string => normSpace(s).toLowerCase();

// ---------------------------------------------------------------- quotes

const EDGE_MARK = /[\s\p{P}`´]/u;

/** Ranges with quote marks, punctuation and whitespace trimmed off both ends (emptied ranges dropped). */
export function trimRanges(text: string, ranges: readonly Range[]): Range[] {
  const out: Range[] = [];
  for (const [start, end] of ranges) {
    let s = start;
    let e = end;
    while (s < e && EDGE_MARK.test(text.charAt(s))) s++;
    while (e > s && EDGE_MARK.test(text.charAt(e - 1))) e--;
    if (e > s) out.push([s, e]);
  }
  return out;
}

const NOT_A_NAME = new Set(['the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'its', 'mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'pres']);

/**
 * The surname of a gold speaker mention: the last capitalized word before any apposition
 * ("Trump campaign manager Kellyanne Conway" -> Conway, "Flynn, a top Trump surrogate," -> Flynn,
 * "The New York Post" -> Post, "Trump's campaign" -> Trump); null for "he", "sources", "a source".
 */
export function surnameOf(mention: string): string | null {
  const head = mention.split(/,|\(|\s[-–—]\s|\s(?:who|whose|which|that)\s/u)[0] ?? '';
  const words = (head.match(/\p{Lu}[\p{L}\p{M}'’.-]*/gu) ?? [])
    .map((w) => w.replace(/['’]s?$/u, '').replace(/\.$/, ''))
    .filter((w) => w.length >= 2 && !NOT_A_NAME.has(w.toLowerCase()));
  return words[words.length - 1] ?? null;
}

/** `word` stands in `name` as a whole word, case ignored. */
export function hasWord(name: string, word: string): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?:^|[^\\p{L}\\p{N}])${escaped}(?:$|[^\\p{L}\\p{N}])`, 'iu').test(name);
}
