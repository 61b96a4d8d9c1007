import type { Document } from '../../document/types.js';
import { WordBytes, WordValues, lowerIdLimit, lowerIds } from '../../document/word-ids.js';
import { COMMON, DEMONYM, FIRST, LAST, ORG, PLACE, TEMPORAL, lookup, phraseLookup } from '../lexicons/gazetteer.js';
import { MISC_HEADS, ORG_HEADS, ORG_OPENERS } from '../lexicons/orgs.js';
import { PLACE_HEADS } from '../lexicons/places.js';
import { HONORIFICS, TITLE_ABBREVIATIONS, TITLE_HEADS, isTitleWord } from '../lexicons/titles.js';

/** BIO tags of the tagger, in weight order. */
export const TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export type Tag = (typeof TAGS)[number];
export const O = 0;

const GAZ_BITS: Array<[number, string]> = [[FIRST, 'F'], [LAST, 'L'], [PLACE, 'P'], [ORG, 'G'], [DEMONYM, 'D'], [TEMPORAL, 'T'], [COMMON, 'C']];

/** Per-document facts the features read: shapes, sentence of each token, all-caps and numeric sentences, document-level case votes. */
export interface FeatureContext {
  doc: Document;
  /** word shapes, filled on demand: read them through shapeAt */
  shape: string[];
  /** token has an upper-case letter */
  upper: Uint8Array;
  /** sentence index of each token, -1 outside every sentence */
  sent: Int32Array;
  sentFirst: Int32Array;
  sentLast: Int32Array;
  /** the sentence is written in capitals (headline, dateline), or in title case (read as capitals) */
  capsSent: Uint8Array;
  /** the sentence is a title-case headline */
  titleSent: Uint8Array;
  /** most of the sentence is numbers (results tables) */
  numSent: Uint8Array;
  /** per token with a capital letter: its lower-case form is written in lower case somewhere in the document */
  lowerSeen: Uint8Array;
  /** per token with a capital letter: its lower-case form is capitalized inside a normal sentence (not at its start) somewhere */
  capSeen: Uint8Array;
}

/**
 * Marks by lower-case form id (document/word-ids), one stamp per document: a form is in a set
 * when its mark equals the document's stamp, so nothing is cleared between documents.
 */
let stamp = 0;
let lowerMark = new Int32Array(1 << 12);
let capMark = new Int32Array(1 << 12);

function markArrays(limit: number): void {
  if (limit <= lowerMark.length && stamp < 0x7fffffff) return;
  let size = lowerMark.length;
  while (size < limit) size *= 2;
  lowerMark = new Int32Array(size);
  capMark = new Int32Array(size);
  stamp = 0;
}

const isUpper = (c: number): boolean => (c >= 65 && c <= 90) || (c > 127 && String.fromCharCode(c).toLowerCase() !== String.fromCharCode(c));
const isLower = (c: number): boolean => (c >= 97 && c <= 122) || (c > 127 && String.fromCharCode(c).toUpperCase() !== String.fromCharCode(c));

const SHAPE_CACHE_LIMIT = 50000;
const canonShapes = new Map<string, string>();

/** Word shape with runs of one class collapsed: "Jurgen" -> "Xx", "U.S." -> "X.X.", "1996-08-30" -> "d-d-d". */
export function shapeOf(v: string): string {
  let out = '';
  let last = '';
  for (let k = 0; k < v.length && out.length < 8; k++) {
    const c = v.charCodeAt(k);
    const cls = c >= 48 && c <= 57 ? 'd' : isUpper(c) ? 'X' : isLower(c) ? 'x' : v.charAt(k);
    if (cls !== last || !(cls === 'd' || cls === 'X' || cls === 'x')) out += cls;
    last = cls;
  }
  // one string object per shape
  let canon = canonShapes.get(out);
  if (canon === undefined) {
    if (canonShapes.size >= SHAPE_CACHE_LIMIT) canonShapes.clear();
    canonShapes.set(out, out);
    canon = out;
  }
  return canon;
}

const KIND = 7;
const LIST_MARK = 8;
const LONG = 16;
/** A token's kind, list-mark and length bits (and bit 5, so never 0), kept per word. */
const WORD_FACTS = new WordBytes((tok, i) => {
  const v = tok.value[i]!;
  const l = tok.lower[i]!;
  const c = v.charCodeAt(0);
  let k = 0;
  if (v !== l) k = v.length > 1 && v.charCodeAt(1) !== l.charCodeAt(1) ? 3 : 2;
  else if (c >= 48 && c <= 57) k = 4;
  else if (tok.type[i] === 'word') k = 1;
  return 32 | k | (v === ',' || v === '(' || v === ';' ? LIST_MARK : 0) | (v.length >= 4 ? LONG : 0);
});

export function buildContext(doc: Document): FeatureContext {
  const tok = doc.tokens;
  const n = tok.count;
  const value = tok.value;
  const lower = tok.lower;
  const upper = new Uint8Array(n);
  const sent = new Int32Array(n).fill(-1);
  const ns = doc.sentences.length;
  const sentFirst = new Int32Array(ns);
  const sentLast = new Int32Array(ns);
  const capsSent = new Uint8Array(ns);
  const numSent = new Uint8Array(ns);
  // kind: 0 no letter or digit, 1 lower-case word, 2 capitalized, 3 capitals ("JAPAN"), 4 number
  const kind = new Uint8Array(n);
  // per token: bit 3 a list mark (",", "(", ";"), bit 4 four characters or more
  const facts = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const f = WORD_FACTS.at(tok, i);
    facts[i] = f;
    const k = f & KIND;
    kind[i] = k;
    if (k === 2 || k === 3) upper[i] = 1;
  }
  const ids = lowerIds(tok);
  markArrays(lowerIdLimit());
  const mark = ++stamp;
  const titleSent = new Uint8Array(ns);
  const shape: string[] = new Array(n);
  for (let s = 0; s < ns; s++) {
    const S = doc.sentences[s]!;
    sentFirst[s] = S.first;
    sentLast[s] = S.last;
    let up = 0;
    let low = 0;
    let nums = 0;
    // long words only: title case leaves "of", "for", "the" in lower case
    let longTitle = 0;
    let longLow = 0;
    let listy = 0;
    for (let t = S.first; t < S.last; t++) {
      sent[t] = s;
      const k = kind[t]!;
      if (k === 4) nums++;
      else if (k === 1) low++;
      else if (k === 3) up++;
      const f = facts[t]!;
      if (f & LIST_MARK) listy++;
      if (f & LONG) {
        if (k === 2) longTitle++;
        else if (k === 1) longLow++;
      }
    }
    let caps = up >= 2 && up > 3 * low;
    // "Wealthy Voters Abandon Republican Party": a title-case headline, where case tells as little
    // as in capitals; read as capitals (the shape every word would have there)
    // (near the top, a line of its own, no numbers, not a list of names)
    const ownLine = s < 3 && (s === 0 || doc.sentences[s - 1]!.paragraph !== S.paragraph) && (s + 1 >= ns || doc.sentences[s + 1]!.paragraph !== S.paragraph);
    if (!caps && ownLine && nums === 0 && listy <= 1 && longTitle >= 4 && longLow === 0 && S.last - S.first <= 25) {
      caps = true;
      titleSent[s] = 1;
      for (let t = S.first; t < S.last; t++) if (kind[t] === 1 || kind[t] === 2) shape[t] = shapeOf(value[t]!.toUpperCase());
    }
    capsSent[s] = caps ? 1 : 0;
    numSent[s] = nums >= 2 && nums * 2 >= up + low + nums ? 1 : 0;
    if (caps) continue;
    for (let t = S.first + 1; t < S.last; t++) if (kind[t] === 2) capMark[ids[t]!] = mark;
  }
  for (let i = 0; i < n; i++) if (kind[i] === 1) lowerMark[ids[i]!] = mark;
  const lowerSeen = new Uint8Array(n);
  const capSeen = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if (!upper[i]) continue;
    const id = ids[i]!;
    if (lowerMark[id] === mark) lowerSeen[i] = 1;
    if (capMark[id] === mark) capSeen[i] = 1;
  }
  return { doc, shape, upper, sent, sentFirst, sentLast, capsSent, titleSent, numSent, lowerSeen, capSeen };
}

/** Capitalized function words ("The", "He", "But"): never the first word of a name outside all-caps text. */
const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'in', 'on', 'at', 'for', 'but', 'and', 'or', 'if', 'when', 'while', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'there', 'here', 'as', 'after', 'before', 'with', 'from', 'by', 'to', 'of', 'so', 'yet', 'not', 'no', 'all', 'some', 'many', 'most', 'more', 'what', 'who', 'why', 'how', 'where', 'which', 'both', 'each', 'every', 'since', 'because', 'although', 'though', 'until', 'during', 'under', 'over', 'about', 'also', 'then', 'now', 'still', 'even', 'just', 'only', 'however', 'meanwhile']);

/**
 * Whether token i, after an O (or at a sentence start), is worth scoring: it has a capital
 * letter, and is not a capitalized function word in ordinary text.
 */
export function mayBegin(ctx: FeatureContext, i: number): boolean {
  if (!ctx.upper[i]) return false;
  const l = ctx.doc.tokens.lower[i]!;
  if (INTERJECTIONS.has(l) || isContraction(l) || sentenceAdverb(ctx, i, l)) return false;
  if (!FUNCTION_WORDS.has(l)) return true;
  return inCaps(ctx, i);
}

/** "Sadly, ...", "Finally, ...": a sentence opened by an adverb in -ly and a comma (no name the gazetteer knows: "Kelly, ..."). */
function sentenceAdverb(ctx: FeatureContext, i: number, l: string): boolean {
  if (l.length <= 4 || !l.endsWith('ly')) return false;
  const s = ctx.sent[i]!;
  if (s < 0 || ctx.sentFirst[s] !== i || i + 1 >= ctx.sentLast[s]! || ctx.doc.tokens.value[i + 1] !== ',') return false;
  return lookup(l) === 0;
}

/** "I’m", "It's", "Don’t": a pronoun or function word with a contracted verb or "not" is no name. */
function isContraction(l: string): boolean {
  // most words hold no apostrophe: no regex run for them
  if (l.length > 9 || (l.indexOf("'") < 0 && l.indexOf('’') < 0)) return false;
  const m = CONTRACTION.exec(l);
  return m !== null && (FUNCTION_WORDS.has(m[1]!) || CONTRACTED.has(m[1]!));
}
const CONTRACTION = /^([a-z]{1,6})['’](?:m|s|re|ve|ll|d|t)$/;
/** Stems of contractions that are not function words: "don’t", "let’s", "can’t", "won’t", "didn’t". */
const CONTRACTED = new Set(['don', 'doesn', 'didn', 'can', 'couldn', 'won', 'wouldn', 'isn', 'aren', 'wasn', 'weren', 'haven', 'hasn', 'hadn', 'shouldn', 'let', 'what', 'who', 'that', 'there', 'here']);

/** Interjections: no name begins with them, not even in capitals ("HEY, YOU! YES, YOU!"). */
const INTERJECTIONS = new Set(['hey', 'yes', 'oh', 'ok', 'okay', 'wow', 'hello', 'hi', 'please', 'thanks', 'sorry', 'yeah', 'yep', 'nope', 'ah', 'uh', 'um', 'hmm', 'oops', 'alas']);

/** Shapes by word: one string object per shape (shapeOf), worked out once per word. */
const WORD_SHAPES = new WordValues((tok, i) => shapeOf(tok.value[i]!));

/** Shape of token i (computed once, on first use). */
export function shapeAt(ctx: FeatureContext, i: number): string {
  let sh = ctx.shape[i];
  if (sh === undefined) sh = ctx.shape[i] = WORD_SHAPES.at(ctx.doc.tokens, i);
  return sh;
}

const gazBits = (prefix: string, flags: number, out: string[]): void => {
  for (const [bit, name] of GAZ_BITS) if (flags & bit) out.push(prefix + name);
};

/** Does a capitalized run starting at i reach an organization / place / event head word within 5 tokens? */
export function headAhead(ctx: FeatureContext, i: number, end: number): string {
  const tok = ctx.doc.tokens;
  for (let k = i; k < end && k < i + 6; k++) {
    const l = tok.lower[k]!;
    if (k > i && !ctx.upper[k] && l !== 'of' && l !== 'and' && l !== '&' && l !== 'for' && l !== 'the' && l !== 'de') return '';
    const h = HEADS.get(l);
    if (h !== undefined) return k === i ? h[0] : h[1];
  }
  return '';
}

/** Head words by kind, in the order headAhead tries them: organization, place, event. */
const HEADS = new Map<string, readonly [string, string]>();
for (const [set, kind] of [[MISC_HEADS, 'm'], [PLACE_HEADS, 'p'], [ORG_HEADS, 'o']] as const) for (const w of set) HEADS.set(w, [`${kind}0`, kind]);

/** Features of a word by itself: its form, shape, affixes, gazetteer entries (cacheable across documents). */
export function wordFeatures(w: string, sh: string, caps: boolean, f: string[] = []): string[] {
  f.push('b', 'w=' + w, 'sh=' + sh, 's3=' + w.slice(-3), 'p3=' + w.slice(0, 3));
  if (caps) f.push('caps|' + sh, 'capsw=' + w);
  const g = lookup(w);
  gazBits('g', g, f);
  if (g && caps) gazBits('cg', g, f);
  if (ORG_OPENERS.has(w)) f.push('opener');
  if (isTitleWord(w)) f.push('title');
  return f;
}

/** Roles a word plays for its neighbours: the word before (-1), two before (-2), after (1), two after (2). */
export const ROLES = [-1, 1] as const;

/** Features a neighbour contributes by its word alone (cacheable): "pw=said", gazetteer entries of the word before. */
export function roleFeatures(role: number, w: string, f: string[] = []): string[] {
  if (role === -1) {
    f.push('pw=' + w);
    if (w !== '<s>') gazBits('pg', lookup(w), f);
    if (TITLE_HEADS.has(w) || TITLE_ABBREVIATIONS.has(w)) f.push('ptitle');
    if (HONORIFICS.has(w)) f.push('phon');
  } else if (role === 1) {
    f.push('nw=' + w);
    if (w !== '</s>') gazBits('ng', lookup(w), f);
  } else if (role === -2) f.push('pw2=' + w);
  else f.push('nw2=' + w);
  return f;
}

/** Features of token i that depend on its neighbours and the document, given the two previous tags. */
export function contextFeatures(ctx: FeatureContext, i: number, t1: number, t2: number, f: string[] = []): string[] {
  const tok = ctx.doc.tokens;
  const s = ctx.sent[i]!;
  const first = s >= 0 ? ctx.sentFirst[s]! : i;
  const end = s >= 0 ? ctx.sentLast[s]! : i + 1;
  const w = tok.lower[i]!;
  const sh = shapeAt(ctx, i);
  const pw = i - 1 >= first ? tok.lower[i - 1]! : '<s>';
  const nw = i + 1 < end ? tok.lower[i + 1]! : '</s>';
  const psh = i - 1 >= first ? shapeAt(ctx, i - 1) : '<s>';
  const nsh = i + 1 < end ? shapeAt(ctx, i + 1) : '</s>';
  if (i === first) f.push('init|' + sh);
  if (s >= 0 && ctx.numSent[s] === 1) f.push('num|' + sh, 'num|nsh=' + nsh, 'num|pw=' + pw);
  const h = headAhead(ctx, i, end);
  if (h) f.push('head=' + h);
  if (ctx.upper[i]) {
    if (ctx.lowerSeen[i]) f.push('lcdoc');
    if (ctx.capSeen[i]) f.push('capdoc');
  }
  return f;
}

/** The word at offset `role` from token i inside its sentence, or the sentence boundary marker. */
export function neighbour(ctx: FeatureContext, i: number, role: number): string {
  const s = ctx.sent[i]!;
  const j = i + role;
  if (s < 0) return role < 0 ? '<s>' : '</s>';
  if (j < ctx.sentFirst[s]!) return '<s>';
  if (j >= ctx.sentLast[s]!) return '</s>';
  return ctx.doc.tokens.lower[j]!;
}

/** Whether token i sits in an all-capitals sentence. */
export function inCaps(ctx: FeatureContext, i: number): boolean {
  const s = ctx.sent[i]!;
  return s >= 0 && ctx.capsSent[s] === 1;
}

/** The four pair features of token i: word and shape bigrams with each neighbour ("pww=", "wnw=", "psh=", "nsh="). */
export const PAIRS = ['pww=', 'wnw=', 'psh=', 'nsh='] as const;

/** The two halves of pair feature `p` of token i. */
export function pairHalves(ctx: FeatureContext, i: number, p: number): [string, string] {
  switch (p) {
    case 0:
      return [neighbour(ctx, i, -1), ctx.doc.tokens.lower[i]!];
    case 1:
      return [ctx.doc.tokens.lower[i]!, neighbour(ctx, i, 1)];
    case 2:
      return [neighbourShape(ctx, i, -1), shapeAt(ctx, i)];
    default:
      return [shapeAt(ctx, i), neighbourShape(ctx, i, 1)];
  }
}

function neighbourShape(ctx: FeatureContext, i: number, role: number): string {
  const s = ctx.sent[i]!;
  const j = i + role;
  if (s < 0) return role < 0 ? '<s>' : '</s>';
  if (j < ctx.sentFirst[s]!) return '<s>';
  if (j >= ctx.sentLast[s]!) return '</s>';
  return shapeAt(ctx, j);
}

/** Gazetteer phrases of a word with the word after it ("gn", "new york") or before it ("gp"). */
export function phraseFeatures(prefix: 'gn' | 'gp', first: string, second: string, f: string[]): void {
  if (first !== '<s>' && second !== '</s>') gazBits(prefix, phraseLookup(first, second), f);
}

/** Features of the previous tags: the tag pair alone ("t1=", "t12="), with the shape, with the word. */
export function pairFeatures(t1: number, t2: number, f: string[] = []): string[] {
  const T1 = TAG_NAMES[t1]!;
  f.push('t1=' + T1, 't12=' + TAG_NAMES[t2]! + '|' + T1);
  return f;
}
export function tagShapeFeature(t1: number, sh: string): string {
  return 't1sh=' + TAG_NAMES[t1]! + '|' + sh;
}
export function tagWordFeature(t1: number, w: string): string {
  return 't1w=' + TAG_NAMES[t1]! + '|' + w;
}

/** All features of token i given the two previous tags (training: the names; the tagger caches the word parts). */
export function features(ctx: FeatureContext, i: number, t1: number, t2: number): string[] {
  const f = wordFeatures(ctx.doc.tokens.lower[i]!, shapeAt(ctx, i), inCaps(ctx, i));
  for (const r of ROLES) roleFeatures(r, neighbour(ctx, i, r), f);
  pairFeatures(t1, t2, f);
  for (let p = 0; p < PAIRS.length; p++) {
    const [a, b] = pairHalves(ctx, i, p);
    f.push(PAIRS[p] + a + '|' + b);
  }
  const w = ctx.doc.tokens.lower[i]!;
  phraseFeatures('gn', w, neighbour(ctx, i, 1), f);
  phraseFeatures('gp', neighbour(ctx, i, -1), w, f);
  f.push(tagShapeFeature(t1, shapeAt(ctx, i)), tagWordFeature(t1, ctx.doc.tokens.lower[i]!));
  return contextFeatures(ctx, i, t1, t2, f);
}

const TAG_NAMES: string[] = [...TAGS, '<s>'];
/** The history value before the first token of a sentence. */
export const START = TAGS.length;
