import { buildDocument } from '../document/build.js';
import type { Document } from '../document/types.js';
import { assertText, toIsoDate } from '../options.js';
import type { DateMention, Span } from '../types.js';
import { addDays, fmt, nearestWeekday, parseYmd } from './calendar.js';
import { detectDates } from './detect.js';
import { clauseDirection } from './direction.js';
import { MONTHS, WEEKDAYS } from './lexicons.js';
import { normalize, type Anchors } from './normalize.js';

const NAMED_QUARTER = /(?:first|second|third|fourth|1st|2nd|3rd|4th)[ -](?:fiscal )?quarter|^q[1-4]/i;
const NAMED_MONTH = /^(?:early |mid-?|late )?(?:(?:last|this|next|this past|this coming) )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
/** Expressions whose value depends on the clause's tense (weekdays, months, holidays, year-end, a quarter's anchoring); the rest skip it. */
const DIRECTED = /(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|christmas|thanksgiving|easter|halloween|valentine|memorial|labor|veterans|independence|election|new year|weekend|end|quarter|\//i;
const FISCAL_YEAR_SPAN = /^the (?:fiscal |financial )?year$/i;
const YEAR_TO_DATE = /^(?:the )?(?:first |latest |past |last |year-earlier |year-ago )?(?:six|nine|6|9) months$/i;
const BARE_QUARTER = /^(?:the |that )?(?:latest |current |same )?quarter$/i;
const ANAPHORIC_WEEKDAY = /^the (previous|preceding|following) (monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;
/** "1989-Q3" (values are well formed: the shape is enough, no regex a mention) */
const isQuarter = (v: string): boolean => v.length === 7 && v.charCodeAt(5) === 81;
/** "1989-10-27" */
const isDay = (v: string): boolean => v.length === 10 && v.charCodeAt(7) === 45 && v.charCodeAt(0) !== 88 && v.charCodeAt(9) !== 88;
/** A quarter named by its distance from the reported one: "the year-ago quarter", "the comparable period last year". */
const YEAR_SHIFTED = /year-ago|year-earlier|year ago|year earlier|comparable|corresponding|last year|previous year|prior year/i;
const ENDED = /^,? (?:ended|ending) $/;
const NAMED_YEAR = /\b(?:1[6-9]|20)\d\d\b|nineteen|two thousand/i;

/** A fiscal quarter, or one "ended Aug. 26": results already reported, whatever its calendar label. */
function reported(doc: Document, text: string, next: number): boolean {
  const w = next < doc.tokens.count ? doc.tokens.lower[next] : '';
  return w === 'ended' || w === 'ending' || /fiscal/i.test(text);
}

/** The calendar quarter of the three months ending on the date after "ended" at token `k`, or null. */
function quarterEnd(doc: Document, k: number, referenceDate: string): string | null {
  const { lower, count } = doc.tokens;
  if (k + 2 >= count || !/^end(?:ed|ing)$/.test(lower[k]!)) return null;
  const mo = MONTHS[lower[k + 1]!.replace('.', '')];
  const day = Number(lower[k + 2]);
  if (!mo || !(day >= 1 && day <= 31)) return null;
  const ref = parseYmd(referenceDate);
  const y = mo * 100 + day <= ref.m * 100 + ref.d ? ref.y : ref.y - 1;
  // the middle month of the three: a quarter ending on a month's last days holds that month
  const mid = day >= 28 ? mo - 1 : mo - 2;
  const m = ((mid + 11) % 12) + 1;
  const yy = mid < 1 ? y - 1 : y;
  return `${yy}-Q${Math.ceil(m / 3)}`;
}

export interface DateOptions {
  /** The publication date relative expressions resolve against; without it their value is null. */
  referenceDate?: string | Date;
  /** The same, under the name parseArticle takes it by (used when referenceDate is not given). */
  publishedAt?: string | Date;
}

/** Temporal expressions of a text with TIMEX3-style values. */
export function extractDates(text: string, options?: DateOptions): DateMention[] {
  assertText(text, 'extractDates');
  const ref = options?.referenceDate !== undefined ? toIsoDate(options.referenceDate, 'options.referenceDate') : toIsoDate(options?.publishedAt, 'options.publishedAt');
  return extractDatesFromDocument(buildDocument(text), [{ start: 0, end: text.length }], ref);
}

/** Dates in the given regions of a Document, resolved against `referenceDate` (ISO date or null). */
export function extractDatesFromDocument(doc: Document, regions: Span[], referenceDate: string | null): DateMention[] {
  const out: DateMention[] = [];
  const anchors: Anchors = {};
  const refQuarter = referenceDate ? `${referenceDate.slice(0, 4)}-Q${Math.ceil(Number(referenceDate.slice(5, 7)) / 3)}` : null;
  let s = 0;
  /** the last day the text named (a weekday, "yesterday", "Oct. 13") */
  let focusDay: string | null = null;
  /** index of the last quarter an apposition gave its year ("the year-earlier quarter, the fiscal third quarter") */
  let renamed = -1;
  for (const f of detectDates(doc, regions)) {
    while (s + 1 < doc.sentences.length && doc.sentences[s]!.last <= f.first) s++;
    const sent = doc.sentences[s];
    const inSentence = sent !== undefined && sent.first <= f.first;
    const text = doc.text.slice(f.start, f.end);
    const dir = DIRECTED.test(text) ? clauseDirection(doc, f.first, f.last, inSentence ? sent.first : f.first, inSentence ? sent.last : f.last) : 0;
    let { value, type } = normalize(text, referenceDate, dir, f.hint, anchors);
    // "the year ended June 30": a reporting year's length, not the year
    if (FISCAL_YEAR_SPAN.test(text) && f.last < doc.tokens.count && /^end(?:ed|ing)$/.test(doc.tokens.lower[f.last]!)) ({ value, type } = { value: 'P1Y', type: 'duration' });
    // "the then-current rate": "then" moves the present to a past reference time
    if (value === 'PRESENT_REF' && f.first > 0 && (doc.tokens.lower[f.first - 1] === 'then' || (doc.tokens.lower[f.first - 1] === '-' && doc.tokens.lower[f.first - 2] === 'then'))) value = 'PAST_REF';
    // "the previous Friday", "the following Monday": anaphoric, counted from the day the text is
    // on (the last day it named), where "last Friday" counts from the publication date
    const anaphor = text.length > 15 && text.length < 24 ? ANAPHORIC_WEEKDAY.exec(text) : null;
    if (anaphor && focusDay) {
      const from = addDays(parseYmd(focusDay), anaphor[1]!.toLowerCase() === 'previous' ? -1 : 1);
      value = fmt(nearestWeekday(from, WEEKDAYS[anaphor[2]!.toLowerCase()]!, anaphor[1]!.toLowerCase() !== 'previous'));
    }
    // "the quarter ended Aug. 31": the three months up to that day, named by the calendar quarter
    // that holds most of them (June-August: the third); the latest such day before the publication date
    if (referenceDate && text.endsWith('quarter') && BARE_QUARTER.test(text)) {
      const end = quarterEnd(doc, f.last, referenceDate);
      if (end) value = end;
    }
    const prev = out[out.length - 1];
    // both lean on a quarter named just before: most mentions stop at the first test
    if (prev && value && prev.value && isQuarter(prev.value) && f.start - prev.end <= 8) {
      const gap = doc.text.slice(prev.end, f.start);
      // "the year-earlier quarter, the fiscal third quarter ended Nov. 30": an apposition renames the quarter
      // before it; the year comes from the one, the quarter from the other
      if (gap === ', ' && isQuarter(value) && NAMED_QUARTER.test(text) && !NAMED_YEAR.test(text) && YEAR_SHIFTED.test(prev.text)) {
        value = prev.value.slice(0, 4) + value.slice(4);
        prev.value = value;
        renamed = out.length;
      }
      // "the year-earlier quarter ended Nov. 30": the end date is in that quarter's year
      else if (ENDED.test(gap) && isDay(value) && !NAMED_YEAR.test(text) && (renamed === out.length - 1 || YEAR_SHIFTED.test(prev.text))) {
        value = prev.value.slice(0, 4) + value.slice(4);
      }
    }
    const finalType = f.hint === 'set' ? 'set' : type;
    // only what the text names outright anchors what follows ("a year earlier" does not)
    if (value && finalType === 'date') {
      // a quarter still to come ("through the third quarter of 1990") is an outlook, not the period reported
      if (/^\d{4}-Q[1-4]$/.test(value) && NAMED_QUARTER.test(text) && (!refQuarter || value < refQuarter || (value === refQuarter && dir < 0) || reported(doc, text, f.last)) && !(anchors.quarter && value < anchors.quarter && !reported(doc, text, f.last))) anchors.quarter = value;
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
    if (value && finalType === 'date' && isDay(value)) focusDay = value;
    out.push({ text, start: f.start, end: f.end, value, type: finalType });
  }
  return out;
}
