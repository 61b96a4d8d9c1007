import type { Byline } from '../types.js';
import { AGENCIES, BYLINE_ROLES } from '../lexicons/agencies.js';

const NAME_WORD = /^(?:\p{Lu}[\p{L}'’.-]*|de|da|del|der|van|von|la|le|bin|al|dos|du|ter)$/u;
const BY = /^(?:(?:posted|written|words|story|text|reporting) by\s|by\s|von\s|par\s|por\s|door\s)\s{0,3}/i;
/**
 * Where the names stop: a date after them. " on Monday", " am Montag", " on November 19" start
 * with a capital or a digit; French and Spanish write days and months in lower case ("le lundi"),
 * and "le" / "el" are also name particles ("Jean le Roux"), so there only a digit counts ("le 5 mai").
 */
const DATE_AFTER: ReadonlyArray<[string, RegExp]> = [
  [' on ', /[\p{Lu}\d]/u],
  [' am ', /[\p{Lu}\d]/u],
  [' le ', /\d/],
  [' el ', /\d/],
];
const agencies = new Set(AGENCIES.map((a) => a.toLowerCase()));
/** any of the roles anywhere in a part (one scan, not one search per role); literals only */
const ROLE = new RegExp(BYLINE_ROLES.map((r) => r.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));

/**
 * How a byline can open: with a capital (a name), a letter of BY's words, or a separator (an
 * empty first part: "| Jane Doe | Reuters", "and ...")
 */
const BYLINE_FIRST = /[\p{Lu}pwstrbvda,|&·•/]/u;

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
 * "Maria Lopez | Reuters", "Maria Lopez, Reuters". Returns null for anything else.
 */
export function parseByline(text: string, start: number, end: number): Byline | null {
  if (end - start > 160 || !BYLINE_FIRST.test(text.charAt(start))) return null;
  const raw = text.slice(start, end);
  const hasBy = BY.exec(raw);
  // without "By", two parts at least: a name, then the outlet after a separator
  if (!hasBy && !SEPARATORS.test(raw)) return null;
  const rest = hasBy ? namesPart(raw.slice(hasBy[0].length)) : raw;
  // without "By", the line must name an outlet after a separator
  // "and" in the byline's own language: "Por Matt Spetalnick e Jason Szep", "Von Anna Roth und Jan Ott"
  const and = hasBy ? AND_AFTER[hasBy[0].trim().toLowerCase()] : undefined;
  const parts = rest.split(and ?? SEPARATORS);
  const authors: string[] = [];
  let sawOutlet = false;
  for (const part of parts) {
    const p = part.trim();
    if (!p) continue;
    const lower = p.toLowerCase();
    if (agencies.has(lower) || ROLE.test(lower) || /\d/.test(p)) {
      sawOutlet = true;
      break;
    }
    if (!isName(p)) {
      // after "By" and at least one name, what follows a separator is the outlet ("By Jane Doe | Example Media for example.com")
      if (hasBy && authors.length) {
        sawOutlet = true;
        break;
      }
      return null;
    }
    authors.push(p);
  }
  if (authors.length === 0) return null;
  if (!hasBy && !sawOutlet) return null;
  return { text: raw, start, end, authors };
}

function isName(p: string): boolean {
  const words = p.split(/\s+/);
  if (words.length < 2 || words.length > 5) return false;
  if (!/^\p{Lu}/u.test(words[0]!) || !/^\p{Lu}/u.test(words[words.length - 1]!)) return false;
  return words.every((w) => NAME_WORD.test(w));
}

/** The names after "By": the text up to a date that follows them (" on Monday, ...", " am 5. Mai"). */
function namesPart(rest: string): string {
  for (const [sep, next] of DATE_AFTER) {
    const at = rest.indexOf(sep);
    if (at > 0 && next.test(rest.charAt(at + sep.length))) return rest.slice(0, at);
  }
  return rest;
}
