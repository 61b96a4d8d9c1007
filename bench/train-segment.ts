/**
 * Train the segment stage's line scorer (src/segment/weights.ts): a logistic regression over
 * src/segment/model.ts's features, fitted on boilerplate sets with line labels.
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
import { blockFeatures } from '../src/segment/features.js';
import { FEATURE_COUNT, FEATURE_NAMES, featureMatrix } from '../src/segment/model.js';

const args = process.argv.slice(2);
const write = args.includes('--write');
const dirs = args.filter((a) => !a.startsWith('--'));
if (!dirs.length) throw new Error('usage: tsx bench/train-segment.ts <set dir> [...] [--write]');

interface Sample {
  x: Float64Array;
  y: number;
  w: number;
}
const samples: Sample[] = [];
for (const dir of dirs) {
  const files = readdirSync(join(dir, 'text')).filter((f) => f.endsWith('.txt')).sort();
  let docSamples = 0;
  for (const file of files) {
    const id = basename(file, '.txt');
    const text = readFileSync(join(dir, 'text', file), 'utf8');
    const labels = readFileSync(join(dir, 'labels', `${id}.tsv`), 'utf8').split('\n').map((r) => r.split('\t')[0]!);
    const lineStarts: number[] = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
    const doc = buildDocument(text);
    const feats = blockFeatures(doc);
    const x = featureMatrix(feats);
    const labelled: Array<[number, number]> = [];
    doc.paragraphs.forEach((p, i) => {
      const line = upperBound(lineStarts, p.start) - 1;
      const l = labels[line];
      if (l === 'B' || l === 'N') labelled.push([i, l === 'B' ? 1 : 0]);
    });
    // every document weighs about the same, whatever its length
    const w = labelled.length ? Math.min(1, 40 / labelled.length) : 0;
    for (const [i, y] of labelled) samples.push({ x: x.slice(i * FEATURE_COUNT, (i + 1) * FEATURE_COUNT), y, w });
    docSamples += labelled.length;
  }
  console.error(`${dir}: ${files.length} docs, ${docSamples} labelled blocks`);
}

// standardize, fit by full-batch gradient descent with a small L2 penalty
const m = FEATURE_COUNT;
const mu = new Float64Array(m);
const sd = new Float64Array(m);
let wsum = 0;
for (const s of samples) {
  wsum += s.w;
  for (let k = 0; k < m; k++) mu[k] = mu[k]! + s.w * s.x[k]!;
}
for (let k = 0; k < m; k++) mu[k] = mu[k]! / wsum;
for (const s of samples) for (let k = 0; k < m; k++) sd[k] = sd[k]! + s.w * (s.x[k]! - mu[k]!) ** 2;
for (let k = 0; k < m; k++) sd[k] = Math.sqrt(sd[k]! / wsum) || 1;
const z = samples.map((s) => s.x.map((v, k) => (v - mu[k]!) / sd[k]!));

const beta = new Float64Array(m);
let b0 = 0;
const lambda = 1e-3;
const lr = 0.5;
for (let it = 0; it < 3000; it++) {
  const g = new Float64Array(m);
  let g0 = 0;
  let loss = 0;
  for (let i = 0; i < samples.length; i++) {
    const zi = z[i]!;
    let s = b0;
    for (let k = 0; k < m; k++) s += beta[k]! * zi[k]!;
    const p = 1 / (1 + Math.exp(-s));
    const { y, w } = samples[i]!;
    const d = w * (p - y);
    g0 += d;
    for (let k = 0; k < m; k++) g[k] = g[k]! + d * zi[k]!;
    loss -= w * (y ? Math.log(p + 1e-12) : Math.log(1 - p + 1e-12));
  }
  b0 -= (lr * g0) / wsum;
  for (let k = 0; k < m; k++) beta[k] = beta[k]! - lr * (g[k]! / wsum + lambda * beta[k]!);
  if (it % 500 === 0) console.error(`iter ${it} loss ${(loss / wsum).toFixed(4)}`);
}
// back to raw feature units
const weights = Array.from(beta, (b, k) => b / sd[k]!);
const bias = b0 - weights.reduce((s, w, k) => s + w * mu[k]!, 0);
let correct = 0;
for (const s of samples) {
  let v = bias;
  for (let k = 0; k < m; k++) v += weights[k]! * s.x[k]!;
  if (v > 0 === (s.y === 1)) correct += s.w;
}
console.error(`weighted training accuracy ${(correct / wsum).toFixed(3)}`);
const round = (v: number): number => Math.round(v * 1000) / 1000;
const body = FEATURE_NAMES.map((name, k) => `  ${round(weights[k]!)}, // ${name}`).join('\n');
const out = `/**
 * Weights of the line scorer (src/segment/model.ts), written by bench/train-segment.ts.
 * Trained on: ${dirs.map((d) => basename(d)).join(', ')} (see src/segment/README.md for the data and licences).
 */
export const BIAS = ${round(bias)};

export const WEIGHTS: readonly number[] = [
${body}
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
