import { basename } from 'node:path';
import { extractQuotes, type Quote } from '../../src/index.js';
import type { Table } from './format.js';
import { isDir, listFiles, need, readJson, take } from './io.js';
import {
  addCounts,
  countsOf,
  type Counts,
  greedyMatch,
  hasWord,
  overlapLength,
  overlapMatch,
  type Pair,
  prf,
  type Range,
  ratio,
  sameRanges,
  surnameOf,
  trimRanges,
  zeroCounts,
} from './metrics.js';
import { Guard, type EvalOptions, type TaskResult } from './task.js';

/** A PolNeAR attribution as the data files carry it. */
export interface GoldQuote {
  quote: string;
  spans: Array<[number, number]>;
  speaker: string | null;
  speaker_mention: string | null;
  speaker_mention_spans: Array<[number, number]>;
  speaker_is_pronoun: boolean;
  cue: string | null;
  type: 'direct' | 'indirect' | 'mixed';
  floating: boolean;
}

interface GoldDoc {
  id: string;
  text: string;
  quotes: GoldQuote[];
}

const rangesOf = (q: Quote): Range[] => q.spans.map((s) => [s.start, s.end] as const);

/**
 * The predicted speaker is right when its mention overlaps the gold speaker mention, or the gold
 * surname is a word of its name. A gold quote without a speaker (floating, no source) is right
 * when the prediction has no speaker either.
 */
export function speakerCorrect(gold: GoldQuote, pred: Quote): boolean {
  const sp = pred.speaker;
  if (!gold.speaker_mention_spans.length) return sp === null;
  if (!sp) return false;
  const mention = sp.mention;
  if (mention && overlapLength([[mention.start, mention.end]], gold.speaker_mention_spans) > 0) return true;
  const surname = surnameOf(gold.speaker_mention ?? gold.speaker ?? '');
  return surname !== null && hasWord(sp.name, surname);
}

interface Tally {
  gold: number;
  found: number;
  speakerRight: number;
}
const tally = (): Tally => ({ gold: 0, found: 0, speakerRight: 0 });

/** Quotes@0.3 / @0.8 / exact P/R/F1 and speaker accuracy on PolNeAR-style JSON docs. */
export function evalQuotes(dir: string, opts: EvalOptions): TaskResult {
  need(isDir(dir), `${dir}: expected a folder of PolNeAR .json docs`);
  const files = take(listFiles(dir, '.json'), opts.limit);
  const guard = new Guard();
  const at = { '0.3': zeroCounts(), '0.8': zeroCounts(), exact: zeroCounts() };
  const groups = new Map<string, Tally>();
  const group = (k: string): Tally => groups.get(k) ?? (groups.set(k, tally()), groups.get(k)!);
  let typeRight = 0;
  let matchedAt03 = 0;
  let ms = 0;

  for (const file of files) {
    const doc = readJson<GoldDoc>(file);
    const t0 = performance.now();
    const pred = guard.run(doc.id, () => extractQuotes(doc.text), []);
    ms += performance.now() - t0;
    const goldRanges = doc.quotes.map((q) => q.spans);
    const predRanges = pred.map(rangesOf);
    const m03 = overlapMatch(goldRanges, predRanges, 0.3);
    const m08 = overlapMatch(goldRanges, predRanges, 0.8);
    const goldTrim = goldRanges.map((r) => trimRanges(doc.text, r));
    const predTrim = predRanges.map((r) => trimRanges(doc.text, r));
    const exact = greedyMatch(doc.quotes.length, pred.length, (g, p) => (goldTrim[g]!.length && sameRanges(goldTrim[g]!, predTrim[p]!) ? 1 : null));
    addCounts(at['0.3'], countsOf(m03.length, pred.length, doc.quotes.length));
    addCounts(at['0.8'], countsOf(m08.length, pred.length, doc.quotes.length));
    addCounts(at.exact, countsOf(exact.length, pred.length, doc.quotes.length));

    const byGold = new Map<number, Pair>(m03.map((p) => [p.gold, p]));
    doc.quotes.forEach((g, i) => {
      const pair = byGold.get(i);
      const right = pair !== undefined && speakerCorrect(g, pred[pair.pred]!);
      const keys = [`type ${g.type}`, ...(g.floating || !g.speaker_mention_spans.length ? ['floating (no speaker)'] : ['with a speaker']), ...(g.speaker_is_pronoun ? ['pronoun speaker'] : [])];
      for (const k of keys) {
        const t = group(k);
        t.gold++;
        if (pair) t.found++;
        if (right) t.speakerRight++;
      }
      if (pair) {
        matchedAt03++;
        if (pred[pair.pred]!.type === g.type) typeRight++;
      }
    });
  }

  const row = (name: string, c: Counts): Array<string | number> => {
    const s = prf(c);
    return [name, s.precision, s.recall, s.f1, c.tp, c.fp, c.fn];
  };
  const order = ['with a speaker', 'type direct', 'type indirect', 'type mixed', 'pronoun speaker', 'floating (no speaker)'];
  const speakerRows = order.filter((k) => groups.has(k)).map((k) => {
    const t = groups.get(k)!;
    return [k, t.gold, t.found, ratio(t.found, t.gold), ratio(t.speakerRight, t.found)];
  });
  const tables: Table[] = [
    { title: 'Quotes (one-to-one greedy matching; a gold quote is found when a prediction covers > X of its characters)', head: ['match', 'P', 'R', 'F1', 'tp', 'fp', 'fn'], rows: [row('quotes@0.3', at['0.3']), row('quotes@0.8', at['0.8']), row('exact (trimmed)', at.exact)] },
    { title: 'Speakers, among gold quotes found @0.3 ("floating": right when no speaker is predicted)', head: ['gold quotes', 'n', 'found', 'recall', 'speaker acc'], rows: speakerRows },
  ];
  const speakers = groups.get('with a speaker');
  return {
    tables,
    notes: [`${files.length} docs, extractQuotes ${(ms / 1000).toFixed(1)} s; quote type right for ${typeRight} of ${matchedAt03} found @0.3`, ...guard.notes()],
    json: {
      set: basename(dir),
      docs: files.length,
      errors: guard.errors,
      ms,
      match: Object.fromEntries(Object.entries(at).map(([k, c]) => [k, { ...prf(c), ...c }])),
      speakerAccuracy: speakers ? ratio(speakers.speakerRight, speakers.found) : 0,
      typeAccuracy: ratio(typeRight, matchedAt03),
      groups: Object.fromEntries([...groups].map(([k, t]) => [k, { ...t, recall: ratio(t.found, t.gold), speakerAccuracy: ratio(t.speakerRight, t.found) }])),
    },
  };
}
