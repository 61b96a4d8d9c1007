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
