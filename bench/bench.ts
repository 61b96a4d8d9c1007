/**
 * npm run bench -- [dir] [--rounds N] [--json]
 * Throughput of parseArticle on a corpus (a folder of .txt files, or of .json / .jsonl files whose
 * records have a `text` field; default: fixtures/), next to a bare wink-nlp readDoc of the same
 * texts, with per-stage times. Warm-up first, then N rounds (default 3) in rotating order; medians.
 */
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { parseArticle } from '../src/article.js';
import { extractDatesFromDocument } from '../src/dates/index.js';
import { buildDocument } from '../src/document/build.js';
import { extractEntitiesFromDocument } from '../src/entities/index.js';
import { resolveOptions } from '../src/options.js';
import { extractQuotesFromDocument } from '../src/quotes/index.js';
import { segmentDocument } from '../src/segment/index.js';
import { mb, pct, renderTables, type Table } from './eval/format.js';
import { isDir, listFiles, readJson, readJsonl, readText } from './eval/io.js';

const STAGES = ['buildDocument', 'segment', 'entities', 'quotes', 'dates'] as const;
type Stage = (typeof STAGES)[number];

/** Texts of a corpus folder: .txt files, else the `text` of .json / .jsonl records. */
export function loadCorpus(dir: string): string[] {
  if (!isDir(dir)) throw new Error(`${dir}: not a folder`);
  const txt = listFiles(dir, '.txt');
  if (txt.length) return txt.map(readText);
  const records = [
    ...listFiles(dir, '.json').flatMap((f) => [readJson<unknown>(f)].flat()),
    ...listFiles(dir, '.jsonl').flatMap((f) => readJsonl<unknown>(f)),
  ];
  return records.flatMap((r) => (r && typeof r === 'object' && typeof (r as { text?: unknown }).text === 'string' ? [(r as { text: string }).text] : []));
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

const rssMb = (): number => mb(process.memoryUsage().rss);

function main(): void {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const ri = args.indexOf('--rounds');
  const rounds = ri >= 0 ? Number(args[ri + 1]) : 3;
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error('--rounds wants a positive integer');
  const dir = args.find((a, i) => !a.startsWith('--') && (ri < 0 || i !== ri + 1)) ?? fileURLToPath(new URL('../fixtures/', import.meta.url));

  const texts = loadCorpus(dir);
  if (!texts.length) throw new Error(`${dir}: no .txt files and no records with a text field`);
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);
  const nlp = winkNLP(model);
  const opts = resolveOptions(undefined);
  const rssLoaded = rssMb();

  const runs: Record<string, () => void> = {
    parseArticle: () => {
      for (const t of texts) parseArticle(t);
    },
    readDoc: () => {
      for (const t of texts) nlp.readDoc(t);
    },
  };
  const stageMs: Record<Stage, number[]> = { buildDocument: [], segment: [], entities: [], quotes: [], dates: [] };
  const runStages = (): void => {
    const acc: Record<Stage, number> = { buildDocument: 0, segment: 0, entities: 0, quotes: 0, dates: 0 };
    for (const t of texts) {
      let t0 = performance.now();
      const doc = buildDocument(t);
      let t1 = performance.now();
      acc.buildDocument += t1 - t0;
      const seg = segmentDocument(doc, opts);
      t0 = performance.now();
      acc.segment += t0 - t1;
      const entities = extractEntitiesFromDocument(doc, seg.regions);
      t1 = performance.now();
      acc.entities += t1 - t0;
      extractQuotesFromDocument(doc, seg.regions, entities);
      t0 = performance.now();
      acc.quotes += t0 - t1;
      extractDatesFromDocument(doc, seg.regions, seg.publishedAt);
      acc.dates += performance.now() - t0;
    }
    for (const s of STAGES) stageMs[s].push(acc[s]);
  };

  // warm-up: the JIT and wink's lazy state, on up to 20 texts, twice
  const warm = texts.slice(0, 20);
  for (let i = 0; i < 2; i++) {
    for (const t of warm) {
      parseArticle(t);
      nlp.readDoc(t);
    }
  }
  const rssWarm = rssMb();

  const times: Record<string, number[]> = { parseArticle: [], readDoc: [] };
  // CPU time of this process as well: on a shared machine, less disturbed than wall time
  const cpuTimes: Record<string, number[]> = { parseArticle: [], readDoc: [] };
  const cpuMs = (): number => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const order = ['parseArticle', 'readDoc', 'stages'];
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < order.length; k++) {
      const what = order[(k + r) % order.length]!;
      if (what === 'stages') {
        runStages();
        continue;
      }
      const c0 = cpuMs();
      const t0 = performance.now();
      runs[what]!();
      times[what]!.push(performance.now() - t0);
      cpuTimes[what]!.push(cpuMs() - c0);
    }
  }
  const rssEnd = rssMb();
  const peak = process.resourceUsage().maxRSS / 1024;

  const parseMs = median(times.parseArticle!);
  const readMs = median(times.readDoc!);
  const stage = Object.fromEntries(STAGES.map((s) => [s, median(stageMs[s])])) as Record<Stage, number>;
  const stageTotal = STAGES.reduce((n, s) => n + stage[s], 0);
  const rate = (ms: number): { mbPerS: number; articlesPerS: number } => ({ mbPerS: mb(bytes) / (ms / 1000), articlesPerS: texts.length / (ms / 1000) });
  const result = {
    corpus: dir,
    articles: texts.length,
    mb: mb(bytes),
    rounds,
    parseArticle: { ms: parseMs, ...rate(parseMs) },
    readDoc: { ms: readMs, ...rate(readMs) },
    ratio: parseMs / readMs,
    cpu: { parseArticleMs: median(cpuTimes.parseArticle!), readDocMs: median(cpuTimes.readDoc!), ratio: median(cpuTimes.parseArticle!) / median(cpuTimes.readDoc!) },
    stages: Object.fromEntries(STAGES.map((s) => [s, { ms: stage[s], share: stage[s] / stageTotal, xReadDoc: stage[s] / readMs }])),
    memoryMb: { afterLoad: rssLoaded, afterWarmup: rssWarm, afterRun: rssEnd, peak },
  };
  if (json) {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return;
  }
  const tables: Table[] = [
    {
      title: `${basename(dir)}: ${texts.length} articles, ${mb(bytes).toFixed(2)} MB (UTF-8); median of ${rounds} rounds after warm-up`,
      head: ['', 'ms', 'MB/s', 'articles/s', 'x readDoc', 'CPU ms', 'x readDoc (CPU)'],
      rows: [
        ['parseArticle', parseMs, result.parseArticle.mbPerS, result.parseArticle.articlesPerS, result.ratio, result.cpu.parseArticleMs, result.cpu.ratio],
        ['wink readDoc', readMs, result.readDoc.mbPerS, result.readDoc.articlesPerS, 1, result.cpu.readDocMs, 1],
      ],
    },
    {
      title: 'Stages (called one by one over the same texts)',
      head: ['stage', 'ms', 'share', 'x readDoc'],
      rows: STAGES.map((s) => [s === 'buildDocument' ? 'buildDocument (incl. readDoc)' : s, stage[s], pct(stage[s] / stageTotal), stage[s] / readMs]),
    },
    {
      title: 'Memory (RSS, MB)',
      head: ['after load', 'after warm-up', 'after run', 'peak'],
      rows: [[rssLoaded, rssWarm, rssEnd, peak]],
    },
  ];
  process.stdout.write(`${renderTables(tables)}\n`);
}

// run as a script (npm run bench), not when imported for loadCorpus (bench/memory.ts)
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    main();
  } catch (err) {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(2);
  }
}
