import { basename } from 'node:path';
import { extractEntities, type EntityType } from '../../src/index.js';
import type { Table } from './format.js';
import { need, readJsonl, take } from './io.js';
import { addCounts, type Counts, prf, zeroCounts } from './metrics.js';
import { Guard, type EvalOptions, type TaskResult } from './task.js';

interface GoldDoc {
  id: string;
  text: string;
  entities: Array<{ text: string; start: number; end: number; type: string }>;
}

interface Mention {
  start: number;
  end: number;
  type: string;
  text: string;
}

const SCORED = ['PER', 'ORG', 'LOC'] as const;
const TYPE_OF: Record<EntityType, string> = { person: 'PER', organization: 'ORG', place: 'LOC' };

/** Why a prediction is wrong, or why a gold entity was not found. */
export type ErrorKind = 'wrong type' | 'on MISC' | 'boundary' | 'boundary+type' | 'spurious' | 'missed';

const key = (m: { start: number; end: number }): string => `${m.start}:${m.end}`;
const overlaps = (a: Mention, b: Mention): boolean => a.start < b.end && b.start < a.end;

/**
 * Sort the errors of one document. Predictions: exact span of another scored type (wrong type),
 * exact span of a MISC entity (on MISC), overlapping a gold entity of its type (boundary) or of
 * another (boundary+type), overlapping none (spurious). Gold entities not found: the same from
 * their side, or missed when no prediction touches them.
 */
export function classifyErrors(gold: Mention[], pred: Mention[]): { fp: Array<[Mention, ErrorKind]>; fn: Array<[Mention, ErrorKind]> } {
  const exact = new Set(gold.filter((g) => g.type !== 'MISC').map((g) => `${key(g)}:${g.type}`));
  const predExact = new Set(pred.map((p) => `${key(p)}:${p.type}`));
  const kind = (m: Mention, others: Mention[], missing: ErrorKind): ErrorKind => {
    const same = others.filter((o) => o.start === m.start && o.end === m.end);
    if (same.some((o) => o.type === 'MISC')) return 'on MISC';
    if (same.length) return 'wrong type';
    const touching = others.filter((o) => overlaps(o, m));
    if (touching.some((o) => o.type === m.type)) return 'boundary';
    return touching.length ? 'boundary+type' : missing;
  };
  return {
    fp: pred.filter((p) => !exact.has(`${key(p)}:${p.type}`)).map((p) => [p, kind(p, gold, 'spurious')]),
    fn: gold
      .filter((g) => g.type !== 'MISC' && !predExact.has(`${key(g)}:${g.type}`))
      .map((g) => [g, kind(g, pred, 'missed')]),
  };
}

/** Entity-level exact-span P/R/F1 on CoNLL-style JSONL (PER/ORG/LOC scored; MISC gold unscored). */
export function evalNer(file: string, opts: EvalOptions): TaskResult {
  need(file.endsWith('.jsonl'), `${file}: expected a .docs.jsonl file`);
  const docs = take(readJsonl<GoldDoc>(file), opts.limit);
  const guard = new Guard();
  const perType = Object.fromEntries(SCORED.map((t) => [t, zeroCounts()])) as Record<(typeof SCORED)[number], Counts>;
  const errors = new Map<string, number>();
  const confusion = new Map<string, number>();
  const missed = new Map<string, number>();
  const spurious = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string): void => void m.set(k, (m.get(k) ?? 0) + 1);
  let ms = 0;

  for (const doc of docs) {
    const t0 = performance.now();
    const found = guard.run(doc.id, () => extractEntities(doc.text).mentions, []);
    ms += performance.now() - t0;
    const pred = [...new Map(found.map((m) => [`${key(m)}:${TYPE_OF[m.type]}`, { start: m.start, end: m.end, type: TYPE_OF[m.type], text: m.text }])).values()];
    const gold = doc.entities.map((e) => ({ start: e.start, end: e.end, type: e.type, text: e.text }));
    const goldKeys = new Set(gold.map((g) => `${key(g)}:${g.type}`));
    for (const t of SCORED) {
      const g = gold.filter((m) => m.type === t).length;
      const p = pred.filter((m) => m.type === t);
      const tp = p.filter((m) => goldKeys.has(`${key(m)}:${t}`)).length;
      addCounts(perType[t], { tp, fp: p.length - tp, fn: g - tp });
    }
    const { fp, fn } = classifyErrors(gold, pred);
    for (const [p, k] of fp) {
      bump(errors, `FP ${k}`);
      if (k === 'spurious') bump(spurious, `${p.text} (${p.type})`);
      if (k === 'wrong type' || k === 'on MISC') {
        const g = gold.find((x) => x.start === p.start && x.end === p.end)!;
        bump(confusion, `${g.type} -> ${p.type}`);
      }
    }
    for (const [g, k] of fn) {
      if (k !== 'wrong type') bump(errors, `FN ${k}`);
      if (k === 'missed') bump(missed, `${g.text} (${g.type})`);
    }
  }

  const micro = Object.values(perType).reduce((c, t) => addCounts(c, t), zeroCounts());
  const scoreRow = (name: string, c: Counts): Array<string | number> => {
    const s = prf(c);
    return [name, s.precision, s.recall, s.f1, c.tp, c.fp, c.fn];
  };
  const top = (m: Map<string, number>, n: number): string => [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, n).map(([k, v]) => `${k} ${v}`).join(', ') || '-';
  const errorOrder = ['FP wrong type', 'FP on MISC', 'FP boundary', 'FP boundary+type', 'FP spurious', 'FN boundary', 'FN boundary+type', 'FN missed'];
  const tables: Table[] = [
    { title: 'Entities, exact span and type', head: ['type', 'P', 'R', 'F1', 'tp', 'fp', 'fn'], rows: [...SCORED.map((t) => scoreRow(t, perType[t])), scoreRow('micro', micro)] },
    {
      title: 'Errors (FP side counts each wrong prediction once; a wrong-type pair is one FP and one FN)',
      head: ['error', 'count'],
      rows: errorOrder.map((k) => [k, errors.get(k) ?? 0]),
    },
  ];
  return {
    tables,
    notes: [
      `${docs.length} docs, extractEntities ${(ms / 1000).toFixed(1)} s`,
      `type confusions (gold -> predicted, exact span): ${top(confusion, 8)}`,
      `most missed: ${top(missed, 8)}`,
      `most spurious: ${top(spurious, 8)}`,
      ...guard.notes(),
    ],
    json: {
      file: basename(file),
      docs: docs.length,
      errors: guard.errors,
      ms,
      perType: Object.fromEntries(SCORED.map((t) => [t, { ...prf(perType[t]), ...perType[t] }])),
      micro: { ...prf(micro), ...micro },
      errorKinds: Object.fromEntries(errorOrder.map((k) => [k, errors.get(k) ?? 0])),
      confusion: Object.fromEntries(confusion),
      topMissed: [...missed].sort((a, b) => b[1] - a[1]).slice(0, 30),
      topSpurious: [...spurious].sort((a, b) => b[1] - a[1]).slice(0, 30),
    },
  };
}
