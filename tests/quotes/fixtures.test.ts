import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/index.js';
import {
  formatQuoteScores,
  goldCounts,
  locateGold,
  locateQuote,
  matchQuotes,
  quoteFixtures,
  quoteGoldProblems,
  rates,
  scoreQuoteFixtures,
  type QuoteScores,
} from '../helpers/quote-gold.js';

/**
 * Issue 5: hand-annotated quote fixtures (fixtures/quotes/), scored through the public API
 * `extractQuotes(text)`. The gold self-checks always run; the bars are in their own block.
 */
const fixtures = quoteFixtures();

describe('quote gold (self-check)', () => {
  it('meets the issue 5 minimums', () => {
    const c = goldCounts(fixtures);
    expect(c.fixtures).toBeGreaterThanOrEqual(10);
    expect(c.quotes).toBeGreaterThanOrEqual(45);
    expect(c.byTag.pronoun ?? 0).toBeGreaterThanOrEqual(12);
    expect(c.byTag.floating ?? 0).toBeGreaterThanOrEqual(6);
    expect(c.byTag.split ?? 0).toBeGreaterThanOrEqual(6);
    expect(c.byTag.mixed ?? 0).toBeGreaterThanOrEqual(6);
    expect(c.byType.indirect).toBeGreaterThanOrEqual(8);
    expect(c.byTag.organization ?? 0).toBeGreaterThanOrEqual(3);
    expect(c.byTag['according-to'] ?? 0).toBeGreaterThanOrEqual(2);
    expect(c.byTag['multi-paragraph'] ?? 0).toBeGreaterThanOrEqual(1);
    expect(c.pronouns.he ?? 0).toBeGreaterThanOrEqual(3);
    expect(c.pronouns.she ?? 0).toBeGreaterThanOrEqual(3);
    // at least one article where 'he' and 'she' both resolve, to people of different genders
    const both = fixtures.filter((f) => {
      const ps = new Set(f.gold.quotes.filter((q) => q.tags.includes('pronoun')).map((q) => q.speakerMention?.toLowerCase()));
      return ps.has('he') && ps.has('she');
    });
    expect(both.length).toBeGreaterThanOrEqual(1);
  });

  for (const fixture of fixtures) {
    it(`${fixture.name}: gold is locatable and consistent with the text`, () => {
      expect(locateGold(fixture).missing).toEqual([]);
      expect(quoteGoldProblems(fixture)).toEqual([]);
    });
  }

  it('locates split and multi-paragraph quotes part by part', () => {
    const text = '“One, two,” she said. “Three.”\n\n“Four\n\n“Five,” he said.';
    expect(locateQuote(text, 'One, two, Three.')).toEqual([
      { start: 1, end: 10 },
      { start: 23, end: 29 },
    ]);
    expect(locateQuote(text, 'Four Five,')).toEqual([
      { start: 33, end: 37 },
      { start: 40, end: 45 },
    ]);
    expect(locateQuote(text, 'Six')).toBeNull();
    // a part far away from the previous one is not the same quote
    expect(locateQuote(`"A b," x. ${'filler '.repeat(20)}"C."`, 'A b, C.')).toBeNull();
  });

  it('matches one-to-one on > 50% character coverage', () => {
    const gold = [[{ start: 0, end: 10 }], [{ start: 20, end: 30 }]];
    // the first prediction covers 60% of gold 0; the second covers 50% of gold 1 (not enough)
    expect(matchQuotes(gold, [[{ start: 4, end: 12 }], [{ start: 25, end: 40 }]])).toEqual([0, -1]);
    // one prediction cannot be matched twice
    expect(matchQuotes(gold, [[{ start: 0, end: 30 }]])).toEqual([0, -1]);
    // split gold: coverage summed over parts
    expect(matchQuotes([[{ start: 0, end: 4 }, { start: 10, end: 14 }]], [[{ start: 0, end: 4 }, { start: 10, end: 12 }]])).toEqual([0]);
  });
});

describe('quote fixtures scored (extractQuotes)', () => {
  let scores: QuoteScores | undefined;
  const score = (): QuoteScores => (scores ??= scoreQuoteFixtures((t) => extractQuotes(t)));

  it('scores every fixture and prints the table', () => {
    const s = score();
    console.log(`\nissue 5 quote fixtures (fixtures/quotes/, extractQuotes, match > 50% of gold characters)\n${formatQuoteScores(s)}\n`);
    expect(s.fixtures.length).toBe(fixtures.length);
    expect(s.total.gold).toBe(goldCounts(fixtures).quotes);
    expect(s.errors.filter((e) => e.kind === 'crash')).toEqual([]);
  });

  /**
   * The bars. Not met when these fixtures were committed (speaker names 89.2% = 66/74, recall
   * 84.1% = 74/88 with the parser of 83f0652; precision 97.4% was met); met since (see the table above).
   * Do not lower the numbers.
   */
  describe('issue 5 bars', () => {
    it('speaker names resolved in >= 90% of matched gold quotes with a speaker', () => {
      expect(rates(score().total).speakerAccuracy).toBeGreaterThanOrEqual(0.9);
    });
    it('quote recall >= 0.9', () => {
      expect(rates(score().total).recall).toBeGreaterThanOrEqual(0.9);
    });
    it('quote precision >= 0.9', () => {
      expect(rates(score().total).precision).toBeGreaterThanOrEqual(0.9);
    });
  });
});
