import type { Byline } from '../types.js';
import { AGENCIES, BYLINE_ROLES } from '../lexicons/agencies.js';
import { FEMALE, FIRST, lookup, MALE } from '../entities/lexicons/gazetteer.js';
import { escapeRegExp } from '../lexicons/regex.js';

const NAME_WORD = /^(?:\p{Lu}[\p{L}'’.-]*|de|da|del|der|van|von|la|le|bin|al|dos|du|ter)$/u;
const BY = /^(?:(?:posted|written|words|story|text|reporting) by\s|by\s|von\s|par\s|por\s|door\s)\s{0,3}/i;
/**
 * Where the names stop: a date after them. " on Monday", " am Montag", " on November 19" start
 * with a capital or a digit ("vom 3. Februar" with a digit); French and Spanish write days and
 * months in lower case ("le lundi"), and "le" / "el" are also name particles ("Jean le Roux"),
 * so there only a digit counts ("le 5 mai").
 */
const DATE_AFTER: ReadonlyArray<[string, RegExp]> = [
  [' on ', /[\p{Lu}\d]/u],
  [' On ', /[\p{Lu}\d]/u],
  [' am ', /[\p{Lu}\d]/u],
  [' vom ', /\d/],
  [' Vom ', /\d/],
  [' le ', /\d/],
  [' el ', /\d/],
];
const agencies = new Set(AGENCIES.map((a) => a.toLowerCase()));
/** any of the roles anywhere in a part (one scan, not one search per role); literals only */
const ROLE = new RegExp(BYLINE_ROLES.map(escapeRegExp).join('|'));

/**
 * How a byline can open: with a capital (a name), a letter of BY's words, a date ("on March 10,
 * 2015 by ..."), or a separator (an empty first part: "| Jane Doe | Reuters", "and ...")
 */
const BYLINE_FIRST = /[\p{Lu}\d]|[pwstrbvdao,|&·•/]/u;

/** A month's name, short or long, in any case (the regular expressions below take the i flag) */
const MONTH_NAME = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)';
const MONTH = `${MONTH_NAME}[a-z]{0,6}\\.?`;
/** A dash between the names and what follows them: spaced, or a long dash */
const DASH = / [-–—] ?|[–—]/;
/** A text that opens with a date: "Apr 16, 2015", "11/19/19", "2013-09-29", "18 March 2019" */
const DATE_START = new RegExp(`^\\s?(?:${MONTH} \\d|\\d{1,4}[./-]\\d{1,2}[./-]\\d{2,4}|\\d{1,2}\\.? ${MONTH_NAME})`, 'i');
/**
 * Where the names after "By" end when no " on " comes first: a month and a day, a number, a
 * dash, a handle (also glued on: "Jane Doe@jdoe"), or an e-mail address (the whole word)
 */
const NAMES_END = new RegExp(` (?:${MONTH} \\d|\\d|[-–—](?: |$)|@|[^\\s@]{1,40}@[^\\s@.]{1,40}\\.)|[–—@]`, 'i');
/** "by" after a date that opens the line: "on March 10, 2015 by", "Posted on 10.03.2015 at 9:30 by" */
const LATE_BY = new RegExp(
  `^(?:posted |published )?(?:on )?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,? )?` +
    `(?:${MONTH} \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}|\\d{1,2}\\.? ${MONTH} \\d{4}|\\d{1,4}[./-]\\d{1,2}[./-]\\d{2,4})` +
    `(?:,? (?:at )?\\d{1,2}[:.]\\d{2}(?: ?[ap]\\.?m\\.?)?)? by `,
  'iu',
);
const FINAL_STOP = /(\p{Ll}{2})\.$/u;
/** " by " anywhere: LATE_BY is tried only then */
const SPACED_BY = / by /i;
/** A role in parentheses after a name: "(reporting)", "(photography)" */
const PAREN_ROLE = / ?\([^()]{1,30}\)/g;

/** What separates the names (the parts are trimmed after the split) */
const SEPARATORS = /,|\||\band\b|&|·|•|\//;
const AND_AFTER: Record<string, RegExp> = {
  por: /,|\||\b(?:and|e|y)\b|&|·|•|\//,
  von: /,|\||\b(?:and|und)\b|&|·|•|\//,
  par: /,|\||\b(?:and|et)\b|&|·|•|\//,
  door: /,|\||\b(?:and|en)\b|&|·|•|\//,
};

/**
 * A byline line: "By Maria Lopez", "By Maria Lopez and Tom Hale, Staff Writers",
 * "Maria Lopez | Reuters", "Maria Lopez, Reuters", "By Jane Doe March 18 at 3:57 PM",
 * "By Jane Doe - 11/19/19 06:56 AM EST", "by Jane Doe @jdoe", "Jane Doe - Apr 16, 2015",
 * "by Jane Doe (reporting) and John Roe (photography)". Returns null for anything else.
 */
export function parseByline(text: string, start: number, end: number): Byline | null {
  if (end - start > 160 || !BYLINE_FIRST.test(text.charAt(start))) return null;
  const raw = text.slice(start, end);
  const hasBy = BY.exec(raw);
  if (hasBy) return authorsOf(raw, start, end, namesPart(raw.slice(hasBy[0].length)), AND_AFTER[hasBy[0].trim().toLowerCase()] ?? SEPARATORS, true);
  // the date first: "on March 10, 2015 by Jane Doe", "Posted on March 10, 2015 by Jane Doe"
  const late = SPACED_BY.test(raw) ? LATE_BY.exec(raw) : null;
  if (late) return authorsOf(raw, start, end, namesPart(raw.slice(late.index + late[0].length)), SEPARATORS, true);
  // without "By": names, then a dash and the date ("Dan Goodin - Apr 16, 2015 8:02 pm UTC")
  const dash = DASH.exec(raw);
  if (dash && dash.index > 0 && DATE_START.test(raw.slice(dash.index + dash[0].length))) {
    return authorsOf(raw, start, end, raw.slice(0, dash.index), SEPARATORS, true);
  }
  // ... or names and the outlet after a separator; the names come first, so a line whose first
  // part is no name is no byline (most lines of prose stop here, before any split)
  const sep = SEPARATORS.exec(raw);
  if (!sep) return null;
  const head = raw.slice(0, sep.index).trim();
  if (head && !isName(head.replace(FINAL_STOP, '$1'))) return null;
  return authorsOf(raw, start, end, raw, SEPARATORS, false);
}

/**
 * A line that is a person's name and nothing else ("Jane Doe"): two to four name words, the
 * first a given name the gazetteer knows (so "Related Coverage" or "Read More" is none). A
 * byline when a date line follows it (segment decides).
 */
export function nameLine(text: string, start: number, end: number): Byline | null {
  if (end - start > 40) return null;
  const raw = text.slice(start, end);
  const name = raw.trim();
  if (!isName(name) || name.split(/\s+/).length > 4) return null;
  const first = name.slice(0, name.search(/\s/)).toLowerCase();
  return (lookup(first) & (FIRST | FEMALE | MALE)) !== 0 ? { text: raw, start, end, authors: [name] } : null;
}

/** Whether a byline opens with "By" (or "Posted by", "Von", "Par", ...): stronger than a name and a date. */
export function opensWithBy(b: Byline): boolean {
  return BY.test(b.text);
}

/** Whether a byline says "by" (at its start, or after the date it opens with): a byline far from the body must. */
export function saysBy(b: Byline): boolean {
  return BY.test(b.text) || LATE_BY.test(b.text);
}

/**
 * The byline of `raw` with the authors named in `names` (split at `separators`), or null. After
 * the names comes the outlet: an agency, a role ("Staff Writer"), a part with a digit, a handle;
 * `vouched` says the line is a byline already (it opens with "By", or a date follows the names),
 * so any part that is no name also ends the names.
 */
function authorsOf(raw: string, start: number, end: number, names: string, separators: RegExp, vouched: boolean): Byline | null {
  const authors: string[] = [];
  let sawOutlet = false;
  // a role in parentheses goes only where the line is a byline already: "Ascom (Holding) AG, ..." is an address
  for (const part of (vouched ? names.replace(PAREN_ROLE, '') : names).split(separators)) {
    // a full stop that ends the line is no initial's ("Posted by Alon Zakai.")
    const p = part.trim().replace(FINAL_STOP, '$1');
    if (!p) continue;
    const lower = p.toLowerCase();
    if (agencies.has(lower) || agencies.has(lower.split(' ', 1)[0]!) || ROLE.test(lower) || /\d/.test(p) || p.charAt(0) === '@') {
      sawOutlet = true;
      break;
    }
    if (!isName(p)) {
      // after "By" and at least one name, what follows a separator is the outlet ("By Jane Doe | Example Media for example.com")
      if (vouched && authors.length) {
        sawOutlet = true;
        break;
      }
      return null;
    }
    authors.push(p);
  }
  if (authors.length === 0) return null;
  if (!vouched && !sawOutlet) return null;
  return { text: raw, start, end, authors };
}

function isName(p: string): boolean {
  // two to five words: longer is a sentence's opening, left unsplit
  if (p.length > 60) return false;
  const words = p.split(/\s+/);
  if (words.length < 2 || words.length > 5) return false;
  if (!/^\p{Lu}/u.test(words[0]!) || !/^\p{Lu}/u.test(words[words.length - 1]!)) return false;
  return words.every((w) => NAME_WORD.test(w));
}

/**
 * The names after "By": the text up to what follows them. A date (" on Monday, ...", " am 5.
 * Mai", " March 18 at 3:57 PM", " 2019-11-18", " JAN. 13, 2017"), a dash (" - 11/19/19", " —
 * November 18"), a handle or an e-mail address (" @jdoe", " jdoe@example.com").
 */
function namesPart(rest: string): string {
  let cut = rest.length;
  for (const [sep, next] of DATE_AFTER) {
    const at = rest.indexOf(sep);
    if (at > 0 && at < cut && next.test(rest.charAt(at + sep.length))) cut = at;
  }
  const after = NAMES_END.exec(rest);
  if (after && after.index > 0 && after.index < cut) cut = after.index;
  return rest.slice(0, cut);
}
