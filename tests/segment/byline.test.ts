import { describe, expect, it } from 'vitest';
import { parseByline } from '../../src/segment/byline.js';

const authors = (line: string): string[] | undefined => parseByline(line, 0, line.length)?.authors;

describe('bylines in other languages', () => {
  it('split at "and" in the byline\'s own language', () => {
    expect(authors('Por Matt Spetalnick e Jason Szep')).toEqual(['Matt Spetalnick', 'Jason Szep']);
    expect(authors('Von Anna Roth und Jan Ott')).toEqual(['Anna Roth', 'Jan Ott']);
    expect(authors('Par Jean Dupont et Marie Curie')).toEqual(['Jean Dupont', 'Marie Curie']);
    expect(authors('Door Pieter de Vries en Anne Bakker')).toEqual(['Pieter de Vries', 'Anne Bakker']);
  });

  it('"e" or "y" is no separator in an English byline', () => {
    expect(authors('By Maria Lopez and Tom Hale, Staff Writers')).toEqual(['Maria Lopez', 'Tom Hale']);
  });
});

describe('byline shapes', () => {
  it('after "By" and a name, the part after a separator is the outlet', () => {
    expect(authors('By Jane Doe | Example Media for example.com')).toEqual(['Jane Doe']);
  });

  it('the names stop where a date follows them ("on Monday, ...")', () => {
    expect(authors('Posted by Jane Doe on November 19, 2019, 6:21 AM EST')).toEqual(['Jane Doe']);
    expect(authors('By Jane Doe , John Roe on Monday, November 18th, 2019 at 11:08 a.m.')).toEqual(['Jane Doe', 'John Roe']);
    expect(authors('Par Jean Dupont le 5 mai 2019')).toEqual(['Jean Dupont']);
    // ... but "le" before a name is a particle, not a date
    expect(authors('Par Jean le Roux')).toEqual(['Jean le Roux']);
  });

  it('still no byline in a sentence that starts with "By"', () => {
    expect(authors('By the end of the year the council had spent it all.')).toBeUndefined();
    expect(authors('By Monday the roads were open again')).toBeUndefined();
  });
});

describe('parseByline: shapes ruled out before any regex', () => {
  it('still reads a byline that opens with a separator', () => {
    const line = '| Jane Doe | Reuters';
    expect(parseByline(line, 0, line.length)?.authors).toEqual(['Jane Doe']);
  });
  it('a line without "By" and without a separator is no byline', () => {
    for (const line of ['Jane Doe', 'Jane Doe Reuters', '2019 Jane Doe, Reuters']) expect(parseByline(line, 0, line.length)).toBeNull();
  });
});

describe('bylines with a date, a dash or a handle after the names', () => {
  const shapes: Array<[string, string, string[] | undefined]> = [
    // "By" and the names, then a date with no "on"
    ['date after the names', 'By Jane Doe March 18 at 3:57 PM Follow @janedoe', ['Jane Doe']],
    ['date in capitals', 'By JANE DOE JAN. 13, 2017', ['JANE DOE']],
    ['ISO time stamp', 'By Jane Doe 2019-11-18T20:51:19Z Science & Astronomy', ['Jane Doe']],
    ['"On" in capitals', 'By Jane Doe On 12. Dezember 2022', ['Jane Doe']],
    ['German "vom"', 'Von Anna Roth Vom 3. Februar 2022', ['Anna Roth']],
    // "By" and the names, then a dash, a handle or an e-mail address
    ['dash and date', 'By Jane Doe - 11/19/19 06:56 AM EST', ['Jane Doe']],
    ['dash and role', 'By Jane Doe - Example Science Contributor', ['Jane Doe']],
    ['long dash', 'by Jane Doe — November 18, 2019', ['Jane Doe']],
    ['handle', 'by Jane Doe @janedoe February 1, 2016: 12:41 PM ET', ['Jane Doe']],
    ['handle glued on', 'By Jane Doe@janedoe Updated Jul 24, 2018, 2:15pm EDT', ['Jane Doe']],
    ['e-mail address', 'By Jane Doe jdoe@example.com(509) 555-0100', ['Jane Doe']],
    // roles in parentheses, the outlet named by its agency, a final full stop
    ['roles in parentheses', 'by Jane Doe (reporting) and John Roe (photography)', ['Jane Doe', 'John Roe']],
    ['agency outlet', 'By Jane Doe, CNN Business', ['Jane Doe']],
    ['final full stop', 'Posted by Jane Doe.', ['Jane Doe']],
    // without "By": the names, a dash and a date; or a date, then "by" and the names
    ['name, dash, date', 'Jane Doe - Apr 16, 2015 8:02 pm UTC', ['Jane Doe']],
    ['name, long dash, ISO date', 'Jane Doe — 2013-09-29— in Code — Permalink', ['Jane Doe']],
    ['name and handle', 'Jane Doe, @janedoe', ['Jane Doe']],
    ['date, then by', 'on March 10, 2015 by Jane Doe', ['Jane Doe']],
    ['posted on a date and time, by', 'Posted on 10.03.2015 at 9:30 by Jane Doe', ['Jane Doe']],
    // no byline where a dash or "by" follows no date, or a parenthesis ends no byline
    ['dash and no date', 'Premier League - 2019/20 season review', undefined],
    ['"by" after no date', 'The 2019 report by Human Rights Watch', undefined],
    ['a sentence with "by"', 'In 2015 the plan was approved by Congress', undefined],
    ['an address', 'Example (Holding) AG, Hauptstrasse 32, 6340 Baar', undefined],
  ];
  it.each(shapes)('%s: %s', (_, line, want) => {
    expect(authors(line)).toEqual(want);
  });
});
