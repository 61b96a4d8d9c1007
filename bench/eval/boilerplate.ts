import { basename, join } from 'node:path';
import { existsSync, writeFileSync } from 'node:fs';
import { segment, type Segmentation } from '../../src/index.js';
import type { Table } from './format.js';
import { isDir, listFiles, need, readJsonl, readText, take } from './io.js';
import {
  addCounts,
  type Counts,
  lineCounts,
  lineRanges,
  linesInside,
  normTitle,
  prf,
  ratio,
  type Scores,
  shingleCounts,
  shingleScores,
  snippetCounts,
  zeroCounts,
} from './metrics.js';
import { Guard, type EvalOptions, type TaskResult } from './task.js';

interface Meta {
  id: string;
  url?: string;
  h1?: string[] | null;
  og_title?: string | null;
  /** the reference byline (readability-testpages: Readability's own output) */
  byline?: string | null;
}

interface Snippets {
  file: string;
  with: string[];
  without: string[];
}

interface DocResult {
  id: string;
  lines: Counts;
  shingle: Counts | null;
  snippets: Counts | null;
  headline: { titles: string[]; predicted: string | null; source: string | null; correct: boolean } | null;
  byline: { expected: string; predicted: string | null; correct: boolean } | null;
}

const row = (name: string, s: Scores, c: Counts): Array<string | number> => [name, s.precision, s.recall, s.f1, c.tp, c.fp, c.fn];

/**
 * Body vs boilerplate on a boilerplate set (`text/`, `labels/`, optional `gold/`, `meta.jsonl`,
 * `snippets.jsonl`): line P/R/F1 (B vs N), Zyte shingle P/R/F1, trafilatura snippet P/R/F1,
 * and headline accuracy, each next to the all-text floor.
 */
export function evalBoilerplate(dir: string, opts: EvalOptions): TaskResult {
  need(isDir(join(dir, 'text')) && isDir(join(dir, 'labels')), `${dir}: expected a boilerplate set with text/ and labels/`);
  const metaPath = join(dir, 'meta.jsonl');
  const meta = new Map(existsSync(metaPath) ? readJsonl<Meta>(metaPath).map((m) => [m.id, m]) : []);
  const snippetsPath = join(dir, 'snippets.jsonl');
  const snippets = new Map(existsSync(snippetsPath) ? readJsonl<Snippets>(snippetsPath).map((s) => [s.file, s]) : []);
  const hasGold = isDir(join(dir, 'gold'));
  const guard = new Guard();

  const docs: DocResult[] = [];
  const floor = { lines: zeroCounts(), shingle: [] as Counts[], snippets: zeroCounts() };
  let misaligned = 0;
  let segmentMs = 0;
  for (const file of take(listFiles(join(dir, 'text'), '.txt'), opts.limit)) {
    const id = basename(file, '.txt');
    const text = readText(file);
    const labels = readText(join(dir, 'labels', `${id}.tsv`)).split('\n').slice(0, -1).map((r) => r.split('\t')[0]!);
    const lines = lineRanges(text);
    if (lines.length !== labels.length) misaligned++;

    const t0 = performance.now();
    const seg = guard.run<Segmentation | null>(id, () => segment(text), null);
    segmentMs += performance.now() - t0;
    const paragraphs = seg?.paragraphs ?? [];
    const body = paragraphs.map((p) => p.text).join('\n');
    const inBody = linesInside(text, lines, paragraphs.map((p) => [p.start, p.end] as const));

    const m = meta.get(id);
    const snip = m?.url ? snippets.get(m.url) : undefined;
    const goldPath = join(dir, 'gold', `${id}.txt`);
    const gold = hasGold && existsSync(goldPath) ? readText(goldPath) : null;
    docs.push({
      id,
      lines: lineCounts(labels, inBody),
      shingle: gold === null ? null : shingleCounts(gold, body),
      snippets: snip ? snippetCounts(body, snip.with, snip.without) : null,
      headline: m ? headlineResult(text, m, seg) : null,
      byline: m ? bylineResult(text, m, seg) : null,
    });
    addCounts(floor.lines, lineCounts(labels, lines.map(() => true)));
    if (gold !== null) floor.shingle.push(shingleCounts(gold, text));
    if (snip) addCounts(floor.snippets, snippetCounts(text, snip.with, snip.without));
  }

  // BP_DOCS=<file>: per-page counts (lines, snippets) as JSON lines, to compare two runs page by page
  if (process.env.BP_DOCS) writeFileSync(process.env.BP_DOCS, docs.map((d) => JSON.stringify({ id: d.id, l: d.lines, s: d.snippets })).join('\n'));
  const lines = docs.reduce((c, d) => addCounts(c, d.lines), zeroCounts());
  const tables: Table[] = [];
  const head = ['', 'P', 'R', 'F1', 'tp', 'fp', 'fn'];
  tables.push({ title: 'Body lines (B positive, N negative, pooled)', head, rows: [row('newsparse', prf(lines), lines), row('all lines (floor)', prf(floor.lines), floor.lines)] });

  const shingleDocs = docs.flatMap((d) => (d.shingle ? [d.shingle] : []));
  const shingle = shingleDocs.length ? { newsparse: shingleScores(shingleDocs), allText: shingleScores(floor.shingle) } : null;
  if (shingle) {
    tables.push({
      title: `4-gram shingles vs gold/ (Zyte metric, P and R averaged over ${shingleDocs.length} docs)`,
      head: ['', 'P', 'R', 'F1'],
      rows: [['newsparse', shingle.newsparse.precision, shingle.newsparse.recall, shingle.newsparse.f1], ['all text (floor)', shingle.allText.precision, shingle.allText.recall, shingle.allText.f1]],
    });
  }

  const snippetDocs = docs.filter((d) => d.snippets);
  const snippetTotal = snippetDocs.reduce((c, d) => addCounts(c, d.snippets!), zeroCounts());
  if (snippetDocs.length) {
    tables.push({ title: `Snippets (trafilatura metric, ${snippetDocs.length} pages, pooled)`, head, rows: [row('newsparse', prf(snippetTotal), snippetTotal), row('all text (floor)', prf(floor.snippets), floor.snippets)] });
  }

  const eligible = docs.filter((d) => d.headline && d.headline.titles.length);
  const correct = eligible.filter((d) => d.headline!.correct).length;
  const sources = new Map<string, number>();
  for (const d of eligible) sources.set(d.headline!.source ?? 'none', (sources.get(d.headline!.source ?? 'none') ?? 0) + 1);
  if (eligible.length) {
    tables.push({
      title: 'Headline (pages whose h1/og_title is a line of the text)',
      head: ['pages', 'correct', 'accuracy', 'predicted source'],
      rows: [[eligible.length, correct, ratio(correct, eligible.length), [...sources].map(([k, v]) => `${k} ${v}`).join(', ')]],
    });
  }

  const bylines = docs.filter((d) => d.byline);
  const bylineCorrect = bylines.filter((d) => d.byline!.correct).length;
  const bylineFound = bylines.filter((d) => d.byline!.predicted !== null).length;
  if (bylines.length) {
    tables.push({
      title: 'Byline (pages whose reference byline stands in the text; correct: authors found, each named in it)',
      head: ['pages', 'found', 'correct', 'accuracy'],
      rows: [[bylines.length, bylineFound, bylineCorrect, ratio(bylineCorrect, bylines.length)]],
    });
  }

  const worst = docs
    .filter((d) => d.lines.tp + d.lines.fn >= 3)
    .map((d) => ({ id: d.id, f1: prf(d.lines).f1 }))
    .sort((a, b) => a.f1 - b.f1)
    .slice(0, 5);
  const notes = [
    `${docs.length} docs, segment() ${(segmentMs / 1000).toFixed(1)} s`,
    `worst line F1: ${worst.map((w) => `${w.id.slice(0, 24)} ${w.f1.toFixed(2)}`).join(', ')}`,
    ...(misaligned ? [`${misaligned} docs whose label count differs from their line count (labels past the last line count as not body)`] : []),
    ...guard.notes(),
  ];
  return {
    tables,
    notes,
    json: {
      set: basename(dir),
      docs: docs.length,
      errors: guard.errors,
      segmentMs,
      lines: { ...prf(lines), ...lines, floor: { ...prf(floor.lines), ...floor.lines } },
      shingle,
      snippets: snippetDocs.length ? { ...prf(snippetTotal), ...snippetTotal, floor: { ...prf(floor.snippets), ...floor.snippets } } : null,
      headline: eligible.length ? { pages: eligible.length, correct, accuracy: ratio(correct, eligible.length), sources: Object.fromEntries(sources) } : null,
      byline: bylines.length ? { pages: bylines.length, found: bylineFound, correct: bylineCorrect, accuracy: ratio(bylineCorrect, bylines.length) } : null,
      perDoc: docs,
    },
  };
}

/** The page's h1/og_title values that stand as a line of the text, and whether the predicted headline is one. */
function headlineResult(text: string, m: Meta, seg: Segmentation | null): DocResult['headline'] {
  const lines = new Set(text.split('\n').map(normTitle));
  const titles = [...new Set([...(m.h1 ?? []), m.og_title ?? ''].map(normTitle))].filter((t) => t && lines.has(t));
  const h = seg?.headline ?? null;
  return {
    titles,
    predicted: h?.text ?? null,
    source: h?.source ?? null,
    correct: h?.source === 'text' && titles.includes(normTitle(h.text)),
  };
}

/**
 * The byline, on a page whose reference byline (its names, "By " dropped) stands in the text:
 * correct when a byline is found and each author it names is named in the reference.
 */
function bylineResult(text: string, m: Meta, seg: Segmentation | null): DocResult['byline'] {
  const expected = (m.byline ?? '').replace(/^(?:by|par|von|por)\s+/i, '').trim();
  if (!expected || !text.toLowerCase().includes(expected.toLowerCase())) return null;
  const b = seg?.byline ?? null;
  const ref = normTitle(expected);
  const correct = b !== null && b.authors.length > 0 && b.authors.every((a) => ref.includes(normTitle(a)));
  return { expected, predicted: b?.text ?? null, correct };
}
