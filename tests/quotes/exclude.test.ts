import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/index.js';

describe('a dateline is no part of a quote', () => {
  it('reported speech opening the first paragraph starts after the dateline', () => {
    const text = 'SALVADOR, Feb 26 - Showers continued throughout the week in the cocoa zone, alleviating the drought, Comissaria Smith said in its weekly review.\n\nPrices rose on Friday.';
    const a = parseArticle(text, { publishedAt: '1987-02-26' });
    expect(a.dateline?.text).toBe('SALVADOR, Feb 26 -');
    const q = a.quotes.find((x) => x.type === 'indirect');
    expect(q?.text.startsWith('Showers continued')).toBe(true);
    expect(q!.spans).toHaveLength(1);
    expect(text.slice(q!.spans[0]!.start, q!.spans[0]!.end)).toBe(q!.text);
  });

  it('no speaker is read from the dateline', () => {
    const text = 'NEW YORK, APRIL 21 - The American Petroleum Institute said its weekly inventory report will be issued tonight, despite many closures.\n\nThe report is usually released on Tuesday nights.';
    const a = parseArticle(text, { publishedAt: '1987-04-21' });
    expect(a.dateline?.place).toBe('New York');
    expect(a.quotes.map((q) => q.speaker?.name)).toEqual(['American Petroleum Institute']);
  });
});
