import type { Document } from '../document/types.js';
import { FUTURE_CUES } from './lexicons.js';

/** How far back in its clause an expression looks for a future cue. */
const WINDOW = 10;

/**
 * Does the expression at token `first` point forward? News reports the past, so a bare
 * "Sunday" is the most recent one, unless its clause speaks of the future ("will",
 * "scheduled for", "next", "ahead of").
 */
export function pointsForward(doc: Document, first: number, sentenceFirst: number): boolean {
  const { tokens, text } = doc;
  for (let k = first - 1; k >= sentenceFirst && k >= first - WINDOW; k--) {
    const w = text.slice(tokens.start[k]!, tokens.end[k]!).toLowerCase();
    if (w === ',' || w === ';' || w === ':') break;
    if (FUTURE_CUES.has(w)) return true;
    if (w === 'said' || w === 'was' || w === 'were' || w === 'had' || w === 'did') return false;
  }
  return false;
}
