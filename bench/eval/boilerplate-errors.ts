/**
 * Error listing for the boilerplate task: every body line (label B) that segment() leaves out and
 * every boilerplate line (label N) it keeps, grouped by cause, with the line's log-odds.
 *
 *   npx tsx bench/eval/boilerplate-errors.ts <set dir> [--fp] [--show N] [--cause NAME]
 *
 * Causes for a missed line: 'page' (the page keeps none of its body lines: wrong region or
 * nothing found), 'before' / 'after' (outside the body span, above or below it), 'gap' (between
 * two spans), 'inline' (inside the span, removed as an insertion), 'run' (inside, dropped with a
 * run of title-like lines), 'meta' (taken as byline, date line or title), 'other'.
 */
import { basename, join } from 'node:path';
import { buildDocument } from '../../src/document/build.js';
import { segment } from '../../src/index.js';
import { selectBody, isInlineInsertion } from '../../src/segment/body.js';
import { readBlocks } from '../../src/segment/features.js';
import { scoreBlocks } from '../../src/segment/model.js';
import { listFiles, readText } from './io.js';
import { lineRanges, linesInside } from './metrics.js';

const args = process.argv.slice(2);
const dir = args[0]!;
const fpMode = args.includes('--fp');
const showAt = args.indexOf('--show');
const show = showAt >= 0 ? Number(args[showAt + 1]) : 8;
const causeAt = args.indexOf('--cause');
const only = causeAt >= 0 ? args[causeAt + 1] : null;

const byCause = new Map<string, Array<{ id: string; logit: number; text: string }>>();
const contextAt = args.indexOf('--context');
const contextCause = contextAt >= 0 ? args[contextAt + 1] : null;
const add = (cause: string, id: string, logit: number, text: string): void => {
  if (!byCause.has(cause)) byCause.set(cause, []);
  byCause.get(cause)!.push({ id, logit, text });
};
const contexts: string[] = [];

for (const file of listFiles(join(dir, 'text'), '.txt')) {
  const id = basename(file, '.txt');
  const text = readText(file);
  const labels = readText(join(dir, 'labels', `${id}.tsv`)).split('\n').slice(0, -1).map((r) => r.split('\t')[0]!);
  const lines = lineRanges(text);
  const seg = segment(text);
  const inBody = linesInside(text, lines, seg.paragraphs.map((p) => [p.start, p.end] as const));
  const doc = buildDocument(text);
  const { features, words } = readBlocks(doc);
  const { logits, overlap } = scoreBlocks(features, words);
  const sel = selectBody(features, logits, overlap);
  const inSel = new Set(sel.body);
  // paragraph of each line
  const para = new Int32Array(lines.length).fill(-1);
  let k = 0;
  lines.forEach(([s, e], li) => {
    while (k < doc.paragraphs.length && doc.paragraphs[k]!.end <= s) k++;
    const p = doc.paragraphs[k];
    if (p && p.start < e) para[li] = k;
  });
  const anyBody = labels.some((l, i) => l === 'B' && inBody[i]);
  labels.forEach((l, li) => {
    const pi = para[li]!;
    if (pi < 0) return;
    const lineText = text.slice(lines[li]![0], lines[li]![1]).trim();
    const lg = logits[pi]!;
    if (fpMode) {
      if (l !== 'N' || !inBody[li]) return;
      const f = features[pi]!;
      add(f.endsSentence ? (f.words >= 8 ? 'fp-prose' : 'fp-short-sentence') : f.words <= 4 ? 'fp-short' : 'fp-title-like', id, lg, lineText);
      return;
    }
    if (l !== 'B' || inBody[li]) return;
    let cause: string;
    if (!anyBody) cause = 'page';
    else if (pi < sel.start) cause = 'before';
    else if (pi >= sel.end) cause = 'after';
    else if (!inSel.has(pi)) {
      const f = features[pi]!;
      cause = f.words === 0 ? 'empty' : isInlineInsertion(f) ? 'inline' : 'run-or-gap';
    } else cause = 'meta';
    add(cause, id, lg, lineText);
    // the blocks between the missed line and the span's edge, with their log-odds and labels
    if (cause === contextCause && (cause !== 'before' || contexts.length < 400)) {
      const [a, b] = cause === 'before' ? [pi, Math.min(sel.start + 2, pi + 12)] : cause === 'after' ? [Math.max(sel.end - 2, pi - 12), pi + 1] : [pi - 3, pi + 4];
      const lab = (q: number): string => labels[doc.paragraphs[q]!.firstLine] ?? '?';
      contexts.push(`-- ${id.slice(0, 30)} span ${sel.start}-${sel.end} missed ${pi}`);
      for (let q = Math.max(0, a); q < Math.min(b, doc.paragraphs.length); q++) {
        const p = doc.paragraphs[q]!;
        const mark = q === pi ? '>' : inSel.has(q) ? '+' : ' ';
        contexts.push(`${mark}${String(q).padStart(4)} ${lab(q)} ${logits[q]!.toFixed(2).padStart(6)} ${text.slice(p.start, p.end).slice(0, 100)}`);
      }
    }
  });
}

if (contexts.length) console.log(contexts.join('\n'));
const causes = [...byCause].sort((a, b) => b[1].length - a[1].length);
for (const [cause, items] of causes) {
  const pages = new Set(items.map((x) => x.id)).size;
  console.log(`\n== ${cause}: ${items.length} lines on ${pages} pages`);
  if (only && cause !== only) continue;
  const perPage = new Map<string, number>();
  for (const x of items) perPage.set(x.id, (perPage.get(x.id) ?? 0) + 1);
  console.log('   pages: ' + [...perPage].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([p, n]) => `${p.slice(0, 28)} ${n}`).join(', '));
  for (const x of items.slice(0, show)) console.log(`   ${x.id.slice(0, 20)} ${x.logit.toFixed(2).padStart(6)}  ${x.text.slice(0, 110)}`);
}
