import { buildDocument } from '../document/build.js';
import { regionTokens } from '../document/regions.js';
import type { Document } from '../document/types.js';
import { assertText } from '../options.js';
import type { Span } from '../types.js';
import { findRuns, sentenceFlags } from './candidates.js';
import { readAppositives } from './appositive.js';
import { groupEntities } from './canonical.js';
import { splitTitles, type NamePart } from './titles.js';
import { settleTypes, typeCandidate, type Candidate } from './typing.js';
import type { Entities } from './types.js';

export type { Entities, EntityMention, EntityType } from './types.js';

/** People, organizations and places of a text (the whole text: no boilerplate removal). */
export function extractEntities(text: string): Entities {
  assertText(text, 'extractEntities');
  const doc = buildDocument(text);
  return extractEntitiesFromDocument(doc, [{ start: 0, end: text.length }]);
}

/** Entities from the given regions of a Document (headline and body in the pipeline). */
export function extractEntitiesFromDocument(doc: Document, regions: Span[]): Entities {
  const flags = sentenceFlags(doc);
  const runs = findRuns(doc, regionTokens(doc, regions), (t) => flags.caps[t] === 1, (t) => flags.initial[t] === 1);
  const cands: Candidate[] = [];
  const runFirsts: number[] = [];
  let prevTitleOnly: { part: NamePart; last: number } | null = null;
  for (const run of runs) {
    const part = splitTitles(doc, run);
    // "Interpol" in "Interpol Secretary General Jurgen Stock" is a mention of its own
    if (part.affiliation) {
      const [a, b] = part.affiliation;
      const aff: NamePart = { first: a, last: b, titles: [], honorific: null, affiliation: null, demonym: false, allCaps: run.allCaps };
      cands.push(typeCandidate(doc, aff, a));
      runFirsts.push(a);
    }
    // "State Councilor and Public Security Minister Guo Shengkun": titles chained by "and"
    if (part.first >= part.last) {
      prevTitleOnly = part.titles.length ? { part, last: run.last } : null;
      continue;
    }
    if (prevTitleOnly && part.titles.length && isJoiner(doc, prevTitleOnly.last, run.first)) {
      part.titles = [...prevTitleOnly.part.titles, ...part.titles];
      if (!part.affiliation && prevTitleOnly.part.affiliation) part.affiliation = prevTitleOnly.part.affiliation;
    }
    prevTitleOnly = null;
    cands.push(typeCandidate(doc, part, run.first));
    runFirsts.push(run.first);
  }
  settleTypes(doc, cands, runFirsts);
  readAppositives(doc, cands);
  return groupEntities(doc, cands.filter((c) => c.type && c.type !== 'misc'));
}

/** Only "and" or "," stands between two token positions. */
function isJoiner(doc: Document, end: number, start: number): boolean {
  if (start - end !== 1) return false;
  const w = doc.text.slice(doc.tokens.start[end]!, doc.tokens.end[end]!);
  return w === 'and' || w === ',' || w === '&';
}
