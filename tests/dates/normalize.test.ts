import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/dates/normalize.js';
import { extractDates } from '../../src/index.js';

const REF = '2021-03-03'; // a Wednesday
const texts0 = (s: string) => extractDates(s, { referenceDate: REF }).map((d) => [d.text, d.value, d.type]);
const n = (s: string, dir: -1 | 0 | 1 = 0, hint: 'date' | 'time' | 'duration' | 'set' = 'date') => normalize(s, REF, dir, hint);

describe('normalize: TIMEX3 values against the publication date', () => {
  it.each([
    ['last week', '2021-W08', 'date'],
    ['this month', '2021-03', 'date'],
    ['next year', '2022', 'date'],
    ['the third quarter', '2021-Q3', 'date'],
    ['third-quarter', '2021-Q3', 'date'],
    ['the third quarter of 2019', '2019-Q3', 'date'],
    ['the first half', '2021-H1', 'date'],
    ['the 1990s', '199', 'date'],
    ['the nineties', '199', 'date'],
    ['the 20th century', '19', 'date'],
    ['summer', '2021-SU', 'date'],
    ['last fall', '2020-FA', 'date'],
    ['1995', '1995', 'date'],
    ['fiscal 1998', '1998', 'date'],
    ['mid-1996', '1996', 'date'],
    ['nineteen ninety-six', '1996', 'date'],
    ['the year two thousand', '2000', 'date'],
    ['two years ago', '2019', 'date'],
    ['yesterday', '2021-03-02', 'date'],
    ['the weekend', '2021-W08-WE', 'date'],
    ['three years', 'P3Y', 'duration'],
    ['24 hours', 'PT24H', 'duration'],
    ['the past three months', 'P3M', 'duration'],
    ['a year', 'P1Y', 'duration'],
    ['now', 'PRESENT_REF', 'date'],
    ['currently', 'PRESENT_REF', 'date'],
    ['recently', 'PAST_REF', 'date'],
    ['the future', 'FUTURE_REF', 'date'],
    ['in the future', 'FUTURE_REF', 'date'],
    ['the past', 'PAST_REF', 'date'],
    ['recent years', 'PAST_REF', 'date'],
  ])('%s -> %s', (s, value, type) => {
    const r = n(s);
    expect(r.value).toBe(value);
    expect(r.type).toBe(type);
  });

  it('modifiers keep the value of what they modify', () => {
    expect(n('early next week').value).toBe('2021-W10');
    expect(n('the end of 1990').value).toBe('1990');
    expect(n('sometime next year').value).toBe('2022');
    expect(n('late last week').value).toBe('2021-W08');
  });

  it('times', () => {
    expect(n('at 10 a.m.', 0, 'time')).toEqual({ value: '2021-03-03T10:00', type: 'time' });
    expect(n('10:30 p.m.', 0, 'time')).toEqual({ value: '2021-03-03T22:30', type: 'time' });
    expect(n('10 p.m. Wednesday', 0, 'time')).toEqual({ value: '2021-03-03T22:00', type: 'time' });
    expect(n('9 a.m. EST Tuesday', 1, 'time')).toEqual({ value: '2021-03-09T09:00', type: 'time' });
    expect(n('this morning', 0, 'time')).toEqual({ value: '2021-03-03TMO', type: 'time' });
    // a weekday with a part of day is a date (AQUAINT's convention)
    expect(n('Tuesday morning', 0, 'time')).toEqual({ value: '2021-03-02', type: 'date' });
  });

  it('sets', () => {
    expect(n('every Monday', 0, 'set')).toEqual({ value: 'XXXX-WXX-1', type: 'set' });
    expect(n('daily', 0, 'set')).toEqual({ value: 'P1D', type: 'set' });
    expect(n('each week', 0, 'set')).toEqual({ value: 'P1W', type: 'set' });
  });

  it('a bare weekday is the most recent one unless the clause is future', () => {
    expect(n('Friday', 0).value).toBe('2021-02-26');
    expect(n('Friday', -1).value).toBe('2021-02-26');
    expect(n('Friday', 1).value).toBe('2021-03-05');
    expect(n('Wednesday', 0).value).toBe('2021-03-03');
  });

  it('a month or a date without a year: by direction, else the nearest', () => {
    expect(n('December', 0).value).toBe('2020-12');
    expect(n('December', 1).value).toBe('2021-12');
    expect(n('May', 0).value).toBe('2021-05');
    expect(n('May', -1).value).toBe('2020-05');
    expect(n('Nov. 21', 0).value).toBe('2020-11-21');
    expect(n('April 2', 0).value).toBe('2021-04-02');
    expect(n('April 2', -1).value).toBe('2021-04-02'); // a past clause may name a deadline just ahead
    expect(n('June 2', -1).value).toBe('2020-06-02');
    expect(n('June last year', 0).value).toBe('2020-06');
    expect(n('Saturday, April 25', 0).value).toBe('2021-04-25');
  });

  it('year-end and the week of a date', () => {
    // "year-end" is "the end of the year": TIMEX3 gives the year (mod END), as for "the end of 1990"
    expect(n('year-end', 1).value).toBe('2021');
    expect(n('year-end', -1).value).toBe('2020');
    expect(n("year's end", 1).value).toBe('2021');
    expect(texts0('A hearing is set for the week of March 8.')).toEqual([['the week of March 8', '2021-W10', 'date']]);
  });

  it('holidays', () => {
    expect(n('Thanksgiving Day').value).toBe('2020-11-26');
    expect(n('Christmas', 1).value).toBe('2021-12-25');
    expect(n('Easter 2021').value).toBe('2021-04-04');
    expect(n('Election Day', 1).value).toBe('2021-11-02');
    // "Christmas week": the ISO week the holiday falls in
    expect(n('Christmas week', -1).value).toBe('2020-W52');
    expect(n('Thanksgiving week 2019').value).toBe('2019-W48');
    // the holiday's own week under way: that week, even in a past clause
    expect(normalize('Thanksgiving week', '2021-11-23', -1, 'date').value).toBe('2021-W47');
  });

  it('a day counted from a date, and parts of a year or decade', () => {
    expect(n('the day after Christmas', -1).value).toBe('2020-12-26');
    expect(n('the day before March 10', 1).value).toBe('2021-03-09');
    expect(n('the second half of the 1980s').value).toBe('198');
    expect(n('the first two quarters of 2022').value).toBe('2022-H1');
    expect(n('the last two quarters of 2019').value).toBe('2019-H2');
  });

  it('"the latest fiscal year" is the last one closed', () => {
    expect(n('the latest fiscal year').value).toBe('2020');
    expect(n('the current fiscal year').value).toBe('2021');
  });

  it('financial periods lean on the quarter named before', () => {
    const anchors = { quarter: '2020-Q4' };
    expect(normalize('a year earlier', REF, 0, 'date', anchors).value).toBe('2019-Q4');
    expect(normalize('the year-ago quarter', REF, 0, 'date', anchors).value).toBe('2019-Q4');
    expect(normalize('the latest quarter', REF, 0, 'date', anchors).value).toBe('2020-Q4');
    // without one, "the quarter" is the last one closed
    expect(normalize('the quarter', REF, 0, 'date', {}).value).toBe('2020-Q4');
    expect(normalize('year-earlier', REF, 0, 'date', anchors).value).toBe('2019-Q4');
    expect(normalize('later that year', REF, 0, 'date', { year: 1998 }).value).toBe('1998');
    expect(normalize('earlier that day', REF, 0, 'date', { day: '2021-02-11' }).value).toBe('2021-02-11');
    expect(normalize('the following month', REF, 0, 'date', { month: '2020-12' }).value).toBe('2021-01');
    expect(normalize('the following year', REF, 0, 'date', { year: 1995 }).value).toBe('1996');
  });

  it('without a reference date relative values are null, absolute ones resolve', () => {
    expect(normalize('Sunday', null, 0, 'date').value).toBeNull();
    expect(normalize('last week', null, 0, 'date').value).toBeNull();
    expect(normalize('March 3, 2021', null, 0, 'date').value).toBe('2021-03-03');
    expect(normalize('1995', null, 0, 'date').value).toBe('1995');
  });
});

describe('extractDates: spans', () => {
  const texts = (s: string, ref = REF) => extractDates(s, { referenceDate: ref }).map((d) => [d.text, d.value, d.type]);

  it('keeps the determiner and modifiers TimeBank keeps, not the preposition', () => {
    expect(texts('Net income rose in the third quarter.')).toEqual([['the third quarter', '2021-Q3', 'date']]);
    expect(texts('The company posted a third-quarter loss.')).toEqual([['third-quarter', '2021-Q3', 'date']]);
    expect(texts('Profit fell from $5 million a year earlier.')).toEqual([['a year earlier', '2020', 'date']]);
    expect(texts('Prices have fallen in the past three months.')).toEqual([['the past three months', 'P3M', 'duration']]);
    expect(texts('It was built in the early 1990s.')).toEqual([['the early 1990s', '199', 'date']]);
  });

  it('finds what wink passes over', () => {
    expect(texts('The offer expires Sept. 30, and the rights expire Nov. 21.')).toEqual([
      ['Sept. 30', '2021-09-30', 'date'],
      ['Nov. 21', '2021-11-21', 'date'],
    ]);
    expect(texts('Shares fell 5% on Nov. 21.')).toEqual([['Nov. 21', '2020-11-21', 'date']]);
    expect(texts('He said on Friday\'s call that sales in fiscal 1998 were flat.').map((d) => d[0])).toEqual(['Friday', 'fiscal 1998']);
    expect(texts('The group began to fall apart in mid-1996.')).toEqual([['mid-1996', '1996', 'date']]);
  });

  it('is not fooled by ages, counts and money', () => {
    expect(texts('Mr. Smith, 52 years old, runs a 6-year-old company.')).toEqual([]);
    expect(texts('The company has 1,990 employees and paid $1990 in fees.')).toEqual([]);
  });

  it('"from Monday to Wednesday" is two dates, one per end point', () => {
    expect(texts('The talks ran from Monday to Wednesday.')).toEqual([
      ['Monday', '2021-03-01', 'date'],
      ['Wednesday', '2021-03-03', 'date'],
    ]);
  });

  it('future clauses point forward', () => {
    expect(texts('The minister will visit Paris on Friday.')).toEqual([['Friday', '2021-03-05', 'date']]);
    expect(texts('The minister visited Paris on Friday.')).toEqual([['Friday', '2021-02-26', 'date']]);
    expect(texts('The work is expected to be finished by Nov. 1.')).toEqual([['Nov. 1', '2021-11-01', 'date']]);
  });
});

describe('extractDates: cost', () => {
  it('stays linear on many short paragraphs full of dates', () => {
    const para = 'On Monday, sales in the third quarter of 1990 rose from a year earlier, and now the 1990s end.';
    const small = Array.from({ length: 500 }, () => para).join('\n\n');
    const big = Array.from({ length: 5000 }, () => para).join('\n\n');
    const t0 = performance.now();
    const a = extractDates(small, { referenceDate: REF }).length;
    const t1 = performance.now();
    const b = extractDates(big, { referenceDate: REF }).length;
    const t2 = performance.now();
    expect(b).toBe(a * 10);
    // ten times the text, well under a hundred times the time
    expect(t2 - t1).toBeLessThan(Math.max(40 * (t1 - t0), 3000));
  });
});

describe('extractDates: options and intent', () => {
  it('takes the reference date as referenceDate or, as parseArticle names it, publishedAt', () => {
    const text = 'The council voted on Tuesday.';
    expect(extractDates(text, { publishedAt: '2024-11-18' }).map((d) => d.value)).toEqual(['2024-11-12']);
    expect(extractDates(text, { referenceDate: '2024-11-18', publishedAt: '2000-01-01' }).map((d) => d.value)).toEqual(['2024-11-12']);
    expect(() => extractDates(text, { publishedAt: 'not a date' })).toThrow(/publishedAt/);
  });

  it('"expect to", "hope to", "intend to" point forward', () => {
    for (const t of ['Crews expect to restore power by Tuesday evening.', 'The council expects to vote on Tuesday.', 'The mayor intends to sign it on Tuesday.']) {
      expect(extractDates(t, { referenceDate: '2024-11-18' })[0]!.value).toBe('2024-11-19');
    }
  });
});

describe('extractDates: wire clock times', () => {
  it('four digits with a time zone are a clock time, not a year ("1700 EDT", "0930 GMT")', () => {
    const d = extractDates('Trading opens at 0930 GMT. The report comes out at 1930 EST.', { referenceDate: '1987-04-21' });
    expect(d.map((x) => [x.text, x.value, x.type])).toEqual([
      ['0930 GMT', '1987-04-21T09:30', 'time'],
      ['1930 EST', '1987-04-21T19:30', 'time'],
    ]);
    expect(extractDates('He was born in 1700.', { referenceDate: '1987-04-21' }).map((x) => [x.value, x.type])).toEqual([['1700', 'date']]);
  });
});
