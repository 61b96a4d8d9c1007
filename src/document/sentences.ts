import type { Tokens } from './types.js';

/**
 * Abbreviations (lower case, without their full stop) that a sentence does not end on when a
 * capitalized word follows: titles and honorifics ("Mr. Stock", "Gov. Cuomo", "Sen. Perdue"),
 * name parts ("St. Louis", "Ft. Worth", "Roe v. Wade"), "Del." (a delegate, more often than
 * Delaware before a name). "No. 10", "Vol. 2" need no entry: no sentence starts at a number.
 */
const NON_FINAL = new Set([
  'mr', 'mrs', 'ms', 'messrs', 'mssrs', 'dr', 'drs', 'prof', 'rev', 'fr', 'sr', 'st', 'mt', 'ft',
  'gov', 'sen', 'sens', 'rep', 'reps', 'pres', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'cmdr',
  'sgt', 'cpl', 'pvt', 'adm', 'brig', 'supt', 'insp', 'det', 'hon', 'amb', 'atty', 'secy',
  'del', 'vs', 'v', 'cf', 'dept', 'mme', 'mlle',
]);

/**
 * Words that open sentences far more often than they follow an abbreviation inside one: after
 * "in the U.S." or "on Main St.", "He" or "The" starts a new sentence ("U.S. Open" does not).
 */
const OPENERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'its', 'their', 'our', 'but', 'and', 'this',
  'that', 'these', 'those', 'there', 'if', 'when', 'while', 'after', 'before', 'so', 'yet', 'however', 'meanwhile', 'then',
]);

/** Months and weekdays written short: "Jan. 5", "Sept. 11" (a sentence rarely ends on them). */
const DATE_ABBREVIATIONS = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun']);

/** US state abbreviations as news copy writes them after a party letter: "(R-Ga.)", "(D-Calif.)". */
const STATES = new Set([
  'ala', 'ariz', 'ark', 'calif', 'cal', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'kans', 'ky', 'la', 'md',
  'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nebr', 'nev', 'n.h', 'n.j', 'n.m', 'n.y', 'n.c', 'n.d', 'okla',
  'ore', 'pa', 'penn', 'r.i', 's.c', 's.d', 'tenn', 'tex', 'vt', 'va', 'wash', 'w.va', 'wis', 'wisc', 'wyo', 'd.c',
]);

/** Closing marks that stay with the sentence before them. */
function isCloser(v: string): boolean {
  if (v.length !== 1) return false;
  const c = v.charCodeAt(0);
  return c === 41 || c === 93 || c === 125 || c === 0x201d || c === 0x2019 || c === 0xbb;
}

const isUpperStart = (v: string): boolean => {
  const c = v.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c > 127 && v.charAt(0).toLowerCase() !== v.charAt(0));
};
const isLowerStart = (v: string): boolean => {
  const c = v.charCodeAt(0);
  return (c >= 97 && c <= 122) || (c > 127 && v.charAt(0).toUpperCase() !== v.charAt(0));
};

/** How token `v` may end a sentence: 0 not, 1 full stop, 2 question or exclamation mark, 3 abbreviation with its full stop. */
function ending(v: string): number {
  const last = v.charCodeAt(v.length - 1);
  if (last === 33 || last === 63) {
    for (let k = 0; k < v.length - 1; k++) {
      const c = v.charCodeAt(k);
      if (!(c === 33 || c === 63 || c === 46)) return 0;
    }
    return 2;
  }
  if (last !== 46) return 0;
  // "." alone ends; "..." (an ellipsis) does not
  if (v.length === 1) return 1;
  return v.charCodeAt(v.length - 2) === 46 ? 0 : 3;
}

/**
 * Where sentences start, as token indices (the first token always starts one): after a full
 * stop, question or exclamation mark and the closing quotes and brackets that follow it, before a
 * word that does not start in lower case; after an abbreviation that ends a sentence ("... in
 * the U.S. The ...") unless it is a title ("Sen. David Perdue"), an initial ("George W. Bush"),
 * a short month ("Jan. 5") or a state after a party letter ("(R-Ga.)"). An ellipsis ends no
 * sentence. Paragraph ends are cut elsewhere.
 */
export function sentenceStarts(text: string, tokens: Tokens): Uint8Array {
  const n = tokens.count;
  const { value, start, end } = tokens;
  const starts = new Uint8Array(n + 1);
  if (n) starts[0] = 1;
  for (let i = 0; i + 1 < n; i++) {
    const v = value[i]!;
    const kind = ending(v);
    if (!kind) continue;
    let j = i + 1;
    // closing quotes and brackets stay with the sentence; a straight quote when it touches it
    const para = tokens.paragraph[i];
    while (j < n && tokens.paragraph[j] === para && (isCloser(value[j]!) || ((value[j] === '"' || value[j] === "'") && start[j] === end[j - 1]))) j++;
    if (j >= n) break;
    const next = value[j]!;
    if (isLowerStart(next) || continues(next.charCodeAt(0))) continue;
    if (kind === 3 && (!abbreviationEnds(v, next) || afterPartyLetter(text, start[i]!, v.slice(0, -1)))) continue;
    // "(R-Ga.)": a state the tokenizer split from its full stop, after a party letter
    if (kind === 1 && i > 0 && end[i - 1] === start[i] && afterPartyLetter(text, start[i - 1]!, value[i - 1]!)) continue;
    starts[j] = 1;
    i = j - 1;
  }
  return starts;
}

/** Punctuation that continues a sentence: , ; : . ? ! ) ] } and dashes. */
function continues(c: number): boolean {
  return c === 44 || c === 59 || c === 58 || c === 46 || c === 63 || c === 33 || c === 41 || c === 93 || c === 125 || c === 45 || c === 0x2013 || c === 0x2014;
}

/** Whether the abbreviation `v` (with its full stop) ends a sentence before the word `next`. */
function abbreviationEnds(v: string, next: string): boolean {
  if (!isUpperStart(next)) return false;
  const key = v.slice(0, -1).toLowerCase();
  // an initial: "W." in "George W. Bush"
  if (key.length === 1) return false;
  if (OPENERS.has(next.toLowerCase())) return true;
  // letters with full stops ("U.S. Open", "U.N. Security Council", "A.G. Edwards", "10 p.m.
  // Wednesday"), titles, name parts, short months
  if (key.includes('.')) return false;
  return !(NON_FINAL.has(key) || DATE_ABBREVIATIONS.has(key));
}

/** A state abbreviation `word` at `at` after a party letter and a dash: "(R-Ga.)", "D-Calif." */
function afterPartyLetter(text: string, at: number, word: string): boolean {
  const before = text.charCodeAt(at - 1);
  return (before === 45 || before === 0x2013) && STATES.has(word.toLowerCase());
}
