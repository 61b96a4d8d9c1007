import type { Document } from '../document/types.js';
import type { EntityType } from './types.js';
import type { NamePart } from './titles.js';
import { COMMON, DEMONYM, FIRST, LAST, ORG, PLACE, TEMPORAL, lookup } from './lexicons/gazetteer.js';
import { MISC_HEADS, ORG_HEADS, ORG_OPENERS } from './lexicons/orgs.js';
import { PLACE_HEADS } from './lexicons/places.js';
import { TITLE_HEADS } from './lexicons/titles.js';

export type Decided = EntityType | 'misc';

/** A name with its evidence. `type` null: undecided until the whole document is seen. */
export interface Candidate extends NamePart {
  type: Decided | null;
  /** decided on strong evidence (title, honorific, gazetteer, head word) */
  strong: boolean;
  /** lower-cased name */
  key: string;
  words: string[];
}

const PLACE_PREPS = new Set(['in', 'at', 'from', 'near', 'to', 'across', 'outside', 'inside', 'into', 'throughout', 'around', 'toward', 'towards', 'via', 'through', 'between', 'past', 'within', 'northern', 'southern', 'eastern', 'western', 'central']);
const SPEECH_AFTER = new Set(['said', 'says', 'told', 'added', 'explained', 'stated', 'wrote', 'argued', 'noted', 'asked', 'replied', 'insisted']);
const ACRONYM = /^(?:\p{Lu}\.?){2,6}$|^\p{Lu}{2,6}s?$/u;

/** Type one name from its own words and its immediate neighbours. */
export function typeCandidate(doc: Document, part: NamePart, runFirst: number): Candidate {
  const text = doc.text;
  const tok = doc.tokens;
  const words: string[] = [];
  for (let i = part.first; i < part.last; i++) words.push(text.slice(tok.start[i]!, tok.end[i]!));
  const key = words.join(' ').toLowerCase().replace(/ - /g, '-');
  const c: Candidate = { ...part, type: null, strong: false, key, words };
  const n = words.length;
  if (n === 0) {
    c.type = 'misc';
    return c;
  }
  const set = (type: Decided, strong: boolean): Candidate => {
    c.type = type;
    c.strong = strong;
    return c;
  };
  const firstL = words[0]!.toLowerCase();
  const lastL = words[n - 1]!.toLowerCase();
  const whole = lookup(key);
  const prev = runFirst > 0 ? text.slice(tok.start[runFirst - 1]!, tok.end[runFirst - 1]!) : '';
  const prevL = prev.toLowerCase();
  const next = part.last < tok.count ? text.slice(tok.start[part.last]!, tok.end[part.last]!).toLowerCase() : '';

  if (MISC_HEADS.has(lastL)) return set('misc', true);
  if (n === 1 && whole & (DEMONYM | TEMPORAL) && !(whole & (PLACE | ORG))) return set('misc', true);
  if (part.titles.length || part.honorific) return set('person', true);
  // a lower-case title just before the name: "spokesman Ravi Patel"
  if (TITLE_HEADS.has(prevL) && prev === prevL && !(whole & (PLACE | ORG))) {
    c.titles = [prev];
    return set('person', true);
  }
  if (whole & ORG) return set('organization', true);
  if (ORG_HEADS.has(lastL) && (n > 1 || part.allCaps === false)) return set('organization', n > 1);
  // "Bank of England", "Kenya National Bureau of Statistics", "Lagos State Ministry of Health"
  if (n > 2 && words.some((w, i) => (w === 'of' || w === 'for') && i > 0 && (ORG_OPENERS.has(words[i - 1]!.toLowerCase()) || ORG_HEADS.has(words[i - 1]!.toLowerCase())))) return set('organization', true);
  if (whole & PLACE) return set('place', true);
  if (n > 1 && PLACE_HEADS.has(lastL)) return set('place', true);
  if (n === 1 && ACRONYM.test(words[0]!) && !part.allCaps) return set('organization', false);
  if (part.allCaps) return c; // case says nothing here: the document decides
  if (n > 1 && (lookup(firstL) & FIRST || lookup(lastL) & LAST)) return set('person', true);
  if (n > 1 && words.some((w) => /^\p{Lu}\p{Ll}+$/u.test(w)) && isAppositive(doc, part.last)) return set('person', true);
  if (PLACE_PREPS.has(prevL) && n <= 3) return set('place', false);
  // unknown capitalized words: a person by default, unless they are all ordinary words ("Fair Pay")
  const ordinary = words.every((w) => lookup(w.toLowerCase()) === COMMON);
  if (n > 1 && n <= 4 && SPEECH_AFTER.has(next) && !ordinary) return set('person', false);
  if (n > 1 && n <= 3 && !ordinary) return set('person', false);
  return c;
}

/** ", a spokesman for ...", ", who ...", ", 45, ..." after a name: the name is a person. */
function isAppositive(doc: Document, after: number): boolean {
  const tok = doc.tokens;
  if (after + 1 >= tok.count) return false;
  const comma = doc.text.slice(tok.start[after]!, tok.end[after]!);
  if (comma !== ',') return false;
  const w = doc.text.slice(tok.start[after + 1]!, tok.end[after + 1]!).toLowerCase();
  return w === 'who' || /^\d{1,3}$/.test(w) || ((w === 'a' || w === 'an' || w === 'the') && after + 2 < tok.count && TITLE_HEADS.has(doc.text.slice(tok.start[after + 2]!, tok.end[after + 2]!).toLowerCase()));
}

/**
 * Document-level consistency: a name decided with confidence keeps its type everywhere
 * in the article; a lone surname joins the person it belongs to; the rest falls back on
 * the gazetteer and context.
 */
export function settleTypes(doc: Document, cands: Candidate[], runFirsts: number[]): void {
  const strongType = new Map<string, Decided>();
  const personWords = new Set<string>();
  const orgInitials = new Map<string, true>();
  for (const c of cands) {
    if (!c.type || !c.strong) continue;
    if (!strongType.has(c.key)) strongType.set(c.key, c.type);
    if (c.type === 'person') for (const w of c.words) personWords.add(w.toLowerCase());
    if (c.type === 'organization' && c.words.length > 1) orgInitials.set(initials(c.words), true);
  }
  for (const c of cands) if (c.type === 'person' && !c.strong) for (const w of c.words) personWords.add(w.toLowerCase());

  cands.forEach((c, k) => {
    if (c.strong) return;
    const known = strongType.get(c.key);
    const n = c.words.length;
    if (known) c.type = known;
    else if (n === 1 && personWords.has(c.key)) c.type = 'person';
    if (c.type) return;
    const flags = lookup(c.key);
    if (orgInitials.has(c.key.replace(/\./g, ''))) c.type = 'organization';
    else if (flags & PLACE) c.type = 'place';
    else if (flags & ORG) c.type = 'organization';
    else if (c.allCaps) c.type = null;
    else if (flags & (FIRST | LAST)) c.type = 'person';
    else {
      const rf = runFirsts[k]!;
      const prev = rf > 0 ? doc.text.slice(doc.tokens.start[rf - 1]!, doc.tokens.end[rf - 1]!).toLowerCase() : '';
      if (PLACE_PREPS.has(prev)) c.type = 'place';
    }
  });
}

function initials(words: string[]): string {
  return words
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w.charAt(0).toLowerCase())
    .join('');
}
