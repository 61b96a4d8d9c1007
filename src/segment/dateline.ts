import type { Dateline } from '../types.js';
import { AGENCIES } from '../lexicons/agencies.js';
import { findAbsoluteDate } from '../dates/absolute.js';
import { escapeRegExp } from '../lexicons/regex.js';

const MONTHS = 'Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sep(?:t(?:ember|\\.)?|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?';
const MONTH_INDEX: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
const agencyAlt = AGENCIES.map(escapeRegExp).join('|');

// All quantifiers are bounded and the input is cut to 160 chars: linear time by construction.
/** ", Calif.", ", Nova Scotia", ", Ore.": a state, province or country after the city, up to three words */
const REGION_PART = ', ?[A-Z][A-Za-z.]{1,20}(?: [A-Z][A-Za-z.]{1,20}){0,2}';
const REGION = `(?:${REGION_PART}){0,2}`;
const PLACE = `[A-Z][A-Za-z.'\\u2019\\u00C0-\\u024F-]{1,30}(?: [A-Z][A-Za-z.'\\u2019\\u00C0-\\u024F-]{1,30}){0,3}${REGION}`;
/** a place written in capitals, up to four words */
const CAPS_WORDS = `[A-Z][A-Z.'\\u2019\\u00C0-\\u00DE-]{1,30}(?: [A-Z][A-Z.'\\u2019\\u00C0-\\u00DE-]{1,30}){0,3}`;
const CAPS_PLACE = `${CAPS_WORDS}${REGION}`;
/** months as written, and in capitals ("NEW YORK, APRIL 21 -") */
const MONTH_FORMS = `${MONTHS}|${MONTHS.toUpperCase()}`;
const DATE_PART = `(?:${MONTH_FORMS}) \\d{1,2}(?:, \\d{4})?|\\d{1,2} (?:${MONTH_FORMS})(?: \\d{4})?`;
const DASH = '(?:--|—|–|-|:)';

/** A day and a month in any language, before the agency vouches for it: "24 SET", "3 oct.", "Mai 5" */
const ANY_DATE_PART = `${DATE_PART}|\\d{1,2} \\p{L}{3,10}\\.?(?: \\d{4})?|\\p{L}{3,10}\\.? \\d{1,2}(?:,? \\d{4})?`;
/** "BEIJING, May 14 (Xinhua) --", "NAIROBI, March 3 (Reuters) -", "WASHINGTON (AP) —", "MADRI, 24 SET (ANSA) -" */
const WIRE = new RegExp(`^(${PLACE})(?:,? (${ANY_DATE_PART}))? ?\\((${agencyAlt})\\) ?${DASH}? ?`, 'u');
/**
 * "WASHINGTON —", "SAN FRANCISCO, Calif. --", "HALIFAX, Nova Scotia —" (the place in capitals),
 * also with a source tag the agency list does not hold: "PORTLAND, Ore. (ENS) —"
 */
const CAPS_DASH = new RegExp(`^(${CAPS_PLACE})(?:,? (${DATE_PART}))? ?(?:\\([A-Z][A-Za-z&.-]{1,15}\\) ?)?(?:--|—|–) ?`);
/** "SALVADOR, Feb 26 - " (Reuters-21578): with a date, a plain hyphen ends it too */
const CAPS_DATE_HYPHEN = new RegExp(`^(${CAPS_PLACE}),? (${DATE_PART}) - ?`);
/** "NEWPORT NEWS, Va. - ": with the state or country after the place, a plain hyphen ends it too */
const CAPS_REGION_HYPHEN = new RegExp(`^(${CAPS_WORDS}(?:${REGION_PART}){1,2}) - ?`);
/** "LONDON 1996-08-30" (CoNLL / old Reuters) */
const ISO_LINE = new RegExp(`^(${CAPS_PLACE}) (\\d{4}-\\d{2}-\\d{2})\\b ?`);

/** A wire-style dateline at the start of the paragraph starting at `start`, or null. */
export function findDateline(text: string, start: number, end: number, publishedAt: string | null): Dateline | null {
  // every form opens with a capital A-Z; all but WIRE go on in capitals, and WIRE needs its
  // "(Agency)": most paragraphs ("The council said ...") are ruled out without a regex
  const first = text.charCodeAt(start);
  if (!(first >= 65 && first <= 90) || end - start < 2) return null;
  const caps = isCapsPlaceChar(text.charCodeAt(start + 1));
  const head = text.slice(start, Math.min(end, start + 160));
  if (!caps && !head.includes('(')) return null;
  let m: RegExpExecArray | null;
  let place: string;
  let dateText: string | undefined;
  if ((m = WIRE.exec(head))) {
    place = m[1]!;
    dateText = m[2];
  } else if (!caps) {
    return null;
  } else if ((m = ISO_LINE.exec(head))) {
    place = m[1]!;
    dateText = m[2];
  } else if ((m = CAPS_DASH.exec(head) ?? CAPS_DATE_HYPHEN.exec(head) ?? CAPS_REGION_HYPHEN.exec(head))) {
    place = m[1]!;
    dateText = m[2];
    // a capitals-only line start is a dateline only when the place is short and a sentence follows
    if (!/[a-z]/.test(head.slice(m[0].length, m[0].length + 40))) return null;
  } else {
    return null;
  }
  let len = m[0].length;
  while (len > 0 && head.charAt(len - 1) === ' ') len--;
  return {
    text: head.slice(0, len),
    start,
    end: start + len,
    place: normalizePlace(place),
    date: dateText ? datelineDate(dateText, publishedAt) : null,
  };
}

/** What CAPS_PLACE takes after its first letter: [A-Z.'\u2019\u00C0-\u00DE-] */
function isCapsPlaceChar(c: number): boolean {
  return (c >= 65 && c <= 90) || c === 46 || c === 39 || c === 0x2019 || (c >= 0xc0 && c <= 0xde) || c === 45;
}

/** Short words of place names written in capitals that are words, not initialisms ("SAN JOSE", "LA PAZ", "ST. LOUIS"). */
const SHORT_PLACE_WORDS = new Set(['NEW', 'SAN', 'LOS', 'LAS', 'EL', 'DEL', 'DES', 'LA', 'LE', 'DE', 'DU', 'DA', 'DI', 'AL', 'SAO', 'RIO', 'OLD', 'BAY', 'ST', 'FT', 'MT']);

/** "SAN FRANCISCO, Calif." -> "San Francisco, Calif."; "ST. JOHN’S" -> "St. John’s"; initialisms ("UK") stay. */
function normalizePlace(place: string): string {
  return place.replace(/[A-Z][A-Z'\u2019\u00C0-\u00DE-]*/g, (w) => (w.length <= 3 && /^[A-Z]+$/.test(w) && !SHORT_PLACE_WORDS.has(w) ? w : w.charAt(0) + w.slice(1).toLowerCase()));
}

/** ISO date of a dateline's date; the year comes from publishedAt when the dateline has none ("--05-14" otherwise). */
function datelineDate(s: string, publishedAt: string | null): string | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return s;
  // DATE_PART's two shapes, "May 14, 2017" and "14 May 2017", read directly (no chrono)
  const m = /^([A-Za-z]{3})[A-Za-z.]* (\d{1,2})|^(\d{1,2}) ([A-Za-z]{3})/.exec(s);
  if (!m) return findAbsoluteDate(s)?.iso ?? null;
  const month = MONTH_INDEX[(m[1] ?? m[4])!.toLowerCase()];
  const day = Number(m[2] ?? m[3]);
  if (!month || day < 1 || day > 31) return null;
  const md = `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const stated = /\b(\d{4})$/.exec(s);
  if (stated) {
    const y = Number(stated[1]);
    return new Date(Date.UTC(y, month - 1, day)).getUTCDate() === day ? `${stated[1]}-${md}` : null;
  }
  if (!publishedAt) return `--${md}`;
  // the dateline day is on or just before publication: take the year that puts it within the past year
  let year = Number(publishedAt.slice(0, 4));
  if (`${year}-${md}` > publishedAt) year--;
  return `${year}-${md}`;
}
