import type { Document } from '../document/types.js';
import type { FeatureContext } from './model/features.js';
import type { TaggedSpan } from './model/tagger.js';
import type { NamePart } from './titles.js';
import type { EntityType } from './types.js';
import { FIRST, LAST, ORG, PLACE, lookup } from './lexicons/gazetteer.js';
import { HONORIFICS, TITLE_ABBREVIATIONS, TITLE_HEADS, isTitleWord } from './lexicons/titles.js';
import { DEMONYM } from './lexicons/flags.js';
import { ORG_BELONGINGS, ORG_DESCRIPTORS } from './lexicons/orgs.js';
import { PARTY_MEMBERS, isGroupNoun } from './lexicons/groups.js';

export type Decided = EntityType | 'misc';

/** A typed name with what stands around it (titles, honorific, affiliation). */
export interface Candidate extends NamePart {
  type: Decided | null;
  /** decided on strong evidence */
  strong: boolean;
  /** lower-cased name */
  key: string;
  words: string[];
  /** the tagger's confidence in the type (score margin) */
  confidence: number;
}

const TYPE_OF: Record<TaggedSpan['type'], Decided> = { PER: 'person', ORG: 'organization', LOC: 'place', MISC: 'misc' };

/**
 * Candidates from the tagger's spans. A person's titles are read leftwards from the name
 * ("Interpol Secretary General Jurgen Stock": titles "Secretary General", affiliation the
 * organization just before them; "State Councilor and Public Security Minister Guo Shengkun":
 * two titles), and a title or honorific the tagger left inside the span is moved out of the name.
 */
export function candidatesFromSpans(ctx: FeatureContext, spans: TaggedSpan[]): Candidate[] {
  const doc = ctx.doc;
  const tok = doc.tokens;
  // "Mayor" tagged as a person of its own before "Denise Carter": a title, not a name
  spans = spans.filter((s) => !(s.type === 'PER' && onlyTitles(tok.lower, s.first, s.last)));
  const endingAt = new Map<number, TaggedSpan>();
  for (const s of spans) endingAt.set(s.last, s);
  const out: Candidate[] = [];
  // where the names described as organizations end: "automakers Mahindra (India) and Dongfeng" describes both
  const describedEnds = new Set<number>();
  for (const s of spans) {
    let first = s.first;
    const titles: string[] = [];
    let honorific: string | null = null;
    let affiliation: [number, number] | null = null;
    const type = TYPE_OF[s.type];
    if (type === 'person') {
      // titles or honorifics the tagger took into the name: "President Daniel Mwangi"
      while (first < s.last - 1 && (HONORIFICS.has(tok.lower[first]!) || TITLE_ABBREVIATIONS.has(tok.lower[first]!) || TITLE_HEADS.has(tok.lower[first]!))) {
        if (HONORIFICS.has(tok.lower[first]!)) honorific = tok.value[first]!;
        else titles.push(tok.value[first]!);
        first++;
      }
      // "Democrat Hillary Clinton": a party or group word before the name is no part of it
      if (first < s.last - 1 && PARTY_MEMBERS.has(tok.lower[first]!)) first++;
      const sentStart = ctx.sent[first]! >= 0 ? ctx.sentFirst[ctx.sent[first]!]! : 0;
      let k = s.first;
      // an honorific just before the name: "Mr. Stock", "President Mr. X"
      if (k - 1 >= sentStart && HONORIFICS.has(tok.lower[k - 1]!) && !endingAt.has(k)) {
        honorific ??= tok.value[k - 1]!;
        k--;
      }
      const before: string[] = [];
      for (;;) {
        const t = titleBefore(doc, k, sentStart, endingAt);
        if (t < 0) break;
        before.unshift(doc.text.slice(tok.start[t]!, tok.end[k - 1]!));
        k = t;
        // "State Councilor and Public Security Minister": titles chained by "and" or ","
        const j = tok.lower[k - 1];
        if (k - 2 >= sentStart && (j === 'and' || j === ',') && !endingAt.has(k - 1) && TITLE_HEADS.has(tok.lower[k - 2]!)) {
          const t2 = titleBefore(doc, k - 1, sentStart, endingAt);
          if (t2 >= 0) {
            before.unshift(doc.text.slice(tok.start[t2]!, tok.end[k - 2]!));
            k = t2;
          }
        }
        break;
      }
      titles.unshift(...before);
      const aff = endingAt.get(k);
      if (before.length && aff && aff.type === 'ORG') affiliation = [aff.first, aff.last];
    }
    const words: string[] = [];
    for (let i = first; i < s.last; i++) words.push(tok.value[i]!);
    const sent = ctx.sent[first]!;
    // "automakers Mahindra", "Italian side Juventus": a kind of organization named just before
    // (not a name the tagger read as a person's full name: "the firm Ravi Patel founded")
    const fullName = type === 'person' && s.last - first > 1;
    const described = titles.length === 0 && honorific === null && !fullName && (describedAsOrganization(ctx, s.first) || describedEnds.has(conjunctOf(ctx, s.first)) || (type === 'person' && ownsAsOrganization(ctx, s.last)));
    if (described) describedEnds.add(s.last);
    out.push({
      first,
      last: s.last,
      titles,
      honorific,
      affiliation,
      demonym: false,
      allCaps: sent >= 0 && ctx.capsSent[sent] === 1 && ctx.titleSent[sent] === 0,
      // "Muslims", "Latino", "Democrat": a group or its member, not a name
      type: described || (type === 'person' && s.last - first === 1 && (isCamelBrand(tok.value[first]!) || isTeamPlural(ctx, first))) ? 'organization' : s.last - first === 1 && isGroupNoun(tok.lower[first]!) ? 'misc' : type,
      strong: titles.length > 0 || honorific !== null || described,
      key: keyOf(tok.lower, tok.value, first, s.last),
      words,
      confidence: s.confidence,
    });
  }
  return out;
}

/**
 * The lower-cased name of tokens [first, last): their lower-case forms joined by spaces, a
 * spaced hyphen closed up ("Guinea - Bissau" -> "guinea-bissau").
 */
function keyOf(lower: string[], value: string[], first: number, last: number): string {
  if (last - first === 1) return lower[first]!;
  let hyphen = false;
  for (let i = first; i < last; i++) if (value[i] === '-') hyphen = true;
  if (hyphen) return value.slice(first, last).join(' ').toLowerCase().replace(/ - /g, '-');
  let key = lower[first]!;
  for (let i = first + 1; i < last; i++) key += ' ' + lower[i]!;
  return key;
}

/** Whether the word before token `first` is a lower-case kind of organization ("automakers"), in the same sentence. */
function describedAsOrganization(ctx: FeatureContext, first: number): boolean {
  const k = first - 1;
  if (k < 0 || ctx.upper[k] || ctx.sent[k] !== ctx.sent[first]) return false;
  const w = ctx.doc.tokens.lower[k]!;
  // "Ontario-based Magna": a seat written just before the name (a person's would come before a title: "London-based writer X")
  return ORG_DESCRIPTORS.has(w) || (w === 'based' && k >= 1 && ctx.doc.tokens.value[k - 1] === '-');
}

/**
 * Where the name this one is coordinated with ends: back over "and", "or", a comma and one short
 * parenthesis ("Mahindra (India) and Dongfeng"), in the same sentence; -1 when there is none.
 */
function conjunctOf(ctx: FeatureContext, first: number): number {
  const v = ctx.doc.tokens.value;
  const sent = ctx.sent[first];
  let k = first - 1;
  let links = 0;
  while (k >= 0 && ctx.sent[k] === sent && (v[k] === 'and' || v[k] === 'or' || v[k] === ',') && links < 2) {
    k--;
    links++;
  }
  if (links === 0) return -1;
  if (k >= 0 && v[k] === ')') {
    let j = k - 1;
    while (j >= 0 && k - j <= 5 && v[j] !== '(' && ctx.sent[j] === sent) j--;
    if (j < 0 || v[j] !== '(') return -1;
    k = j - 1;
  }
  return k >= 0 && ctx.sent[k] === sent ? k + 1 : -1;
}

/**
 * Whether the name ending before token `end` is followed by a thing only organizations have
 * ("Magna shares", "Saab's plant"), or speaks of itself as "it" ("Comelf said it doubled output",
 * "Cofinec said its profit fell"): people are "he", "she" or "they".
 */
function ownsAsOrganization(ctx: FeatureContext, end: number): boolean {
  const lower = ctx.doc.tokens.lower;
  const n = lower.length;
  let k = end;
  if (k < n && (lower[k] === "'s" || lower[k] === '’s')) k++;
  if (k < n && !ctx.upper[k] && ctx.sent[k] === ctx.sent[end - 1] && ORG_BELONGINGS.has(lower[k]!)) return true;
  return k === end && k + 1 < n && SAID.has(lower[k]!) && (lower[k + 1] === 'it' || lower[k + 1] === 'its') && ctx.sent[k + 1] === ctx.sent[end - 1];
}
const SAID = new Set(['said', 'says', 'added', 'announced', 'reported', 'stated']);

/**
 * "the Eagles", "the Yankees": "the" and a plural that is no family name ("the Clintons" stays
 * people) names a team or a band.
 */
function isTeamPlural(ctx: FeatureContext, i: number): boolean {
  const lower = ctx.doc.tokens.lower;
  const l = lower[i]!;
  if (i === 0 || lower[i - 1] !== 'the' || l.length < 5 || !l.endsWith('s') || l.endsWith('ss') || l.endsWith("'s") || l.endsWith('’s')) return false;
  return (lookup(l.slice(0, -1)) & (FIRST | LAST)) === 0 && (lookup(l) & (FIRST | LAST)) === 0;
}

/**
 * "WeWork", "PayPal", "BlackRock": one word with a capital inside is a brand, unless it starts
 * like a surname or given name does ("McCain", "DeVos", "LeBron", "DiCaprio", "MacArthur").
 */
function isCamelBrand(v: string): boolean {
  return CAMEL.test(v) && !NAME_PREFIX.test(v);
}
const CAMEL = /^[A-Z][a-z]{1,12}[A-Z][a-z]{2,12}$/;
const NAME_PREFIX = /^(?:Mc|Mac|De|Di|Da|Du|Le|La|Van|Von|St|Fitz|Ja|Ke|Re|Ta|Ty|Tre|Sha|Ra|Jo)[A-Z]/;

function onlyTitles(lower: string[], first: number, last: number): boolean {
  for (let i = first; i < last; i++) {
    const l = lower[i]!;
    if (!(isTitleWord(l) || HONORIFICS.has(l))) return false;
  }
  return true;
}

/**
 * Start of a title phrase ending just before token `end` ("Public Security Minister",
 * "Secretary General", "chief economist", "Sen."), or -1. The phrase ends in a title word and
 * runs leftwards over title words and capitalized words that name no organization or place.
 */
function titleBefore(doc: Document, end: number, sentStart: number, endingAt: Map<number, TaggedSpan>): number {
  const tok = doc.tokens;
  const last = end - 1;
  if (last < sentStart || endingAt.has(end)) return -1;
  const l = tok.lower[last]!;
  if (!(TITLE_HEADS.has(l) || TITLE_ABBREVIATIONS.has(l) || isTitleWord(l))) return -1;
  let start = last;
  // "Secretary of State": one title over "of"
  while (start > sentStart) {
    const p = start - 1;
    if (endingAt.has(start)) break;
    const pl = tok.lower[p]!;
    if (isTitleWord(pl)) {
      start = p;
      continue;
    }
    const v = tok.value[p]!;
    const flags = lookup(pl);
    if (/^\p{Lu}\p{Ll}/u.test(v) && !(flags & (ORG | PLACE | DEMONYM)) && isTitleWord(tok.lower[start]!)) {
      start = p;
      continue;
    }
    break;
  }
  // the phrase must hold a title head, not only modifiers ("Foreign")
  let head = false;
  for (let i = start; i <= last; i++) if (TITLE_HEADS.has(tok.lower[i]!) || TITLE_ABBREVIATIONS.has(tok.lower[i]!)) head = true;
  return head ? start : -1;
}

/** How much more confident another reading of a known place must be to win. */
const PLACE_PRIOR = 3;

/**
 * Document-level consistency: a name keeps one type in the article (the type most of its
 * mentions got, strong evidence first), and a lone surname of a person found in full is
 * that person.
 */
export function settleTypes(cands: Candidate[]): void {
  const votes = new Map<string, Map<Decided, number>>();
  const personWords = new Set<string>();
  for (const c of cands) {
    if (!c.type) continue;
    const m = votes.get(c.key) ?? new Map<Decided, number>();
    m.set(c.type, (m.get(c.type) ?? 0) + Math.min(c.confidence, 50) + (c.strong ? 50 : 0));
    votes.set(c.key, m);
    if (c.type === 'person' && c.words.length > 1) for (const w of c.words) personWords.add(w.toLowerCase());
  }
  for (const c of cands) {
    if (c.strong) continue;
    if (c.words.length === 1 && personWords.has(c.key) && c.type !== 'person') {
      c.type = 'person';
      continue;
    }
    const m = votes.get(c.key);
    if (!m || m.size < 2) continue;
    // a known place read both ways: the place, unless the other reading is far more confident
    const place = m.get('place');
    if (place !== undefined && lookup(c.key) & PLACE && !(lookup(c.key) & ORG)) {
      let other = 0;
      for (const [t, n] of m) if (t !== 'place') other = Math.max(other, n);
      if (other < PLACE_PRIOR * place) {
        c.type = 'place';
        continue;
      }
    }
    let best: Decided | null = null;
    let bestN = 0;
    let total = 0;
    for (const [t, n] of m) {
      total += n;
      if (n > bestN) {
        best = t;
        bestN = n;
      }
    }
    if (best && bestN * 2 > total) c.type = best;
  }
}
