import { buildDocument } from '../document/build.js';
import type { Document } from '../document/types.js';
import { assertText, toIsoDate } from '../options.js';
import type { DateMention, Span } from '../types.js';
import { detectDates } from './detect.js';
import { pointsForward } from './direction.js';
import { normalize } from './normalize.js';

export interface DateOptions {
  /** The publication date relative expressions resolve against; without it their value is null. */
  referenceDate?: string | Date;
}

/** Temporal expressions of a text with TIMEX3-style values. */
export function extractDates(text: string, options?: DateOptions): DateMention[] {
  assertText(text, 'extractDates');
  const ref = toIsoDate(options?.referenceDate, 'options.referenceDate');
  return extractDatesFromDocument(buildDocument(text), [{ start: 0, end: text.length }], ref);
}

/** Dates in the given regions of a Document, resolved against `referenceDate` (ISO date or null). */
export function extractDatesFromDocument(doc: Document, regions: Span[], referenceDate: string | null): DateMention[] {
  const out: DateMention[] = [];
  let s = 0;
  for (const f of detectDates(doc, regions)) {
    while (s + 1 < doc.sentences.length && doc.sentences[s]!.last <= f.first) s++;
    const sentenceFirst = doc.sentences[s] && doc.sentences[s]!.first <= f.first ? doc.sentences[s]!.first : f.first;
    const text = doc.text.slice(f.start, f.end);
    const { value, type } = normalize(text, referenceDate, pointsForward(doc, f.first, sentenceFirst), f.hint);
    out.push({ text, start: f.start, end: f.end, value, type: f.hint === 'set' ? 'set' : type });
  }
  return out;
}
