import Ajv from 'ajv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import schema from '../schema/article.schema.json' with { type: 'json' };
import { parseArticle } from '../src/index.js';
import { articleProblems } from './helpers/invariants.js';

/**
 * Property-based tests: for any string, parseArticle returns an Article that validates against
 * the schema and keeps every invariant (spans, coverage, quote texts), the same way every time.
 * Seeded, so a failure reproduces; NEWSPARSE_FUZZ_RUNS raises the count (npm run fuzz).
 */
const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);
const RUNS = Number(process.env.NEWSPARSE_FUZZ_RUNS ?? 10_000);
const SEED = Number(process.env.NEWSPARSE_FUZZ_SEED ?? 20170514);

/** Fragments of news text, so random inputs reach the deep paths (quotes, names, datelines, dates). */
const FRAGMENTS = [
  '"', '“', '”', '‘', '’', "'", '«', '»', ' ', ' ', ' ', '\n', '\n\n', '\r\n', ',', '.', ':', ' — ', ' -- ', '(', ')',
  'said', 'he said', 'she added', 'told reporters', 'according to', 'According to', 'Mr.', 'Ms.', 'Dr.',
  'Jurgen Stock', 'Stock', 'Interpol', 'Bank of England', 'Georgia Smith', 'Secretary General', 'President',
  'BEIJING, May 14 (Xinhua) --', 'NAIROBI (Reuters) -', 'WASHINGTON —', 'LONDON 1996-08-30', 'By Maria Lopez',
  'Published: March 3, 2021', 'on Sunday', 'last week', 'the third quarter', 'in 1995', 'every Monday', 'three years',
  'at 10 a.m.', 'now', 'Read more:', 'Advertisement', '© 2021 Example Media. All rights reserved.', 'Share',
  'The council voted to build a wall along the river', 'Officials', 'the ministry', 'Chinese', 'and', 'of', 'the',
  '\u0000', '\u200b', '\u200f', '\ufeff', '\ud800', '\udfff', '😀', 'é', 'ß', 'ﬁ', '\t',
];
const newsish = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 60 }).map((parts) => parts.join(' '));
const anyString = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ maxLength: 200 }));

function holds(text: string): void {
  const a = parseArticle(text);
  if (!validate(a)) throw new Error(`schema: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
  const problems = articleProblems(text, a);
  if (problems.length) throw new Error(problems.slice(0, 3).join('\n'));
}

describe('parseArticle on generated input', () => {
  it(`keeps the contract for any string (${RUNS} runs)`, () => {
    fc.assert(fc.property(anyString, holds), { numRuns: RUNS, seed: SEED });
  });

  it(`keeps the contract for news-like text (${RUNS} runs)`, () => {
    fc.assert(fc.property(newsish, holds), { numRuns: RUNS, seed: SEED });
  });

  it('gives the same output for the same input', () => {
    fc.assert(
      fc.property(fc.oneof(newsish, anyString), (text) => {
        expect(parseArticle(text)).toEqual(parseArticle(text));
      }),
      { numRuns: Math.ceil(RUNS / 5), seed: SEED },
    );
  });
});
