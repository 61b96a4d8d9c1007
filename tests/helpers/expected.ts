import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Article, BoilerplateKind, DateType, ParseOptions, QuoteType } from '../../src/types.js';

/**
 * Hand-annotated gold for one fixture: `fixtures/<name>.expected.json` next to `fixtures/<name>.txt`.
 * Spans are left out: gold names texts, and the test compares texts (offsets are checked by the
 * invariant tests). Mentions, quotes and dates come from the headline and body only.
 */
export interface Expected {
  description: string;
  options: ParseOptions;
  headline: { text: string; source: 'text' | 'option' | 'lead' } | null;
  dateline: { text: string; place: string | null; date: string | null } | null;
  byline: { text: string; authors: string[] } | null;
  publishedAt: string | null;
  body: string[];
  boilerplate: { text: string; kind: BoilerplateKind }[];
  people: { name: string; titles: string[]; affiliation: string | null; mentions: string[] }[];
  organizations: { name: string; mentions: string[] }[];
  places: { name: string; mentions: string[] }[];
  quotes: { text: string; type: QuoteType; speaker: string | null; cue: string | null }[];
  dates: { text: string; value: string | null; type: DateType }[];
}

export interface GoldFixture {
  name: string;
  text: string;
  expected: Expected;
}

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const SUFFIX = '.expected.json';

/** Every fixture that has an `.expected.json`, sorted by name. */
export function goldFixtures(): GoldFixture[] {
  return readdirSync(FIXTURES)
    .filter((f) => f.endsWith(SUFFIX))
    .sort()
    .map((f) => {
      const name = f.slice(0, -SUFFIX.length);
      const text = readFileSync(`${FIXTURES}${name}.txt`, 'utf8');
      const expected = JSON.parse(readFileSync(`${FIXTURES}${f}`, 'utf8')) as Expected;
      return { name, text, expected };
    });
}

// ---------------------------------------------------------------------------------------------
// Projections: the Article and the gold are both reduced to the same plain, order-stable shape,
// so `expect(actual).toEqual(expected)` prints a readable diff.

const byName = <T extends { name: string }>(a: T, b: T): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
const sorted = (xs: string[]): string[] => [...xs].sort();

export function headlineOf(a: Article): Expected['headline'] {
  return a.headline ? { text: a.headline.text, source: a.headline.source } : null;
}

export function datelineOf(a: Article): Expected['dateline'] {
  return a.dateline ? { text: a.dateline.text, place: a.dateline.place, date: a.dateline.date } : null;
}

export function bylineOf(a: Article): Expected['byline'] {
  return a.byline ? { text: a.byline.text, authors: [...a.byline.authors] } : null;
}

export function bodyOf(a: Article): string[] {
  return a.body.paragraphs.map((p) => p.text);
}

export function boilerplateOf(a: Article): Expected['boilerplate'] {
  return a.boilerplate.map((b) => ({ text: b.text, kind: b.kind }));
}

export interface PersonView {
  name: string;
  titles: string[];
  affiliation: string | null;
  mentions: string[];
}

/** People as a set: sorted by name, titles and mention strings sorted. */
export function peopleView(people: { name: string; titles: string[]; affiliation: string | null; mentions: (string | { text: string })[] }[]): PersonView[] {
  return people
    .map((p) => ({
      name: p.name,
      titles: sorted(p.titles),
      affiliation: p.affiliation,
      mentions: sorted(p.mentions.map(mentionText)),
    }))
    .sort(byName);
}

export interface EntityView {
  name: string;
  mentions: string[];
}

/** Organizations or places as a set: sorted by name, mention strings sorted. */
export function entitiesView(entities: { name: string; mentions: (string | { text: string })[] }[]): EntityView[] {
  return entities.map((e) => ({ name: e.name, mentions: sorted(e.mentions.map(mentionText)) })).sort(byName);
}

function mentionText(m: string | { text: string }): string {
  return typeof m === 'string' ? m : m.text;
}

const EDGE = /^[\s,.;:"'\u201c\u201d\u2018\u2019\u00ab\u00bb]+|[\s,.;:"'\u201c\u201d\u2018\u2019\u00ab\u00bb]+$/g;

/**
 * The key a quote is matched on: whitespace collapsed, leading/trailing whitespace, , . ; : and
 * quote marks trimmed. Inner text (including inner quote marks and the comma before a split) stays.
 */
export function normalizeQuoteText(s: string): string {
  return s.replace(/\s+/g, ' ').replace(EDGE, '');
}

export interface QuoteView {
  text: string;
  type: QuoteType;
  speaker: string | null;
  cue: string | null;
}

/** Quotes as a set keyed on normalized text (sorted by it); speaker by name, cue lower-cased. */
export function quotesView(quotes: { text: string; type: QuoteType; speaker: string | { name: string } | null; cue: string | { text: string } | null }[]): QuoteView[] {
  return quotes
    .map((q) => ({
      text: normalizeQuoteText(q.text),
      type: q.type,
      speaker: q.speaker === null ? null : typeof q.speaker === 'string' ? q.speaker : q.speaker.name,
      cue: q.cue === null ? null : (typeof q.cue === 'string' ? q.cue : q.cue.text).trim().toLowerCase(),
    }))
    .sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
}

export function datesOf(a: Article): Expected['dates'] {
  return a.dates.map((d) => ({ text: d.text, value: d.value, type: d.type }));
}

// ---------------------------------------------------------------------------------------------
// Gold self-consistency: catches a fixture edited without its annotation (or the reverse).

/** Problems with the gold itself against its text; empty when the annotation is consistent. */
export function goldProblems({ text, expected: e }: GoldFixture): string[] {
  const problems: string[] = [];
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l.length > 0);
  const claimed: string[] = [];
  if (e.headline?.source === 'text') claimed.push(e.headline.text);
  if (e.byline) claimed.push(e.byline.text);
  claimed.push(...e.body, ...e.boilerplate.map((b) => b.text));
  const remaining = [...lines];
  for (const c of claimed) {
    const i = remaining.indexOf(c);
    if (i < 0) problems.push(`claimed line is not an unclaimed line of the text: ${JSON.stringify(c)}`);
    else remaining.splice(i, 1);
  }
  for (const r of remaining) problems.push(`line not covered by headline/byline/body/boilerplate: ${JSON.stringify(r)}`);
  if (e.headline?.source === 'lead' && !e.body[0]?.includes(e.headline.text)) problems.push('lead headline is not in the first body paragraph');
  if (e.headline?.source === 'option' && e.options.title !== e.headline.text) problems.push('option headline differs from options.title');
  if (e.dateline && !e.body[0]?.startsWith(e.dateline.text)) problems.push('dateline does not start the first body paragraph');

  const region = [e.headline?.source === 'text' ? e.headline.text : '', ...e.body].join('\n');
  const inOrder = (what: string, xs: string[]): void => {
    let from = 0;
    for (const x of xs) {
      const at = region.indexOf(x, from);
      if (at < 0) {
        problems.push(`${what}: ${JSON.stringify(x)} not found (in order) in headline + body`);
        return;
      }
      from = at + x.length;
    }
  };
  for (const p of e.people) inOrder(`people ${p.name}`, p.mentions);
  for (const o of e.organizations) inOrder(`organization ${o.name}`, o.mentions);
  for (const p of e.places) inOrder(`place ${p.name}`, p.mentions);
  inOrder('dates', e.dates.map((d) => d.text));
  for (const q of e.quotes) {
    if (region.includes(q.text)) continue;
    // a quote split by its attribution: two parts joined by one space
    let found = false;
    for (let i = q.text.indexOf(' '); i >= 0 && !found; i = q.text.indexOf(' ', i + 1)) {
      found = region.includes(q.text.slice(0, i)) && region.includes(q.text.slice(i + 1));
    }
    if (!found) problems.push(`quote not found in headline + body: ${JSON.stringify(q.text)}`);
  }
  return problems;
}
