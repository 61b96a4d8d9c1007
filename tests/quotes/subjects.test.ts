import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/index.js';

describe('reported speech with a long subject', () => {
  it('"A group led by X said C": the group speaks, not X alone, and the report is kept', () => {
    const q = extractQuotes('A group led by New York investor George Soros said it has agreed to limit further purchases of the company.');
    expect(q).toHaveLength(1);
    expect(q[0]!.speaker?.mention?.text).toBe('A group led by New York investor George Soros');
    expect(q[0]!.text).toBe('it has agreed to limit further purchases of the company');
  });


  it('"The panel formed to review the case said C": the subject before its participle clause speaks', () => {
    const q = extractQuotes('The panel formed to review the case said the rules were broken.');
    expect(q.map((x) => [x.speaker?.mention?.text, x.text])).toEqual([['The panel', 'the rules were broken']]);
  });
});
