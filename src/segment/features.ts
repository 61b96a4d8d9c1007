import type { Document, Paragraph } from '../document/types.js';
import type { BoilerplateKind } from '../types.js';
import { COMMENT_MARKERS, KIND_LEXICONS } from './lexicons/boilerplate.js';
import { holding } from '../document/word-ids.js';
import type { BlockWords } from './cohesion.js';
import { ANCHOR, COMMA, CAP, CONTENT, flagTable, LINKISH, MARK, NUMBER, SEPARATOR, START, STOP, tokenFlags, WORD } from './words.js';
import { dirtyInt32s, int32s } from './buffers.js';
import { escapeRegExp } from '../lexicons/regex.js';

/** What one block (paragraph) looks like, from its own tokens. */
export interface BlockFeatures {
  words: number;
  chars: number;
  /** ends with sentence punctuation (. ! ? … or a closing quote after it) */
  endsSentence: boolean;
  /** sentence-final punctuation inside the block (counts sentences roughly) */
  sentenceMarks: number;
  commas: number;
  stopRatio: number;
  /** capitalized words / words */
  capRatio: number;
  /** a boilerplate kind named by the lexicons, or null */
  lexiconKind: BoilerplateKind | null;
  /** the same text stands on another line of the page */
  repeated: boolean;
  /** digits-only / counter lines such as "12 comments" */
  counter: boolean;
  /** digits / visible characters */
  digitRatio: number;
  /** separators of link rows and breadcrumbs: | · • » > */
  separators: number;
  /** ends with a colon */
  endsColon: boolean;
  /** carries a URL, an e-mail address or a @handle */
  link: boolean;
  /** a comment-section header ("Comments", "Leave a reply", "12 Kommentare", "34 responses to ...") */
  commentMarker: boolean;
  /** a commenter line ("jane says:") or a short time stamp ("May 4, 2019 at 6:34 am") */
  commentMeta: boolean;
  /** ends with an ellipsis (a cut teaser) */
  ellipsis: boolean;
  /** ends with a parenthesis that closes no sentence: "(133)", "(AP)", "(Opens in new window)" */
  parenEnd: boolean;
  /** starts like a byline: "By Name", "Von Name" */
  byStart: boolean;
  /** the header of an about box: "About Acme", "Über Jane Doe", "Sobre Carlos" (a short line, no full stop) */
  aboutHeader: boolean;
  /** starts with a lower-case letter (a continued sentence) */
  lowerStart: boolean;
  /** a number and nothing else ("5040", "12.5", "3-1"): a table cell or a counter */
  numeric: boolean;
  /** starts with an opening quote mark */
  quoteStart: boolean;
  /** carries a date or a clock time */
  dateHint: boolean;
  /** written in capitals ("SEE MORE: ...", "GET THE APP"): at least 8 letters, 80% of them upper case */
  allCaps: boolean;
  /** the credit line of an embedded tweet: "— Jane Doe (@jdoe) May 4, 2019" */
  tweetCredit: boolean;
  /** a rule between sections: only "_ - * = ~ • · #" marks, at least three ("___", "* * *") */
  rule: boolean;
}

const END_CHARS = new Set(['.', '!', '?', '。', '！', '？']);
/**
 * closing marks that end a sentence only after sentence punctuation ("... he said.)" / "said.”"),
 * also German „...“ / ‚...‘ and Japanese 「...」
 */
const CLOSERS = new Set(['"', '”', '’', "'", ')', '»', ']', '“', '‘', '›', '」', '』']);
const BY_START = /^(?:by|von|par|por|door|di)\s{1,3}\p{Lu}/iu;
/** the first letters BY_START can start with (no other character folds to them) */
const BY_FIRST = new Set(['b', 'B', 'v', 'V', 'p', 'P', 'd', 'D']);
/** "About" (en/de/es/pt/fr) and a capitalised word: the header of an author or company box */
const ABOUT_START = /^(?:About|ABOUT|Über|ÜBER|Sobre|Acerca de|À propos de|A propos de) \p{Lu}/u;
/** the first letters ABOUT_START can start with */
const ABOUT_FIRST = new Set(['A', 'Ü', 'S', 'À']);
const OPEN_QUOTES = new Set(['"', '“', '„', '«', '‘', "'", '‹', '»']);
/** A date in the line: a month name (en/de/fr/es, abbreviated) next to a day, a numeric date, or a clock time; bounded. */
const DATE_HINT = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|januar|februar|märz|mai|juni|juli|okt|dez|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)[a-zé.]{0,7}\s{1,3}\d{1,2}\b|\b\d{1,2}\.?\s{1,3}(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|januar|februar|märz|mai|juni|juli|okt|dez|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)|\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{1,2}:\d{2}\b/i;
const NUMERIC = /^[-+−]?[$€£%]?\d[\d,.:/%-]{0,14}[%]?$/;
/** Bounded: checked on the first 300 characters only. */
const LINK = /(?:https?:\/\/|www\.)\S|[\w.-]{1,40}@[\w-]{1,40}\.[a-z]{2,6}|(?:^|\s)@\w{2,30}/i;
const COMMENT_COUNT = /^\d{1,5}\s{1,3}(?:responses?|thoughts?|comments?|replies|kommentare?|antworten|gedanken|réponses?|commentaires?|respuestas?|comentarios?)\s{1,3}(?:to|on|zu|auf|à|sur|a|en)\b/i;
const SAYS = /(?:^|\s)(?:says|said|wrote|sagt|schreibt|schrieb|dit|écrit|dice|escribió)\s?:?$/i;
/** the last letters of SAYS's words, both cases (/i without /u folds no other character to them) */
const SAYS_LAST = new Set(['s', 'S', 'd', 'D', 'e', 'E', 't', 'T', 'b', 'B', 'ó', 'Ó']);

/**
 * Whether `raw` can end as SAYS wants (a word of it, then perhaps one space and a colon), by its
 * last letter: SAYS, anchored at the end, would otherwise be tried from every offset.
 */
function saysEnd(raw: string): boolean {
  let e = raw.length;
  if (raw.charCodeAt(e - 1) === 58) e--;
  if (e > 0 && isSpace(raw.charCodeAt(e - 1))) e--;
  return e > 0 && SAYS_LAST.has(raw.charAt(e - 1));
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** What `\s` matches in a JavaScript regular expression, by character code. */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
const CLOCK = /\b\d{1,2}[:.]\d{2}\s?(?:am|pm|uhr|h)?\b/i;
const COUNTER = /^\d[\d,.]{0,12}\s{0,3}[kKmM]?\s{0,3}(?:comments?|replies|responses|shares?|views?|likes?|kommentare?|commentaires?|comentarios?|reactions?)?$/i;

/** Where readBlock writes the blocks' content words (cohesion.ts: BlockWords). */
interface WordSink {
  ids: Int32Array;
  count: number;
}

/** Room in the sink for `more` ids (a copy of a repeated line may hold more tokens than its own reading). */
function room(sink: WordSink, more: number): void {
  if (more > 0) sink.ids = holding(sink.ids, sink.count + more - 1);
}

/**
 * Each block's features, and its content words (by word id: cohesion.ts) gathered in the same
 * walk over its tokens.
 */
export function readBlocks(doc: Document): { features: BlockFeatures[]; words: BlockWords } {
  const { text, paragraphs, paragraphTokens } = doc;
  const n = paragraphs.length;
  // short blocks are compared case-folded; long ones by their length and first 64 characters
  // (cheap, and a long block repeats as a copy: a teaser of the lead, a pasted disclaimer). The
  // keys are first sorted into buckets by their length and three of their characters (a number:
  // no string hashed); only blocks that share a bucket are compared by key.
  const keys: Array<string | null> = [];
  const bucketOf = int32s(n);
  // a capital dotted I (U+0130) anywhere: every short key is made (see asciiBucket)
  const dotted = text.includes('\u0130');
  for (let i = 0; i < n; i++) {
    const p = paragraphs[i]!;
    const len = p.end - p.start;
    let b: number;
    if (len <= 200) {
      // the key's bucket read from the text when that gives the same numbers (see asciiBucket);
      // the key itself is made only where needed (a shared bucket)
      const read = dotted ? null : asciiBucket(text, p.start, p.end);
      if (read === null) {
        const key = text.slice(p.start, p.end).toLowerCase();
        keys.push(key);
        const kl = key.length;
        b = bucket(kl, key.charCodeAt(0), key.charCodeAt(kl >> 1), key.charCodeAt(kl - 1));
      } else {
        keys.push(null);
        b = read;
      }
    } else {
      // the bucket of the key `${len}\u0000${first 64 characters}`, read without making it
      keys.push(null);
      const digits = String(len);
      const kl = digits.length + 65;
      b = bucket(kl, digits.charCodeAt(0), text.charCodeAt(p.start + (kl >> 1) - digits.length - 1), text.charCodeAt(p.start + 63));
    }
    bucketOf[i] = b;
  }
  const shared = sharedCounts(bucketOf);
  for (let i = 0; i < n; i++) {
    const p = paragraphs[i]!;
    if (shared[i]! > 1 && keys[i] === null && p.end - p.start <= 200) keys[i] = text.slice(p.start, p.end).toLowerCase();
  }
  const longKey = (p: Paragraph): string => `${p.end - p.start}\u0000${text.slice(p.start, p.start + 64)}`;
  const seen = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    if (shared[i]! < 2) continue;
    const key = keys[i] ?? longKey(paragraphs[i]!);
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  // a line that stands many times on the page (menus, share bars) is read once
  // (by the index of the block read)
  const cache = new Map<string, number>();
  const features: BlockFeatures[] = [];
  const at = int32s(n + 1);
  // (written before read: no zeros needed)
  const sink: WordSink = { ids: dirtyInt32s(n ? paragraphTokens[2 * n - 1]! - paragraphTokens[0]! : 0), count: 0 };
  for (let pi = 0; pi < n; pi++) {
    const p = paragraphs[pi]!;
    at[pi] = sink.count;
    const key = keys[pi] ?? null;
    const cacheable = key !== null && p.end - p.start <= 200;
    const repeated = shared[pi]! > 1 && (seen.get(key ?? longKey(p)) ?? 0) > 1;
    const hit = cacheable && repeated ? cache.get(key) : undefined;
    if (hit !== undefined) {
      // the copy's words are the first reading's
      const len = at[hit + 1]! - at[hit]!;
      room(sink, len);
      sink.ids.copyWithin(sink.count, at[hit]!, at[hit + 1]!);
      sink.count += len;
      features.push(features[hit]!);
      continue;
    }
    room(sink, paragraphTokens[2 * pi + 1]! - paragraphTokens[2 * pi]!);
    const f = readBlock(doc, p, repeated, key, sink);
    if (cacheable && f.repeated) cache.set(key, pi);
    features.push(f);
  }
  at[n] = sink.count;
  // every word read has its bits in the flag table by now (tokenFlags grows it), so its length bounds the ids
  return { features, words: { ids: sink.ids.subarray(0, sink.count), at, limit: flagTable(doc.tokens).length } };
}

/**
 * For each block, how many blocks share its bucket: counted in an open-addressing table of
 * typed arrays (the buckets are mixed already; no Map of numbers, no number boxed).
 */
function sharedCounts(bucketOf: Int32Array): Int32Array {
  const n = bucketOf.length;
  let size = 16;
  while (size < 2 * n) size *= 2;
  const mask = size - 1;
  const keys = int32s(size);
  const counts = int32s(size);
  const slot = int32s(n);
  for (let i = 0; i < n; i++) {
    const b = bucketOf[i]!;
    let h = b & mask;
    while (counts[h] !== 0 && keys[h] !== b) h = (h + 1) & mask;
    keys[h] = b;
    counts[h]!++;
    slot[i] = h;
  }
  for (let i = 0; i < n; i++) slot[i] = counts[slot[i]!]!;
  return slot;
}

/**
 * The bucket of a short block's key (its lower-case form) read from the text, or null when that
 * could differ: lower-casing keeps every string's length but for U+0130 ('İ' becomes two code
 * units) and maps an ASCII character to its ASCII lower case whatever stands around it, so in
 * a text without U+0130 and with ASCII at the three places read, the numbers are the key's.
 */
function asciiBucket(text: string, start: number, end: number): number | null {
  const len = end - start;
  const a = text.charCodeAt(start);
  const m = text.charCodeAt(start + (len >> 1));
  const z = text.charCodeAt(end - 1);
  if (a >= 128 || m >= 128 || z >= 128) return null;
  return bucket(len, asciiLower(a), asciiLower(m), asciiLower(z));
}

const asciiLower = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);

/** A block key's bucket: its length and its first, middle and last characters, mixed. */
function bucket(length: number, first: number, middle: number, last: number): number {
  let h = Math.imul(length, 0x9e3779b1) ^ first;
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b) ^ middle;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) ^ last;
  return h | 0;
}

/** One block's features from its tokens and text. */
function readBlock(doc: Document, p: Paragraph, repeated: boolean, lowerRaw: string | null, sink: WordSink): BlockFeatures {
  const { text, tokens, paragraphTokens } = doc;
  {
    const first = paragraphTokens[p.index * 2]!;
    const last = paragraphTokens[p.index * 2 + 1]!;
    let words = 0;
    let stops = 0;
    let caps = 0;
    let commas = 0;
    let marks = 0;
    let separators = 0;
    let digits = 0;
    // the bits of all tokens, or-ed: ANCHOR tells whether a lexicon phrase may stand anywhere in the line
    let any = 0;
    // the bits of the first token
    let flags0 = 0;
    // per token only its word-table index and that word's bits (typed arrays, see words.ts): the
    // token strings are scattered over the heap, and this loop runs right after the Document is
    // built, cold
    const { start, end, word } = tokens;
    let flags = flagTable(tokens);
    // content words (cohesion.ts) go to the sink: words of the word table only
    const ids = sink.ids;
    let count = sink.count;
    for (let t = first; t < last; t++) {
      const w = word[t]!;
      let f = w >= 0 && w < flags.length ? flags[w]! : 0;
      if (f === 0) {
        f = tokenFlags(text, tokens, t);
        flags = flagTable(tokens);
      }
      any |= f;
      if (t === first) flags0 = f;
      if (f < COMMA) continue;
      // kept when a content word with an id (no branch: content words and others alternate at random)
      ids[count] = w;
      count += ((f & CONTENT) >> 9) & (~w >>> 31);
      commas += (f & COMMA) >> 1;
      marks += (f & MARK) >> 2;
      separators += (f & SEPARATOR) >> 3;
      if (f & NUMBER) digits += end[t]! - start[t]!;
      if (f & WORD) {
        words++;
        stops += (f & STOP) >> 7;
        caps += (f & CAP) >> 8;
      }
    }
    sink.count = count;
    const raw = text.slice(p.start, p.end);
    // scripts without spaces: about two characters a word
    if (words <= 2 && raw.length >= 8) {
      const cjk = countCjk(raw);
      if (cjk >= 6) words = Math.max(words, Math.round(cjk / 2));
    }
    const lastChar = raw.charAt(raw.length - 1);
    const ends = endsSentence(raw);
    const firstChar = raw.charAt(0);
    const scan = raw.length;
    const head = raw.length > 300 ? raw.slice(0, 300) : raw;
    return {
      words,
      chars: p.end - p.start,
      endsSentence: ends,
      sentenceMarks: marks,
      commas,
      stopRatio: words ? stops / words : 0,
      capRatio: words ? caps / words : 0,
      lexiconKind: lexiconGated(raw, words, lowerRaw, any, first < last && tokens.start[first] === p.start ? flags0 : START),
      repeated,
      counter: raw.length <= 40 && COUNTER.test(raw),
      digitRatio: scan ? digits / scan : 0,
      separators,
      endsColon: lastChar === ':',
      // no token with '@', 'http' or 'www' (words.ts: LINKISH): no link, the text unread
      link: (any & LINKISH) !== 0 && (head.includes('@') || head.includes('http') || head.includes('www.')) && LINK.test(head),
      commentMarker: (words <= 8 && isCommentMarker(raw, lowerRaw)) || (raw.length <= 300 && isDigit(raw.charCodeAt(0)) && COMMENT_COUNT.test(raw)),
      commentMeta: words <= 8 && raw.length <= 80 && ((saysEnd(raw) && SAYS.test(raw)) || (digits >= 4 && words <= 6 && CLOCK.test(raw))),
      ellipsis: lastChar === '…' || raw.endsWith('...'),
      parenEnd: lastChar === ')' && !ends,
      byStart: words <= 20 && BY_FIRST.has(firstChar) && BY_START.test(raw),
      aboutHeader: words >= 2 && words <= 5 && !ends && ABOUT_FIRST.has(firstChar) && ABOUT_START.test(raw),
      lowerStart: lowerStart(raw.charCodeAt(0), firstChar),
      numeric: words === 0 && raw.length <= 16 && NUMERIC.test(raw),
      quoteStart: OPEN_QUOTES.has(firstChar),
      dateHint: words <= 30 && digits > 0 && DATE_HINT.test(head),
      allCaps: words >= 2 && caps === words && raw.length <= 200 && isAllCaps(raw),
      tweetCredit: isTweetCredit(raw),
      rule: words === 0 && raw.length <= 80 && isRule(raw),
    };
  }
}

/** The first character is lower case (it changes when upper-cased); read by code for ASCII. */
function lowerStart(c: number, first: string): boolean {
  if (c < 128) return c >= 97 && c <= 122;
  return first !== first.toUpperCase();
}

const RULE_MARKS = new Set(['_', '-', '*', '=', '~', '•', '·', '#', '—', '–']);
function isRule(raw: string): boolean {
  let marks = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charAt(i);
    if (RULE_MARKS.has(c)) marks++;
    else if (c !== ' ' && c !== '\t') return false;
  }
  return marks >= 3;
}

/** "— Name (@handle) Month D, YYYY" (or "26. Mai 2019"): a dash, a handle in parentheses, a year at the end. */
function isTweetCredit(raw: string): boolean {
  if (raw.length > 200 || raw.length < 12) return false;
  const c = raw.charAt(0);
  if (c !== '—' && c !== '–' && c !== '-') return false;
  const at = raw.indexOf('(@');
  if (at < 0 || raw.indexOf(')', at) < 0) return false;
  for (let i = raw.length - 4; i < raw.length; i++) {
    const d = raw.charCodeAt(i);
    if (d < 48 || d > 57) return false;
  }
  return true;
}

function isAllCaps(raw: string): boolean {
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
    else if (c > 127) {
      const ch = raw.charAt(i);
      const up = ch.toUpperCase();
      const low = ch.toLowerCase();
      if (up !== low) {
        if (ch === up) upper++;
        else lower++;
      }
    }
  }
  return upper >= 8 && upper >= 4 * lower;
}

/** Ends with sentence punctuation, perhaps inside closing quotes or parentheses; an ellipsis is not an end. */
function endsSentence(raw: string): boolean {
  let e = raw.length;
  while (e > 0 && CLOSERS.has(raw.charAt(e - 1))) e--;
  const c = raw.charAt(e - 1);
  if (!END_CHARS.has(c)) return false;
  return !(c === '.' && raw.charAt(e - 2) === '.');
}

function countCjk(raw: string): number {
  let k = 0;
  const scan = Math.min(raw.length, 400);
  for (let i = 0; i < scan; i++) {
    const c = raw.charCodeAt(i);
    if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af)) k++;
  }
  return k;
}

/** `lowerRaw`, when given, is `raw.toLowerCase()` already made. */
function isCommentMarker(raw: string, lowerRaw: string | null): boolean {
  if (raw.length > 80) return false;
  const lower = lowerRaw ?? raw.toLowerCase();
  // leading and trailing counts and punctuation, trimmed by hand (no regex, no string but the one looked up)
  let from = 0;
  while (from < lower.length && LEADING(lower.charCodeAt(from))) from++;
  let end = lower.length;
  while (end > from && TRAILING.has(lower.charAt(end - 1))) end--;
  // compared in place with the markers of that length (no string cut out, none hashed)
  const same = end - from <= MARKER_MAX ? MARKERS_BY_LENGTH[end - from] : undefined;
  if (!same) return false;
  for (const m of same) if (lower.startsWith(m, from)) return true;
  return false;
}

/** what `^[\d\s().,]+` strips from a comment header's start */
const LEADING = (c: number): boolean => isDigit(c) || isSpace(c) || c === 40 || c === 41 || c === 46 || c === 44;
const TRAILING = new Set([' ', '\t', '(', ')', ':', '.', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
const MARKER_MAX = Math.max(...COMMENT_MARKERS.map((m) => m.length));
/** the comment markers by length (no entry: none that long) */
const MARKERS_BY_LENGTH: Array<string[] | undefined> = [];
for (let k = 0; k <= MARKER_MAX; k++) MARKERS_BY_LENGTH.push(undefined);
for (const m of COMMENT_MARKERS) (MARKERS_BY_LENGTH[m.length] ??= []).push(m);


/**
 * Each lexicon compiled once: its `start` phrases as one anchored alternation, its `anywhere`
 * phrases as one alternation (literals only, no quantifiers: linear on the bounded input).
 */
const COMPILED = KIND_LEXICONS.map((lex) => ({
  lex,
  start: new RegExp(`^(?:${[...lex.start].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})`),
  anywhere: lex.anywhere.length ? new RegExp(lex.anywhere.map(escapeRegExp).join('|')) : null,
}));

/**
 * Every lexicon's `anywhere` phrases in one test: most lines carry none, and one scan tells.
 * Phrases that start with a letter are tried only where a word starts (a quick character check
 * fails at most offsets); the few that start with a mark ("©", "(afp)", "/reuters") anywhere.
 */
const ALL_ANYWHERE = KIND_LEXICONS.flatMap((lex) => lex.anywhere);
const AT_WORD = new RegExp(`(?:^|[^a-z0-9\u00c0-\u024f])(?:${ALL_ANYWHERE.filter((p) => /^[a-z]/.test(p)).map(escapeRegExp).join('|')})`);
const AT_MARK = new RegExp(ALL_ANYWHERE.filter((p) => !/^[a-z]/.test(p)).map(escapeRegExp).join('|'));
const ANYWHERE = { test: (s: string): boolean => AT_WORD.test(s) || AT_MARK.test(s) };

/**
 * lexiconKind, skipped (null) when no token holds an `anywhere` phrase's anchor (`any`, the
 * tokens' bits or-ed) and the line's first token (`first`, its bits) begins no `start` phrase:
 * the line is then neither lower-cased nor scanned.
 */
function lexiconGated(raw: string, words: number, lowerRaw: string | null, any: number, first: number): BoilerplateKind | null {
  if ((any & ANCHOR) === 0 && (first & START) === 0) return null;
  return lexiconKind(raw, words, lowerRaw, (any & ANCHOR) !== 0);
}

/** characters searched at each edge of a long line */
const EDGE = 160;
const LEXICON_MAX_WORDS = Math.max(...KIND_LEXICONS.map((lex) => lex.maxWords));

/**
 * The first kind whose phrases the block carries, within that kind's length limit. `lowerRaw`,
 * when given, is `raw.toLowerCase()` already made (readBlocks keys short blocks on it);
 * `anchored` false says that no token of the line holds an `anywhere` phrase's anchor.
 */
export function lexiconKind(raw: string, words: number, lowerRaw: string | null = null, anchored = true): BoilerplateKind | null {
  // no lexicon names a line this long: most prose paragraphs stop here, unscanned
  if (words > LEXICON_MAX_WORDS) return null;
  const lower = raw.length > EDGE * 2 ? raw.slice(0, EDGE).toLowerCase() : (lowerRaw ?? raw.toLowerCase());
  // furniture phrases stand near a line's start or end ("© 2019 ...", "... (Photo: X/Getty Images)"):
  // a long line is searched at its two edges only
  const edges = raw.length > EDGE * 2 ? `${lower}\n${raw.slice(raw.length - EDGE).toLowerCase()}` : lower;
  // no token holds an anchor of an `anywhere` phrase (words.ts: ANCHOR): no line scan
  const any = anchored && ANYWHERE.test(edges);
  for (const { lex, start, anywhere } of COMPILED) {
    if (words > lex.maxWords) continue;
    const m = start.exec(lower);
    // a one-word start ("Search", "Share", "Home") marks only a short line
    if (m && endsAtWord(lower, m[0]) && (words <= 5 || m[0].includes(' ') || /\W$/.test(m[0]))) return lex.kind;
    if (any && anywhere?.test(edges)) return lex.kind;
  }
  return null;
}

function endsAtWord(lower: string, phrase: string): boolean {
  const next = lower.charAt(phrase.length);
  return next === '' || !/[\p{L}\p{N}]/u.test(next) || /\W$/.test(phrase);
}
