import nlp from 'compromise';
import { EXTRA_PLACES } from './places.js';
import { ORG_ACRONYMS } from './orgs.js';
import { AGENCIES } from '../../lexicons/agencies.js';

/** Bit flags of what a lower-cased word or phrase can name. */
export const FIRST = 1;
export const LAST = 2;
export const PLACE = 4;
export const ORG = 8;
export const DEMONYM = 16;
export const TEMPORAL = 32;
export const FEMALE = 64;
export const MALE = 128;
/** a common word (adjective, noun, verb...) and nothing else the gazetteer knows */
export const COMMON = 256;

const TAGS: Record<string, number> = {
  FirstName: FIRST, MaleName: FIRST | MALE, FemaleName: FIRST | FEMALE, LastName: LAST,
  Country: PLACE, City: PLACE, Region: PLACE, Place: PLACE, Organization: ORG, SportsTeam: ORG,
  Demonym: DEMONYM, Month: TEMPORAL, WeekDay: TEMPORAL, Date: TEMPORAL, Holiday: TEMPORAL,
};

const MONTHS_AND_DAYS = 'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday'.split(' ');

let table: Map<string, number> | null = null;

/**
 * The gazetteer: compromise's lexicon of names, places, organizations and demonyms (read once,
 * directly, without running its tagger) plus our own additions.
 */
function gazetteer(): Map<string, number> {
  if (table) return table;
  const t = new Map<string, number>();
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  for (const word in lexicon) {
    const tags = lexicon[word]!;
    let flags = 0;
    let common = false;
    for (const tag of Array.isArray(tags) ? tags : [tags]) {
      const f = TAGS[tag];
      if (f) flags |= f;
      else if (tag !== 'ProperNoun' && tag !== 'Person' && tag !== 'Actor') common = true;
    }
    if (!flags && common) flags = COMMON;
    if (flags) t.set(word, flags);
  }
  for (const p of EXTRA_PLACES) t.set(p.toLowerCase(), (t.get(p.toLowerCase()) ?? 0) | PLACE);
  for (const m of MONTHS_AND_DAYS) t.set(m, (t.get(m) ?? 0) | TEMPORAL);
  for (const a of AGENCIES) t.set(a.toLowerCase(), (t.get(a.toLowerCase()) ?? 0) | ORG);
  for (const a of ORG_ACRONYMS) t.set(a, (t.get(a) ?? 0) | ORG);
  table = t;
  return t;
}

/** Flags for a lower-cased word or phrase (0 when unknown). */
export function lookup(lower: string): number {
  return gazetteer().get(lower) ?? 0;
}
