import { describe, expect, it } from 'vitest';
import type { Quote } from '../../src/types.js';
import { scoreTimexes } from '../../bench/eval/dates.js';
import {
  greedyMatch,
  hasWord,
  lineCounts,
  lineRanges,
  linesInside,
  mergeRanges,
  overlapLength,
  overlapMatch,
  prf,
  rangeLength,
  sameRanges,
  shingleCounts,
  shingleScores,
  shingleTokens,
  shingles,
  snippetCounts,
  surnameOf,
  trimRanges,
} from '../../bench/eval/metrics.js';
import { classifyErrors } from '../../bench/eval/ner.js';
import { type GoldQuote, speakerCorrect } from '../../bench/eval/quotes.js';

describe('prf', () => {
  it('computes P/R/F1 from counts', () => {
    const s = prf({ tp: 6, fp: 2, fn: 4 });
    expect(s.precision).toBeCloseTo(0.75);
    expect(s.recall).toBeCloseTo(0.6);
    expect(s.f1).toBeCloseTo((2 * 0.75 * 0.6) / 1.35);
  });
  it('is 0 on empty denominators', () => {
    expect(prf({ tp: 0, fp: 0, fn: 0 })).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(prf({ tp: 0, fp: 3, fn: 0 })).toEqual({ precision: 0, recall: 0, f1: 0 });
  });
});

describe('ranges', () => {
  it('merges, measures and intersects', () => {
    expect(mergeRanges([[5, 8], [0, 3], [2, 4], [9, 9]])).toEqual([[0, 4], [5, 8]]);
    expect(rangeLength([[0, 3], [2, 4]])).toBe(4);
    expect(overlapLength([[0, 10]], [[2, 4], [8, 12]])).toBe(4);
    expect(overlapLength([[0, 5]], [[5, 9]])).toBe(0);
    expect(sameRanges([[0, 2], [2, 5]], [[0, 5]])).toBe(true);
    expect(sameRanges([[0, 4]], [[0, 5]])).toBe(false);
  });
});

describe('matching', () => {
  it('is one-to-one, heaviest pair first', () => {
    // gold 0 is overlapped by preds 0 and 1: the heavier overlap (pred 1) takes it
    const gold = [[[0, 10]], [[20, 30]]] as const;
    const pred = [[[0, 4]], [[2, 10]], [[18, 22]]] as const;
    expect(overlapMatch(gold, pred)).toEqual([
      { gold: 0, pred: 1 },
      { gold: 1, pred: 2 },
    ]);
  });
  it('admits a pair only above the coverage threshold (strictly)', () => {
    const gold = [[[0, 10]]] as const;
    expect(overlapMatch(gold, [[[0, 3]]], 0.3)).toEqual([]); // exactly 30%: not > 30%
    expect(overlapMatch(gold, [[[0, 4]]], 0.3)).toEqual([{ gold: 0, pred: 0 }]);
    expect(overlapMatch(gold, [[[0, 8]]], 0.8)).toEqual([]);
    expect(overlapMatch(gold, [[[0, 9]]], 0.8)).toEqual([{ gold: 0, pred: 0 }]);
    // coverage is of the gold quote: a long prediction covering it all still matches
    expect(overlapMatch(gold, [[[0, 100]]], 0.8)).toEqual([{ gold: 0, pred: 0 }]);
  });
  it('counts multi-span quotes by their characters', () => {
    expect(overlapMatch([[[0, 5], [10, 15]]], [[[0, 5], [10, 12]]], 0.6)).toEqual([{ gold: 0, pred: 0 }]);
    expect(overlapMatch([[[0, 5], [10, 15]]], [[[0, 5]]], 0.6)).toEqual([]);
  });
  it('one prediction cannot find two gold items', () => {
    expect(greedyMatch(2, 1, () => 1)).toEqual([{ gold: 0, pred: 0 }]);
  });
});

describe('Zyte shingles', () => {
  it('tokenizes like Python \\w+, keeping case', () => {
    expect(shingleTokens('Größe, über_all -- 42!')).toEqual(['Größe', 'über_all', '42']);
    expect(shingleTokens('The cat')).toEqual(['The', 'cat']);
  });
  it('makes one short shingle of a text under n tokens, none of an empty one', () => {
    expect([...shingles('a b', 4).keys()]).toHaveLength(1);
    expect(shingles('', 4).size).toBe(0);
    expect(shingles('a b c d e', 4).size).toBe(2);
  });
  it('counts normalized TP/FP/FN per document', () => {
    expect(shingleCounts('a b c d e', 'a b c d')).toEqual({ tp: 0.5, fp: 0, fn: 0.5 });
    expect(shingleCounts('The cat sat down', 'the cat sat down')).toEqual({ tp: 0, fp: 0.5, fn: 0.5 });
    expect(shingleCounts('', '')).toEqual({ tp: 0, fp: 0, fn: 0 });
  });
  it('averages P over docs with output and R over docs with gold, F1 of the averages', () => {
    const s = shingleScores([
      { tp: 0.5, fp: 0, fn: 0.5 },
      { tp: 0, fp: 0, fn: 1 },
    ]);
    expect(s.precision).toBeCloseTo(1);
    expect(s.recall).toBeCloseTo(0.25);
    expect(s.f1).toBeCloseTo(0.4);
  });
});

describe('trafilatura snippets', () => {
  it('matches after whitespace normalization', () => {
    const out = 'First line of the body\nsecond  line.\nFooter';
    expect(snippetCounts(out, ['line of the body second line.', 'missing'], ['Footer', 'Nav'])).toEqual({ tp: 1, fp: 1, fn: 1 });
  });
});

describe('line labels', () => {
  const text = 'Title\n  Body one.  \n\nMenu\nBody two\n';
  it('splits on \\n with a final newline ending the last line', () => {
    expect(lineRanges(text)).toEqual([[0, 5], [6, 19], [20, 20], [21, 25], [26, 34]]);
    expect(lineRanges('a\nb')).toEqual([[0, 1], [2, 3]]);
  });
  it('marks a line body when its visible part lies in a body span', () => {
    const lines = lineRanges(text);
    expect(linesInside(text, lines, [[8, 17], [26, 34]])).toEqual([false, true, false, false, true]);
    expect(linesInside(text, lines, [[8, 12]])).toEqual([false, false, false, false, false]);
  });
  it('scores B as positive and N as negative, ignoring the rest', () => {
    expect(lineCounts(['H', 'B', '-', 'N', 'B', 'P'], [true, true, false, true, false, true])).toEqual({ tp: 1, fp: 1, fn: 1 });
  });
});

describe('quotes', () => {
  const text = '“We will win,” said Sen. Bernie Sanders. He added that it was over.';
  it('trims quote marks and punctuation off span ends', () => {
    expect(trimRanges(text, [[0, 14]])).toEqual([[1, 12]]);
    expect(trimRanges(text, [[0, 1]])).toEqual([]);
  });
  it('takes the surname before any apposition', () => {
    expect(surnameOf('Trump campaign manager Kellyanne Conway')).toBe('Conway');
    expect(surnameOf('Flynn, a top Trump surrogate,')).toBe('Flynn');
    expect(surnameOf('The New York Post')).toBe('Post');
    expect(surnameOf("Trump's campaign")).toBe('Trump');
    expect(surnameOf('Sen. Bernie Sanders (I-VT)')).toBe('Sanders');
    expect(surnameOf('He')).toBeNull();
    expect(surnameOf('sources')).toBeNull();
  });
  it('matches whole words only', () => {
    expect(hasWord('Bernie Sanders', 'sanders')).toBe(true);
    expect(hasWord('Sandersson', 'Sanders')).toBe(false);
  });
  const gold = (over: Partial<GoldQuote>): GoldQuote => ({
    quote: 'We will win,',
    spans: [[0, 14]],
    speaker: 'Sen. Bernie Sanders',
    speaker_mention: 'Sen. Bernie Sanders',
    speaker_mention_spans: [[20, 39]],
    speaker_is_pronoun: false,
    cue: 'said',
    type: 'direct',
    floating: false,
    ...over,
  });
  const pred = (speaker: Quote['speaker']): Quote => ({ text: 'We will win', spans: [{ start: 1, end: 12 }], type: 'direct', speaker, cue: null });
  it('credits a speaker by mention overlap or by surname', () => {
    expect(speakerCorrect(gold({}), pred({ name: 'Bernie Sanders', entityId: null, mention: { text: 'Sanders', start: 32, end: 39 } }))).toBe(true);
    expect(speakerCorrect(gold({}), pred({ name: 'Bernie Sanders', entityId: 'p1', mention: null }))).toBe(true);
    expect(speakerCorrect(gold({}), pred({ name: 'Hillary Clinton', entityId: 'p2', mention: null }))).toBe(false);
    expect(speakerCorrect(gold({}), pred(null))).toBe(false);
    const he = gold({ speaker: 'He', speaker_mention: 'He', speaker_mention_spans: [[41, 43]], speaker_is_pronoun: true });
    expect(speakerCorrect(he, pred({ name: 'Bernie Sanders', entityId: 'p1', mention: { text: 'He', start: 41, end: 43 } }))).toBe(true);
    expect(speakerCorrect(he, pred({ name: 'Bernie Sanders', entityId: 'p1', mention: { text: 'Sanders', start: 32, end: 39 } }))).toBe(false);
  });
  it('credits no speaker on a quote without a source', () => {
    const floating = gold({ speaker: null, speaker_mention: null, speaker_mention_spans: [], floating: true });
    expect(speakerCorrect(floating, pred(null))).toBe(true);
    expect(speakerCorrect(floating, pred({ name: 'X', entityId: null, mention: null }))).toBe(false);
  });
});

describe('NER error classes', () => {
  const m = (start: number, end: number, type: string, text = ''): { start: number; end: number; type: string; text: string } => ({ start, end, type, text });
  it('sorts false positives and negatives', () => {
    const gold = [m(0, 5, 'PER'), m(10, 15, 'ORG'), m(20, 25, 'MISC'), m(30, 40, 'LOC'), m(50, 55, 'PER')];
    const pred = [m(0, 5, 'PER'), m(10, 15, 'LOC'), m(20, 25, 'ORG'), m(30, 35, 'LOC'), m(60, 65, 'ORG')];
    const { fp, fn } = classifyErrors(gold, pred);
    expect(fp.map(([p, k]) => `${p.start}:${k}`)).toEqual(['10:wrong type', '20:on MISC', '30:boundary', '60:spurious']);
    expect(fn.map(([g, k]) => `${g.start}:${k}`)).toEqual(['10:wrong type', '30:boundary', '50:missed']);
  });
});

describe('timex scoring', () => {
  it('counts relaxed, strict and value matches', () => {
    const t = (start: number, end: number, value: string | null): { start: number; end: number; type: string; value: string | null; text: string } => ({ start, end, type: 'DATE', value, text: '' });
    const row = { gold: 0, pred: 0, relaxed: { tp: 0, fp: 0, fn: 0 }, strict: { tp: 0, fp: 0, fn: 0 }, valueRight: 0, typeRight: 0 };
    const wrong = scoreTimexes([t(0, 6, '1998-01-08'), t(10, 20, 'P1W'), t(30, 35, 'PAST_REF')], [t(0, 6, '1998-01-08'), t(12, 16, 'P2W'), t(40, 45, null)], row);
    expect(row.relaxed).toEqual({ tp: 2, fp: 1, fn: 1 });
    expect(row.strict).toEqual({ tp: 1, fp: 2, fn: 2 });
    expect(row.valueRight).toBe(1);
    expect(wrong).toHaveLength(1);
  });
});
