/**
 * Train the segment stage's line scorer (src/segment/weights.ts): two stacked logistic
 * regressions over src/segment/model.ts's features: stage 1 from each block's own and near
 * neighbours' features, stage 2 from the stage-1 log-odds of the block and its neighbours.
 *
 *   npx tsx bench/train-segment.ts <set dir> [<set dir> ...] [--write]
 *
 * Each set dir holds text/<id>.txt and labels/<id>.tsv (label<TAB>... per line; B body, N
 * boilerplate, the rest ignored), the layout of /work/shared/data/boilerplate. The data is read
 * where it lies and never copied; only the weights (a few dozen numbers) are written.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { buildDocument } from '../src/document/build.js';
import { blockFeatures, type BlockFeatures } from '../src/segment/features.js';
import { FEATURE_COUNT, FEATURE_NAMES, featureMatrix, STAGE2_COUNT, STAGE2_NAMES, stage2Matrix } from '../src/segment/model.js';

const args = process.argv.slice(2);
const write = args.includes('--write');
const dirs = args.filter((a) => !a.startsWith('--'));
if (!dirs.length) throw new Error('usage: tsx bench/train-segment.ts <set dir> [...] [--write]');

interface Doc {
  x: Float64Array;
  feats: BlockFeatures[];
  n: number;
  /** labelled blocks: [block, label 1/0] */
  labelled: Array<[number, number]>;
  w: number;
}
const docs: Doc[] = [];
for (const dir of dirs) {
  const files = readdirSync(join(dir, 'text')).filter((f) => f.endsWith('.txt')).sort();
  let count = 0;
  for (const file of files) {
    const id = basename(file, '.txt');
    const text = readFileSync(join(dir, 'text', file), 'utf8');
    const labels = readFileSync(join(dir, 'labels', `${id}.tsv`), 'utf8').split('\n').map((r) => r.split('\t')[0]!);
    const lineStarts: number[] = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
    const doc = buildDocument(text);
    const feats = blockFeatures(doc);
    const labelled: Array<[number, number]> = [];
    doc.paragraphs.forEach((p, i) => {
      const l = labels[upperBound(lineStarts, p.start) - 1];
      if (l === 'B' || l === 'N') labelled.push([i, l === 'B' ? 1 : 0]);
    });
    // every document weighs about the same, whatever its length
    const w = labelled.length ? Math.min(1, 40 / labelled.length) : 0;
    docs.push({ x: featureMatrix(feats), feats, n: feats.length, labelled, w });
    count += labelled.length;
  }
  console.error(`${dir}: ${files.length} docs, ${count} labelled blocks`);
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

const row = (x: Float64Array, i: number, m: number): Float64Array => x.slice(i * m, (i + 1) * m);
const ys = docs.flatMap((d) => d.labelled.map(([, y]) => y));
const ws = docs.flatMap((d) => d.labelled.map(() => d.w));
const stage1 = fit(docs.flatMap((d) => d.labelled.map(([i]) => row(d.x, i, FEATURE_COUNT))), ys, ws, FEATURE_COUNT);
const stage2Rows = docs.flatMap((d) => {
  const l1 = new Float64Array(d.n);
  for (let i = 0; i < d.n; i++) {
    let s = stage1.bias;
    for (let k = 0; k < FEATURE_COUNT; k++) s += stage1.weights[k]! * d.x[i * FEATURE_COUNT + k]!;
    l1[i] = Math.max(-8, Math.min(8, s));
  }
  const x2 = stage2Matrix(l1, d.feats);
  return d.labelled.map(([i]) => row(x2, i, STAGE2_COUNT));
});
const stage2 = fit(stage2Rows, ys, ws, STAGE2_COUNT);

const round = (v: number): number => Math.round(v * 1000) / 1000;
const list = (f: Fit, names: readonly string[]): string => names.map((name, k) => `  ${round(f.weights[k]!)}, // ${name}`).join('\n');
const out = `/**
 * Weights of the line scorer (src/segment/model.ts), written by bench/train-segment.ts.
 * Trained on: ${dirs.map((d) => basename(d)).join(', ')} (see src/segment/README.md for the data and licences).
 */
export const BIAS = ${round(stage1.bias)};

export const WEIGHTS: readonly number[] = [
${list(stage1, FEATURE_NAMES)}
];

export const BIAS2 = ${round(stage2.bias)};

export const WEIGHTS2: readonly number[] = [
${list(stage2, STAGE2_NAMES)}
];
`;
if (write) writeFileSync(new URL('../src/segment/weights.ts', import.meta.url), out);
else process.stdout.write(out);

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
