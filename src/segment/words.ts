import type { Tokens } from '../document/types.js';
import { holding } from '../document/word-ids.js';
import { KIND_LEXICONS } from './lexicons/boilerplate.js';
import { STOPWORDS } from './lexicons/stopwords.js';
import { escapeRegExp } from '../lexicons/regex.js';

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
/**
 * the word holds the anchor of a lexicon `anywhere` phrase (see ANCHORS): a line none of whose
 * tokens has this bit carries none of those phrases
 */
export const ANCHOR = 16;
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
/** the written form holds '@', 'http' or 'www' (a line with a link has such a token) */
export const LINKISH = 1024;
/**
 * the lower-case form and a lexicon `start` phrase begin alike (one starts with the other): a
 * line whose first token lacks this bit starts with no such phrase
 */
export const START = 2048;

/** the longest stopword: longer words skip the lookup */
const STOP_MAX = Math.max(...[...STOPWORDS].map((w) => w.length));
const LETTER = /\p{L}/u;
const UPPER = /^\p{Lu}/u;
/** a token that is a word or a number (at least one letter or digit) */
const WORDISH = /[\p{L}\p{N}]/u;

/**
 * Each lexicon `anywhere` phrase has an anchor that one token holds wherever the phrase stands:
 * - its longest run of ASCII letters, when that run has three or more (wink splits no run of
 *   letters but a contraction's, and no phrase holds one). The run is a whole run of the phrase,
 *   and a phrase starts a word (or with a mark), so the token holds it at its start or after a
 *   character that is no a-z: "sign" in "signed", not in "designed";
 * - a shorter run ("c" of "(c) 20") as the whole token;
 * - for a phrase without letters ("©"), its first character, anywhere in a token.
 * A token holds an anchor when its lower-case form does (lower-casing works character by
 * character, so a token's lower-case form is its piece of the line's). An anchor that starts
 * with another ("photos", "photo") is left to the shorter.
 */
const ANCHORS = ((): string[] => {
  const all = [...new Set(KIND_LEXICONS.flatMap((lex) => lex.anywhere).map(anchorOf))];
  return all.filter((a) => !all.some((b) => b !== a && a.startsWith(b) && b.length >= 3));
})();
const RUN_ANCHOR_RE = new RegExp(`(?:^|[^a-z])(?:${ANCHORS.filter((a) => /^[a-z]{3,}$/.test(a)).map(escapeRegExp).join('|')})`);
const WORD_ANCHORS = new Set(ANCHORS.filter((a) => /^[a-z]{1,2}$/.test(a)));
const MARK_ANCHORS = ANCHORS.filter((a) => !/^[a-z]+$/.test(a));
const holdsAnchor = (lower: string): boolean => RUN_ANCHOR_RE.test(lower) || WORD_ANCHORS.has(lower) || MARK_ANCHORS.some((a) => lower.includes(a));

/** the lexicons' `start` phrases by their first character */
const START_PHRASES = new Map<string, string[]>();
for (const p of KIND_LEXICONS.flatMap((lex) => lex.start)) {
  const list = START_PHRASES.get(p.charAt(0));
  if (list) list.push(p);
  else START_PHRASES.set(p.charAt(0), [p]);
}
const startsLikePhrase = (lower: string): boolean => lower === '' || (START_PHRASES.get(lower.charAt(0))?.some((p) => p.startsWith(lower) || lower.startsWith(p)) ?? false);

function anchorOf(phrase: string): string {
  let best = '';
  for (const run of phrase.match(/[a-z]+/g) ?? []) if (run.length > best.length) best = run;
  return best || phrase.charAt(0);
}

/**
 * The bits of a token from its text, its lower-case form, its wink type, its first character in
 * the text and its length.
 */
function flagsOf(value: string, lower: string, ty: string, c: number, len: number): number {
  let f = SEEN;
  if (holdsAnchor(lower)) f |= ANCHOR;
  if (value.includes('@') || value.includes('http') || value.includes('www')) f |= LINKISH;
  if (startsLikePhrase(lower)) f |= START;
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
/** content key ids (see contentKeyId) by word index, +1 (0: not looked up yet) */
let wordKeyIds = new Int32Array(0);
/** content key ids by key */
const keyIds = new Map<string, number>();

/** The per-word bits of `tokens`' word table (read `flags[tokens.word[t]]`; 0 or past the end: call tokenFlags). */
export function flagTable(tokens: Tokens): Uint16Array {
  if (tokens.vocabulary !== flagsVocabulary) {
    flagsVocabulary = tokens.vocabulary;
    for (const m of unknownByType.values()) m.clear();
    unknownCount = 0;
    wordFlags = new Uint16Array(1 << 12);
    wordKeyIds = new Int32Array(1 << 12);
    keyIds.clear();
  }
  return wordFlags;
}

/** The bits of token `t`, worked out (and kept for its word) when flagTable has none yet. */
export function tokenFlags(text: string, tokens: Tokens, t: number): number {
  const table = flagTable(tokens);
  const w = tokens.word[t]!;
  if (w >= 0 && w < table.length && table[w] !== 0) return table[w]!;
  const s = tokens.start[t]!;
  const value = tokens.value[t]!;
  const c = text.charCodeAt(s);
  const len = tokens.end[t]! - s;
  if (w < 0 && len === value.length && c === value.charCodeAt(0)) return unknownFlags(value, tokens.lower[t]!, tokens.type[t]!, c, len);
  const f = flagsOf(value, tokens.lower[t]!, tokens.type[t]!, c, len);
  if (w >= 0) {
    wordFlags = holding(wordFlags, w);
    wordFlags[w] = f;
  }
  return f;
}

/**
 * Bits of a token outside the word table ("U.S.", "9/11", "I’m": wink gives such tokens no
 * index), kept by type and written form while the table lasts, so flagsOf's tests run once per
 * form, not once per token. Bounded: cleared past UNKNOWN_LIMIT forms.
 */
const unknownByType = new Map<string, Map<string, number>>();
let unknownCount = 0;
const UNKNOWN_LIMIT = 1 << 16;

function unknownFlags(value: string, lower: string, type: string, c: number, len: number): number {
  let byValue = unknownByType.get(type);
  if (!byValue) unknownByType.set(type, (byValue = new Map()));
  let f = byValue.get(value);
  if (f === undefined) {
    if (unknownCount >= UNKNOWN_LIMIT) {
      for (const m of unknownByType.values()) m.clear();
      unknownCount = 0;
    }
    f = flagsOf(value, lower, type, c, len);
    byValue.set(value, f);
    unknownCount++;
  }
  return f;
}

/**
 * The id of the key a content word is compared on (its lower-case form, cut to six characters):
 * equal ids, equal keys, within one vocabulary. Worked out once per word (no string read per token).
 */
export function contentKeyId(tokens: Tokens, t: number): number {
  flagTable(tokens);
  const w = tokens.word[t]!;
  if (w < 0) return keyIdOf(tokens.lower[t]!);
  wordKeyIds = holding(wordKeyIds, w);
  let id = wordKeyIds[w]! - 1;
  if (id < 0) wordKeyIds[w] = (id = keyIdOf(tokens.lower[t]!)) + 1;
  return id;
}

/** most keys kept: past this, the ids start afresh at the next contentKeysFor (long words outside the word table could grow them) */
const KEY_LIMIT = 1 << 18;

/** Call before a text's content key ids are taken: keeps the id tables bounded between texts. */
export function contentKeysFor(tokens: Tokens): void {
  flagTable(tokens);
  if (keyIds.size > KEY_LIMIT) {
    keyIds.clear();
    wordKeyIds.fill(0);
  }
}

function keyIdOf(lower: string): number {
  const key = lower.length <= 6 ? lower : lower.slice(0, 6);
  let id = keyIds.get(key);
  if (id === undefined) keyIds.set(key, (id = keyIds.size));
  return id;
}
