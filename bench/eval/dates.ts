import { basename } from 'node:path';
import { extractDates, type DateMention } from '../../src/index.js';
import { pct, type Table } from './format.js';
import { isDir, listFiles, need, readJson, take } from './io.js';
import { addCounts, countsOf, type Counts, greedyMatch, overlapMatch, prf, ratio, zeroCounts } from './metrics.js';
import { Guard, type EvalOptions, type TaskResult } from './task.js';

export interface Timex {
  text: string;
  start: number;
  end: number;
  type: string;
  value: string;
}

export interface GoldDoc {
  id: string;
  dct: string;
  text: string;
  timexes: Timex[];
}

const TYPES = ['DATE', 'TIME', 'DURATION', 'SET'] as const;
const TIMEX_TYPE: Record<DateMention['type'], string> = { date: 'DATE', time: 'TIME', duration: 'DURATION', set: 'SET' };

interface Row {
  gold: number;
  pred: number;
  relaxed: Counts;
  strict: Counts;
  /** matched (relaxed) pairs with the gold value */
  valueRight: number;
  /** matched (relaxed) pairs with the gold type (the ALL row) */
  typeRight: number;
}
const newRow = (): Row => ({ gold: 0, pred: 0, relaxed: zeroCounts(), strict: zeroCounts(), valueRight: 0, typeRight: 0 });

interface Item {
  start: number;
  end: number;
  type: string;
  value: string | null;
  text: string;
}

/** The stage's dates for a gold doc, its dct as the reference date. */
export function predictDates(text: string, dct: string): DateMention[] {
  return extractDates(text, { referenceDate: dct });
}

/** Score one document's predictions against its gold timexes into `row`; returns value mistakes. */
export function scoreTimexes(gold: Item[], pred: Item[], row: Row): Array<[Item, Item]> {
  const relaxed = overlapMatch(gold.map((g) => [[g.start, g.end]]), pred.map((p) => [[p.start, p.end]]));
  const strict = greedyMatch(gold.length, pred.length, (g, p) => (gold[g]!.start === pred[p]!.start && gold[g]!.end === pred[p]!.end ? 1 : null));
  row.gold += gold.length;
  row.pred += pred.length;
  addCounts(row.relaxed, countsOf(relaxed.length, pred.length, gold.length));
  addCounts(row.strict, countsOf(strict.length, pred.length, gold.length));
  const wrong: Array<[Item, Item]> = [];
  for (const { gold: g, pred: p } of relaxed) {
    if (gold[g]!.value === pred[p]!.value) row.valueRight++;
    else wrong.push([gold[g]!, pred[p]!]);
    if (gold[g]!.type === pred[p]!.type) row.typeRight++;
  }
  return wrong;
}

/** TempEval-3-style timex scoring per type (ours mapped date->DATE, ...), plus all types together. */
export function evalDates(dir: string, opts: EvalOptions): TaskResult {
  need(isDir(dir), `${dir}: expected a folder of timex .json docs`);
  const files = take(listFiles(dir, '.json').filter((f) => basename(f) !== 'index.json'), opts.limit);
  const guard = new Guard();
  const rows = new Map<string, Row>([...TYPES, 'ALL'].map((t) => [t, newRow()]));
  const dateMistakes: string[] = [];
  let ms = 0;

  for (const file of files) {
    const doc = readJson<GoldDoc>(file);
    const t0 = performance.now();
    const found = guard.run(doc.id, () => predictDates(doc.text, doc.dct), []);
    ms += performance.now() - t0;
    const pred: Item[] = found.map((d) => ({ start: d.start, end: d.end, type: TIMEX_TYPE[d.type], value: d.value, text: d.text }));
    const gold: Item[] = doc.timexes.map((t) => ({ start: t.start, end: t.end, type: t.type, value: t.value, text: t.text }));
    for (const t of TYPES) {
      const wrong = scoreTimexes(gold.filter((g) => g.type === t), pred.filter((p) => p.type === t), rows.get(t)!);
      if (t === 'DATE') for (const [g, p] of wrong) dateMistakes.push(`"${g.text}" ${g.value} got "${p.text}" ${p.value} (dct ${doc.dct})`);
    }
    scoreTimexes(gold, pred, rows.get('ALL')!);
  }

  const out = [...rows].map(([type, r]) => {
    const relaxed = prf(r.relaxed);
    const matched = r.relaxed.tp;
    return {
      type,
      gold: r.gold,
      pred: r.pred,
      relaxed,
      strictF1: prf(r.strict).f1,
      valueAccuracy: ratio(r.valueRight, matched),
      valueF1: prf(countsOf(r.valueRight, r.pred, r.gold)).f1,
      ...(type === 'ALL' ? { typeAccuracy: ratio(r.typeRight, matched) } : {}),
    };
  });
  const tables: Table[] = [
    {
      title: 'Timexes (relaxed: one-to-one overlap matching within the type; value on relaxed matches; ALL ignores type)',
      head: ['type', 'gold', 'pred', 'P', 'R', 'F1', 'strict F1', 'value acc', 'value F1'],
      rows: out.map((o) => [o.type, o.gold, o.pred, o.relaxed.precision, o.relaxed.recall, o.relaxed.f1, o.strictF1, o.valueAccuracy, o.valueF1]),
    },
  ];
  const all = out.find((o) => o.type === 'ALL')!;
  return {
    tables,
    notes: [
      `${files.length} docs, extractDates ${(ms / 1000).toFixed(1)} s; ALL: type right for ${pct(all.typeAccuracy ?? 0)} of relaxed matches`,
      ...(dateMistakes.length ? [`DATE value mistakes (${dateMistakes.length}), first: ${dateMistakes.slice(0, 5).join('; ')}`] : []),
      ...guard.notes(),
    ],
    json: { set: basename(dir), docs: files.length, errors: guard.errors, ms, types: out, dateMistakes: dateMistakes.slice(0, 50) },
  };
}
