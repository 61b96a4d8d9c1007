import { describe, expect, it } from 'vitest';
import { resolveOptions, toIsoDate } from '../src/options.js';
import { NewsparseArgumentError, parseArticle } from '../src/index.js';

describe('options', () => {
  it('normalizes publishedAt from ISO strings, date-times and Date objects', () => {
    expect(toIsoDate('2017-05-14', 'x')).toBe('2017-05-14');
    expect(toIsoDate('2017-05-14T23:10:00+08:00', 'x')).toBe('2017-05-14');
    expect(toIsoDate(new Date(Date.UTC(2017, 4, 14)), 'x')).toBe('2017-05-14');
    expect(toIsoDate('May 14, 2017', 'x')).toMatch(/^2017-05-1[34]$/);
    expect(toIsoDate(undefined, 'x')).toBeNull();
  });

  it('rejects what is not a date with a TypeError naming the option', () => {
    expect(() => toIsoDate('not a date', 'options.publishedAt')).toThrow(/options\.publishedAt/);
    expect(() => toIsoDate(new Date(Number.NaN), 'options.publishedAt')).toThrow(TypeError);
    expect(() => toIsoDate('2017-02-30', 'options.publishedAt')).toThrow(/no such day in the calendar/);
    expect(() => resolveOptions({ title: 42 as unknown as string })).toThrow(/options\.title/);
    expect(() => resolveOptions('x' as unknown as object)).toThrow(TypeError);
  });

  it('names an unknown (misspelt) option instead of ignoring it', () => {
    expect(() => parseArticle('Text.', { publishedat: '2017-05-14' } as never)).toThrow(/unknown option "publishedat" \(options: publishedAt, title/);
    expect(() => parseArticle('Text.', { publishedat: '2017-05-14' } as never)).toThrow(NewsparseArgumentError);
  });

  it('passes a Date publishedAt through parseArticle', () => {
    const a = parseArticle('Officials met on Sunday to discuss the plan.', { publishedAt: new Date(Date.UTC(2017, 4, 14)) });
    expect(a.publishedAt).toBe('2017-05-14');
    expect(a.dates.map((d) => d.value)).toEqual(['2017-05-14']);
  });

  it('uses options.title as the headline when the text has no title line', () => {
    const a = parseArticle('The council voted on Tuesday to build a flood wall along the river, officials said.', { title: 'Council backs flood wall' });
    expect(a.headline).toEqual({ text: 'Council backs flood wall', start: null, end: null, source: 'option' });
  });
});
