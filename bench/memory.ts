/**
 * npm run bench:memory -- [dir] [--articles N] [--every K] [--novel W] [--json]
 * Memory of the library, two ways:
 * - load: plain node on the built package (dist/index.js, `npm run build` first), in a child
 *   process each: RSS of bare node, after importing the library, after the first parseArticle
 *   (wink-nlp's model and the tagger's weights are read on first use), heap after a forced gc;
 * - growth: parseArticle on N articles (default 10,000) in this process, cycling the corpus's texts
 *   (default polnear/dev's layout: a folder of .txt, or .json / .jsonl records with a `text`), with
 *   RSS and heap after a forced gc every K articles (default 1,000). Flat from the first checkpoint
 *   on means no per-call growth. `--novel W` appends W words never seen before to every article
 *   (names and numbers are an open vocabulary: wink-nlp keeps every new word it reads). Run with
 *   --expose-gc (the npm script does).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '../src/article.js';
import { loadCorpus } from './bench.js';
import { mb, renderTables, type Table } from './eval/format.js';

const gc = (globalThis as { gc?: () => void }).gc;

interface Sample {
  articles: number;
  rss: number;
  heapUsed: number;
  external: number;
}

function sample(articles: number): Sample {
  gc?.();
  gc?.();
  const m = process.memoryUsage();
  return { articles, rss: mb(m.rss), heapUsed: mb(m.heapUsed), external: mb(m.external) };
}

/** RSS / heap (MB) of a fresh `node` running `code` on the built package. */
function loadFigures(): Record<string, number> | null {
  const dist = fileURLToPath(new URL('../dist/index.js', import.meta.url));
  if (!existsSync(dist)) return null;
  const seed = fileURLToPath(new URL('../fixtures/seed-xinhua-interpol.txt', import.meta.url));
  const code = `
    const mem = () => { globalThis.gc(); globalThis.gc(); const m = process.memoryUsage(); return { rss: m.rss / 1048576, heap: m.heapUsed / 1048576 }; };
    const bare = mem();
    const lib = await import(${JSON.stringify(dist)});
    const loaded = mem();
    const { readFileSync } = await import('node:fs');
    lib.parseArticle(readFileSync(${JSON.stringify(seed)}, 'utf8'));
    const first = mem();
    console.log(JSON.stringify({ bareRss: bare.rss, importRss: loaded.rss, importHeap: loaded.heap, firstParseRss: first.rss, firstParseHeap: first.heap, peakRss: process.resourceUsage().maxRSS / 1024 }));
  `;
  const out = execFileSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', code], { encoding: 'utf8' });
  return JSON.parse(out) as Record<string, number>;
}

function main(): void {
  const args = process.argv.slice(2);
  const opt = (name: string, def: number): number => {
    const i = args.indexOf(name);
    if (i < 0) return def;
    const v = Number(args[i + 1]);
    if (!Number.isInteger(v) || v < 1) throw new Error(`${name} wants a positive integer`);
    return v;
  };
  const articles = opt('--articles', 10000);
  const every = opt('--every', 1000);
  const novel = args.includes('--novel') ? opt('--novel', 1) : 0;
  const json = args.includes('--json');
  const valued = new Set(['--articles', '--every', '--novel']);
  const dir = args.find((a, i) => !a.startsWith('--') && !valued.has(args[i - 1] ?? '')) ?? fileURLToPath(new URL('../fixtures/', import.meta.url));
  if (!gc) throw new Error('run with node --expose-gc (npm run bench:memory does)');

  const load = loadFigures();
  const texts = loadCorpus(dir);
  if (!texts.length) throw new Error(`${dir}: no texts`);
  const samples: Sample[] = [sample(0)];
  const t0 = performance.now();
  for (let n = 1; n <= articles; n++) {
    const text = texts[(n - 1) % texts.length]!;
    parseArticle(novel ? `${text}\n${Array.from({ length: novel }, (_, k) => `Zq${n}x${k} ${n}.${k}`).join(' ')}` : text);
    if (n % every === 0 || n === articles) samples.push(sample(n));
  }
  const seconds = (performance.now() - t0) / 1000;
  const first = samples[1]!;
  const last = samples[samples.length - 1]!;
  const per1000 = last.articles > first.articles ? (1000 * (last.rss - first.rss)) / (last.articles - first.articles) : 0;
  const peak = process.resourceUsage().maxRSS / 1024;
  const result = { corpus: dir, texts: texts.length, articles, novelWordsPerArticle: 2 * novel, seconds, load, samples, rssGrowthPer1000AfterFirstCheckpoint: per1000, peakRss: peak };
  if (json) {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return;
  }
  const tables: Table[] = [];
  if (load) {
    tables.push({
      title: 'Load (plain node on dist/, a fresh process each; MB, after forced gc)',
      head: ['bare node RSS', 'after import RSS', 'heap', 'after first parse RSS', 'heap', 'peak RSS'],
      rows: [[load.bareRss, load.importRss, load.importHeap, load.firstParseRss, load.firstParseHeap, load.peakRss]],
    });
  } else tables.push({ title: 'Load: no dist/ (npm run build first)', head: [], rows: [] });
  tables.push({
    title: `Growth: parseArticle on ${articles} articles cycling ${texts.length} texts${novel ? `, ${2 * novel} new words each` : ''} (${seconds.toFixed(0)} s); MB after forced gc`,
    head: ['articles', 'RSS', 'heapUsed', 'external'],
    rows: samples.map((s) => [s.articles, s.rss, s.heapUsed, s.external]),
  });
  tables.push({
    title: 'Summary',
    head: ['RSS growth per 1,000 articles after the first checkpoint', 'peak RSS'],
    rows: [[per1000, peak]],
  });
  process.stdout.write(`${renderTables(tables)}\n`);
}

try {
  main();
} catch (err) {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(2);
}
