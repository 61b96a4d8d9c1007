import type { Document } from '../document/types.js';
import type { Run } from './candidates.js';
import { HONORIFICS, TITLE_ABBREVIATIONS, TITLE_HEADS, isTitleWord } from './lexicons/titles.js';
import { DEMONYM, ORG, PLACE, lookup } from './lexicons/gazetteer.js';
import { MISC_HEADS, ORG_HEADS } from './lexicons/orgs.js';

/** A run split into what stands before the name (affiliation, titles, honorific) and the name itself. */
export interface NamePart {
  /** tokens of the name: [first, last) */
  first: number;
  last: number;
  titles: string[];
  honorific: string | null;
  /** tokens of a leading organization/place the title belongs to ("Interpol" Secretary General) */
  affiliation: [number, number] | null;
  /** the leading word was a demonym ("Chinese" State Councilor): a nationality, not an affiliation */
  demonym: boolean;
  allCaps: boolean;
}

/**
 * Split "Interpol Secretary General Jurgen Stock" into affiliation Interpol, title
 * "Secretary General", name "Jurgen Stock". A run that is only titles ("Chinese State
 * Councilor") has an empty name and may lend its titles to the next name.
 */
export function splitTitles(doc: Document, run: Run): NamePart {
  const text = doc.text;
  const tok = doc.tokens;
  const str = (i: number): string => text.slice(tok.start[i]!, tok.end[i]!);
  let first = run.first;
  const last = run.last;
  let honorific: string | null = null;

  // A run ending in an organization or event word is one name: "General Motors", "Security Council".
  const tail = str(last - 1).toLowerCase();
  if (ORG_HEADS.has(tail) || MISC_HEADS.has(tail)) {
    return { first, last, titles: [], honorific: null, affiliation: null, demonym: false, allCaps: run.allCaps };
  }
  // The last title head in the run: the name follows it.
  let head = -1;
  for (let i = first; i < last; i++) {
    const l = str(i).toLowerCase();
    if (TITLE_HEADS.has(l) || TITLE_ABBREVIATIONS.has(l)) head = i;
    else if (HONORIFICS.has(l) && i === last - 2) head = i;
  }
  // "General Motors", "Chief Executive Officer": a head at the end is the whole run (no name)
  if (head < 0) {
    const l = str(first).toLowerCase();
    if (HONORIFICS.has(l) && last - first > 1) {
      honorific = str(first);
      first++;
    }
    return { first, last, titles: [], honorific, affiliation: null, demonym: false, allCaps: run.allCaps };
  }
  // Extend the title leftwards over modifiers and portfolio words: "Public Security Minister".
  let titleStart = head;
  while (titleStart > first) {
    const prev = titleStart - 1;
    const l = str(prev).toLowerCase();
    if (isTitleWord(l)) {
      titleStart = prev;
      continue;
    }
    const flags = lookup(l);
    if (flags & (ORG | PLACE | DEMONYM) || ORG_HEADS.has(l)) break;
    if (/^\p{Lu}\p{Ll}/u.test(str(prev)) && !(flags & ORG)) {
      titleStart = prev;
      continue;
    }
    break;
  }
  const titles: string[] = [];
  // "Secretary of State Antony Blinken": the title runs over "of State"
  if (head + 3 < last && str(head + 1) === 'of') head += 2;
  let nameStart = head + 1;
  if (HONORIFICS.has(str(head).toLowerCase())) {
    honorific = str(head);
    if (head > titleStart) titles.push(text.slice(tok.start[titleStart]!, tok.end[head - 1]!));
  } else {
    titles.push(text.slice(tok.start[titleStart]!, tok.end[head]!));
  }
  // An honorific after the title: "President Mr. X" (rare) - skip it.
  if (nameStart < last && HONORIFICS.has(str(nameStart).toLowerCase())) {
    honorific = str(nameStart);
    nameStart++;
  }
  let affiliation: [number, number] | null = null;
  let demonym = false;
  if (titleStart > first) {
    const l = text.slice(tok.start[first]!, tok.end[titleStart - 1]!).toLowerCase();
    if (lookup(l) & DEMONYM) demonym = true;
    else affiliation = [first, titleStart];
  }
  return { first: nameStart, last, titles, honorific, affiliation, demonym, allCaps: run.allCaps };
}
