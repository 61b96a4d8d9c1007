import { describe, expect, it } from 'vitest';
import { InputTooLargeError, NewsparseArgumentError, NewsparseError, parseArticle } from '../src/index.js';

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

  it('does not claim foreign errors', () => {
    expect(new Error('x')).not.toBeInstanceOf(NewsparseError);
    expect(new TypeError('x')).not.toBeInstanceOf(NewsparseError);
  });
});
