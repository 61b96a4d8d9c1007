import type { Document } from '../document/types.js';
import type { Candidate } from './typing.js';
import { TITLE_HEADS, TITLE_MODIFIERS } from './lexicons/titles.js';

const DETERMINERS = new Set(['a', 'an', 'the']);
const LINKS = new Set(['of', 'for', 'at', 'with', 'from', 'in']);
const MAX_TITLE = 5;

/**
 * Titles and affiliation from an appositive after a person's name:
 * "Ravi Patel, a spokesman for the Health Ministry," -> title "spokesman", affiliation the ministry;
 * "James Otieno, chief economist at Equity Bank" -> "chief economist", "Equity Bank".
 */
export function readAppositives(doc: Document, cands: Candidate[]): void {
  const { tokens, text } = doc;
  const lw = (i: number): string => (i < tokens.count ? text.slice(tokens.start[i]!, tokens.end[i]!).toLowerCase() : '');
  const startingAt = new Map<number, Candidate>();
  for (const c of cands) startingAt.set(c.first, c);
  for (const c of cands) {
    if (c.type !== 'person' || lw(c.last) !== ',') continue;
    let k = c.last + 1;
    if (DETERMINERS.has(lw(k))) k++;
    const titleStart = k;
    let titleEnd = -1;
    while (k < tokens.count && k - titleStart < MAX_TITLE) {
      const w = lw(k);
      if (TITLE_HEADS.has(w)) titleEnd = k + 1;
      else if (!TITLE_MODIFIERS.has(w)) break;
      k++;
    }
    if (titleEnd < 0) continue;
    // the title must be written in lower case: "Ravi Patel, Reuters Chief Economist" is a different shape
    const title = text.slice(tokens.start[titleStart]!, tokens.end[titleEnd - 1]!);
    if (/\p{Lu}/u.test(title)) continue;
    if (!c.titles.includes(title)) c.titles.push(title);
    k = titleEnd;
    if (!LINKS.has(lw(k))) continue;
    k++;
    if (lw(k) === 'the') k++;
    const org = startingAt.get(k);
    if (org && org.type === 'organization' && !c.affiliation) c.affiliation = [org.first, org.last];
  }
}
