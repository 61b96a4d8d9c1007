import type { Document } from '../document/types.js';
import { MISC_HEADS, ORG_HEADS, ORG_OPENERS } from './lexicons/orgs.js';
import { PLACE_HEADS } from './lexicons/places.js';
import { isTitleWord } from './lexicons/titles.js';
import { lookup, TEMPORAL } from './lexicons/gazetteer.js';

/** A run of capitalized tokens that may name something: [first, last) token indices. */
export interface Run {
  first: number;
  last: number;
  /** the run sits in an all-capitals sentence (headline, dateline): case tells nothing */
  allCaps: boolean;
}

const UPPER_START = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;
/** Capitalized function words: a sentence start, never a name. */
const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'in', 'on', 'at', 'for', 'but', 'and', 'or', 'if', 'when', 'while', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'there', 'here', 'as', 'after', 'before', 'with', 'from', 'by', 'to', 'of', 'so', 'yet', 'not', 'no', 'all', 'some', 'many', 'most', 'more', 'what', 'who', 'why', 'how', 'where', 'which', 'one', 'both', 'each', 'every', 'since', 'because', 'although', 'though', 'until', 'during', 'under', 'over', 'about', 'also', 'then', 'now', 'still', 'even', 'just', 'only', 'however', 'meanwhile']);
const PARTICLES = new Set(['de', 'del', 'della', 'di', 'da', 'dos', 'das', 'du', 'la', 'le', 'van', 'von', 'der', 'den', 'ter', 'bin', 'ibn', 'al', 'el', 'abu']);
const OF_OPENERS = new Set([...ORG_OPENERS, 'republic', 'kingdom', 'gulf', 'isle', 'bay', 'province', 'state', 'sea', 'strait', 'city', 'people', "people's", 'united', 'democratic', 'islamic', 'secretary', 'minister', 'director', 'head', 'chief']);

/**
 * Runs of capitalized tokens (proper-noun candidates) inside token ranges, joined over
 * hyphens, "&", name particles ("van", "de") and "of"/"for"/"and" where an organization
 * or place head makes them one name ("Bank of England", "Belt and Road Initiative").
 */
export function findRuns(doc: Document, ranges: Array<[number, number]>, capsSentence: (t: number) => boolean, sentenceInitial: (t: number) => boolean): Run[] {
  const runs: Run[] = [];
  const text = doc.text;
  const tok = doc.tokens;
  const str = (i: number): string => text.slice(tok.start[i]!, tok.end[i]!);
  const sameLine = (a: number, b: number): boolean => tok.paragraph[a] === tok.paragraph[b] && !/[\n\r]/.test(text.slice(tok.end[a]!, tok.start[b]!));

  const isCand = (i: number): boolean => {
    const v = str(i);
    if (!UPPER_START.test(v) || !LETTER.test(v)) return false;
    if (tok.type[i] !== 'word') return false;
    const lower = v.toLowerCase();
    if (FUNCTION_WORDS.has(lower) && !capsSentence(i)) return false;
    if (lookup(lower) & TEMPORAL && !(lower === 'may' || lower === 'march' || lower === 'june' || lower === 'august')) return false;
    if (capsSentence(i)) return true;
    if (sentenceInitial(i)) {
      const pos = tok.pos[i];
      // "According", "The", "He" open sentences; names at a sentence start are tagged PROPN
      return pos === 'PROPN' || lookup(lower) !== 0 || isTitleWord(lower);
    }
    return true;
  };

  for (const [from, to] of ranges) {
    let i = from;
    while (i < to) {
      if (!isCand(i)) {
        i++;
        continue;
      }
      const first = i;
      let last = i + 1;
      for (;;) {
        if (last >= to) break;
        // adjacent capitalized token
        if (isCand(last) && !sentenceInitial(last) && sameLine(last - 1, last) && !hasPunctBetween(text, tok.end[last - 1]!, tok.start[last]!)) {
          last++;
          continue;
        }
        const c = str(last);
        const cl = c.toLowerCase();
        const next = last + 1;
        if (next >= to || !isCand(next) || !sameLine(last - 1, next)) break;
        // AL-AIN, Rolls-Royce: a hyphen with no space around
        if (c === '-' && tok.end[last - 1] === tok.start[last] && tok.end[last] === tok.start[next]) {
          last = next + 1;
          continue;
        }
        if (c === '&' || PARTICLES.has(c)) {
          last = next + 1;
          continue;
        }
        const head = str(last - 1).toLowerCase();
        if ((cl === 'of' || cl === 'for' || cl === 'on') && (OF_OPENERS.has(head) || ORG_HEADS.has(head) || MISC_HEADS.has(head) || PLACE_HEADS.has(head))) {
          last = next + 1;
          continue;
        }
        if (cl === 'and') {
          // join only when the run after "and" ends an organization or event name: "Belt and Road Initiative"
          let k = next;
          while (k + 1 < to && isCand(k + 1) && sameLine(k, k + 1)) k++;
          const end = str(k).toLowerCase();
          if (k > next - 1 && (ORG_HEADS.has(end) || MISC_HEADS.has(end)) && k - first < 8) {
            last = next;
            continue;
          }
        }
        break;
      }
      // a trailing particle or connector never ends a name
      runs.push({ first, last, allCaps: capsSentence(first) });
      i = last;
    }
  }
  return runs;
}

function hasPunctBetween(text: string, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 9 && c !== 0xa0) return true;
  }
  return false;
}

/** Per-sentence flags: all-capitals sentences, and the first word token of each sentence. */
export function sentenceFlags(doc: Document): { caps: Uint8Array; initial: Uint8Array } {
  const n = doc.tokens.count;
  const caps = new Uint8Array(n);
  const initial = new Uint8Array(n);
  const text = doc.text;
  for (const s of doc.sentences) {
    let upper = 0;
    let letters = 0;
    const slice = text.slice(s.start, s.end);
    for (const ch of slice) {
      if (LETTER.test(ch)) {
        letters++;
        if (!HAS_LOWER.test(ch)) upper++;
      }
    }
    const isCaps = letters >= 6 && upper / letters > 0.85;
    let seenWord = false;
    for (let t = s.first; t < s.last; t++) {
      if (isCaps) caps[t] = 1;
      if (!seenWord && doc.tokens.type[t] === 'word') {
        initial[t] = 1;
        seenWord = true;
      }
    }
  }
  return { caps, initial };
}
