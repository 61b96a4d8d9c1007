import type { Sentence } from '../document/types.js';
import type { Span } from '../types.js';
import { cueSpan, type Attribution } from './attribution.js';
import type { QuoteContext } from './context.js';
import { CLAUSE_OPENERS, isPassive, participleSubject, relativeSpeaker, speakerAfter, speakerBefore, speakerStartingAt, type SpeakerMention } from './speaker.js';
import { isTitleWord } from '../entities/lexicons/titles.js';

/** A reported-speech clause: its content span and attribution. */
export interface Reported {
  /** from the first to the last character of the content */
  content: Span;
  /** the content's parts when an attribution interrupts it ("The museum, he said, would ...") */
  parts?: Span[];
  attribution: Attribution;
}

/** Time and place adverbials that may follow a cue before the sentence ends ("said here on Sunday"). */
const TAIL_MAX = 14;
const LEADERS = new Set(['but', 'and', 'however', 'meanwhile', 'still', 'yet', 'so', 'also', 'now', 'later', 'earlier', 'separately', 'instead', 'indeed', 'then']);
/** Cues whose object is the addressee: "told reporters (that) C", "urged supporters to C". */
const ADDRESSED = new Set(['tell', 'assure', 'inform', 'remind', 'warn', 'urge', 'advise', 'caution', 'ask', 'promise', 'email', 'text', 'reassure', 'retell']);
/** Cues that report with a noun phrase as well as a clause: "cited derogatory comments", "denied the claim". */
const NP_CUES = new Set([
  'cite', 'mention', 'question', 'criticize', 'criticise', 'praise', 'denounce', 'defend', 'dispute', 'reject', 'deny', 'accuse', 'blame',
  'dismiss', 'decry', 'lament', 'describe', 'acknowledge', 'confirm', 'reveal', 'announce', 'propose', 'recommend', 'request', 'demand',
  'predict', 'urge', 'admit', 'concede', 'allege', 'scold', 'echo', 'disclaim', 'reiterate', 'repeat', 'restate', 'recount', 'confess',
]);
/** Cues too common in other senses to report speech unless a clause follows with "that" or a question word. */
const WEAK = new Set(['continue', 'speak', 'answer', 'post', 'text', 'order', 'counter', 'quote', 'echo', 'question', 'charge', 'add', 'state', 'request', 'maintain', 'blog', 'email', 'write', 'cry', 'rave', 'preach', 'tweet', 'note', 'ask']);
const POSSESSIVES = new Set(['its', 'his', 'her', 'their', 'our', 'my', 'your']);
const CLAUSE_WORDS = new Set(['that', 'whether', 'if', 'how', 'why', 'what', 'when', 'where', 'who', 'which']);
const DAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight', 'here', 'there', 'again', 'recently', 'repeatedly', 'earlier', 'later', 'publicly', 'privately', 'previously', 'also', 'last', 'this', 'week', 'month', 'year', 'night', 'morning', 'afternoon', 'evening', 'too', 'once', 'twice', 'often']);
const ADVERBIAL_PREPS = new Set(['on', 'in', 'at', 'during', 'via', 'over', 'after', 'before', 'from', 'with', 'through', 'since', 'throughout', 'amid', 'outside', 'inside', 'while', 'last', 'this']);
/** Participles that report a second quote by the sentence's subject: ", adding C", ", saying C". */
const TRAILING = new Set(['saying', 'adding', 'noting', 'arguing', 'insisting', 'claiming', 'explaining', 'warning', 'suggesting', 'asking', 'stressing', 'declaring', 'calling', 'telling', 'acknowledging', 'stating', 'asserting', 'charging', 'complaining', 'contending', 'writing', 'accusing', 'questioning', 'predicting', 'promising', 'urging', 'vowing', 'recalling', 'emphasizing', 'announcing', 'conceding', 'boasting', 'pointing', 'alleging', 'replying', 'responding', 'denying', 'admitting', 'confirming', 'mentioning', 'proclaiming', 'lamenting', 'joking', 'tweeting']);

/**
 * Reported speech in one sentence, by its shape:
 *  "According to X, C."  "C, according to X."  "C, X said (on Sunday)."  "C, said X."
 *  "X said (that) C."  "X told Y (that) C."  "... X, who ..., argued C"  "X did Y, saying C."
 * Returns the clauses found, in text order (none overlapping).
 */
export function reportedSpeech(ctx: QuoteContext, s: Sentence): Reported[] {
  const first = s.first;
  const last = skipFinalPunct(ctx, s);
  if (last - first < 3) return [];

  // "According to X, C."
  if (ctx.lw(first) === 'according' && ctx.lw(first + 1) === 'to') {
    const sp = speakerAfter(ctx, first + 1, last);
    if (sp) {
      let k = sp.last + 1;
      while (k < last && k < sp.last + 12 && ctx.raw(k) !== ',') k++;
      if (ctx.raw(k) === ',') {
        const content = span(ctx, k + 1, last);
        if (content) return [{ content, attribution: attr(ctx, first, first + 1, sp) }];
      }
    }
  }
  // "C, according to X."
  for (let k = last - 2; k > first + 2 && k >= last - 16; k--) {
    if (ctx.lw(k) === 'according' && ctx.lw(k + 1) === 'to' && (ctx.raw(k - 1) === ',' || ctx.raw(k - 1) === '—')) {
      const sp = speakerAfter(ctx, k + 1, last);
      if (sp) {
        const content = span(ctx, first, k - 1);
        if (content) return [{ content, attribution: attr(ctx, k, k + 1, sp) }];
      }
    }
  }
  // "C, X said (here on Sunday)." / "C, said X."
  for (let c = last - 1; c > first + 2 && c >= last - TAIL_MAX; c--) {
    if (!ctx.isCue(c)) continue;
    if (isPassive(ctx, c)) break;
    const before = shortTail(ctx, c + 1, last) ? speakerBefore(ctx, c, first + 1) : null;
    if (before) {
      const comma = commaBefore(ctx, before.first, first);
      if (comma > first && hasVerb(ctx, first, comma)) {
        const content = span(ctx, first, comma);
        if (content) return [{ content, attribution: { speaker: before, cue: cueSpan(ctx, c), first: comma, last } }];
      }
    }
    if (ctx.raw(c - 1) === ',' && hasVerb(ctx, first, c - 1)) {
      const after = speakerAfter(ctx, c, last + 1);
      if (after && shortTail(ctx, after.last + 1, last)) {
        const content = span(ctx, first, c - 1);
        if (content) return [{ content, attribution: { speaker: after, cue: cueSpan(ctx, c), first: c - 1, last } }];
      }
    }
    break;
  }
  // "The museum, Mr. Obama said, would make visitors face ...": an attribution inside the clause
  for (let c = first + 2; c < last - 2; c++) {
    if (!ctx.isCue(c) || isPassive(ctx, c)) continue;
    let close = c + 1;
    while (close < last && close < c + 6 && ctx.raw(close) !== ',') close++;
    if (ctx.raw(close) !== ',' || !shortTail(ctx, c + 1, close)) continue;
    const sp = speakerBefore(ctx, c, first);
    if (!sp || ctx.raw(sp.first - 1) !== ',' || sp.first - 1 <= first) continue;
    const open = sp.first - 1;
    if (!hasVerb(ctx, close + 1, last)) continue;
    const a = span(ctx, first, open);
    const b = span(ctx, close + 1, last);
    if (a && b) return [{ content: { start: a.start, end: b.end }, parts: [a, b], attribution: { speaker: sp, cue: cueSpan(ctx, c), first: open, last: close } }];
  }
  // "X said (that) C." anywhere a clause opens; "X did Y, saying C."
  let lead = first;
  while (lead < last && (LEADERS.has(ctx.lw(lead)) || ctx.raw(lead) === ',')) lead++;
  const out: Reported[] = [];
  let subject: SpeakerMention | null = null;
  for (let c = lead + 1; c < last - 1; c++) {
    const lemma = ctx.cueLemma(c);
    if (!lemma) continue;
    if (isPassive(ctx, c)) continue;
    let sp: SpeakerMention | null = null;
    const trailing = ctx.raw(c - 1) === ',' && TRAILING.has(ctx.lw(c));
    if (trailing) {
      sp = subject ?? speakerStartingAt(ctx, lead, c);
    } else if (ctx.lw(c - 1) === 'and') {
      // "Schultz supported Democrats ... and said C": the sentence's subject speaks
      sp = subject ?? speakerStartingAt(ctx, lead, c);
    } else if ((sp = relativeSpeaker(ctx, c, lead))) {
      // "Jeb Bush and Chris Christie, who say C": the relative clause is the report
    } else {
      sp = speakerBefore(ctx, c, lead);
      if (!sp) continue;
      if (!(sp.first === lead || CLAUSE_OPENERS.has(ctx.lw(sp.first - 1)) || sp.first <= lead + titleRun(ctx, lead, sp.first))) {
        // "A group led by investor George Soros said C": the group speaks
        sp = participleSubject(ctx, lead, sp);
        if (!sp) continue;
      }
    }
    if (!sp) continue;
    const from = contentStart(ctx, c, lemma, last);
    if (from < 0) continue;
    // the content runs to the sentence end, or to a trailing ", adding C", or ends the relative clause
    let to = last;
    for (let k = from + 1; k < last - 1; k++) {
      if (sp.antecedent && ctx.raw(k) === ',') {
        to = k;
        break;
      }
      if (ctx.raw(k) === ',' && TRAILING.has(ctx.lw(k + 1)) && ctx.isCue(k + 1)) {
        to = k;
        break;
      }
      // "X says C and said C2": a second verb of saying shares the subject
      if (ctx.lw(k) === 'and' && ctx.isCue(k + 1) && !isPassive(ctx, k + 1) && !ctx.lw(k + 1).endsWith('ing')) {
        to = ctx.raw(k - 1) === ',' ? k - 1 : k;
        break;
      }
    }
    if (!acceptable(ctx, lemma, from, to, (trailing && lemma !== 'say') || sp.antecedent !== undefined)) continue;
    const content = span(ctx, from, to);
    if (!content) continue;
    out.push({ content, attribution: { speaker: sp, cue: cueSpan(ctx, c), first: sp.first, last: from - 1 } });
    subject ??= sp;
    c = to;
  }
  return out;
}

/** First token of the reported content after cue c: past an addressee, adverbials, "that". -1: none. */
function contentStart(ctx: QuoteContext, c: number, lemma: string, last: number): number {
  const pos = ctx.doc.tokens.pos;
  let k = c + 1;
  if (ctx.lw(k) === 'out' && ctx.lw(c).startsWith('point')) k++;
  if (ctx.lw(k) === 'by' || ctx.lw(k) === 'so' || ctx.lw(k) === 'about' || ctx.lw(k) === 'for' || ctx.lw(k) === 'of') return -1;
  // "told a meeting of Pacific Island leaders that ...": a "that" after a short verbless stretch opens the content
  for (let t = k; t < last && t < k + 12; t++) {
    if (pos[t] === 'VERB' || pos[t] === 'AUX' || ctx.raw(t) === ',' || (pos[t] === 'PRON' && !POSSESSIVES.has(ctx.lw(t)))) break;
    if (ctx.lw(t) === 'that' && pos[t] === 'SCONJ') return t + 1 < last ? t + 1 : -1;
  }
  if (ADDRESSED.has(lemma)) {
    // the addressee: "reporters", "The Associated Press", "Breitbart News Daily host Alex Marlow"
    let a = k;
    while (a < last && a < k + 8 && (pos[a] === 'PROPN' || pos[a] === 'NOUN' || pos[a] === 'DET' || pos[a] === 'ADJ' || pos[a] === 'PRON' || pos[a] === 'NUM' || ctx.lw(a) === "'s" || ctx.lw(a) === '’s')) a++;
    if (a > k && !(ctx.lw(a) === 'to' && lemma !== 'tell')) k = a;
  }
  // adverbials: "on Tuesday", "in a statement", "in an interview with The Huffington Post", "Friday"
  for (let guard = 0; guard < 4 && k < last; guard++) {
    const l = ctx.lw(k);
    if (DAYS.has(l) && pos[k] !== 'PRON' && pos[k] !== 'DET') {
      k++;
      continue;
    }
    if (ADVERBIAL_PREPS.has(l) && (ctx.lw(k + 1) !== 'that' || l === 'in')) {
      let a = k + 1;
      while (a < last && a < k + 10 && (pos[a] === 'PROPN' || pos[a] === 'NOUN' || pos[a] === 'DET' || pos[a] === 'ADJ' || pos[a] === 'NUM' || POSSESSIVES.has(ctx.lw(a)) || ctx.lw(a) === "'s" || ctx.lw(a) === '’s' || ctx.lw(a) === 'of' || ctx.lw(a) === 'with')) a++;
      if (a === k + 1) break;
      k = a;
      continue;
    }
    break;
  }
  while (ctx.raw(k) === ',' || ctx.raw(k) === ':' || ctx.raw(k) === '—') k++;
  if (ctx.lw(k) === 'that') k++;
  return k < last ? k : -1;
}

/** The content is reported speech for this cue: a clause, or a noun phrase where the cue takes one. */
function acceptable(ctx: QuoteContext, lemma: string, from: number, to: number, clauseOnly = false): boolean {
  if (to - from < 2) return false;
  const pos = ctx.doc.tokens.pos;
  const opener = ctx.lw(from - 1) === 'that' || CLAUSE_WORDS.has(ctx.lw(from)) || ctx.raw(from - 1) === ':';
  if (WEAK.has(lemma) && !opener) return false;
  if (opener) return true;
  const head = pos[from];
  // "said as he launched ...", "said while ...": an adverbial clause, not what was said
  if (head === 'SCONJ') return false;
  if (clauseOnly) return hasVerb(ctx, from, to) && head !== 'ADP' && head !== 'DET' && head !== 'NOUN' && head !== 'ADJ';
  // "said to be", "told to leave": not a report of words
  if (ctx.lw(from) === 'to' && !ADDRESSED.has(lemma)) return false;
  if (hasVerb(ctx, from, to)) return head !== 'ADP' || ctx.lw(from) === 'if';
  return NP_CUES.has(lemma) && to - from >= 3 && (head === 'DET' || head === 'NOUN' || head === 'ADJ' || head === 'PROPN' || head === 'NUM' || head === 'PRON');
}

/** What follows an attribution to the sentence end is a short adverbial ("here on Sunday"), not a clause. */
function shortTail(ctx: QuoteContext, a: number, b: number): boolean {
  if (b - a > 8) return false;
  const pos = ctx.doc.tokens.pos;
  for (let k = a; k < b; k++) if (pos[k] === 'VERB' || pos[k] === 'AUX') return false;
  return true;
}

/** Capitalized / title tokens before a speaker mention ("Interpol Secretary General" Jurgen Stock). */
function titleRun(ctx: QuoteContext, lead: number, at: number): number {
  let k = at - 1;
  let n = 0;
  while (k >= lead && (ctx.isUpper(k) || isTitleWord(ctx.lw(k)) || ctx.lw(k) === 'and' || ctx.lw(k) === 'of')) {
    k--;
    n++;
  }
  return n;
}

/** The comma that opens the attribution: before the speaker and any titles in front of it. */
function commaBefore(ctx: QuoteContext, at: number, floor: number): number {
  const k = at - 1 - titleRun(ctx, floor, at);
  return ctx.raw(k) === ',' || ctx.raw(k) === '—' ? k : -1;
}

function skipFinalPunct(ctx: QuoteContext, s: Sentence): number {
  let last = s.last - 1;
  while (last > s.first && /^[.!?"”’'»)]+$/.test(ctx.raw(last))) last--;
  return last + 1;
}

function hasVerb(ctx: QuoteContext, a: number, b: number): boolean {
  const pos = ctx.doc.tokens.pos;
  for (let k = a; k < b; k++) if (pos[k] === 'VERB' || pos[k] === 'AUX') return true;
  return false;
}

/** Span of tokens [a, b), or null when empty. */
function span(ctx: QuoteContext, a: number, b: number): Span | null {
  if (b <= a) return null;
  const { tokens } = ctx.doc;
  return { start: tokens.start[a]!, end: tokens.end[b - 1]! };
}

function attr(ctx: QuoteContext, c1: number, c2: number, sp: SpeakerMention): Attribution {
  const { tokens, text } = ctx.doc;
  const start = tokens.start[c1]!;
  const end = tokens.end[c2]!;
  return { speaker: sp, cue: { text: text.slice(start, end), start, end }, first: c1, last: sp.last };
}
