import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractDates, extractEntities, extractQuotes, segment } from '../src/index.js';
import type { Article } from '../src/types.js';
import { anyString, newsish, RUNS, SEED } from './helpers/generators.js';
import { spanProblems } from './helpers/spans.js';

/**
 * Each stage used alone keeps the span contract on any input: every offset pair lies in the
 * input and `input.slice(start, end)` is the span's text; and the same input gives the same output.
 * Stage outputs are placed in an otherwise empty Article so the shared span walker reads them.
 */
const empty: Article = {
  schemaVersion: 1, headline: null, dateline: null, byline: null, publishedAt: null,
  body: { text: '', paragraphs: [] }, boilerplate: [], people: [], organizations: [], places: [], quotes: [], dates: [],
};

const STAGES: Record<string, (text: string) => Article> = {
  segment: (text) => {
    const s = segment(text);
    return { ...empty, headline: s.headline, dateline: s.dateline, byline: s.byline, body: { text: '', paragraphs: s.paragraphs }, boilerplate: s.boilerplate };
  },
  extractEntities: (text) => {
    const e = extractEntities(text);
    const loose = { text: '', start: 0, end: 0 };
    // typed mentions too: they are what quote resolution reads
    return { ...empty, people: e.people, organizations: e.organizations, places: [...e.places, { id: 'm', name: '', mentions: e.mentions.map((m) => ({ ...loose, ...m })) }] };
  },
  extractQuotes: (text) => ({ ...empty, quotes: extractQuotes(text) }),
  extractDates: (text) => ({ ...empty, dates: extractDates(text, { referenceDate: '2017-05-14' }) }),
};

const input = fc.oneof(newsish, anyString);

describe('each stage on generated input', () => {
  for (const [name, run] of Object.entries(STAGES)) {
    it(`${name}: spans hold and output is deterministic (${RUNS} runs)`, () => {
      fc.assert(
        fc.property(input, (text) => {
          const a = run(text);
          const problems = spanProblems(text, a);
          if (problems.length) throw new Error(problems.slice(0, 3).join('\n'));
          expect(run(text)).toEqual(a);
        }),
        { numRuns: RUNS, seed: SEED },
      );
    });
  }
});
