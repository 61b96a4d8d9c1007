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
