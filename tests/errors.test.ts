import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_LINES, InputTooLargeError, NewsparseArgumentError, NewsparseError, parseArticle, segment } from '../src/index.js';

describe('typed errors', () => {
  it('throws a NewsparseArgumentError (a TypeError) for a non-string', () => {
    let caught: unknown;
    try {
      parseArticle(42 as unknown as string);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(TypeError);
    expect(caught).toBeInstanceOf(NewsparseArgumentError);
    expect(caught).toBeInstanceOf(NewsparseError);
    expect((caught as NewsparseArgumentError).code).toBe('ERR_NEWSPARSE_ARGUMENT');
    expect(String((caught as Error).message)).toMatch(/expects a string, got number/);
  });

  it('refuses input over maxInputBytes with InputTooLargeError, counting UTF-8 bytes', () => {
    expect(() => parseArticle('é'.repeat(600), { maxInputBytes: 1000 })).toThrow(InputTooLargeError);
    try {
      parseArticle('x'.repeat(2000), { maxInputBytes: 1000 });
    } catch (e) {
      expect(e).toBeInstanceOf(NewsparseError);
      expect((e as InputTooLargeError).code).toBe('ERR_NEWSPARSE_INPUT_TOO_LARGE');
      expect((e as InputTooLargeError).size).toBe(2000);
      expect((e as InputTooLargeError).limit).toBe(1000);
    }
    expect(parseArticle('é'.repeat(400), { maxInputBytes: 1000 }).schemaVersion).toBe(1);
  });

  it('rejects a bad maxInputBytes', () => {
    expect(() => parseArticle('x', { maxInputBytes: -1 })).toThrow(NewsparseArgumentError);
  });

  it('refuses more non-blank lines than maxLines with InputTooLargeError (unit: lines)', () => {
    let caught: unknown;
    try {
      parseArticle('Home\nNews\n\n  \nSport\nWeather\r\nSign in', { maxLines: 4 });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(InputTooLargeError);
    expect((caught as InputTooLargeError).code).toBe('ERR_NEWSPARSE_INPUT_TOO_LARGE');
    expect((caught as InputTooLargeError).unit).toBe('lines');
    expect((caught as InputTooLargeError).size).toBe(5);
    expect((caught as InputTooLargeError).limit).toBe(4);
    expect((caught as Error).message).toBe('newsparse: input of 5 non-blank lines exceeds maxLines (4)');
    // blank lines (whitespace, zero-width characters) do not count
    expect(parseArticle('Home\n\n \u200b\n\t\nNews\n\n', { maxLines: 2 }).boilerplate).toHaveLength(2);
    expect(() => parseArticle('x', { maxLines: 0 })).toThrow(NewsparseArgumentError);
    // segment() keeps the same limits
    expect(() => segment('a\nb\nc', { maxLines: 2 })).toThrow(InputTooLargeError);
    expect(() => segment('x'.repeat(2000), { maxInputBytes: 1000 })).toThrow(InputTooLargeError);
  });

  it('by default takes a million lines, and refuses more before reading them', () => {
    expect(DEFAULT_MAX_LINES).toBe(1_000_000);
    // whitespace up to the byte limit is a valid (empty) article
    expect(parseArticle('\n'.repeat(3_000_000)).body.paragraphs).toEqual([]);
    const t0 = process.cpuUsage();
    expect(() => parseArticle('x\n'.repeat(DEFAULT_MAX_LINES + 1))).toThrow(/1000001 non-blank lines exceeds maxLines \(1000000\)/);
    const used = process.cpuUsage(t0);
    // refused by a count, not after building a million blocks (seconds)
    expect((used.user + used.system) / 1000).toBeLessThan(500);
  });

  it('does not claim foreign errors', () => {
    expect(new Error('x')).not.toBeInstanceOf(NewsparseError);
    expect(new TypeError('x')).not.toBeInstanceOf(NewsparseError);
  });
});
