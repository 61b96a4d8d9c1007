/**
 * The segment stage's cost next to a bare wink readDoc, steadier than `npm run bench` on a shared
 * machine: the minimum and median over many rounds, segment timed both right after each text's
 * buildDocument (cold, as in the pipeline) and over Documents built beforehand (warm).
 *
 *   npx tsx bench/eval/boilerplate-speed.ts <dir of .txt or .json records with a "text"> [--rounds N]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { buildDocument } from '../../src/document/build.js';
import { resolveOptions } from '../../src/options.js';
import { segmentDocument } from '../../src/segment/index.js';

const args = process.argv.slice(2);
const dir = args[0];
if (!dir) throw new Error('usage: tsx bench/eval/boilerplate-speed.ts <dir> [--rounds N]');
const roundsAt = args.indexOf('--rounds');
const rounds = roundsAt >= 0 ? Number(args[roundsAt + 1]) : 12;

const texts = readdirSync(dir)
  .filter((f) => f.endsWith('.txt') || f.endsWith('.json'))
  .sort()
  .flatMap((f) => {
    const raw = readFileSync(join(dir, f), 'utf8');
    if (f.endsWith('.txt')) return [raw];
    const rec = JSON.parse(raw) as { text?: unknown };
    return typeof rec.text === 'string' ? [rec.text] : [];
  });
const opts = resolveOptions(undefined);
const nlp = winkNLP(model);
const docs = texts.map((t) => buildDocument(t));

const cold: number[] = [];
const warm: number[] = [];
const wink: number[] = [];
for (let r = 0; r < rounds + 2; r++) {
  let c = 0;
  for (const t of texts) {
    const d = buildDocument(t);
    const t0 = performance.now();
    segmentDocument(d, opts);
    c += performance.now() - t0;
  }
  let t0 = performance.now();
  for (const d of docs) segmentDocument(d, opts);
  const w = performance.now() - t0;
  t0 = performance.now();
  for (const t of texts) nlp.readDoc(t);
  const k = performance.now() - t0;
  if (r < 2) continue; // warm-up
  cold.push(c);
  warm.push(w);
  wink.push(k);
}
const min = (a: number[]): number => Math.min(...a);
const median = (a: number[]): number => [...a].sort((x, y) => x - y)[a.length >> 1]!;
const row = (name: string, a: number[]): string =>
  `${name.padEnd(30)} min ${min(a).toFixed(1).padStart(6)} ms (x readDoc ${(min(a) / min(wink)).toFixed(3)})   median ${median(a).toFixed(1).padStart(6)} ms (x readDoc ${(median(a) / median(wink)).toFixed(3)})`;
console.log(`${texts.length} texts, ${rounds} rounds`);
console.log(row('wink readDoc', wink));
console.log(row('segment after buildDocument', cold));
console.log(row('segment, Documents built first', warm));
