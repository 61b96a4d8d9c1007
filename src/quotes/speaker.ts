import type { TextSpan } from '../types.js';
import type { EntityMention } from '../entities/types.js';
import { HONORIFICS, isTitleWord } from '../entities/lexicons/titles.js';
import { SPEAKER_PRONOUNS } from './lexicons/cues.js';
import type { QuoteContext } from './context.js';

/**
 * A speaker as written: an entity mention, a pronoun, a capitalized name the entity stage did not
 * keep, or a noun phrase ("the ministry", "a spokeswoman for the campaign").
 */
export interface SpeakerMention extends TextSpan {
  kind: 'entity' | 'pronoun' | 'name' | 'nominal';
  entity: EntityMention | null;
  /** first and last token (inclusive) of the whole phrase, titles and appositives included */
  first: number;
  last: number;
  /** for a relative pronoun ("Jeb Bush, who says ..."): the phrase it stands for */
  antecedent?: SpeakerMention;
}

/** Words between a speaker and its cue: "Stock also said", "she has repeatedly argued". */
const SKIP_BEFORE_CUE = new Set([
  'also', 'then', 'later', 'previously', 'once', 'has', 'had', 'have', 'would', 'will', 'repeatedly', 'again', 'further',
  'recently', 'earlier', 'reportedly', 'publicly', 'privately', 'simply', 'just', 'flatly', 'now', 'often', 'even', 'first',
  'since', 'long', 'already', 'quickly', 'immediately', 'frequently', 'explicitly', 'openly', 'bluntly', 'frankly', 'did', 'does',
  'do', 'not', "n't", 'never', 'is', 'was', 'are', 'were', 'has', "'s", '’s', 'could', 'may', 'might', 'can', 'should', 'must',
  'herself', 'himself', 'themselves', 'itself', 'still', 'only', 'finally', 'initially', 'subsequently', 'ultimately', 'again',
  'specifically', 'directly', 'separately', 'jokingly', 'angrily', 'sharply', 'strongly', 'falsely', 'wrongly', 'correctly',
  'in', 'turn', 'too', 'been', 'be',
]);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'that', 'these', 'those', 'another', 'one', 'two', 'three', 'four', 'several', 'many', 'some', 'other', 'both', 'most', 'few', 'all', 'each', 'any', 'no', 'more']);
const BARE_SPEAKERS = new Set(['police', 'officials', 'authorities', 'analysts', 'experts', 'witnesses', 'residents', 'investigators', 'prosecutors', 'researchers', 'sources', 'critics', 'lawmakers', 'diplomats', 'doctors', 'observers', 'organizers', 'organisers', 'activists', 'economists', 'scientists', 'officers', 'firefighters', 'rescuers', 'protesters', 'traders', 'villagers', 'parents', 'students', 'teachers', 'democrats', 'republicans', 'voters', 'supporters', 'opponents', 'aides', 'advisers', 'advisors', 'people', 'insiders', 'members', 'leaders', 'spokesmen', 'spokeswomen', 'staffers', 'others', 'some', 'many', 'half', 'majority', 'respondents', 'most', 'few']);
/** Prepositions that may join a speaker's head noun to its complement: "a spokesman for the ministry". */
const SPEAKER_PREPS = new Set(['for', 'of', 'at', 'to', 'from', 'with', 'in', 'on']);
const POSSESSIVE = new Set(["'s", '’s', "'", '’']);
/** Words that open a clause: a speaker right after one is the subject of the next verb. */
export const CLAUSE_OPENERS = new Set([
  ',', ';', ':', '—', '–', '-', '--', '(', '―', '"', '“', '”', 'but', 'and', 'or', 'that', 'while', 'when', 'as', 'because', 'though', 'although', 'since', 'after',
  'before', 'if', 'so', 'where', 'yet', 'whereas', 'until', 'once', 'however', 'meanwhile', 'also', 'still', 'now', 'later', 'earlier', 'instead',
  'then', 'separately', 'indeed', 'moreover', 'previously', 'today', 'yesterday', 'tonight', 'finally', 'nor', 'which', 'whom',
]);

function mentionSpan(m: EntityMention, first: number, last: number): SpeakerMention {
  return { text: m.text, start: m.start, end: m.end, kind: 'entity', entity: m, first, last };
}

function tokensSpan(ctx: QuoteContext, first: number, last: number, kind: SpeakerMention['kind'], phraseFirst = first, phraseLast = last): SpeakerMention {
  const { tokens, text } = ctx.doc;
  const start = tokens.start[first]!;
  const end = tokens.end[last]!;
  return { text: text.slice(start, end), start, end, kind, entity: null, first: phraseFirst, last: phraseLast };
}

/** Participles that tie a group to the person or body behind it: "a group led by", "a firm owned by". */
const LED = new Set(['led', 'headed', 'owned', 'controlled', 'backed', 'run', 'founded', 'chaired', 'financed', 'funded']);

/**
 * "A group led by New York investor George Soros said": the speaker found before the cue is the
 * agent of a participle modifying the clause's subject; the subject is the whole phrase from
 * `lead` (a nominal speaker). Null when the words between are not that shape.
 */
export function participleSubject(ctx: QuoteContext, lead: number, sp: SpeakerMention): SpeakerMention | null {
  const pos = ctx.doc.tokens.pos;
  let k = lead;
  while (k < sp.first && k - lead < 4 && (pos[k] === 'DET' || pos[k] === 'ADJ' || pos[k] === 'NOUN' || pos[k] === 'PROPN' || pos[k] === 'NUM')) k++;
  if (k === lead) return null;
  if (LED.has(ctx.lw(k)) && ctx.lw(k + 1) === 'by') {
    for (let j = k + 2; j < sp.first; j++) if (pos[j] !== 'NOUN' && pos[j] !== 'ADJ' && pos[j] !== 'PROPN' && pos[j] !== 'DET') return null;
    if (sp.first - (k + 2) > 5) return null;
    return tokensSpan(ctx, lead, sp.last, 'nominal');
  }
  // "A Chinese-owned company set up to take over Saab's assets after ... said": a subject with a
  // participle clause after it speaks, not the last noun of that clause; the subject alone is the speaker
  if (ctx.lw(lead) === 'a' || ctx.lw(lead) === 'an' || ctx.lw(lead) === 'the') {
    const head = k - 1;
    if (pos[head] === 'NOUN' && PARTICIPLE_OPENERS.has(ctx.lw(k)) && !ctx.isCue(k)) return tokensSpan(ctx, lead, head, 'nominal');
  }
  return null;
}
/** Past participles that open a clause modifying a subject ("a company set up to ...", "a group formed in 2010"). */
const PARTICIPLE_OPENERS = new Set(['set', 'formed', 'created', 'established', 'founded', 'launched', 'based', 'named', 'appointed', 'hired', 'chosen', 'elected', 'tasked', 'charged', 'known', 'made', 'built']);

/** A title-like word that may stand before a name: "Interior Minister", "press secretary", "Rep.". */
function isPrefixWord(ctx: QuoteContext, k: number): boolean {
  const l = ctx.lw(k);
  if (HONORIFICS.has(l) || isTitleWord(l)) return true;
  const pos = ctx.doc.tokens.pos[k];
  if (pos === 'PROPN' || pos === 'NUM' || (pos === 'NOUN' && ctx.isUpper(k))) return true;
  if (pos === 'NOUN' || pos === 'ADJ') return /^[a-z-]+$/.test(l) && l.length > 1;
  return l === 'the' || l === 'a' || l === 'an' || POSSESSIVE.has(l);
}

/** First token of the title chain before token `at` ("White House press secretary" Josh Earnest). */
function prefixStart(ctx: QuoteContext, at: number, floor: number): number {
  let k = at;
  while (k - 1 >= floor && at - k < 6 && isPrefixWord(ctx, k - 1)) k--;
  // a chain never starts on a possessive marker
  while (k < at && POSSESSIVE.has(ctx.lw(k))) k++;
  return k;
}

/** The token before the cue, past adverbs and auxiliaries ("Stock has also said" -> Stock). */
function subjectEnd(ctx: QuoteContext, c: number, floor: number): number {
  let j = c - 1;
  let n = 0;
  while (j >= floor && n < 4 && (SKIP_BEFORE_CUE.has(ctx.lw(j)) || (ctx.doc.tokens.pos[j] === 'ADV' && /ly$/.test(ctx.lw(j))))) {
    j--;
    n++;
  }
  return j;
}

const BE = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'being', 'am']);

/** The cue at token c is a passive participle ("was told", "is said to be"), not a report by its subject. */
export function isPassive(ctx: QuoteContext, c: number): boolean {
  if (ctx.lw(c).endsWith('ing')) return false;
  for (let k = c - 1; k >= 0 && k >= c - 3; k--) {
    const w = ctx.lw(k);
    if (BE.has(w)) return true;
    if (w === "'s" || w === '’s') return ctx.lw(c + 1) === 'to' || ctx.lw(c + 1) === 'by';
    if (ctx.doc.tokens.pos[k] !== 'ADV' && w !== 'not' && w !== "n't" && w !== 'also' && w !== 'never') return false;
  }
  return false;
}

/**
 * The speaker written just before a cue at token c: "Stock said", "Mr. Obama has said",
 * "Ravi Patel, a spokesman for the ministry, said", "A spokeswoman for the campaign says".
 * `floor` is the first token the phrase may use.
 */
export function speakerBefore(ctx: QuoteContext, c: number, floor: number): SpeakerMention | null {
  const j = subjectEnd(ctx, c, floor);
  if (j < floor) return null;
  if (ctx.raw(j) !== ',') return speakerEndingAt(ctx, j, floor);
  // an appositive or relative clause between speaker and cue: "Stock, who is attending the forum, said"
  let best: SpeakerMention | null = null;
  // the phrase right before the comma: the appositive itself ("Ravi Patel, a spokesman, said"),
  // or a name in apposition ("His lawyer, Daniel Osei, told")
  let nearest: SpeakerMention | null = null;
  const last = speakerEndingAt(ctx, j - 1, floor);
  if (last && last.kind !== 'nominal') nearest = last;
  for (let k = j - 1; k > floor && k >= j - 40; k--) {
    const t = ctx.raw(k);
    if (t === '"' || t === '“' || t === '”' || t === '.' || t === ';' || t === ':' || t === '?' || t === '!') break;
    if (t !== ',') continue;
    // the part before this comma: a speaker whose phrase starts the clause
    for (let e = k - 1; e >= floor && e >= k - 2; e--) {
      const s = speakerEndingAt(ctx, e, floor);
      if (!s) continue;
      if (!nearest && s.kind !== 'nominal') nearest = s;
      if (s.first === floor || CLAUSE_OPENERS.has(ctx.lw(s.first - 1))) best = s;
      break;
    }
  }
  // "The trust's chair, Priya Raman, said": the name in apposition to a noun phrase speaks
  if (best && best.kind === 'nominal' && nearest && (nearest.kind === 'entity' || nearest.kind === 'name') && (nearest.entity === null || nearest.entity.type === 'person')) {
    if (ctx.raw(nearest.first - 1) === ',' && ctx.raw(nearest.last + 1) === ',' && nearest.first - 1 <= best.last + 1 + 2) return { ...nearest, first: best.first };
  }
  return best ?? nearest;
}

/** The relative pronoun "who" before a cue, with the phrase it stands for ("Jeb Bush, who says"). */
export function relativeSpeaker(ctx: QuoteContext, c: number, floor: number): SpeakerMention | null {
  const w = subjectEnd(ctx, c, floor);
  if (w <= floor || ctx.lw(w) !== 'who') return null;
  const end = ctx.raw(w - 1) === ',' ? w - 2 : w - 1;
  const antecedent = speakerEndingAt(ctx, end, floor);
  if (!antecedent) return null;
  return { ...tokensSpan(ctx, w, w, 'pronoun'), first: antecedent.first, antecedent };
}

/** A speaker phrase whose last token is j. */
export function speakerEndingAt(ctx: QuoteContext, j: number, floor: number): SpeakerMention | null {
  if (j < floor) return null;
  // "Rep. Gwen Moore (D-Wis.)": the party label after a name
  if (ctx.raw(j) === ')') {
    let k = j - 1;
    while (k > floor && k > j - 10 && ctx.raw(k) !== '(') k--;
    if (ctx.raw(k) === '(' && k - 1 >= floor) {
      const s = speakerEndingAt(ctx, k - 1, floor);
      if (s && s.kind !== 'nominal') return { ...s, last: j };
    }
    return null;
  }
  const m = ctx.mentionEnding.get(j);
  if (m) {
    let first = j;
    while (first > floor && ctx.doc.tokens.start[first]! > m.start) first--;
    // "Rep. Laura Whitfield of Kansas": the person, not the place she is from
    if (m.type === 'place' && (ctx.lw(first - 1) === 'of' || ctx.lw(first - 1) === 'from')) {
      const person = speakerEndingAt(ctx, first - 2, floor);
      if (person && person.kind !== 'nominal' && person.kind !== 'pronoun') return { ...person, last: j };
    }
    const pf = prefixStart(ctx, first, floor);
    // "Central Bank of Kenya Governor Samuel Kiprono" is the governor: a titled person keeps the name
    if (pf > floor && (m.type !== 'person' || pf === first)) {
      // "a spokesman for the ministry", "the Commission on Presidential Debates": the noun phrase owns the name
      const pre = pf - 1;
      if (SPEAKER_PREPS.has(ctx.lw(pre))) {
        const head = nominalEndingAt(ctx, pre - 1, floor) ?? nameEndingAt(ctx, pre - 1, floor);
        if (head && head.last === pre - 1) return tokensSpan(ctx, head.first, j, 'nominal');
      }
    }
    return mentionSpan(m, pf, j);
  }
  const l = ctx.lw(j);
  if (l in SPEAKER_PRONOUNS || l === 'who') {
    if (l === 'who' || l === 'we' || l === 'i') return null;
    return tokensSpan(ctx, j, j, 'pronoun');
  }
  const name = nameEndingAt(ctx, j, floor);
  if (name) return name;
  return nominalEndingAt(ctx, j, floor);
}

/** Capitalized words the entity stage did not keep: "DuVernay", "Mr. Alexander". */
function nameEndingAt(ctx: QuoteContext, j: number, floor: number): SpeakerMention | null {
  const pos = ctx.doc.tokens.pos;
  if (pos[j] !== 'PROPN' || !ctx.isUpper(j) || isTitleWord(ctx.lw(j))) return null;
  let k = j;
  while (k - 1 >= floor && j - k < 3 && pos[k - 1] === 'PROPN' && ctx.isUpper(k - 1) && !HONORIFICS.has(ctx.lw(k - 1))) k--;
  const first = prefixStart(ctx, k, floor);
  // "The Post" is a name, "The" alone is not; an all-title run is not a name
  if (ctx.lw(k) === 'the') return null;
  return tokensSpan(ctx, k, j, 'name', first, j);
}

/** "the ministry", "a spokesman for the company", "Clinton supporters", "police", "officials". */
function nominalEndingAt(ctx: QuoteContext, j: number, floor: number): SpeakerMention | null {
  const pos = ctx.doc.tokens.pos;
  // "Six in 10", "About 4 in 10": a share of those polled
  if (pos[j] === 'NUM' && ctx.lw(j - 1) === 'in' && j - 2 >= floor && pos[j - 2] === 'NUM') {
    const first = j - 3 >= floor && (ctx.lw(j - 3) === 'about' || ctx.lw(j - 3) === 'nearly' || ctx.lw(j - 3) === 'almost') ? j - 3 : j - 2;
    return tokensSpan(ctx, first, j, 'nominal');
  }
  if (j < floor || (pos[j] !== 'NOUN' && pos[j] !== 'PROPN')) return null;
  let k = j;
  while (k - 1 >= floor && k > j - 6 && (pos[k - 1] === 'NOUN' || pos[k - 1] === 'ADJ' || pos[k - 1] === 'PROPN' || pos[k - 1] === 'NUM' || POSSESSIVE.has(ctx.lw(k - 1)))) k--;
  // "advisers to Mr. Obama", "officials at the agency": a head noun with its complement
  let first = -1;
  if (k - 1 >= floor && DETERMINERS.has(ctx.lw(k - 1))) first = k - 1;
  else if (BARE_SPEAKERS.has(ctx.lw(j)) || (k < j && (pos[k] === 'PROPN' || pos[k] === 'NUM')) || (pos[j] === 'NOUN' && /[^s]s$/.test(ctx.lw(j)))) first = k;
  if (first < 0) {
    const pre = k - 1;
    if (pre - 1 >= floor && SPEAKER_PREPS.has(ctx.lw(pre)) && ctx.lw(pre) !== 'on' && ctx.lw(pre) !== 'in') {
      const head = nominalEndingAt(ctx, pre - 1, floor);
      if (head && head.last === pre - 1) return tokensSpan(ctx, head.first, j, 'nominal');
    }
    return null;
  }
  const pre = first - 1;
  if (pre - 1 >= floor && SPEAKER_PREPS.has(ctx.lw(pre)) && ctx.lw(pre) !== 'on' && ctx.lw(pre) !== 'in') {
    const head = nominalEndingAt(ctx, pre - 1, floor);
    if (head && head.last === pre - 1) return tokensSpan(ctx, head.first, j, 'nominal');
  }
  return tokensSpan(ctx, first, j, 'nominal');
}

/**
 * The speaker written just after a cue at token c ("said Stock", "added Mr. Stock",
 * "said Rep. Gwen Moore (D-Wis.)", "said Tulsa police Chief Chuck Jordan", "said the ministry").
 */
export function speakerAfter(ctx: QuoteContext, c: number, ceil: number): SpeakerMention | null {
  const j = c + 1;
  if (j >= ceil) return null;
  // a title chain before the name: look a few tokens ahead for a mention
  for (let k = j; k < ceil && k < j + 6; k++) {
    const m = ctx.mentionStarting.get(k);
    if (m) {
      let last = k;
      while (last + 1 < ceil && ctx.doc.tokens.end[last]! < m.end) last++;
      return mentionSpan(m, j, last);
    }
    if (k > j && !isPrefixWord(ctx, k)) break;
    if (k === j && !isPrefixWord(ctx, k) && ctx.lw(k) !== 'the') break;
  }
  const l = ctx.lw(j);
  if (l in SPEAKER_PRONOUNS && l !== 'it' && l !== 'i' && l !== 'we') return tokensSpan(ctx, j, j, 'pronoun');
  const pos = ctx.doc.tokens.pos;
  // an unknown name: "said DuVernay"
  if (pos[j] === 'PROPN' && ctx.isUpper(j)) {
    let last = j;
    while (last + 1 < ceil && last < j + 4 && pos[last + 1] === 'PROPN' && ctx.isUpper(last + 1)) last++;
    const nameFirst = HONORIFICS.has(l) || isTitleWord(l) ? Math.min(last, j + 1) : j;
    if (!isTitleWord(ctx.lw(last))) return tokensSpan(ctx, nameFirst, last, 'name', j, last);
  }
  if (DETERMINERS.has(l) || BARE_SPEAKERS.has(l)) {
    let k = BARE_SPEAKERS.has(l) ? j : j + 1;
    let last = -1;
    while (k < ceil && k < j + 6 && (pos[k] === 'NOUN' || pos[k] === 'ADJ' || pos[k] === 'PROPN' || pos[k] === 'NUM' || POSSESSIVE.has(ctx.lw(k)))) {
      if (pos[k] === 'NOUN' || pos[k] === 'PROPN') last = k;
      k++;
    }
    if (last >= 0) return tokensSpan(ctx, j, last, 'nominal');
  }
  return null;
}

/** The speaker that opens a clause at token `at`: the subject of "X did Y, saying C". */
export function speakerStartingAt(ctx: QuoteContext, at: number, ceil: number): SpeakerMention | null {
  const l = ctx.lw(at);
  if (l === 'he' || l === 'she' || l === 'they') return tokensSpan(ctx, at, at, 'pronoun');
  // a noun phrase: "The Arizona Republican survived ... and says C"
  const pos = ctx.doc.tokens.pos;
  let e = at;
  while (e < ceil && e < at + 6 && (pos[e] === 'DET' || pos[e] === 'ADJ' || pos[e] === 'NOUN' || pos[e] === 'PROPN' || pos[e] === 'NUM' || POSSESSIVE.has(ctx.lw(e)))) e++;
  if (e > at && !ctx.mentionStarting.has(at)) {
    const np = speakerEndingAt(ctx, e - 1, at);
    if (np && np.first === at && np.kind !== 'pronoun') return np;
  }
  for (let k = at; k < ceil && k < at + 6; k++) {
    const m = ctx.mentionStarting.get(k);
    if (m) {
      if (m.type === 'place') return null;
      let last = k;
      while (last + 1 < ceil && ctx.doc.tokens.end[last]! < m.end) last++;
      return mentionSpan(m, at, last);
    }
    if (!isPrefixWord(ctx, k)) break;
  }
  return null;
}
