/**
 * Train the segment stage's line scorer (src/segment/weights.ts), two stacked stages over
 * src/segment/model.ts's features: stage 1, boosted regression trees (depth 3, Newton steps on
 * the logistic loss, features cut into at most 32 quantile bins) from each block's own and near
 * neighbours' features; stage 2, a logistic regression over the stage-1 log-odds of the block
 * and its neighbours.
 *
 *   npx tsx bench/train-segment.ts <set dir> [<set dir> ...] [--write] [--rounds N] [--cv K [--cv-pages FILE]]
 *
 * --cv K first reports out-of-sample figures: each set's pages dealt into K folds, each fold
 * scored by stages trained on the others, its blocks picked as segment picks them. --cv-pages
 * writes one JSON line per page with snippets (id, tp, fp, fn, the picked text) for reading
 * the out-of-sample errors page by page.
 *
 * Each set dir holds text/<id>.txt and labels/<id>.tsv (label<TAB>... per line; B body, N
 * boilerplate, the rest ignored), the layout of /work/shared/data/boilerplate. The data is read
 * where it lies and never copied; only the trees and weights (a few thousand numbers) are written.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { buildDocument } from '../src/document/build.js';
import { type BlockFeatures, readBlocks } from '../src/segment/features.js';
import { selectBody } from '../src/segment/body.js';
import { readJsonl } from './eval/io.js';
import { addCounts, type Counts, prf, snippetCounts, zeroCounts } from './eval/metrics.js';
import { type BlockWords, coreOverlap } from '../src/segment/cohesion.js';
import { FEATURE_COUNT, featureMatrix, STAGE2_COUNT, STAGE2_NAMES, stage2Matrix, treeScore, type Trees } from '../src/segment/model.js';

const args = process.argv.slice(2);
const write = args.includes('--write');
const roundsAt = args.indexOf('--rounds');
const ROUNDS = roundsAt >= 0 ? Number(args[roundsAt + 1]) : 80;
const cvAt = args.indexOf('--cv');
const cv = cvAt >= 0 ? Number(args[cvAt + 1]) : 0;
const pagesAt = args.indexOf('--cv-pages');
const pagesFile = pagesAt >= 0 ? args[pagesAt + 1] : undefined;
const valueAt = new Set([roundsAt, cvAt, pagesAt].filter((i) => i >= 0).map((i) => i + 1));
const dirs = args.filter((a, i) => !a.startsWith('--') && !valueAt.has(i));
if (!dirs.length) throw new Error('usage: tsx bench/train-segment.ts <set dir> [...] [--write] [--rounds N] [--cv K [--cv-pages FILE]]');

interface Doc {
  x: Float64Array;
  feats: BlockFeatures[];
  n: number;
  /** labelled blocks: [block, label 1/0] */
  labelled: Array<[number, number]>;
  w: number;
  /** the set dir, and the page's fold for --cv (its place among the set's pages, mod K) */
  set: string;
  id: string;
  fold: number;
  /** the blocks' content words (cohesion.ts), for stage 2 */
  words: BlockWords;
  /** for --cv on a set with snippets (trafilatura-eval): the page's text, paragraphs and snippets */
  snip: { text: string; paragraphs: Array<[number, number]>; with: string[]; without: string[] } | null;
}
const docs: Doc[] = [];
for (const dir of dirs) {
  const files = readdirSync(join(dir, 'text')).filter((f) => f.endsWith('.txt')).sort();
  const snippets = cv > 1 ? pageSnippets(dir) : new Map<string, { with: string[]; without: string[] }>();
  let count = 0;
  let page = 0;
  for (const file of files) {
    const id = basename(file, '.txt');
    const text = readFileSync(join(dir, 'text', file), 'utf8');
    const labels = readFileSync(join(dir, 'labels', `${id}.tsv`), 'utf8').split('\n').map((r) => r.split('\t')[0]!);
    const lineStarts: number[] = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
    const doc = buildDocument(text);
    const { features: feats, words } = readBlocks(doc);
    const labelled: Array<[number, number]> = [];
    doc.paragraphs.forEach((p, i) => {
      const l = labels[upperBound(lineStarts, p.start) - 1];
      if (l === 'B' || l === 'N') labelled.push([i, l === 'B' ? 1 : 0]);
    });
    // every page weighs as much as 15 labelled lines at most: long reference pages do not drown the news pages
    const w = labelled.length ? Math.min(1, 15 / labelled.length) : 0;
    const sn = snippets.get(id);
    const snip = sn ? { text, paragraphs: doc.paragraphs.map((p) => [p.start, p.end] as [number, number]), ...sn } : null;
    docs.push({ words, x: featureMatrix(feats), feats, n: feats.length, labelled, w, set: dir, id, fold: cv > 1 ? page % cv : 0, snip });
    page++;
    count += labelled.length;
  }
  console.error(`${dir}: ${files.length} docs, ${count} labelled blocks`);
}

/** A set's snippets by page id (meta.jsonl's url is snippets.jsonl's file, as bench/eval reads them); empty when it has none. */
function pageSnippets(dir: string): Map<string, { with: string[]; without: string[] }> {
  const out = new Map<string, { with: string[]; without: string[] }>();
  if (!existsSync(join(dir, 'snippets.jsonl')) || !existsSync(join(dir, 'meta.jsonl'))) return out;
  const byUrl = new Map(readJsonl<{ file: string; with: string[]; without: string[] }>(join(dir, 'snippets.jsonl')).map((s) => [s.file, s]));
  for (const m of readJsonl<{ id: string; url?: string }>(join(dir, 'meta.jsonl'))) {
    const s = m.url ? byUrl.get(m.url) : undefined;
    if (s) out.set(m.id, { with: s.with, without: s.without });
  }
  return out;
}

interface Fit {
  bias: number;
  weights: number[];
}

/** Logistic regression by full-batch gradient descent on standardized features, small L2. */
function fit(rows: Float64Array[], ys: number[], ws: number[], m: number): Fit {
  const mu = new Float64Array(m);
  const sd = new Float64Array(m);
  let wsum = 0;
  rows.forEach((x, i) => {
    wsum += ws[i]!;
    for (let k = 0; k < m; k++) mu[k] = mu[k]! + ws[i]! * x[k]!;
  });
  for (let k = 0; k < m; k++) mu[k] = mu[k]! / wsum;
  rows.forEach((x, i) => {
    for (let k = 0; k < m; k++) sd[k] = sd[k]! + ws[i]! * (x[k]! - mu[k]!) ** 2;
  });
  for (let k = 0; k < m; k++) sd[k] = Math.sqrt(sd[k]! / wsum) || 1;
  const z = rows.map((x) => x.map((v, k) => (v - mu[k]!) / sd[k]!));
  const beta = new Float64Array(m);
  let b0 = 0;
  const lambda = 1e-3;
  const lr = 0.5;
  for (let it = 0; it < 2000; it++) {
    const g = new Float64Array(m);
    let g0 = 0;
    for (let i = 0; i < z.length; i++) {
      const zi = z[i]!;
      let s = b0;
      for (let k = 0; k < m; k++) s += beta[k]! * zi[k]!;
      const d = ws[i]! * (1 / (1 + Math.exp(-s)) - ys[i]!);
      g0 += d;
      for (let k = 0; k < m; k++) g[k] = g[k]! + d * zi[k]!;
    }
    b0 -= (lr * g0) / wsum;
    for (let k = 0; k < m; k++) beta[k] = beta[k]! - lr * (g[k]! / wsum + lambda * beta[k]!);
  }
  const weights = Array.from(beta, (b, k) => b / sd[k]!);
  const bias = b0 - weights.reduce((s, w, k) => s + w * mu[k]!, 0);
  let correct = 0;
  rows.forEach((x, i) => {
    let v = bias;
    for (let k = 0; k < m; k++) v += weights[k]! * x[k]!;
    if (v > 0 === (ys[i] === 1)) correct += ws[i]!;
  });
  console.error(`weighted training accuracy ${(correct / wsum).toFixed(3)}`);
  return { bias, weights };
}

interface Boosted extends Trees {
  feature: number[];
  threshold: number[];
  leaf: number[];
}

/**
 * Gradient-boosted trees on the weighted logistic loss: each round one tree of depth DEPTH,
 * split by the Newton gain over histogram bins, leaves -G/(H+lambda) times the learning rate.
 */
function boost(rows: Float64Array[], ys: number[], ws: number[], m: number, rounds: number): Boosted {
  const DEPTH = 3;
  const BINS = 32;
  const lambda = 1;
  const rate = 0.15;
  const minHess = 2;
  const n = rows.length;
  // quantile cut points per feature (distinct values when there are few)
  const cuts: number[][] = [];
  const bin = new Uint8Array(n * m);
  for (let k = 0; k < m; k++) {
    const vals = Float64Array.from(rows, (r) => r[k]!).sort();
    const distinct = [...new Set(vals)];
    let c: number[];
    if (distinct.length <= BINS) c = distinct.slice(0, -1).map((v, j) => (v + distinct[j + 1]!) / 2);
    else {
      const set = new Set<number>();
      for (let q = 1; q < BINS; q++) {
        const v = vals[Math.floor((q * n) / BINS)]!;
        const next = distinct.find((d) => d > v);
        if (next !== undefined) set.add((v + next) / 2);
      }
      c = [...set].sort((a, b) => a - b);
    }
    cuts.push(c);
    for (let i = 0; i < n; i++) {
      const v = rows[i]![k]!;
      let b = 0;
      while (b < c.length && v > c[b]!) b++;
      bin[i * m + k] = b;
    }
  }
  let wsum = 0;
  let ysum = 0;
  for (let i = 0; i < n; i++) {
    wsum += ws[i]!;
    ysum += ws[i]! * ys[i]!;
  }
  const base = round(Math.log(ysum / (wsum - ysum)));
  const score = new Float64Array(n).fill(base);
  const g = new Float64Array(n);
  const h = new Float64Array(n);
  const node = new Int32Array(n);
  const inner = (1 << DEPTH) - 1;
  const out: Boosted = { depth: DEPTH, base, feature: [], threshold: [], leaf: [] };
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < n; i++) {
      const p = 1 / (1 + Math.exp(-score[i]!));
      g[i] = ws[i]! * (p - ys[i]!);
      h[i] = ws[i]! * Math.max(p * (1 - p), 1e-6);
    }
    node.fill(0);
    const feat = new Array<number>(inner).fill(0);
    const thr = new Array<number>(inner).fill(Infinity);
    for (let d = 0; d < DEPTH; d++) {
      const first = (1 << d) - 1;
      const width = 1 << d;
      // histograms [node][feature][bin] of gradient and hessian
      const G = new Float64Array(width * m * BINS);
      const H = new Float64Array(width * m * BINS);
      for (let i = 0; i < n; i++) {
        const base = (node[i]! - first) * m * BINS;
        const gi = g[i]!;
        const hi = h[i]!;
        const o = i * m;
        for (let k = 0; k < m; k++) {
          const at = base + k * BINS + bin[o + k]!;
          G[at] = G[at]! + gi;
          H[at] = H[at]! + hi;
        }
      }
      for (let w = 0; w < width; w++) {
        let best = 0;
        for (let k = 0; k < m; k++) {
          const at = (w * m + k) * BINS;
          let gt = 0;
          let ht = 0;
          for (let b = 0; b < BINS; b++) {
            gt += G[at + b]!;
            ht += H[at + b]!;
          }
          let gl = 0;
          let hl = 0;
          for (let b = 0; b < cuts[k]!.length; b++) {
            gl += G[at + b]!;
            hl += H[at + b]!;
            const gr = gt - gl;
            const hr = ht - hl;
            if (hl < minHess || hr < minHess) continue;
            const gain = (gl * gl) / (hl + lambda) + (gr * gr) / (hr + lambda) - (gt * gt) / (ht + lambda);
            if (gain > best) {
              best = gain;
              feat[first + w] = k;
              thr[first + w] = round(cuts[k]![b]!, 1e5);
            }
          }
        }
      }
      for (let i = 0; i < n; i++) {
        const k = node[i]!;
        node[i] = 2 * k + (rows[i]![feat[k]!]! <= thr[k]! ? 1 : 2);
      }
    }
    const GL = new Float64Array(1 << DEPTH);
    const HL = new Float64Array(1 << DEPTH);
    for (let i = 0; i < n; i++) {
      GL[node[i]! - inner] = GL[node[i]! - inner]! + g[i]!;
      HL[node[i]! - inner] = HL[node[i]! - inner]! + h[i]!;
    }
    const leaves = Array.from(GL, (gl, k) => round((-rate * gl) / (HL[k]! + lambda)));
    for (let i = 0; i < n; i++) score[i] = score[i]! + leaves[node[i]! - inner]!;
    out.feature.push(...feat);
    out.threshold.push(...thr);
    out.leaf.push(...leaves);
  }
  let correct = 0;
  for (let i = 0; i < n; i++) if (score[i]! > 0 === (ys[i] === 1)) correct += ws[i]!;
  console.error(`boosted trees (${rounds} rounds): weighted training accuracy ${(correct / wsum).toFixed(3)}`);
  return out;
}

const row = (x: Float64Array, i: number, m: number): Float64Array => x.slice(i * m, (i + 1) * m);

/** First-stage log-odds of every block of a page. */
function stage1Of(d: Doc, trees: Trees): Float64Array {
  const l1 = new Float64Array(d.n);
  for (let i = 0; i < d.n; i++) l1[i] = Math.max(-8, Math.min(8, treeScore(trees, d.x.subarray(i * FEATURE_COUNT, (i + 1) * FEATURE_COUNT))));
  return l1;
}

/** Both stages trained on `on`. */
function train(on: Doc[]): { stage1: Boosted; stage2: Fit } {
  const ys = on.flatMap((d) => d.labelled.map(([, y]) => y));
  const ws = on.flatMap((d) => d.labelled.map(() => d.w));
  const stage1 = boost(on.flatMap((d) => d.labelled.map(([i]) => row(d.x, i, FEATURE_COUNT))), ys, ws, FEATURE_COUNT, ROUNDS);
  const stage2Rows = on.flatMap((d) => {
    const l1 = stage1Of(d, stage1);
    const x2 = stage2Matrix(l1, d.feats, coreOverlap(d.words, d.feats, l1));
    return d.labelled.map(([i]) => row(x2, i, STAGE2_COUNT));
  });
  return { stage1, stage2: fit(stage2Rows, ys, ws, STAGE2_COUNT) };
}

// --cv K: the out-of-sample check. Each set's pages are dealt round-robin into K folds; each
// fold's pages are scored by the stages trained on the others, and body() picks their blocks as
// segment does (selectBody over the two stages' log-odds). Labelled blocks pooled per set.
const { stage1, stage2 } = train(docs);

/** --cv-pages: one line per page with snippets, out-of-sample */
const pageRows: string[] = [];
if (cv > 1) {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const snippetTotal = new Map<string, Counts>();
  // fold -1: every page scored by stages trained on all pages (the in-sample figure, same path)
  for (let k = -1; k < cv; k++) {
    // (the stages of fold -1 are the ones --write writes: trained once)
    const { stage1: t, stage2: f } = k < 0 ? { stage1, stage2 } : train(docs.filter((d) => d.fold !== k));
    const tag = (set: string): string => (k < 0 ? `in-sample ${set}` : set);
    for (const d of docs.filter((d) => k < 0 || d.fold === k)) {
      const l1 = stage1Of(d, t);
      const overlap = coreOverlap(d.words, d.feats, l1);
      const x2 = stage2Matrix(l1, d.feats, overlap);
      const logits = new Float64Array(d.n);
      for (let i = 0; i < d.n; i++) {
        let v = f.bias;
        for (let j = 0; j < STAGE2_COUNT; j++) v += f.weights[j]! * x2[i * STAGE2_COUNT + j]!;
        logits[i] = v;
      }
      const body = new Uint8Array(d.n);
      const picked = selectBody(d.feats, logits, overlap).body;
      for (const i of picked) body[i] = 1;
      if (d.snip) {
        const { text, paragraphs } = d.snip;
        const joined = picked.map((i) => text.slice(paragraphs[i]![0], paragraphs[i]![1])).join('\n');
        const sc = snippetCounts(joined, d.snip.with, d.snip.without);
        snippetTotal.set(tag(d.set), addCounts(snippetTotal.get(tag(d.set)) ?? zeroCounts(), sc));
        if (pagesFile && k >= 0) pageRows.push(JSON.stringify({ id: d.id, ...sc, joined }));
      }
      const c = counts.get(tag(d.set)) ?? { tp: 0, fp: 0, fn: 0 };
      for (const [i, y] of d.labelled) {
        if (y === 1 && body[i]) c.tp++;
        else if (y === 1) c.fn++;
        else if (body[i]) c.fp++;
      }
      counts.set(tag(d.set), c);
    }
  }
  if (pagesFile) writeFileSync(pagesFile, pageRows.join('\n') + '\n');
  for (const [set, { tp, fp, fn }] of counts) {
    const p = tp / (tp + fp);
    const r = tp / (tp + fn);
    console.error(`${set.startsWith('in-sample') ? 'in-sample' : `${cv}-fold out-of-sample`}, ${basename(set)}: labelled blocks P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${((2 * p * r) / (p + r)).toFixed(3)}`);
  }
  for (const [set, c] of snippetTotal) {
    const s = prf(c);
    console.error(`${set.startsWith('in-sample') ? 'in-sample' : `${cv}-fold out-of-sample`}, ${basename(set)}: snippets P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(4)} (tp ${c.tp}, fp ${c.fp}, fn ${c.fn}; selectBody's blocks, no headline or byline taken out)`);
  }
}


const list = (f: Fit, names: readonly string[]): string => names.map((name, k) => `  ${round(f.weights[k]!)}, // ${name}`).join('\n');
const numbers = (xs: number[], perLine: number): string => {
  const lines: string[] = [];
  for (let i = 0; i < xs.length; i += perLine) lines.push(`  ${xs.slice(i, i + perLine).join(', ')},`);
  return lines.join('\n');
};
/**
 * Stage 1 as code: each tree one nested conditional, its thresholds and leaves as literals (the
 * same numbers as TREES, summed in the same order, so the same scores), about three times faster
 * than walking the flat arrays, and no code generated at run time.
 */
const unrolled = (t: Trees): string => {
  const inner = (1 << t.depth) - 1;
  const count = t.leaf.length >> t.depth;
  // each feature the trees read, read once into a local (no bounds check per comparison)
  const used = [...new Set(t.feature)].sort((a, b) => a - b);
  const lines = used.map((f) => `  const x${f} = x[${f}]!;`);
  lines.push(`  let s = ${t.base};`);
  for (let k = 0; k < count; k++) {
    const node = (j: number): string =>
      j >= inner ? String(t.leaf[(k << t.depth) + j - inner]) : `(x${t.feature[k * inner + j]} <= ${t.threshold[k * inner + j]} ? ${node(2 * j + 1)} : ${node(2 * j + 2)})`;
    lines.push(`  s += ${node(0)};`);
  }
  return lines.join('\n');
};

const out = `/**
 * Weights of the line scorer (src/segment/model.ts), written by bench/train-segment.ts.
 * Trained on: ${dirs.map((d) => basename(d)).join(', ')} (see src/segment/README.md for the data and licences).
 */
import type { Trees } from './model.js';

/** Stage 1: ${stage1.leaf.length >> stage1.depth} boosted trees of depth ${stage1.depth} over the features of model.ts (FEATURE_NAMES, by index). */
export const TREES: Trees = {
  depth: ${stage1.depth},
  base: ${stage1.base},
  feature: [
${numbers(stage1.feature, 28)}
  ],
  threshold: [
${numbers(stage1.threshold, 14)}
  ],
  leaf: [
${numbers(stage1.leaf, 16)}
  ],
};

/** The trees of TREES unrolled: the same sum for one feature row (model.ts scores with this). */
export function stage1Score(x: Float64Array): number {
${unrolled(stage1)}
  return s;
}

export const BIAS2 = ${round(stage2.bias)};

export const WEIGHTS2: readonly number[] = [
${list(stage2, STAGE2_NAMES)}
];
`;
if (write) writeFileSync(new URL('../src/segment/weights.ts', import.meta.url), out);
else process.stdout.write(out);

function round(v: number, scale = 1000): number {
  return Math.round(v * scale) / scale;
}

function upperBound(a: number[], v: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid]! <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
