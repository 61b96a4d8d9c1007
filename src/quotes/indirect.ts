import type { Sentence } from '../document/types.js';
import type { Span } from '../types.js';
import type { Attribution } from './attribution.js';
import { cueSpan } from './attribution.js';
import type { QuoteContext } from './context.js';
import { speakerAfter, speakerBefore, type SpeakerMention } from './speaker.js';
import { isTitleWord } from '../entities/lexicons/titles.js';

/** A reported-speech sentence: its content span and attribution. */
export interface Reported {
  content: Span;
  attribution: Attribution;
}

/** Time and place adverbials that may follow a cue before the sentence ends ("said here on Sunday"). */
const TAIL_MAX = 12;
const LEADERS = new Set(['but', 'and', 'however', 'meanwhile', 'still', 'yet', 'so', 'also', 'now', 'later', 'earlier', 'separately', 'instead']);

/**
 * Indirect speech in one sentence, by its shape:
 *  "According to X, C."  "C, according to X."  "C, X said (on Sunday)."  "C, said X."  "X said (that) C."
 * Returns null when the sentence does not report speech.
 */
export function reportedSpeech(ctx: QuoteContext, s: Sentence): Reported | null {
  const first = s.first;
  const last = skipFinalPunct(ctx, s);
  if (last - first < 4) return null;

  // "According to X, C."
  if (ctx.lw(first) === 'according' && ctx.lw(first + 1) === 'to') {
    const sp = speakerAfter(ctx, first + 1, last);
    if (sp && ctx.raw(sp.last + 1) === ',') {
      const content = span(ctx, sp.last + 2, last);
      if (content) return { content, attribution: attr(ctx, first, first + 1, sp) };
    }
  }
  // "C, according to X."
  for (let k = last - 2; k > first + 2 && k >= last - 12; k--) {
    if (ctx.lw(k) === 'according' && ctx.lw(k + 1) === 'to' && ctx.raw(k - 1) === ',') {
      const sp = speakerAfter(ctx, k + 1, last);
      if (sp && sp.last >= last - 3) {
        const content = span(ctx, first, k - 1);
        if (content) return { content, attribution: attr(ctx, k, k + 1, sp) };
      }
    }
  }
  // "C, X said (here on Sunday)." / "C, said X."
  for (let c = last - 1; c > first + 2 && c >= last - TAIL_MAX; c--) {
    if (!ctx.isCue(c)) continue;
    const before = shortTail(ctx, c + 1, last) ? speakerBefore(ctx, c, first + 1) : null;
    if (before) {
      const comma = commaBefore(ctx, before.first, first);
      if (comma > first) {
        const content = span(ctx, first, comma);
        if (content) return { content, attribution: { speaker: before, cue: cueSpan(ctx, c), first: comma, last } };
      }
    }
    if (ctx.raw(c - 1) === ',') {
      const after = speakerAfter(ctx, c, last + 1);
      if (after && shortTail(ctx, after.last + 1, last)) {
        const content = span(ctx, first, c - 1);
        if (content) return { content, attribution: { speaker: after, cue: cueSpan(ctx, c), first: c - 1, last } };
      }
    }
    break;
  }
  // "X said (that) C."
  let lead = first;
  while (lead < last && (LEADERS.has(ctx.lw(lead)) || ctx.raw(lead) === ',')) lead++;
  for (let c = lead + 1; c < last - 3 && c <= lead + 14; c++) {
    if (!ctx.isCue(c)) continue;
    const sp = speakerBefore(ctx, c, lead);
    // a cue inside a relative clause ("who wrote the bill") has no subject here: look further
    if (!sp) continue;
    if (sp.first > lead + 1 + titleRun(ctx, lead, sp.first)) break;
    let from = c + 1;
    const verb = ctx.lw(c);
    if (verb === 'told' || verb === 'tells' || verb === 'tell' || verb === 'assured' || verb === 'informed' || verb === 'reminded' || verb === 'warned') {
      // skip the addressee: "told reporters", "told The Associated Press"
      let k = from;
      while (k < last && k < from + 6 && ctx.lw(k) !== 'that' && ctx.raw(k) !== ',') k++;
      from = ctx.lw(k) === 'that' ? k + 1 : from + 1;
    } else if (ctx.lw(from) === 'that') {
      from++;
    } else if (ctx.doc.tokens.pos[from] === 'ADP' || ctx.doc.tokens.pos[from] === 'ADV') {
      // "said on Tuesday that", "said in a statement that": an adverbial before "that"
      for (let k = from + 1; k < last && k < from + 6; k++) {
        if (ctx.lw(k) === 'that') {
          from = k + 1;
          break;
        }
        if (ctx.raw(k) === ',' || ctx.isCue(k) || ctx.doc.tokens.pos[k] === 'VERB') break;
      }
      if (ctx.raw(from) === ',' || ctx.raw(from) === ':') from++;
    }
    const content = span(ctx, from, last);
    if (!content || !hasVerb(ctx, from, last)) break;
    return { content, attribution: { speaker: sp, cue: cueSpan(ctx, c), first: sp.first, last: from - 1 } };
  }
  return null;
}

/** What follows an attribution to the sentence end is a short adverbial ("here on Sunday"), not a clause. */
function shortTail(ctx: QuoteContext, a: number, b: number): boolean {
  if (b - a > 6) return false;
  const pos = ctx.doc.tokens.pos;
  for (let k = a; k < b; k++) if (pos[k] === 'VERB' || pos[k] === 'AUX') return false;
  return true;
}

/** Capitalized / title tokens before a speaker mention ("Interpol Secretary General" Jurgen Stock). */
function titleRun(ctx: QuoteContext, lead: number, at: number): number {
  let k = at - 1;
  let n = 0;
  while (k >= lead && (/^\p{Lu}/u.test(ctx.raw(k)) || isTitleWord(ctx.lw(k)) || ctx.lw(k) === 'and' || ctx.lw(k) === 'of')) {
    k--;
    n++;
  }
  return n;
}

/** The comma that opens the attribution: before the speaker and any titles in front of it. */
function commaBefore(ctx: QuoteContext, at: number, floor: number): number {
  const k = at - 1 - titleRun(ctx, floor, at);
  return ctx.raw(k) === ',' ? k : -1;
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
