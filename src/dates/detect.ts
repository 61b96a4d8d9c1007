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
/** Prepositions wink takes into a span and TIMEX3 leaves out ("since January", "by Nov. 1"). */
const LEADING_PREPOSITIONS = new Set(['over', 'since', 'by', 'until', 'till', 'from', 'in', 'on', 'at', 'during', 'through', 'before', 'after', 'for', 'within', 'throughout', 'into', 'to', 'as']);
const DETERMINERS = new Set(['the', 'these', 'those', 'our', 'their', 'his', 'her', 'its', 'my', 'your', 'which', 'what']);
const BARE_UNITS = /^(?:seconds|minutes|hours|days|nights|weeks|months|years|decades|centuries)$/;
const MONTH_NAMES = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
/** Words before a month name that make it a date ("in May", "as early as May"). */
const MONTH_LEADS = new Set(['in', 'by', 'since', 'until', 'till', 'through', 'last', 'next', 'this', 'early', 'late', 'mid', 'as', 'of', 'from', 'before', 'after', 'during']);
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
    const last = h.last;
    let type = hint;
    while (first < last - 1 && LEADING_PREPOSITIONS.has(lw(first))) first++;
    // "18-month": wink leaves the number behind the hyphen
    if (first >= 2 && lw(first - 1) === '-' && tokens.end[first - 2] === tokens.start[first - 1] && /^\d+$/.test(lw(first - 2))) first -= 2;
    // "every Monday", "each week": a set
    if (first > 0 && SET_OPENERS.has(lw(first - 1)) && inside(first - 1)) {
      first--;
      type = 'set';
    }
    // a wink DATE "ORDINAL"-free number like "10" alone is not a date
    const value = text.slice(tokens.start[first]!, tokens.end[last - 1]!);
    if (/^\d{1,2}$/.test(value)) continue;
    // "the hours we worked": a bare unit after a determiner is a noun, not a duration
    if (BARE_UNITS.test(value.toLowerCase()) && first > 0 && DETERMINERS.has(lw(first - 1))) continue;
    out.push({ start: tokens.start[first]!, end: tokens.end[last - 1]!, first, last, hint: type });
  }
  // words wink does not mark
  for (const [a, b] of ranges) {
    for (let t = a; t < b; t++) {
      const w = lw(t);
      if (SET_WORDS.has(w) && tokens.pos[t] !== 'ADJ') {
        out.push({ start: tokens.start[t]!, end: tokens.end[t]!, first: t, last: t + 1, hint: 'set' });
        continue;
      }
      // a capitalized month name wink passed over: "as early as May"
      if (MONTH_NAMES.has(w) && t > a && MONTH_LEADS.has(lw(t - 1)) && /^\p{Lu}/u.test(text.charAt(tokens.start[t]!))) {
        out.push({ start: tokens.start[t]!, end: tokens.end[t]!, first: t, last: t + 1, hint: 'date' });
        continue;
      }
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
