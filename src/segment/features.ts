import type { Document, Paragraph } from '../document/types.js';
import type { BoilerplateKind } from '../types.js';
import { KIND_LEXICONS } from './lexicons/boilerplate.js';
import { STOPWORDS } from './lexicons/stopwords.js';

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
}

const END_CHARS = new Set(['.', '!', '?', '…', '"', '”', '’', "'", ')', '»', '。', '！', '？']);
const LETTER = /\p{L}/u;
const UPPER = /^\p{Lu}/u;

export function blockFeatures(doc: Document): BlockFeatures[] {
  const { text, tokens, paragraphs, paragraphTokens } = doc;
  const seen = new Map<string, number>();
  for (const p of paragraphs) {
    const key = text.slice(p.start, p.end).toLowerCase();
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  return paragraphs.map((p) => {
    const first = paragraphTokens[p.index * 2]!;
    const last = paragraphTokens[p.index * 2 + 1]!;
    let words = 0;
    let stops = 0;
    let caps = 0;
    let commas = 0;
    let marks = 0;
    for (let t = first; t < last; t++) {
      const v = text.slice(tokens.start[t]!, tokens.end[t]!);
      if (tokens.type[t] === 'punctuation') {
        if (v === ',') commas++;
        else if (v === '.' || v === '!' || v === '?') marks++;
        continue;
      }
      if (!LETTER.test(v)) continue;
      words++;
      if (STOPWORDS.has(v.toLowerCase())) stops++;
      if (UPPER.test(v)) caps++;
    }
    const raw = text.slice(p.start, p.end);
    const lastChar = raw.charAt(raw.length - 1);
    return {
      words,
      chars: p.end - p.start,
      endsSentence: END_CHARS.has(lastChar),
      sentenceMarks: marks,
      commas,
      stopRatio: words ? stops / words : 0,
      capRatio: words ? caps / words : 0,
      lexiconKind: lexiconKind(raw, words),
      repeated: (seen.get(raw.toLowerCase()) ?? 0) > 1,
      counter: /^\d[\d,.]*\s*(comments?|replies|shares?|views?|likes?)?$/i.test(raw),
    };
  });
}

/** The first kind whose phrases the block carries, within that kind's length limit. */
export function lexiconKind(raw: string, words: number): BoilerplateKind | null {
  const lower = raw.toLowerCase();
  for (const lex of KIND_LEXICONS) {
    if (words > lex.maxWords) continue;
    if (lex.start.some((s) => startsWithWord(lower, s))) return lex.kind;
    if (lex.anywhere.some((s) => lower.includes(s))) return lex.kind;
  }
  return null;
}

function startsWithWord(lower: string, phrase: string): boolean {
  if (!lower.startsWith(phrase)) return false;
  const next = lower.charAt(phrase.length);
  return next === '' || !/[\p{L}\p{N}]/u.test(next) || /\W$/.test(phrase);
}

export function paragraphText(doc: Document, p: Paragraph): string {
  return doc.text.slice(p.start, p.end);
}
