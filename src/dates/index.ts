import { buildDocument } from '../document/build.js';
import type { Document } from '../document/types.js';
import { assertText, toIsoDate } from '../options.js';
import type { DateMention, Span } from '../types.js';

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
  void doc;
  void regions;
  void referenceDate;
  return [];
}
