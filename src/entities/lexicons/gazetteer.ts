import { EXTRA_PLACES } from './places.js';
import { ORG_ACRONYMS } from './orgs.js';
import { AGENCIES } from '../../lexicons/agencies.js';
import { GAZETTEER_DATA } from './gazetteer-data.js';
import { TEMPORAL, PLACE, ORG } from './flags.js';

export { COMMON, DEMONYM, FEMALE, FIRST, LAST, MALE, ORG, PLACE, TEMPORAL } from './flags.js';

const MONTHS_AND_DAYS = 'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday'.split(' ');

let table: Map<string, number> | null = null;
/** first word of each phrase -> its second word -> the flags of the two-word phrase (0: a longer phrase only) */
let firstWords: Map<string, Map<string, number>> | null = null;

/**
 * The gazetteer: compromise's lexicon of names, places, organizations and demonyms (extracted
 * once by bench/build-gazetteer.ts into gazetteer-data.ts, so compromise is not loaded at run
 * time) plus our own additions.
 */
function gazetteer(): Map<string, number> {
  if (table) return table;
  const t = new Map<string, number>();
  for (const [flags, words] of GAZETTEER_DATA) {
    for (const w of words.split(' ')) t.set(w.includes('_') ? w.replace(/_/g, ' ') : w, flags);
  }
  const add = (w: string, f: number): void => void t.set(w, (t.get(w) ?? 0) | f);
  for (const p of EXTRA_PLACES) add(p.toLowerCase(), PLACE);
  for (const m of MONTHS_AND_DAYS) add(m, TEMPORAL);
  for (const a of AGENCIES) add(a.toLowerCase(), ORG);
  for (const a of ORG_ACRONYMS) add(a, ORG);
  table = t;
  firstWords = new Map();
  for (const [k, f] of t) {
    const sp = k.indexOf(' ');
    if (sp <= 0) continue;
    const first = k.slice(0, sp);
    let seconds = firstWords.get(first);
    if (!seconds) firstWords.set(first, (seconds = new Map()));
    const rest = k.slice(sp + 1);
    if (!rest.includes(' ')) seconds.set(rest, f);
  }
  return t;
}

/** Flags for a lower-cased word or phrase (0 when unknown). */
export function lookup(lower: string): number {
  return gazetteer().get(lower) ?? 0;
}

/** Whether some phrase of the gazetteer starts with this lower-cased word (guards phrase look-ups). */
export function startsPhrase(lower: string): boolean {
  gazetteer();
  return firstWords!.has(lower);
}

/** lookup(first + ' ' + second) without building the phrase: flags of a two-word phrase (0 when unknown). */
export function phraseLookup(first: string, second: string): number {
  gazetteer();
  const seconds = firstWords!.get(first);
  if (seconds === undefined) return 0;
  return second.includes(' ') ? lookup(first + ' ' + second) : (seconds.get(second) ?? 0);
}
