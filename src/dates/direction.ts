import type { Document } from '../document/types.js';
import { FUTURE_CUES, PAST_ADVERBS, PAST_CUES, WEAK_FUTURE_CUES } from './lexicons.js';

/** How far back in its clause an expression looks for a tense cue; and how far forward. */
const BACK = 10;
const AHEAD = 6;

/**
 * -1: the clause is past; 1: it speaks of the future; 0: no cue. A half (-0.5, 0.5) is a weaker
 * sign: a cue elsewhere in the sentence, or a "until"/"by" alone.
 */
export type Direction = -1 | -0.5 | 0 | 0.5 | 1;

const BOUNDARY = new Set([',', ';', ':', '(', ')', '"', '``', "''", '\u201c', '\u201d']);

/**
 * Which way the clause around the expression at token `first` points. News reports the past,
 * so callers read 0 as past for a bare weekday ("said here on Sunday"); "will", "scheduled for",
 * "next", "ahead of" make it future; "said", "was", a past-tense verb make it past.
 * The words before the expression decide first; then the few after it ("Monday's vote will").
 */
export function clauseDirection(doc: Document, first: number, last: number, sentenceFirst: number, sentenceLast: number): Direction {
  const { tokens } = doc;
  const { lower } = tokens;
  const word = (k: number): string => (k >= 0 && k < tokens.count ? lower[k]! : '');
  let weak: Direction = 0;
  // "Thursday's verdict", "Monday's session": a day that owns an event names one already known,
  // the clause's verb is not its tense; only what follows ("Monday's vote will") or "next" ahead of it decides
  if (word(last) === "'s" && WEEKDAY.test(word(last - 1))) {
    if (word(first - 1) === 'next' || word(first - 1) === 'coming' || word(first - 1) === 'upcoming') return 1;
    for (let k = last + 1; k < sentenceLast && k < last + 1 + AHEAD; k++) {
      const d = cue(word(k), tokens.pos[k]!, word(k - 1), word(k + 1));
      if (d === null) break;
      if (d > 0) return 1;
    }
    return -1;
  }
  // "the two leaders meet privately Monday", "talks resume Tuesday": a present verb right before
  // a weekday is a schedule
  if (WEEKDAY.test(word(first)) && presentVerb(doc, word, first - 1, sentenceFirst)) return 1;
  for (let k = first - 1; k >= sentenceFirst && k >= first - BACK; k--) {
    const w = word(k);
    // "next to the embassy" is a place; "planned to leave" is future
    if (w === 'next' && word(k + 1) === 'to') continue;
    // "had been due to close Monday", "had been slated for Thursday": a plan the past perfect puts
    // behind a past point, overtaken by now
    if (w === 'planned' && word(k + 1) === 'to') return pastPerfect(word, k) ? -1 : 1;
    // "postponed until Thursday", "extended the offer to Dec. 3": a deferral moves the date ahead of the act
    if (k >= first - 2 && DEFER_TO.has(w) && deferred(word, k)) return 1;
    if (WEAK_FUTURE_CUES.has(w)) {
      weak = 0.5;
      continue;
    }
    // "is to resume", "set to meet", "as early as", "as soon as": future
    if (w === 'to' && k > 0 && TO_FUTURE.has(word(k - 1))) return pastPerfect(word, k - 1) ? -1 : 1;
    if (w === 'as' && k > 1 && (word(k - 1) === 'early' || word(k - 1) === 'soon') && word(k - 2) === 'as') return 1;
    const d = cue(w, tokens.pos[k]!, k > 0 ? word(k - 1) : '', word(k + 1));
    if (d === null) break;
    if (d !== 0) return d > 0 && pastPerfect(word, k) ? -1 : d;
  }
  for (let k = last; k < sentenceLast && k < last + AHEAD; k++) {
    const w = word(k);
    const d = cue(w, tokens.pos[k]!, k > 0 ? word(k - 1) : '', word(k + 1));
    // "In January, the company said": the comma right after an opening phrase is no boundary
    if (d === null && k === last && first <= sentenceFirst + 1 && w === ',') continue;
    if (d === null) break;
    if (d !== 0) return d;
  }
  // no cue in the clause: the nearest tense cue elsewhere in the sentence; a lone "by" or "until"
  // against a past sentence ("had sold most shares by the Monday cutoff") decides nothing
  const wide = sentenceCue(doc, word, first, last, sentenceFirst, sentenceLast);
  if (weak) return wide < 0 ? 0 : weak;
  return wide;
}

function sentenceCue(doc: Document, word: (k: number) => string, first: number, last: number, sentenceFirst: number, sentenceLast: number): Direction {
  const { tokens } = doc;
  for (let dist = 1; dist <= SENTENCE_REACH; dist++) {
    const a = first - dist;
    const b = last - 1 + dist;
    if (a < sentenceFirst && b >= sentenceLast) break;
    if (a >= sentenceFirst) {
      const d = cue(word(a), tokens.pos[a]!, a > 0 ? word(a - 1) : '', word(a + 1));
      if (d) return d > 0 ? 0.5 : -0.5;
    }
    if (b < sentenceLast) {
      const d = cue(word(b), tokens.pos[b]!, b > 0 ? word(b - 1) : '', word(b + 1));
      if (d) return d > 0 ? 0.5 : -0.5;
    }
  }
  return 0;
}

/** Verbs that put something off: "postponed", "delayed", "extended", "adjourned", "pushed back". */
const DEFERRAL = /^(?:postpone[sd]?|postponing|delay(?:s|ed|ing)?|defer(?:s|red|ring)?|adjourn(?:s|ed|ing)?|extend(?:s|ed|ing)?|reschedul(?:e|es|ed|ing)|push(?:es|ed|ing)?|put|puts|putting)$/;
/** A verb in the simple present right before k+1 (an "-ly" adverb between): "meet", "resume", "arrives". */
function presentVerb(doc: Document, word: (k: number) => string, k: number, sentenceFirst: number): boolean {
  // one adverb may stand between ("meet privately Monday")
  if (k >= sentenceFirst && doc.tokens.pos[k] === 'ADV' && /ly$/.test(word(k))) k--;
  if (k < sentenceFirst || doc.tokens.pos[k] !== 'VERB') return false;
  const w = word(k);
  if (!/^[a-z]+$/.test(w) || /(?:ed|ing)$/.test(w) || PAST_CUES.has(w) || /^(?:say|says|tell|tells|is|are|has|have|do|does)$/.test(w)) return false;
  const before = word(k - 1);
  if (/^(?:to|will|would|could|should|can|may|might|must|did|didn't|not|n't|does|do|had|has|have)$/.test(before)) return false;
  // "a broadcast speech Friday": after a determiner (and an adjective) the word is a noun
  const { pos } = doc.tokens;
  return !(pos[k - 1] === 'DET' || pos[k - 1] === 'ADJ' || pos[k - 1] === 'PRON' && /^(?:his|her|its|their|our|my|your)$/.test(before) || (k >= 2 && pos[k - 2] === 'DET'));
}

/** "had" a few words before the cue at j, its own clause ("had been due to", "had planned to", "had been set to"). */
function pastPerfect(word: (k: number) => string, j: number): boolean {
  for (let i = j - 1; i >= j - 4 && i >= 0; i--) {
    const w = word(i);
    if (w === 'had' || w === "'d") return true;
    if (!PLAN_WORDS.has(w)) return false;
  }
  return false;
}
const PLAN_WORDS = new Set(['been', 'to', 'due', 'scheduled', 'set', 'expected', 'slated', 'supposed', 'planned', 'planning', 'going', 'about', 'originally', 'previously', 'initially', 'once']);

/** The preposition right before the date that a deferral takes ("postponed until", "extended to", "delayed through"). */
const DEFER_TO = new Set(['until', 'till', 'to', 'through']);
/** A deferral verb up to four words before the preposition at k ("extended the offer until"). */
function deferred(word: (k: number) => string, k: number): boolean {
  for (let j = k - 1; j >= k - 4 && j >= 0; j--) {
    const w = word(j);
    if (DEFERRAL.test(w)) return w.startsWith('pu') ? /^(?:back|off)$/.test(word(j + 1)) || /^(?:back|off)$/.test(word(k - 1)) : true;
    if (BOUNDARY.has(w)) return false;
  }
  return false;
}

const WEEKDAY = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/;

/** How far from the expression the sentence-wide fallback looks for a tense cue. */
const SENTENCE_REACH = 30;
/** "is to resume", "are to meet", "set to begin": an infinitive after these points forward. */
const TO_FUTURE = new Set(['is', 'are', "'s", 'set', 'due', 'poised', 'going', 'about']);

/** Before a participle these make it no past tense: "is expected to be finished". */
const NON_PAST_AUX = new Set(['be', 'been', 'being', 'is', 'are', 'am', "'s", "'re", 'to', 'will', 'would', 'get', 'gets']);

function cue(w: string, pos: string, before: string, after = ''): -1 | 0 | 1 | null {
  if (BOUNDARY.has(w)) return null;
  if (w === 'next' && after === 'to') return 0;
  // "the plan", "a schedule": nouns are no tense
  if (FUTURE_CUES.has(w)) return pos === 'NOUN' && after !== 'to' ? 0 : 1;
  if (PAST_ADVERBS.has(w)) return -1;
  if (PAST_CUES.has(w)) return NON_PAST_AUX.has(before) ? 0 : -1;
  if (pos === 'VERB' && w.length > 4 && w.endsWith('ed') && !NON_PAST_AUX.has(before)) return -1;
  return 0;
}
