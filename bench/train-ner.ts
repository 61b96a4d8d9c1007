/**
 * npm run train:ner -- <train.docs.jsonl> [--epochs N] [--dev <file.jsonl>] [--min W] [--out path]
 * Train the entity tagger (averaged perceptron over BIO tags, greedy left to right, the features of
 * src/entities/model/features.ts) on CoNLL-style JSONL documents, read with the project's own
 * Document (wink-nlp tokens), and write the weights, pruned and quantized to int8, to
 * src/entities/model/weights.ts. The training data is read at run time of this script only; none of
 * it is written out except the learned weights. `--dev` reports span P/R/F1 after each epoch
 * (never train on the dev file).
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildDocument } from '../src/document/build.js';
import { buildContext, O, TAGS, type FeatureContext } from '../src/entities/model/features.js';
import { featureHash } from '../src/entities/model/hash.js';
import { PackedModel, tagNames, tagTokens, type LinearModel } from '../src/entities/model/tagger.js';
import { readJsonl } from './eval/io.js';

interface GoldDoc {
  id: string;
  text: string;
  entities: Array<{ start: number; end: number; type: string }>;
}
interface Example {
  ctx: FeatureContext;
  gold: Uint8Array;
  ranges: Array<[number, number]>;
  entities: Set<string>;
}

const K = TAGS.length;

/** Averaged perceptron with lazy averaging: per feature, K weights, running totals and stamps. */
class Perceptron implements LinearModel {
  table = new Map<string, Float64Array>();
  count = 0;
  get n(): number {
    return this.table.size;
  }
  score(feats: string[], out: Float64Array): void {
    out.fill(0);
    for (const f of feats) {
      const v = this.table.get(f);
      if (v === undefined) continue;
      for (let k = 0; k < K; k++) out[k] = out[k]! + v[k]!;
    }
  }
  update(feats: string[], truth: number, guess: number): void {
    this.count++;
    if (truth === guess) return;
    for (const f of feats) {
      let v = this.table.get(f);
      if (!v) this.table.set(f, (v = new Float64Array(3 * K)));
      for (const [k, d] of [[truth, 1], [guess, -1]] as const) {
        v[K + k] = v[K + k]! + (this.count - v[2 * K + k]!) * v[k]!;
        v[2 * K + k] = this.count;
        v[k] = v[k]! + d;
      }
    }
  }
  averaged(): { index: Map<string, number>; w: Float64Array } {
    const index = new Map<string, number>();
    const w = new Float64Array(this.table.size * K);
    let at = 0;
    for (const [f, v] of this.table) {
      index.set(f, at);
      for (let k = 0; k < K; k++) w[at + k] = (v[K + k]! + (this.count - v[2 * K + k]!) * v[k]!) / this.count;
      at += K;
    }
    return { index, w };
  }
}

class Fixed implements LinearModel {
  constructor(private index: Map<string, number>, private w: Float64Array) {}
  score(feats: string[], out: Float64Array): void {
    out.fill(0);
    for (const f of feats) {
      const at = this.index.get(f);
      if (at === undefined) continue;
      for (let k = 0; k < K; k++) out[k] = out[k]! + this.w[at + k]!;
    }
  }
}

function load(file: string): { examples: Example[]; lost: number; total: number } {
  const examples: Example[] = [];
  let lost = 0;
  let total = 0;
  for (const d of readJsonl<GoldDoc>(file)) {
    const doc = buildDocument(d.text);
    const ctx = buildContext(doc);
    const tok = doc.tokens;
    const gold = new Uint8Array(tok.count);
    const byStart = new Map<number, number>();
    const byEnd = new Map<number, number>();
    for (let i = 0; i < tok.count; i++) {
      byStart.set(tok.start[i]!, i);
      byEnd.set(tok.end[i]!, i);
    }
    const entities = new Set<string>();
    for (const e of d.entities) {
      total++;
      entities.add(`${e.start}:${e.end}:${e.type}`);
      const a = byStart.get(e.start);
      const b = byEnd.get(e.end);
      if (a === undefined || b === undefined || b < a) {
        lost++;
        continue;
      }
      const base = TAGS.indexOf(`B-${e.type}` as (typeof TAGS)[number]);
      gold[a] = base;
      for (let i = a + 1; i <= b; i++) gold[i] = base + 1;
    }
    examples.push({ ctx, gold, ranges: [[0, tok.count]], entities });
  }
  return { examples, lost, total };
}

function evaluate(examples: Example[], m: LinearModel, vote = 0): string {
  const c: Record<string, { tp: number; fp: number; fn: number }> = {};
  for (const t of ['PER', 'ORG', 'LOC', 'MISC']) c[t] = { tp: 0, fp: 0, fn: 0 };
  for (const ex of examples) {
    const tok = ex.ctx.doc.tokens;
    const pred = tagNames(ex.ctx.doc, ex.ranges, ex.ctx, m, vote).map((s) => `${tok.start[s.first]}:${tok.end[s.last - 1]}:${s.type}`);
    const ps = new Set(pred);
    for (const p of ps) {
      const t = p.split(':')[2]!;
      if (ex.entities.has(p)) c[t]!.tp++;
      else c[t]!.fp++;
    }
    for (const g of ex.entities) if (!ps.has(g)) c[g.split(':')[2]!]!.fn++;
  }
  const f = (x: { tp: number; fp: number; fn: number }): string => {
    const p = x.tp / Math.max(1, x.tp + x.fp);
    const r = x.tp / Math.max(1, x.tp + x.fn);
    return `P ${p.toFixed(3)} R ${r.toFixed(3)} F ${((2 * p * r) / Math.max(1e-9, p + r)).toFixed(3)}`;
  };
  const micro = { tp: 0, fp: 0, fn: 0 };
  for (const t of ['PER', 'ORG', 'LOC']) {
    micro.tp += c[t]!.tp;
    micro.fp += c[t]!.fp;
    micro.fn += c[t]!.fn;
  }
  return ['PER', 'ORG', 'LOC', 'MISC'].map((t) => `${t} ${f(c[t]!)}`).join(' | ') + ` || micro(PER/ORG/LOC) ${f(micro)}`;
}

/** Deterministic shuffle (mulberry32). */
function shuffle<T>(xs: T[], seed: number): T[] {
  let a = seed;
  const rnd = (): number => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function fitModel(examples: Example[], epochs: number, dev: Example[] | null, vote = 0): Perceptron {
  const p = new Perceptron();
  for (let e = 0; e < epochs; e++) {
    let wrong = 0;
    let seen = 0;
    for (const ex of shuffle(examples, e + 1)) {
      tagTokens(ex.ctx, ex.ranges, p, (i, feats, guess) => {
        const truth = ex.gold[i]!;
        p.update(feats, truth, guess);
        seen++;
        if (truth !== guess) wrong++;
      });
    }
    const line = `epoch ${e + 1}: ${seen} scored tokens, ${(wrong / seen).toFixed(4)} wrong, ${p.n} features`;
    if (dev && (e === epochs - 1 || e % 2 === 1)) {
      const a = p.averaged();
      console.log(`${line}\n  dev ${evaluate(dev, new Fixed(a.index, a.w), vote)}`);
    }
    else console.log(line);
  }
  return p;
}

function main(): void {
  const args = process.argv.slice(2);
  const opt = (name: string): string | undefined => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const file = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
  if (!file) throw new Error('usage: npm run train:ner -- <train.docs.jsonl> [--epochs N] [--dev file] [--min W]');
  const epochs = Number(opt('--epochs') ?? 8);
  const minWeight = Number(opt('--min') ?? 1);
  const out = opt('--out') ?? fileURLToPath(new URL('../src/entities/model/weights.ts', import.meta.url));
  const t0 = performance.now();
  const train = load(file);
  console.log(`${train.examples.length} training docs, ${train.total} entities, ${train.lost} not on token boundaries (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  const dev = opt('--dev') ? load(opt('--dev')!) : null;

  // the weight of the document-level second pass, chosen on a held-out seventh of the training documents
  let vote = Number(opt('--vote') ?? NaN);
  if (Number.isNaN(vote)) {
    const fit = train.examples.filter((_, k) => k % 7 !== 0);
    const held = train.examples.filter((_, k) => k % 7 === 0);
    const a = fitModel(fit, epochs, null).averaged();
    const m = new Fixed(a.index, a.w);
    let best = -1;
    for (const v of [0, 2, 4, 6, 8, 12, 16, 24]) {
      const line = evaluate(held, m, v);
      const f = Number(/micro\(PER\/ORG\/LOC\) P \S+ R \S+ F (\S+)/.exec(line)![1]);
      console.log(`vote ${v}: held-out ${line}`);
      if (f > best + 1e-9) {
        best = f;
        vote = v;
      }
    }
    console.log(`vote weight ${vote}`);
  }
  const p = fitModel(train.examples, epochs, dev?.examples ?? null, vote);
  const { index, w: avg } = p.averaged();
  // prune: features whose largest weight is small; quantize to int8 with one scale
  let maxAbs = 0;
  for (const v of avg) maxAbs = Math.max(maxAbs, Math.abs(v));
  const scale = maxAbs / 127;
  const names: string[] = [];
  const bytes: number[] = [];
  for (const [name, at] of index) {
    let big = 0;
    for (let k = 0; k < K; k++) big = Math.max(big, Math.abs(Math.round(avg[at + k]! / scale)));
    if (big < minWeight) continue;
    names.push(name);
    for (let k = 0; k < K; k++) bytes.push(Math.round(avg[at + k]! / scale) & 0xff);
  }
  // key the weights by the hash of each name; of two names with one hash, keep the stronger
  const byHash = new Map<number, number>();
  const strength = (f: number): number => {
    let big = 0;
    for (let k = 0; k < K; k++) big = Math.max(big, Math.abs((bytes[f * K + k]! << 24) >> 24));
    return big;
  };
  let collisions = 0;
  for (let f = 0; f < names.length; f++) {
    const h = featureHash(names[f]!);
    const other = byHash.get(h);
    if (other === undefined) byHash.set(h, f);
    else {
      collisions++;
      if (strength(f) > strength(other)) byHash.set(h, f);
    }
  }
  const keyBytes: number[] = [];
  const weightBytes: number[] = [];
  for (const [h, f] of byHash) {
    keyBytes.push(h & 0xff, (h >>> 8) & 0xff, (h >>> 16) & 0xff, (h >>> 24) & 0xff);
    for (let k = 0; k < K; k++) weightBytes.push(bytes[f * K + k]!);
  }
  const keys64 = Buffer.from(Uint8Array.from(keyBytes)).toString('base64');
  const b64 = Buffer.from(Uint8Array.from(weightBytes)).toString('base64');
  if (dev) console.log(`quantized, ${byHash.size} features (${collisions} hash collisions dropped): dev ${evaluate(dev.examples, new PackedModel(keys64, b64, scale), vote)}`);
  const src = `// Generated by bench/train-ner.ts (averaged perceptron, ${epochs} epochs) from CoNLL-2003 English train
// (Reuters, research use): learned weights only, no text of the dataset. Do not edit.
/** 32-bit FNV-1a hashes of the feature names, little-endian, one per feature */
export const KEYS = '${keys64}';
/** int8 weights, ${K} per feature (tags ${TAGS.join(' ')}) */
export const WEIGHTS = '${b64}';
export const SCALE = ${scale};
/** weight of the document-level second pass (chosen on held-out training documents) */
export const VOTE = ${vote};
`;
  writeFileSync(out, src);
  console.log(`${out}: ${byHash.size} of ${p.n} features, ${(src.length / 1024).toFixed(0)} KB`);
}

main();
