import type { Span } from '../types.js';

/** One line of the input: `text.slice(start, end)`, without its line break. */
export interface Line extends Span {
  index: number;
  /** true when the line holds no visible character. */
  blank: boolean;
}

/** A paragraph: one or more consecutive lines (hard-wrapped text) as one block. */
export interface Paragraph extends Span {
  index: number;
  firstLine: number;
  /** exclusive */
  lastLine: number;
}

/**
 * Tokens as parallel arrays (struct of arrays): compact, and cheap to scan.
 * Whitespace and line breaks are not tokens.
 */
export interface Tokens {
  count: number;
  start: Int32Array;
  end: Int32Array;
  /** token text, as in the input (`text.slice(start[i], end[i])`) */
  value: string[];
  /** token text lower-cased: the form lexicons are keyed on */
  lower: string[];
  /** Universal POS tag from wink-nlp (PROPN, NOUN, VERB, PUNCT, ...). */
  pos: string[];
  /** wink-nlp token type (word, number, punctuation, email, url, ...). */
  type: string[];
  /** Index of the paragraph holding the token. */
  paragraph: Int32Array;
  /**
   * The token's word id: one per entry of wink-nlp's word table, handed out in the order words
   * are first met (so a corpus's common words get small ids, close together), or -1 (a long
   * word kept out of wink, a token not found at its place in the text, or a word this text
   * taught wink that is forgotten after it, so that its id never comes back). One id names one
   * written form (`value`), with one `type`, for as long as `vocabulary` is the same: a later
   * stage can keep facts about a word in a typed array by this id, read once per word instead
   * of once per token.
   */
  word: Int32Array;
  /** Which word table `word` indexes: the wink instance's number (a new instance, a new table). */
  vocabulary: number;
}

export interface Sentence extends Span {
  /** first token index */
  first: number;
  /** exclusive last token index */
  last: number;
  paragraph: number;
}

/**
 * The input read once: lines, paragraphs, sentences and tokens, all with offsets into `text`.
 * Every stage reads this; none re-tokenizes.
 */
export interface Document {
  text: string;
  lines: Line[];
  paragraphs: Paragraph[];
  tokens: Tokens;
  sentences: Sentence[];
  /** Token index range [first, last) per paragraph. */
  paragraphTokens: Int32Array;
}
