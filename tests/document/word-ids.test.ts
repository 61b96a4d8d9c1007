import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/build.js';
import { WordBytes, lowerIdLimit, lowerIds } from '../../src/document/word-ids.js';

describe('lowerIds', () => {
  it('gives one id per lower-case form, whatever the case it is written in', () => {
    const doc = buildDocument('The plan. THE PLAN and the Plan, said the planner.');
    const ids = lowerIds(doc.tokens);
    const byForm = new Map<string, number>();
    for (let t = 0; t < doc.tokens.count; t++) {
      const l = doc.tokens.lower[t]!;
      const id = ids[t]!;
      expect(id).toBeGreaterThanOrEqual(0);
      expect(id).toBeLessThan(lowerIdLimit());
      if (byForm.has(l)) expect(byForm.get(l)).toBe(id);
      else byForm.set(l, id);
    }
    // different forms, different ids
    expect(new Set(byForm.values()).size).toBe(byForm.size);
  });

  it('keeps ids of one vocabulary stable across documents, long words included', () => {
    const long = 'x'.repeat(80);
    const a = buildDocument(`Stock met stock. ${long}`);
    const b = buildDocument(`stock ${long} STOCK`);
    const ia = lowerIds(a.tokens);
    const ib = lowerIds(b.tokens);
    expect(a.tokens.vocabulary).toBe(b.tokens.vocabulary);
    expect(ib[0]).toBe(ia[0]);
    expect(ib[2]).toBe(ia[0]);
    // the long word is kept out of wink (word index -1) and still gets its id
    const la = a.tokens.lower.indexOf(long);
    expect(a.tokens.word[la]).toBe(-1);
    expect(ib[1]).toBe(ia[la]);
  });
});

describe('WordBytes', () => {
  it('works a word out once per vocabulary and reads it back', () => {
    let calls = 0;
    const bytes = new WordBytes((tokens, t) => {
      calls++;
      return tokens.value[t]!.length;
    });
    const doc = buildDocument('alpha beta alpha beta alpha');
    const got = Array.from({ length: doc.tokens.count }, (_, t) => bytes.at(doc.tokens, t));
    expect(got).toEqual([5, 4, 5, 4, 5]);
    expect(calls).toBe(2);
  });
});
