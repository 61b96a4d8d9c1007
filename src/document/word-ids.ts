import type { Tokens } from './types.js';

/**
 * Integer ids of lower-case forms, so that a stage can keep a set of words ("seen in lower
 * case", "seen capitalized") as a typed array indexed by id instead of a Set of strings. An id
 * is looked up once per word of wink-nlp's word table (`Tokens.word`), then read per token; a
 * new word table (`Tokens.vocabulary`) starts the ids afresh, so they stay bounded by it.
 */
let idsVocabulary = -1;
const idOfLower = new Map<string, number>();
/** id by word-table index, +1 (0: not looked up yet) */
let idOfWord = new Int32Array(0);

/** `a`, or a copy of it at least twice as long, with room for index `i` (new slots 0). */
export function holding<T extends Int32Array | Uint16Array | Uint8Array>(a: T, i: number): T {
  if (i < a.length) return a;
  let size = Math.max(1, a.length);
  while (size <= i) size *= 2;
  const grown = new (a.constructor as new (n: number) => T)(size);
  grown.set(a);
  return grown;
}

function lowerIdOf(lower: string): number {
  let id = idOfLower.get(lower);
  if (id === undefined) idOfLower.set(lower, (id = idOfLower.size));
  return id;
}

/**
 * The id of each token's lower-case form (`tokens.lower`): equal ids, equal forms, for tokens of
 * one vocabulary. Ids are below `lowerIdLimit()`.
 */
export function lowerIds(tokens: Tokens): Int32Array {
  if (tokens.vocabulary !== idsVocabulary) {
    idsVocabulary = tokens.vocabulary;
    idOfLower.clear();
    idOfWord = new Int32Array(1 << 12);
  }
  const n = tokens.count;
  const out = new Int32Array(n);
  const word = tokens.word;
  const lower = tokens.lower;
  for (let t = 0; t < n; t++) {
    const w = word[t]!;
    if (w < 0) {
      out[t] = lowerIdOf(lower[t]!);
      continue;
    }
    if (w >= idOfWord.length) idOfWord = holding(idOfWord, w);
    let id = idOfWord[w]! - 1;
    if (id < 0) idOfWord[w] = (id = lowerIdOf(lower[t]!)) + 1;
    out[t] = id;
  }
  return out;
}

/** One more than the largest id handed out so far for the current vocabulary. */
export function lowerIdLimit(): number {
  return idOfLower.size;
}

/**
 * One byte of facts per word of wink-nlp's word table (`Tokens.word`), worked out on first use
 * and kept while the vocabulary lasts: a stage reads a token's facts from a small typed array
 * instead of from its string. 0 means "not worked out yet", so stored facts must not be 0.
 */
export class WordBytes {
  private vocabulary = -1;
  private bytes = new Uint8Array(0);
  constructor(private readonly of: (tokens: Tokens, t: number) => number) {}
  /** The byte of token t (never 0). */
  at(tokens: Tokens, t: number): number {
    if (tokens.vocabulary !== this.vocabulary) {
      this.vocabulary = tokens.vocabulary;
      this.bytes = new Uint8Array(1 << 12);
    }
    const w = tokens.word[t]!;
    if (w < 0) return this.of(tokens, t);
    if (w < this.bytes.length) {
      const b = this.bytes[w]!;
      if (b !== 0) return b;
    } else this.bytes = holding(this.bytes, w);
    return (this.bytes[w] = this.of(tokens, t));
  }
}

/**
 * A value per word of wink-nlp's word table (`Tokens.word`), worked out on first use and kept
 * while the vocabulary lasts (a word's shape, say): read by index, not looked up by string.
 */
export class WordValues<T> {
  private vocabulary = -1;
  private values: Array<T | undefined> = [];
  constructor(private readonly of: (tokens: Tokens, t: number) => T) {}
  at(tokens: Tokens, t: number): T {
    if (tokens.vocabulary !== this.vocabulary) {
      this.vocabulary = tokens.vocabulary;
      this.values = [];
    }
    const w = tokens.word[t]!;
    if (w < 0) return this.of(tokens, t);
    // dense (no holes), so reads stay fast
    for (let k = this.values.length; k <= w; k++) this.values.push(undefined);
    let v = this.values[w];
    if (v === undefined) v = this.values[w] = this.of(tokens, t);
    return v;
  }
}
