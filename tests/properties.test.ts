import Ajv from 'ajv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import schema from '../schema/article.schema.json' with { type: 'json' };
import { parseArticle } from '../src/index.js';
import { articleProblems } from './helpers/invariants.js';
import { anyString, newsish, RUNS, SEED } from './helpers/generators.js';

/**
 * Property-based tests: for any string, parseArticle returns an Article that validates against
 * the schema and keeps every invariant (spans, coverage, quote texts), the same way every time.
 * Seeded, so a failure reproduces; NEWSPARSE_FUZZ_RUNS raises the count (npm run fuzz).
 */
const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);

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
