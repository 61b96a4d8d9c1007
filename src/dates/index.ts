import { buildDocument } from '../document/build.js';
import type { Document } from '../document/types.js';
import { assertText, toIsoDate } from '../options.js';
import type { DateMention, Span } from '../types.js';
import { detectDates } from './detect.js';
import { clauseDirection } from './direction.js';
import { normalize, type Anchors } from './normalize.js';

const NAMED_QUARTER = /(?:first|second|third|fourth|1st|2nd|3rd|4th)[ -](?:fiscal )?quarter|^q[1-4]/i;
const NAMED_MONTH = /^(?:early |mid-?|late )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
/** Expressions whose value depends on the clause's tense (weekdays, months, holidays, year-end, a quarter's anchoring); the rest skip it. */
const DIRECTED = /(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|christmas|thanksgiving|easter|halloween|valentine|memorial|labor|veterans|independence|election|new year|weekend|end|quarter|\//i;
const FISCAL_YEAR_SPAN = /^the (?:fiscal |financial )?year$/i;
const YEAR_TO_DATE = /^(?:the )?(?:first |latest |past |last |year-earlier |year-ago )?(?:six|nine|6|9) months$/i;
const NAMED_YEAR = /\b(?:1[6-9]|20)\d\d\b|nineteen|two thousand/i;

/** A fiscal quarter, or one "ended Aug. 26": results already reported, whatever its calendar label. */
function reported(doc: Document, text: string, next: number): boolean {
  const w = next < doc.tokens.count ? doc.tokens.lower[next] : '';
  return w === 'ended' || w === 'ending' || /fiscal/i.test(text);
}

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
  const anchors: Anchors = {};
  const refQuarter = referenceDate ? `${referenceDate.slice(0, 4)}-Q${Math.ceil(Number(referenceDate.slice(5, 7)) / 3)}` : null;
  let s = 0;
  for (const f of detectDates(doc, regions)) {
    while (s + 1 < doc.sentences.length && doc.sentences[s]!.last <= f.first) s++;
    const sent = doc.sentences[s];
    const inSentence = sent !== undefined && sent.first <= f.first;
    const text = doc.text.slice(f.start, f.end);
    const dir = DIRECTED.test(text) ? clauseDirection(doc, f.first, f.last, inSentence ? sent.first : f.first, inSentence ? sent.last : f.last) : 0;
    let { value, type } = normalize(text, referenceDate, dir, f.hint, anchors);
    // "the year ended June 30": a reporting year's length, not the year
    if (FISCAL_YEAR_SPAN.test(text) && f.last < doc.tokens.count && /^end(?:ed|ing)$/.test(doc.tokens.lower[f.last]!)) ({ value, type } = { value: 'P1Y', type: 'duration' });
    const finalType = f.hint === 'set' ? 'set' : type;
    // only what the text names outright anchors what follows ("a year earlier" does not)
    if (value && finalType === 'date') {
      // a quarter still to come ("through the third quarter of 1990") is an outlook, not the period reported
      if (/^\d{4}-Q[1-4]$/.test(value) && NAMED_QUARTER.test(text) && (!refQuarter || value < refQuarter || (value === refQuarter && dir < 0) || reported(doc, text, f.last))) anchors.quarter = value;
      if (/^\d{4}/.test(value) && NAMED_YEAR.test(text)) anchors.year = Number(value.slice(0, 4));
      if (/^\d{4}-\d\d/.test(value) && NAMED_MONTH.test(text)) anchors.month = value.slice(0, 7);
      if (/^\d{4}-\d\d-\d\d$/.test(value) && /\d/.test(text)) anchors.day = value;
    }
    if (value && /^\d{4}-Q[1-4]$/.test(value) && NAMED_QUARTER.test(text)) anchors.yearToDate = false;
    // "the first nine months": results now run over the year so far; "a year earlier" is a year
    if (finalType === 'duration' && YEAR_TO_DATE.test(text)) {
      anchors.quarter = undefined;
      anchors.yearToDate = true;
    }
    out.push({ text, start: f.start, end: f.end, value, type: finalType });
  }
  return out;
}
