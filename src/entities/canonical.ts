import type { Document } from '../document/types.js';
import type { Organization, Person, Place, TextSpan } from '../types.js';
import type { Candidate } from './typing.js';
import type { Entities, EntityMention, EntityType } from './types.js';
import { ALIASES } from './lexicons/places.js';

interface Group {
  type: EntityType;
  cands: Candidate[];
  words: string[];
}

/**
 * Mentions grouped into one entity per real thing: "Stock" joins "Jurgen Stock", "U.N."
 * joins "United Nations". The canonical name is the longest full form.
 */
export function groupEntities(doc: Document, cands: Candidate[]): Entities {
  const groups: Group[] = [];
  groupPeople(cands, groups);
  groupNamed(cands, groups);
  return entitiesOf(doc, byFirstMention(groups));
}

// The steps below are separate functions, not one: a parse per record runs them thousands of
// times, and when V8 re-optimizes one after a new kind of input it recompiles that step alone
// (one body held ~18% of the optimizing compiler's time on a 2-worker run).

/** People: full names first, so a surname alone ("Stock") finds its full name wherever it stands. */
function groupPeople(cands: Candidate[], groups: Group[]): void {
  const byKey = new Map<string, Group>();
  // person groups by each word of their name
  const byWord = new Map<string, Group[]>();
  const people: Candidate[] = [];
  for (const c of cands) if (c.type === 'person') people.push(c);
  people.sort((a, b) => b.words.length - a.words.length);
  for (const c of people) {
    const lw = c.words.map((w) => w.toLowerCase());
    const g = byKey.get(c.key) ?? personWith(byWord.get(lw[0]!), lw) ?? newPersonGroup(lw, groups, byWord);
    g.cands.push(c);
    byKey.set(c.key, g);
  }
}

/** The group among `list` whose name holds the words `lw`, or ends with the one word `lw`. */
function personWith(list: Group[] | undefined, lw: string[]): Group | undefined {
  if (!list) return undefined;
  for (const x of list) {
    if (contains(x.words, lw) || (lw.length === 1 && x.words.length > 1 && x.words[x.words.length - 1] === lw[0])) return x;
  }
  return undefined;
}

function newPersonGroup(lw: string[], groups: Group[], byWord: Map<string, Group[]>): Group {
  const g: Group = { type: 'person', cands: [], words: lw };
  groups.push(g);
  for (const w of new Set(lw)) {
    const list = byWord.get(w);
    if (list) list.push(g);
    else byWord.set(w, [g]);
  }
  return g;
}

/** Organizations and places by normalized key; an acronym joins the organization it abbreviates. */
function groupNamed(cands: Candidate[], groups: Group[]): void {
  const byKey = { organization: new Map<string, Group>(), place: new Map<string, Group>() };
  // organization groups by their initials
  const byInitials = new Map<string, Group>();
  for (const c of cands) {
    if (c.type !== 'organization' && c.type !== 'place') continue;
    const key = normalKey(c.key);
    let g = byKey[c.type].get(key);
    if (!g && c.type === 'organization' && c.words.length === 1) g = byInitials.get(key.replace(/\./g, ''));
    if (!g) {
      g = { type: c.type, cands: [], words: key.split(' ') };
      groups.push(g);
      // an acronym seen before its full form: let the full form join it
    } else if (c.words.length > g.words.length) g.words = key.split(' ');
    if (g.type === 'organization' && g.words.length > 1) {
      const ini = initials(g.words);
      if (!byInitials.has(ini)) byInitials.set(ini, g);
    }
    g.cands.push(c);
    byKey[c.type].set(key, g);
  }
}

/** Groups in order of first mention (ids follow this order). */
function byFirstMention(groups: Group[]): Group[] {
  const first = new Map<Group, number>();
  for (const g of groups) {
    let f = Infinity;
    for (const c of g.cands) if (c.first < f) f = c.first;
    first.set(g, f);
  }
  return groups.sort((a, b) => first.get(a)! - first.get(b)!);
}

function entitiesOf(doc: Document, ordered: Group[]): Entities {
  const spanOf = (c: Candidate): TextSpan => {
    const start = doc.tokens.start[c.first]!;
    const end = doc.tokens.end[c.last - 1]!;
    return { text: doc.text.slice(start, end), start, end };
  };
  const people: Person[] = [];
  const orgs: Organization[] = [];
  const places: Place[] = [];
  const mentions: EntityMention[] = [];
  const counters = { person: 0, organization: 0, place: 0 };
  const prefix = { person: 'p', organization: 'o', place: 'l' } as const;
  for (const g of ordered) {
    const id = `${prefix[g.type]}${++counters[g.type]}`;
    const cs = [...g.cands].sort((a, b) => a.first - b.first);
    const spans = cs.map(spanOf);
    for (const s of spans) mentions.push({ text: s.text, start: s.start, end: s.end, type: g.type, entityId: id });
    const name = canonicalName(cs, spans);
    if (g.type === 'person') people.push(personOf(doc, id, name, cs, spans));
    else if (g.type === 'organization') orgs.push({ id, name, mentions: spans });
    else places.push({ id, name, mentions: spans });
  }
  mentions.sort((a, b) => a.start - b.start);
  return { people, organizations: orgs, places, mentions };
}

function personOf(doc: Document, id: string, name: string, cs: Candidate[], spans: TextSpan[]): Person {
  const titles: string[] = [];
  for (const c of cs) for (const t of c.titles) if (!titles.includes(t)) titles.push(t);
  const aff = cs.find((c) => c.affiliation)?.affiliation;
  return { id, name, titles, affiliation: aff ? doc.text.slice(doc.tokens.start[aff[0]]!, doc.tokens.end[aff[1] - 1]!) : null, mentions: spans };
}

/** The longest mention, preferring one not in capitals. */
function canonicalName(cs: Candidate[], spans: TextSpan[]): string {
  let best = -1;
  for (let i = 0; i < cs.length; i++) {
    if (best < 0) {
      best = i;
      continue;
    }
    const a = cs[i]!;
    const b = cs[best]!;
    if (b.allCaps && !a.allCaps) best = i;
    else if (a.allCaps === b.allCaps && spans[i]!.text.length > spans[best]!.text.length) best = i;
  }
  const name = spans[best]!.text.replace(/\s+/g, ' ');
  // "NAIROBI" in a dateline, "JAPAN" in a headline: written in capitals, named in title case
  return cs[best]!.allCaps || (cs[best]!.type !== 'organization' && /^[\p{Lu}\s.'-]+$/u.test(name) && name.replace(/[^\p{L}]/gu, '').length > 3) ? titleCase(name) : name;
}

function titleCase(s: string): string {
  return s.replace(/\p{L}+/gu, (w) => (w.length <= 2 ? w : w.charAt(0) + w.slice(1).toLowerCase()));
}

/** Aliases as a Map: no prototype names ("constructor") read as aliases, no key string interned. */
const ALIAS = new Map(Object.entries(ALIASES));

function normalKey(key: string): string {
  const k = key.startsWith('the ') ? key.slice(4) : key;
  return ALIAS.get(k) ?? k;
}

function contains(hay: string[], needle: string[]): boolean {
  if (needle.length > hay.length) return false;
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

function initials(words: string[]): string {
  return words
    .filter((w) => !['of', 'for', 'and', 'the', '&'].includes(w))
    .map((w) => w.charAt(0))
    .join('');
}
