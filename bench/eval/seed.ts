import { fileURLToPath } from 'node:url';
import { parseArticle } from '../../src/index.js';
import type { Table } from './format.js';
import { readText } from './io.js';
import type { TaskResult } from './task.js';

export const DEFAULT_SEED = fileURLToPath(new URL('../../fixtures/seed-xinhua-interpol.txt', import.meta.url));

const clip = (s: string, n = 70): string => {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat;
};
const at = (s: { start: number | null; end: number | null }): string => (s.start === null ? '' : ` [${s.start}, ${s.end})`);

/** parseArticle on one article (the seed by default), every field summarized on a line or a few. */
export function evalSeed(path: string | undefined): TaskResult {
  const file = path ?? DEFAULT_SEED;
  const text = readText(file);
  const t0 = performance.now();
  const a = parseArticle(text);
  const ms = performance.now() - t0;
  const rows: Array<[string, string]> = [
    ['headline', a.headline ? `(${a.headline.source})${at(a.headline)} ${clip(a.headline.text)}` : '-'],
    ['dateline', a.dateline ? `${clip(a.dateline.text, 40)} -> place ${a.dateline.place ?? '-'}, date ${a.dateline.date ?? '-'}` : '-'],
    ['byline', a.byline ? `${clip(a.byline.text, 40)} -> ${a.byline.authors.join('; ')}` : '-'],
    ['publishedAt', a.publishedAt ?? '-'],
    ['body', `${a.body.paragraphs.length} paragraphs, ${a.body.text.length} chars`],
    ...a.body.paragraphs.map((p, i): [string, string] => [`  ¶${i + 1}`, `[${p.start}, ${p.end}) ${clip(p.text)}`]),
    ['boilerplate', `${a.boilerplate.length}: ${countBy(a.boilerplate.map((b) => b.kind))}`],
    ['people', a.people.length ? '' : '-'],
    ...a.people.map((p): [string, string] => ['', `${p.name}${p.titles.length ? ` (${p.titles.join(', ')})` : ''}${p.affiliation ? `, ${p.affiliation}` : ''} x${p.mentions.length}`]),
    ['organizations', a.organizations.map((o) => `${o.name} x${o.mentions.length}`).join('; ') || '-'],
    ['places', a.places.map((o) => `${o.name} x${o.mentions.length}`).join('; ') || '-'],
    ['quotes', a.quotes.length ? '' : '-'],
    ...a.quotes.map((q): [string, string] => ['', `${q.type} by ${q.speaker?.name ?? '?'}${q.cue ? ` (${q.cue.text})` : ''}: ${clip(q.text, 60)}`]),
    ['dates', a.dates.map((d) => `${d.text} ${d.type}=${d.value ?? 'null'}`).join('; ') || '-'],
  ];
  const tables: Table[] = [{ title: file, head: ['field', 'value'], rows }];
  return { tables, notes: [`parseArticle ${ms.toFixed(0)} ms (first call, includes model load)`], json: { file, ms, article: a } };
}

function countBy(xs: string[]): string {
  const m = new Map<string, number>();
  for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1);
  return [...m].map(([k, v]) => `${k} ${v}`).join(', ');
}
