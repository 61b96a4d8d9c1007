import { describe, expect, it } from 'vitest';
import { findDateline } from '../../src/segment/dateline.js';
import { segment } from '../../src/segment/index.js';

const at = (head: string): ReturnType<typeof findDateline> => findDateline(head, 0, head.length, '2024-11-18');

describe('datelines with a region or an unlisted source', () => {
  it('a city in capitals with a province of two words: "HALIFAX, Nova Scotia —"', () => {
    expect(at('HALIFAX, Nova Scotia — A winter storm left thousands without power.')).toMatchObject({ text: 'HALIFAX, Nova Scotia —', place: 'Halifax, Nova Scotia', date: null });
  });

  it('a source tag the agency list does not hold: "PORTLAND, Ore. (ENS) —"', () => {
    expect(at('PORTLAND, Ore. (ENS) — The city council voted on Tuesday.')).toMatchObject({ text: 'PORTLAND, Ore. (ENS) —', place: 'Portland, Ore.' });
  });

  it('a listed agency after a region of two words', () => {
    expect(at('ST. JOHN’S, Newfoundland (Reuters) - Fishermen said on Monday they would strike.')).toMatchObject({ place: 'St. John’s, Newfoundland' });
    expect(at('SAINT JOHN, New Brunswick (Reuters) - Fishermen said on Monday they would strike.')).toMatchObject({ place: 'Saint John, New Brunswick' });
  });

  it('a date after the region', () => {
    expect(at('HALIFAX, Nova Scotia, Nov. 17 — Crews worked through the night.')).toMatchObject({ place: 'Halifax, Nova Scotia', date: '2024-11-17' });
  });

  it('Reuters-21578: "SALVADOR, Feb 26 - " with a plain hyphen after the date', () => {
    expect(findDateline('SALVADOR, Feb 26 - Showers continued throughout the week.', 0, 57, '1987-02-26')).toMatchObject({ text: 'SALVADOR, Feb 26 -', place: 'Salvador', date: '1987-02-26' });
    expect(findDateline('LOS ANGELES, Feb 26 - BankAmerica Corp is not under pressure.', 0, 61, '1987-02-26')).toMatchObject({ place: 'Los Angeles', date: '1987-02-26' });
    expect(findDateline('NEW YORK, APRIL 21 - The American Petroleum Institute said its report will be issued.', 0, 86, '1987-04-21')).toMatchObject({ text: 'NEW YORK, APRIL 21 -', place: 'New York', date: '1987-04-21' });
    // without a date, a hyphen after capitals is no dateline
    expect(at('SALVADOR - Showers continued throughout the week.')).toBeNull();
  });

  it('a plain hyphen after a city with its state: "NEWPORT NEWS, Va. - " (not after a lone word in capitals)', () => {
    expect(at('NEWPORT NEWS, Va. - In a tradition he has kept for years, the mayor spoke.')).toMatchObject({ text: 'NEWPORT NEWS, Va. -', place: 'Newport News, Va.', date: null });
    expect(at('BREAKING - Storm hits the coast tonight')).toBeNull();
    expect(at('WASHINGTON - The senate voted on Tuesday')).toBeNull();
  });

  it('a day and month in another language when an agency vouches for it ("MADRI, 24 SET (ANSA) -")', () => {
    expect(at('MADRI, 24 SET (ANSA) - A ex-enfermeira prestou depoimento hoje.')).toMatchObject({ text: 'MADRI, 24 SET (ANSA) -', place: 'Madri', date: null });
    expect(at('PARIS, 3 oct. (AFP) - Le gouvernement a annoncé un plan.')).toMatchObject({ place: 'Paris', date: '2024-10-03' });
  });

  it('not a dateline: capitals without a dash, a title-case start, a long run of capitals', () => {
    expect(at('HALIFAX, Nova Scotia is a port city.')).toBeNull();
    expect(at('Halifax, Nova Scotia — a port city.')).toBeNull();
    expect(at('THE STORM THAT HIT EVERY TOWN ON THE COAST LAST WEEK — and more.')).toBeNull();
  });

  it('the lead headline of a text without a title skips the dateline', () => {
    const seg = segment('HALIFAX, Nova Scotia — A winter storm left about 40,000 customers without electricity early Monday.\n\nCrews expect to restore most service by Tuesday evening, a spokesperson said.', { publishedAt: '2024-11-18' });
    expect(seg.dateline?.text).toBe('HALIFAX, Nova Scotia —');
    expect(seg.headline).toMatchObject({ source: 'lead', text: 'A winter storm left about 40,000 customers without electricity early Monday.' });
  });
});

describe('a dateline with a year in another language', () => {
  it('"Quito, 24 Set 2018 (AFP) -"', () => {
    expect(findDateline('Quito, 24 Set 2018 (AFP) - O fundador do WikiLeaks chegou a renunciar.', 0, 70, '2018-09-24')).toMatchObject({ text: 'Quito, 24 Set 2018 (AFP) -', place: 'Quito' });
  });
});
