import type { Document } from '../document/types.js';
import { FUTURE_CUES, PAST_ADVERBS, PAST_CUES, WEAK_FUTURE_CUES } from './lexicons.js';

/** How far back in its clause an expression looks for a tense cue; and how far forward. */
const BACK = 10;
const AHEAD = 6;

/** -1: the clause is past; 1: it speaks of the future; 0: no cue. */
export type Direction = -1 | 0 | 1;

const BOUNDARY = new Set([',', ';', ':', '(', ')', '"', '``', "''", '\u201c', '\u201d']);

/**
 * Which way the clause around the expression at token `first` points. News reports the past,
 * so callers read 0 as past for a bare weekday ("said here on Sunday"); "will", "scheduled for",
 * "next", "ahead of" make it future; "said", "was", a past-tense verb make it past.
 * The words before the expression decide first; then the few after it ("Friday's meeting will").
 */
export function clauseDirection(doc: Document, first: number, last: number, sentenceFirst: number, sentenceLast: number): Direction {
  const { tokens, text } = doc;
  const word = (k: number): string => text.slice(tokens.start[k]!, tokens.end[k]!).toLowerCase();
  let weak: Direction = 0;
  for (let k = first - 1; k >= sentenceFirst && k >= first - BACK; k--) {
    const w = word(k);
    // "next to the embassy" is a place; "planned to leave" is future
    if (w === 'next' && word(k + 1) === 'to') continue;
    if (w === 'planned' && word(k + 1) === 'to') return 1;
    if (WEAK_FUTURE_CUES.has(w)) {
      weak = 1;
      continue;
    }
    const d = cue(w, tokens.pos[k]!, k > 0 ? word(k - 1) : '');
    if (d === null) break;
    if (d !== 0) return d;
  }
  for (let k = last; k < sentenceLast && k < last + AHEAD; k++) {
    const w = word(k);
    const d = cue(w, tokens.pos[k]!, k > 0 ? word(k - 1) : '');
    // "In January, the company said": the comma right after an opening phrase is no boundary
    if (d === null && k === last && first <= sentenceFirst + 1 && w === ',') continue;
    if (d === null) break;
    if (d !== 0) return d;
  }
  return weak;
}

/** Before a participle these make it no past tense: "is expected to be finished". */
const NON_PAST_AUX = new Set(['be', 'been', 'being', 'is', 'are', 'am', "'s", "'re", 'to', 'will', 'would', 'get', 'gets']);

function cue(w: string, pos: string, before: string): Direction | null {
  if (BOUNDARY.has(w)) return null;
  // "the plan", "a schedule": nouns are no tense
  if (FUTURE_CUES.has(w)) return pos === 'NOUN' ? 0 : 1;
  if (PAST_ADVERBS.has(w)) return -1;
  if (PAST_CUES.has(w)) return NON_PAST_AUX.has(before) ? 0 : -1;
  if (pos === 'VERB' && w.length > 4 && w.endsWith('ed') && !NON_PAST_AUX.has(before)) return -1;
  return 0;
}
