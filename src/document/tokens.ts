import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { sentenceStarts } from './sentences.js';
import type { Paragraph, Sentence, Tokens } from './types.js';
import { holding } from './word-ids.js';

type Wink = ReturnType<typeof winkNLP>;
let nlp: Wink | null = null;

/**
 * The wink-nlp annotations the Document reads: POS tags. wink's own entities ('ner': DATE, TIME,
 * DURATION, ...) cost about a quarter of a full readDoc and are no longer needed: dates/detect
 * finds those expressions with its own patterns (the same DATE F1 on TimeBank and AQUAINT, better
 * durations). Sentences are cut by document/sentences from the tokens ('sbd' costs a tenth to a
 * fifth of a readDoc, and leaves the POS tags as they are). Negation, sentiment and custom
 * entities are never read either.
 */
export const WINK_PIPE: readonly string[] = ['pos'];

/**
 * wink-nlp appends every new word it reads (names, numbers, typos) to its word table for the
 * life of the instance, and readDoc below takes them out of the hash only, so the table grows
 * with everything read. The instance is replaced by a fresh one (same results: every text is read
 * as by a fresh instance anyway) once its table has grown by `maxNewWords`. (Exported for tests.)
 */
export const winkLimits = { maxNewWords: 100_000 };
/** the word table's size when the instance was made */
let baseSize = 0;
/** instances made (for tests) */
export let winkInstances = 0;

/**
 * The model, as wink-nlp reads it for each instance, except that its custom-entity meta model is
 * read once: the model's loader replaces that data by its JSON text on every read, so every new
 * instance would get it JSON-encoded once more, growing until it no longer fits in a string.
 */
let metaCER: unknown;
const readMetaCER = model.metaCER as () => unknown;
const readCore = model.core as () => { features: { lexeme: Lexemes } };

/** wink's word table: `hash` maps a word to its index in `list`, new words are appended. */
interface Lexemes {
  hash: Record<string, number>;
  list: string[];
}
/** The word table of the current instance. */
let lexemes: Lexemes | null = null;

/**
 * wink's raw reading of the last text: per token four ints (word index, preceding spaces,
 * POS and lemma, negation), and its cache. Taken from the POS step (the last step of the pipe),
 * so tokenize reads values, tags and types straight from them, not through wink's per-token
 * `out` mappers.
 */
interface RawDoc {
  tokens: number[];
  cache: { property(index: number, prop: string): string };
}
let lastRdd: RawDoc | null = null;
/** POS tag names by number (the model's list) */
let posNames: string[] = [];
type PosModel = { setter: (rdd: RawDoc, ...rest: unknown[]) => void };
const readPos = model.pos as () => PosModel;

const instanceModel: typeof model = {
  ...model,
  metaCER: () => (metaCER ??= readMetaCER()),
  core: () => {
    const core = readCore();
    lexemes = core.features.lexeme;
    posNames = (core.features as unknown as { pos: { list: string[] } }).pos.list;
    return core;
  },
  pos: () => {
    const m = readPos();
    const setter = m.setter;
    return {
      ...m,
      setter: (rdd: RawDoc, ...rest: unknown[]) => {
        setter(rdd, ...rest);
        lastRdd = rdd;
      },
    };
  },
} as typeof model;

/**
 * Written form, lower-case form and wink token type by index in the current instance's word
 * table (an index names one written form for the instance's life), side by side (three slots a
 * word, one memory read for all three): read once per word, not once per token.
 */
let wordInfo: Array<string | undefined> = [];

/** The wink-nlp instance, created on first use so importing the library stays cheap. */
export function wink(): Wink {
  if (!nlp) {
    nlp = winkNLP(instanceModel, [...WINK_PIPE]);
    winkInstances++;
    baseSize = lexemes!.list.length;
    wordInfo = [];
  }
  return nlp;
}

/**
 * A word the tokenizer never splits, known or not (letters only, or digits only): wink may keep
 * it learned, which spares re-reading its features in every text.
 */
const PLAIN_WORD = /^(?:\p{L}+|\d+)$/u;

/**
 * wink's reading of `text`, on an instance replaced when its lexicon has grown too much.
 * wink's tokenizer keeps whole any word its table holds, and it adds the words it reads: once
 * "Clinton’s." has been read, "Clinton’s plan" reads as "Clinton’s" + "plan", not "Clinton" + "’s"
 * + "plan". So a text's tokens would depend on what was read before it. The words this text
 * added that a fresh tokenizer might split (all but PLAIN_WORD ones) are taken out of the
 * table's hash afterwards (their list entries stay, so the indices this Document holds stay
 * valid): every text is tokenized as by a fresh instance.
 */
function readDoc(text: string): { raw: RawDoc; words: string[]; instance: number; known: number; forgotten: Uint8Array } {
  const w = wink();
  const instance = winkInstances;
  const table = lexemes!;
  const known = table.list.length;
  lastRdd = null;
  w.readDoc(text);
  const raw = lastRdd!;
  lastRdd = null;
  // forgotten[i - known]: the word at index i was dropped from the hash, so its index is never met again
  const forgotten = new Uint8Array(table.list.length - known);
  for (let i = known; i < table.list.length; i++) {
    const word = table.list[i]!;
    if (!PLAIN_WORD.test(word)) {
      delete table.hash[word];
      forgotten[i - known] = 1;
    }
  }
  if (table.list.length - baseSize > winkLimits.maxNewWords) nlp = null;
  return { raw, words: table.list, instance, known, forgotten };
}

/**
 * Lower-case forms by written form. wink-nlp hands out one string object per distinct token, so
 * this gives the same lower-case string object for every occurrence (a word with no capital is its
 * own lower-case form): no string made per token, and the Maps and Sets later stages key on
 * lower-case forms find them by a hash computed once. Bounded: emptied when full.
 */
const lowerCache = new Map<string, string>();
const LOWER_CACHE_LIMIT = 50000;

function lowerOf(v: string): string {
  for (let k = 0; k < v.length; k++) {
    const c = v.charCodeAt(k);
    if ((c >= 65 && c <= 90) || c > 127) return lowerCased(v);
  }
  return v;
}

function lowerCased(v: string): string {
  let l = lowerCache.get(v);
  if (l === undefined) {
    l = v.toLowerCase();
    if (l === v) l = v;
    if (lowerCache.size >= LOWER_CACHE_LIMIT) lowerCache.clear();
    lowerCache.set(v, l);
  }
  return l;
}

export interface Tokenized {
  tokens: Tokens;
  sentences: Sentence[];
  paragraphTokens: Int32Array;
}

/**
 * Words longer than this are kept out of wink-nlp: its tokenizer takes time quadratic in a
 * word's length (a 50,000-character word takes seconds), and no real word is this long.
 */
const LONG_WORD = 64;

/**
 * The text with every run of more than LONG_WORD non-space characters blanked out (same length,
 * so offsets hold), and those runs.
 */
function maskLongWords(text: string): { masked: string; runs: Array<[number, number]> } {
  const runs: Array<[number, number]> = [];
  // a run longer than LONG_WORD holds a multiple of LONG_WORD + 1: look there only, and read
  // the run around it
  const n = text.length;
  let done = 0;
  for (let p = 0; p < n; p += LONG_WORD + 1) {
    if (p < done || isSpaceCode(text.charCodeAt(p))) continue;
    let a = p;
    while (a > done && !isSpaceCode(text.charCodeAt(a - 1))) a--;
    let b = p + 1;
    while (b < n && !isSpaceCode(text.charCodeAt(b))) b++;
    if (b - a > LONG_WORD) runs.push([a, b]);
    done = b;
  }
  if (!runs.length) return { masked: text, runs };
  const parts: string[] = [];
  let at = 0;
  for (const [a, b] of runs) {
    parts.push(text.slice(at, a), ' '.repeat(b - a));
    at = b;
  }
  parts.push(text.slice(at));
  return { masked: parts.join(''), runs };
}

/**
 * Where a token starts: at or after `from`, past the whitespace wink skipped. wink reports that
 * whitespace as a count it caps at 65,535, so positions are aligned on the text itself. -1 when
 * the value is not found there (not expected).
 */
function align(text: string, value: string, from: number): number {
  let i = from;
  const c0 = value.charCodeAt(0);
  // skip whitespace (what \s matches) up to the token's first character
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === c0 && text.startsWith(value, i)) return i;
    if (!isSpaceCode(c)) break;
    i++;
  }
  // not expected (wink's values are substrings of its input); look a little further, never far
  const found = text.slice(from, from + 4096).indexOf(value);
  return found < 0 ? -1 : from + found;
}

/**
 * Dense word ids: wink's word table is sorted by spelling, so the indices of one text's words
 * are spread over the whole table (about 91,000 words), and every typed array a stage keeps by
 * word (segment's word bits, entity ids) is read at random places, most of them out of cache
 * right after the text was read. The Document hands out instead ids in the order words are
 * first met under one word table: the common words of a corpus get small ids, and the facts a
 * stage keeps for them stand close together. One id names one word-table index (one written
 * form, one type) for as long as the table lasts.
 */
let denseVocabulary = -1;
/** dense id + 1 by word-table index (0: none yet) */
let denseOf = new Int32Array(0);
let denseCount = 0;

function denseId(word: number): number {
  denseOf = holding(denseOf, word);
  let id = denseOf[word]! - 1;
  if (id < 0) denseOf[word] = (id = denseCount++) + 1;
  return id;
}

/**
 * Run wink-nlp once over the whole text and carry its tokens back to input offsets.
 * Sentences are cut at paragraph ends: a scraped page's title line has no full stop,
 * and must not run into the next block.
 */
export function tokenize(text: string, paragraphs: Paragraph[]): Tokenized {
  const { masked, runs } = maskLongWords(text);
  const { raw, words, instance, known, forgotten } = readDoc(masked);
  if (instance !== denseVocabulary) {
    denseVocabulary = instance;
    denseOf = new Int32Array(0);
    denseCount = 0;
  }
  // wink's tokens read straight from its raw data (what its.value, its.pos and its.type give)
  const rawTokens = raw.tokens;
  const cache = raw.cache;
  const nw = rawTokens.length >> 2;
  // dense arrays (no holes) over the whole word table, so reads stay fast
  for (let k = wordInfo.length; k < 3 * words.length; k++) wordInfo.push(undefined);

  const n = nw + runs.length;
  // the per-token int arrays in one buffer (one allocation, not four)
  const ints = new Int32Array(4 * n);
  const start = ints.subarray(0, n);
  const end = ints.subarray(n, 2 * n);
  // sized once (n is at least the number of tokens kept), not grown by push: no copies left as garbage
  const value = new Array<string>(n);
  const lower = new Array<string>(n);
  const pos = new Array<string>(n);
  const type = new Array<string>(n);
  const para = ints.subarray(2 * n, 3 * n);
  const wordIndex = ints.subarray(3 * n, 4 * n);
  let offset = 0;
  let count = 0;
  let p = 0;
  let r = 0;
  // a token's paragraph: paragraphs and tokens both run in text order
  const lastParagraph = paragraphs.length - 1;
  let paragraphEnd = lastParagraph > 0 ? paragraphs[0]!.end : Infinity;
  const paragraphOf = (s: number): number => {
    while (s >= paragraphEnd) paragraphEnd = ++p < lastParagraph ? paragraphs[p]!.end : Infinity;
    return p;
  };
  const pushLong = (a: number, b: number): void => {
    const v = text.slice(a, b);
    wordIndex[count] = -1;
    start[count] = a;
    end[count] = b;
    value[count] = v;
    lower[count] = lowerOf(v);
    pos[count] = 'X';
    type[count] = 'word';
    para[count++] = paragraphOf(a);
  };
  for (let i = 0; i < nw; i++) {
    const word = rawTokens[4 * i]!;
    const at = 3 * word;
    let v = wordInfo[at];
    if (v === undefined) {
      v = wordInfo[at] = words[word]!;
      wordInfo[at + 1] = lowerOf(v);
      wordInfo[at + 2] = cache.property(word, 'tokenType');
    }
    const found = align(masked, v, offset);
    const s = found < 0 ? offset : found;
    // long words blanked out before this token come back as tokens of their own
    while (r < runs.length && runs[r]![0] < s) {
      const [a, b] = runs[r++]!;
      pushLong(a, b);
    }
    offset = s + v.length;
    const kind = wordInfo[at + 2]!;
    const tag = posNames[(rawTokens[4 * i + 2]! & POS_MASK) >>> POS_SHIFT]!;
    if (kind === 'tabCRLF' || tag === 'SPACE' || (kind !== 'word' && v.trim() === '')) continue;
    // a word id stands for the token only where the token is its written form in the text, and
    // only for words the table keeps (a forgotten word's index is never seen again: facts kept by
    // its id would only pile up)
    wordIndex[count] = found < 0 || v.length === 0 || (word >= known && forgotten[word - known] === 1) ? -1 : denseId(word);
    start[count] = s;
    end[count] = offset;
    value[count] = v;
    lower[count] = wordInfo[at + 1]!;
    pos[count] = tag;
    type[count] = kind;
    para[count++] = paragraphOf(s);
  }
  while (r < runs.length) {
    const [a, b] = runs[r++]!;
    pushLong(a, b);
  }
  value.length = lower.length = pos.length = type.length = count;
  const tokens: Tokens = {
    count,
    start: start.subarray(0, count),
    end: end.subarray(0, count),
    value,
    lower,
    pos,
    type,
    paragraph: para.subarray(0, count),
    word: wordIndex.subarray(0, count),
    vocabulary: instance,
  };

  const paragraphTokens = new Int32Array(paragraphs.length * 2);
  for (let t = count - 1; t >= 0; t--) paragraphTokens[para[t]! * 2] = t;
  for (let t = 0; t < count; t++) paragraphTokens[para[t]! * 2 + 1] = t + 1;

  const sentences = cutSentences(sentenceStarts(text, tokens), tokens);
  return { tokens, sentences, paragraphTokens };
}

/** Where wink keeps a token's POS tag number in its third int (its.pos). */
const POS_MASK = 0x3f00000;
const POS_SHIFT = 20;

/** What /\s/ matches, by code unit (NaN past the end: false). */
function isSpaceCode(c: number): boolean {
  if (c > 32 && c < 127) return false;
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Sentences from their first tokens, cut at paragraph ends as well. */
function cutSentences(starts: Uint8Array, tokens: Tokens): Sentence[] {
  const out: Sentence[] = [];
  const n = tokens.count;
  const para = tokens.paragraph;
  let s = 0;
  for (let t = 1; t <= n; t++) {
    if (t === n || starts[t] === 1 || para[t] !== para[s]) {
      out.push({ start: tokens.start[s]!, end: tokens.end[t - 1]!, first: s, last: t, paragraph: para[s]! });
      s = t;
    }
  }
  return out;
}
