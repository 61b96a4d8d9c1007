import type { Document } from '../document/types.js';
import { regionTokens } from '../document/regions.js';
import type { DateType, Span } from '../types.js';
import { REFS, WEEKDAYS } from './lexicons.js';

/** A temporal expression found in the text, before normalization. */
export interface Found extends Span {
  first: number;
  /** exclusive */
  last: number;
  hint: DateType;
}

const HINT_TYPES: Record<string, DateType> = { DATE: 'date', TIME: 'time', DURATION: 'duration' };
const SET_WORDS = new Set(['daily', 'weekly', 'monthly', 'annually', 'yearly', 'nightly', 'hourly', 'quarterly']);
const SET_OPENERS = new Set(['every', 'each']);
/** Multi-word reference phrases, by their first word. */
const REF_PHRASES: string[][] = Object.keys(REFS).map((k) => k.split(' '));

/**
 * Temporal expressions in the regions: wink-nlp's DATE/TIME/DURATION entities, widened to
 * what TIMEX3 takes ("every Monday", "Tuesday morning"), plus references (now, recently,
 * in the future) and frequency words (daily, weekly) that wink leaves out.
 */
export function detectDates(doc: Document, regions: Span[]): Found[] {
  const { tokens, text } = doc;
  const lw = (i: number): string => text.slice(tokens.start[i]!, tokens.end[i]!).toLowerCase();
  const ranges = regionTokens(doc, regions);
  const inside = (t: number): boolean => ranges.some(([a, b]) => t >= a && t < b);
  const out: Found[] = [];
  for (const h of doc.hints) {
    const hint = HINT_TYPES[h.type];
    if (!hint || !inside(h.first) || !inside(h.last - 1)) continue;
    let first = h.first;
    let type = hint;
    // "every Monday", "each week": a set
    if (first > 0 && SET_OPENERS.has(lw(first - 1)) && inside(first - 1)) {
      first--;
      type = 'set';
    }
    // a wink DATE "ORDINAL"-free number like "10" alone is not a date
    const value = text.slice(tokens.start[first]!, tokens.end[h.last - 1]!);
    if (/^\d{1,2}$/.test(value)) continue;
    out.push({ start: tokens.start[first]!, end: tokens.end[h.last - 1]!, first, last: h.last, hint: type });
  }
  // words wink does not mark
  for (const [a, b] of ranges) {
    for (let t = a; t < b; t++) {
      const w = lw(t);
      if (SET_WORDS.has(w) && tokens.pos[t] !== 'ADJ') {
        out.push({ start: tokens.start[t]!, end: tokens.end[t]!, first: t, last: t + 1, hint: 'set' });
        continue;
      }
      if (SET_OPENERS.has(w) && t + 1 < b && WEEKDAYS[lw(t + 1)] !== undefined) continue; // handled above
      for (const phrase of REF_PHRASES) {
        if (phrase[0] !== w || t + phrase.length > b) continue;
        let ok = true;
        for (let k = 1; k < phrase.length; k++) if (lw(t + k) !== phrase[k]) ok = false;
        if (!ok) continue;
        out.push({ start: tokens.start[t]!, end: tokens.end[t + phrase.length - 1]!, first: t, last: t + phrase.length, hint: 'date' });
        break;
      }
    }
  }
  out.sort((x, y) => x.start - y.start || y.end - x.end);
  return mergeAdjacent(doc, dedupe(out));
}

/** Drop expressions inside another one. */
function dedupe(found: Found[]): Found[] {
  const out: Found[] = [];
  for (const f of found) {
    const prev = out[out.length - 1];
    if (prev && f.start < prev.end) continue;
    out.push(f);
  }
  return out;
}

/** "Tuesday" + "morning" -> one time expression "Tuesday morning". */
function mergeAdjacent(doc: Document, found: Found[]): Found[] {
  const out: Found[] = [];
  for (const f of found) {
    const prev = out[out.length - 1];
    if (prev && prev.hint === 'date' && f.hint === 'time' && f.first === prev.last && /^ ?$/.test(doc.text.slice(prev.end, f.start))) {
      prev.end = f.end;
      prev.last = f.last;
      prev.hint = 'time';
      continue;
    }
    out.push({ ...f });
  }
  return out;
}
