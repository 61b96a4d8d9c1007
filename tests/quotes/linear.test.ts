import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/build.js';
import { extractEntitiesFromDocument } from '../../src/entities/index.js';
import { extractQuotesFromDocument } from '../../src/quotes/index.js';
import { findQuoted } from '../../src/quotes/marks.js';

/**
 * Adversarial input: many quote marks that never pair. The quote stage must stay linear, checked
 * by complexity (a 10x longer text costs about 10x, not 100x), not by an absolute timing.
 */
function repeat(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/** Fastest of a few runs, in ms. */
function fastest(run: () => void, times = 3): number {
  let best = Infinity;
  for (let i = 0; i < times; i++) {
    const t0 = performance.now();
    run();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

const UNITS = [
  // straight marks that open and never close, and stray closing curly marks
  'He said "no to that and ',
  'It was ” he said. ',
  // curly openers only: each new one replaces the last
  'Officials said “the plan is ',
];

describe('quote stage on adversarial input', () => {
  it('pairs 50,000 unmatched marks in 1 MB in linear time (findQuoted)', () => {
    for (const unit of UNITS) {
      const small = repeat(unit, 100_000);
      const large = repeat(unit, 1_000_000);
      const paragraphs = (t: string) => [{ start: 0, end: t.length }];
      expect((large.match(/["“”]/g) ?? []).length).toBeGreaterThanOrEqual(35_000);
      const a = fastest(() => findQuoted(small, paragraphs(small)));
      const b = fastest(() => findQuoted(large, paragraphs(large)));
      // linear: ~10x; quadratic would be ~100x. Floor the small time against timer noise.
      expect(b / Math.max(a, 1)).toBeLessThan(30);
    }
  });

  it.each([
    ['unmatched marks', 'He said "no to that and '],
    ['attributed quotes without an antecedent', 'The Acme Board met. "We will vote on the plan again next month," he said. '],
  ])('runs the whole quote stage in linear time over 100 KB and 1 MB of %s', { timeout: 120_000 }, (_name, unit) => {
    const prepared = [100_000, 1_000_000].map((size) => {
      const text = repeat(unit, size);
      const doc = buildDocument(text);
      const regions = [{ start: 0, end: text.length }];
      return { doc, regions, entities: extractEntitiesFromDocument(doc, regions) };
    });
    const [a, b] = prepared.map((p) => fastest(() => extractQuotesFromDocument(p.doc, p.regions, p.entities), 2));
    expect(b! / Math.max(a!, 5)).toBeLessThan(30);
  });
});
