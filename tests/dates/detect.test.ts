import { describe, expect, it } from 'vitest';
import { extractDatesFromDocument } from '../../src/dates/index.js';
import { buildDocument } from '../../src/document/build.js';
import { extractDates } from '../../src/index.js';

const REF = '2021-03-03'; // a Wednesday

/** Dates found in the whole text by the stage itself (over a Document, as the pipeline runs it). */
const own = (s: string, ref = REF) => extractDatesFromDocument(buildDocument(s), [{ start: 0, end: s.length }], ref).map((d) => [d.text, d.value, d.type]);
const texts = (s: string, ref = REF) => extractDates(s, { referenceDate: ref }).map((d) => [d.text, d.value, d.type]);
/** Text and value of each date. */
const pairs = (s: string, ref = REF) => texts(s, ref).map((d) => [d[0], d[1]]);

describe('detection by the stage\'s own patterns', () => {
  it('quantities: durations, and dates with "ago" / "earlier"', () => {
    expect(own('The talks lasted three days.')).toEqual([['three days', 'P3D', 'duration']]);
    expect(own('It took nearly two years.')).toEqual([['nearly two years', 'P2Y', 'duration']]);
    expect(own('Prices have fallen in the past three months.')).toEqual([['the past three months', 'P3M', 'duration']]);
    expect(own('The plant closed two years ago.')).toEqual([['two years ago', '2019', 'date']]);
    expect(own('A year earlier, net income was $2.1 million.')).toEqual([['A year earlier', '2020', 'date']]);
    expect(own('Sales fell from $1.4 billion a year ago.')).toEqual([['a year ago', '2020', 'date']]);
    expect(own('For the first nine months, net rose.')).toEqual([['the first nine months', 'P9M', 'duration']]);
    expect(own('He had been traveling for years.')).toEqual([['years', 'PXY', 'duration']]);
  });

  it('rates, ages and ordinals are no quantities', () => {
    expect(own('It pays $1.76 a year and costs 10 cents a day.')).toEqual([]);
    expect(own('Mr. Smith, 52 years old, took a second job.')).toEqual([]);
  });

  it('clock times and parts of a day', () => {
    expect(own('The polls close at 7:15 p.m. EST.')).toEqual([['7:15 p.m. EST', '2021-03-03T19:15', 'time']]);
    expect(own('They met at 10 a.m.')).toEqual([['10 a.m.', '2021-03-03T10:00', 'time']]);
    expect(own('It ended at noon.')).toEqual([['noon', '2021-03-03T12:00', 'time']]);
    expect(own('He spoke this morning.')).toEqual([['this morning', '2021-03-03TMO', 'time']]);
    expect(own('By mid afternoon it was over.')).toEqual([['mid afternoon', '2021-03-03TAF', 'time']]);
    expect(own('The convoy leaves at 4 in the morning.')).toEqual([['4 in the morning', '2021-03-03T04:00', 'time']]);
  });

  it('seasons, centuries, year lists, "the end of the month"', () => {
    expect(own('The strike began in the summer.')).toEqual([['the summer', '2021-SU', 'date']]);
    expect(own('It was the worst flood of the 20th century.')).toEqual([['the 20th century', '19', 'date']]);
    expect(own('Shootings in 1994, 1995 and 1997 were never solved.').map((d) => d[1])).toEqual(['1994', '1995', '1997']);
    expect(own('Leaders of the 1992 protests have moved.')).toEqual([['1992', '1992', 'date']]);
    expect(own('Troops will be there by the end of the month.')).toEqual([['the end of the month', '2021-03', 'date']]);
    expect(own('Orangemen march each July.')).toEqual([['each July', 'XXXX-07', 'set']]);
  });

  // one expression a sentence: [sentence, text, value, type]
  it.each([
    // halves, "at least", "more", "additional", "trading"
    ['The refugees stayed in the camps for 3 1/2 years.', '3 1/2 years', 'P3Y6M', 'duration'],
    ['The flight took 7 1/2 hours.', '7 1/2 hours', 'PT7H30M', 'duration'],
    ['He held his breath for a minute and a half.', 'a minute and a half', 'PT1M30S', 'duration'],
    ['The lease runs for at least 15 more years.', 'at least 15 more years', 'P15Y', 'duration'],
    ['The option covers an additional year.', 'an additional year', 'P1Y', 'duration'],
    ['Shares slid for six trading days.', 'six trading days', 'P6D', 'duration'],
    // "an hour later" is the offset from an event (a duration); "two days later", "three hours ago" are dates
    ['An hour later, the fire was out.', 'An hour', 'PT1H', 'duration'],
    ['Two days later, the fire was out.', 'Two days later', '2021-03-05', 'date'],
    ['The fire broke out three hours ago.', 'three hours ago', '2021-03-03', 'date'],
    // a duration of unstated length
    ['The bridge stood over the river for centuries.', 'centuries', 'PXCE', 'duration'],
  ])('%s', (sentence, text, value, type) => {
    expect(texts(sentence)).toEqual([[text, value, type]]);
  });

  it('a verb "fall" or "spring" is no season', () => {
    expect(own('The plan could fall apart.')).toEqual([]);
  });
});

describe('direction from the sentence', () => {
  it('"is to", "set to", "as early as", "plans to" point forward', () => {
    expect(texts('Trading is to resume in Paris Tuesday.')).toEqual([['Tuesday', '2021-03-09', 'date']]);
    expect(texts('Talks are set to resume Monday in Belfast.')).toEqual([['Monday', '2021-03-08', 'date']]);
    expect(texts('His father could come as early as Tuesday.')).toEqual([['Tuesday', '2021-03-09', 'date']]);
    expect(texts('On Tuesday, the league plans to hold a news conference.')).toEqual([['Tuesday', '2021-03-09', 'date']]);
  });

  it('a tense elsewhere in the sentence decides when the clause has none', () => {
    // "will" is far from "December": the mission is ahead
    expect(texts('Colonel Collins will be named commander of the space shuttle Columbia for a mission in December.')).toEqual([
      ['December', '2021-12', 'date'],
    ]);
    // a past sentence moves a month five months ahead back to the year before ...
    expect(texts('He stepped down as chairman, president and chief executive in August for health reasons.', '2021-03-03')).toEqual([
      ['August', '2020-08', 'date'],
    ]);
    // ... but not one a few weeks ahead
    expect(texts('Lenders extended loans to the company, due through April.', '2021-03-03')).toEqual([['April', '2021-04', 'date']]);
  });
});

describe('direction: possessives, weak cues, months a quarter away', () => {
  it('a weekday that owns an event ("Wednesday\'s ruling") is past unless what follows is future', () => {
    expect(texts('Her lawyers said they would try to overturn Wednesday\'s verdict.', '2021-03-05')).toEqual([['Wednesday', '2021-03-03', 'date']]);
    expect(texts('Union leaders say Friday\'s vote will decide the strike.')).toEqual([['Friday', '2021-03-05', 'date']]);
  });

  it('a lone "by" does not outweigh a past sentence', () => {
    expect(texts('The buyer closed the deal after most holders sold their stock by the Monday cutoff.', '2021-03-04')).toEqual([['Monday', '2021-03-01', 'date']]);
    expect(texts('Bids are due by Tuesday.', '2021-03-04')).toEqual([['Tuesday', '2021-03-09', 'date']]);
  });

  it('a deferral ("postponed until", "extended to") points past the act', () => {
    expect(texts('The board postponed until Monday its vote on the merger.')).toEqual([['Monday', '2021-03-08', 'date']]);
    expect(texts('The city pushed the hearing back to Friday.')).toEqual([['Friday', '2021-03-05', 'date']]);
    // not a deferral: the trip is over
    expect(texts('She flew to Rome on Friday.')).toEqual([['Friday', '2021-02-26', 'date']]);
  });

  it('a simple present right before a weekday is a schedule', () => {
    expect(texts('The two ministers meet privately Monday in Oslo.')).toEqual([['Monday', '2021-03-08', 'date']]);
    expect(texts('In a broadcast speech Friday, the mayor apologized.')).toEqual([['Friday', '2021-02-26', 'date']]);
  });

  it('a plan in the past perfect ("had been due to") is overtaken: the day is past', () => {
    expect(texts('The tender offer had been due to close Monday.')).toEqual([['Monday', '2021-03-01', 'date']]);
    expect(texts('The tender offer is due to close Monday.')).toEqual([['Monday', '2021-03-08', 'date']]);
  });

  it('a past sentence moves a month a quarter ahead back a year', () => {
    expect(texts('In June, a small fire damaged the old mill on the river.')).toEqual([['June', '2020-06', 'date']]);
  });

  it('"then" moves "current" into the past', () => {
    expect(texts('Holders could buy stock at half the then current price.')).toEqual([['current', 'PAST_REF', 'date']]);
  });
});

describe('reference time', () => {
  it('"the previous Friday" counts from the day the text is on; "last Friday" from the publication date', () => {
    expect(pairs('The pound ended on Friday below where it stood the previous Friday.', '2021-03-08')).toEqual([
      ['Friday', '2021-03-05'],
      ['the previous Friday', '2021-02-26'],
    ]);
    expect(pairs('The fair opened on Feb. 10 and the following Monday the crowds came.')).toEqual([
      ['Feb. 10', '2021-02-10'],
      ['the following Monday', '2021-02-15'],
    ]);
  });

  it('"that same day" is a day of the month named before; with nothing named, no value', () => {
    expect(pairs('The plant closed last November. Its sign came down that same day.')).toEqual([
      ['last November', '2020-11'],
      ['that same day', '2020-11-XX'],
    ]);
    expect(pairs('Its sign came down that same day.')).toEqual([['that same day', null]]);
  });

  it('"the day before" a date counts from it', () => {
    expect(pairs('The day before Tuesday\'s vote, the mayor resigned.')).toEqual([['The day before Tuesday', '2021-03-01']]);
  });

  it('"the next day" counts from the day named last', () => {
    expect(pairs('The attack came on Oct. 23, 1999. The next day, police searched the house.')).toEqual([
      ['Oct. 23, 1999', '1999-10-23'],
      ['The next day', '1999-10-24'],
    ]);
  });
});

describe('financial periods', () => {
  it.each([
    [
      'after "the first nine months" a year-ago comparison is a year',
      'Net rose in the third quarter. For the nine months, net was $5 million, up from $4 million a year earlier.',
      '1989-10-26',
      [['the third quarter', '1989-Q3'], ['the nine months', 'P9M'], ['a year earlier', '1988']],
    ],
    [
      'a quarter mentioned in passing does not replace the one reported',
      'The maker of pumps posted higher third-quarter profit. After a weak second quarter, orders grew. Costs were high in the year-earlier period.',
      '2021-11-04',
      [['third-quarter', '2021-Q3'], ['second quarter', '2021-Q2'], ['the year-earlier period', '2020-Q3']],
    ],
    [
      'an apposition renames a year-ago quarter; its end date falls in that year',
      'The chain earned more in the third quarter. In the year-earlier quarter, the fiscal second quarter ended Nov. 30, it lost money. Figures for that quarter included a charge.',
      '2021-11-04',
      [['the third quarter', '2021-Q3'], ['the year-earlier quarter', '2020-Q2'], ['the fiscal second quarter', '2020-Q2'], ['Nov. 30', '2020-11-30'], ['that quarter', '2020-Q2']],
    ],
    [
      '"the quarter ended Aug. 31" is named by the calendar quarter holding most of its months',
      'Over the quarter ended Aug. 31, the retailer sold more shoes.',
      '2021-09-20',
      [['the quarter', '2021-Q3'], ['Aug. 31', '2021-08-31']],
    ],
    [
      '"the quarter a year ago" is one date, the quarter a year back',
      'Profit doubled in the third quarter. In the quarter a year earlier, the bank lost money.',
      '2021-11-04',
      [['the third quarter', '2021-Q3'], ['the quarter a year earlier', '2020-Q3']],
    ],
    [
      'a quarter still to come does not anchor "the year-ago period"',
      'Analysts expect the slump to last through the third quarter of 1990. In the year-ago period, the company earned $1 million.',
      '1989-10-26',
      [['the third quarter of 1990', '1990-Q3'], ['the year-ago period', '1988-Q3']],
    ],
  ])('%s', (_name, t, ref, want) => {
    expect(pairs(t, ref)).toEqual(want);
  });
});

