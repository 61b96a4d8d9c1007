import type { Tokens } from '../document/types.js';
import { STOPWORDS } from './lexicons/stopwords.js';

/**
 * What the segment stage reads of a token, as bits: everything but the token's offsets is a
 * function of its word (`Tokens.word`: one written form and one wink type), so the bits are
 * worked out once per word of wink's word table and kept in a typed array. The block reader then
 * reads two typed arrays per token, not the token's strings (scattered over the heap, and cold
 * right after the Document is built) and a stoplist lookup.
 */
export const SEEN = 1;
/** a one-character token: ',' */
export const COMMA = 2;
/** a one-character token: '.', '!' or '?' */
export const MARK = 4;
/** a one-character token: '|', '·', '•', '»', '>' or '›' */
export const SEPARATOR = 8;
/** a wink number: its characters count as digits */
export const NUMBER = 32;
/** a word: not punctuation, not a number, led by a letter (or holding one) */
export const WORD = 64;
/** a word on the stoplists (en/de/fr/es) */
export const STOP = 128;
/** a word led by a capital letter */
export const CAP = 256;
/** a content word: at least three characters, no stopword, a letter or digit in it */
export const CONTENT = 512;

/** the longest stopword: longer words skip the lookup */
const STOP_MAX = Math.max(...[...STOPWORDS].map((w) => w.length));
const LETTER = /\p{L}/u;
const UPPER = /^\p{Lu}/u;
/** a token that is a word or a number (at least one letter or digit) */
const WORDISH = /[\p{L}\p{N}]/u;

/**
 * The bits of a token from its text, its lower-case form, its wink type, its first character in
 * the text and its length.
 */
function flagsOf(value: string, lower: string, ty: string, c: number, len: number): number {
  let f = SEEN;
  if (!(lower.length < 3 || STOPWORDS.has(lower) || !WORDISH.test(lower))) f |= CONTENT;
  if (ty === 'punctuation' || len === 1) {
    if (len === 1) {
      if (c === 44) f |= COMMA;
      else if (c === 46 || c === 33 || c === 63) f |= MARK;
      else if (c === 124 || c === 0xb7 || c === 0x2022 || c === 0xbb || c === 62 || c === 0x203a) f |= SEPARATOR;
    }
    if (ty === 'punctuation') return f;
  }
  if (ty === 'number') return f | NUMBER;
  const ascii = c < 128;
  if (ascii ? !isAsciiLetter(c) && !LETTER.test(value) : !LETTER.test(value)) return f;
  f |= WORD;
  if (len <= STOP_MAX && STOPWORDS.has(lower)) f |= STOP;
  if (ascii ? c >= 65 && c <= 90 : UPPER.test(value)) f |= CAP;
  return f;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * Bits by index in the word table of one wink instance (`Tokens.vocabulary`), filled as words
 * are met (0: not yet). Bounded by that table, which the tokenizer replaces once it has grown by
 * its limit; a new table starts a new array.
 */
let flagsVocabulary = -1;
let wordFlags = new Uint16Array(0);
/** content keys (the first six characters of a long content word) by word index, dense (no holes) */
let wordKeys: Array<string | undefined> = [];

/** The per-word bits of `tokens`' word table (read `flags[tokens.word[t]]`; 0 or past the end: call tokenFlags). */
export function flagTable(tokens: Tokens): Uint16Array {
  if (tokens.vocabulary !== flagsVocabulary) {
    flagsVocabulary = tokens.vocabulary;
    wordFlags = new Uint16Array(1 << 17);
    wordKeys = [];
  }
  return wordFlags;
}

/** The bits of token `t`, worked out (and kept for its word) when flagTable has none yet. */
export function tokenFlags(text: string, tokens: Tokens, t: number): number {
  const table = flagTable(tokens);
  const w = tokens.word[t]!;
  if (w >= 0 && w < table.length && table[w] !== 0) return table[w]!;
  const s = tokens.start[t]!;
  const f = flagsOf(tokens.value[t]!, tokens.lower[t]!, tokens.type[t]!, text.charCodeAt(s), tokens.end[t]! - s);
  if (w >= 0) {
    if (w >= wordFlags.length) {
      let size = wordFlags.length;
      while (size <= w) size *= 2;
      const grown = new Uint16Array(size);
      grown.set(wordFlags);
      wordFlags = grown;
    }
    wordFlags[w] = f;
  }
  return f;
}

/** The key a content word is compared on (its lower-case form, cut to six characters). */
export function contentKey(tokens: Tokens, t: number): string {
  const lower = tokens.lower[t]!;
  if (lower.length <= 6) return lower;
  const w = tokens.word[t]!;
  if (w < 0) return lower.slice(0, 6);
  for (let k = wordKeys.length; k <= w; k++) wordKeys.push(undefined);
  return (wordKeys[w] ??= lower.slice(0, 6));
}
