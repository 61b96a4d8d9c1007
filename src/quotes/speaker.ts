import type { TextSpan } from '../types.js';
import type { EntityMention } from '../entities/types.js';
import { HONORIFICS } from '../entities/lexicons/titles.js';
import { SPEAKER_PRONOUNS } from './lexicons/cues.js';
import type { QuoteContext } from './context.js';

/** A speaker as written: an entity mention, a pronoun, or a noun phrase ("the ministry"). */
export interface SpeakerMention extends TextSpan {
  kind: 'entity' | 'pronoun' | 'nominal';
  entity: EntityMention | null;
  /** first and last token (inclusive) */
  first: number;
  last: number;
}

const SKIP_BEFORE_CUE = new Set(['also', 'then', 'later', 'previously', 'once', 'has', 'had', 'have', 'was', 'were', 'is', 'would', 'will', 'repeatedly', 'again', 'further', 'recently', 'earlier', 'had', 'reportedly', 'publicly', 'privately', 'simply', 'just', 'flatly']);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'that', 'another', 'one', 'two', 'three', 'several', 'many', 'some', 'other']);
const BARE_SPEAKERS = new Set(['police', 'officials', 'authorities', 'analysts', 'experts', 'witnesses', 'residents', 'investigators', 'prosecutors', 'researchers', 'sources', 'critics', 'lawmakers', 'diplomats', 'doctors', 'observers', 'organizers', 'organisers', 'activists', 'economists', 'scientists', 'officers', 'firefighters', 'rescuers', 'protesters', 'traders', 'villagers', 'parents', 'students', 'teachers', 'reports', 'documents', 'statements']);

function mentionSpan(ctx: QuoteContext, m: EntityMention, first: number, last: number): SpeakerMention {
  return { text: m.text, start: m.start, end: m.end, kind: 'entity', entity: m, first, last };
}

function tokensSpan(ctx: QuoteContext, first: number, last: number, kind: SpeakerMention['kind']): SpeakerMention {
  const { tokens, text } = ctx.doc;
  const start = tokens.start[first]!;
  const end = tokens.end[last]!;
  return { text: text.slice(start, end), start, end, kind, entity: null, first, last };
}

/** The speaker written just before a cue at token c ("Stock said", "Ravi Patel, a spokesman ..., said"). */
export function speakerBefore(ctx: QuoteContext, c: number, floor: number): SpeakerMention | null {
  let j = c - 1;
  while (j >= floor && SKIP_BEFORE_CUE.has(ctx.lw(j))) j--;
  if (j < floor) return null;
  const direct = speakerEndingAt(ctx, j, floor);
  if (direct) return direct;
  // an appositive between speaker and cue: "Stock, who is attending the forum, said"
  if (ctx.raw(j) === ',') {
    for (let k = j - 1; k >= floor && k >= j - 25; k--) {
      const t = ctx.raw(k);
      if (t === '"' || t === '“' || t === '”' || t === '.') break;
      if (t === ',') {
        const s = speakerEndingAt(ctx, k - 1, floor);
        if (s && s.kind !== 'nominal') return s;
        if (s) return s;
        break;
      }
    }
  }
  return null;
}

/** A speaker phrase whose last token is j. */
function speakerEndingAt(ctx: QuoteContext, j: number, floor: number): SpeakerMention | null {
  if (j < floor) return null;
  const m = ctx.mentionEnding.get(j);
  if (m) {
    let first = j;
    while (first > floor && ctx.doc.tokens.start[first]! > m.start) first--;
    // "Rep. Laura Whitfield of Kansas": the person, not the place she is from
    if (m.type === 'place' && (ctx.lw(first - 1) === 'of' || ctx.lw(first - 1) === 'from')) {
      const person = ctx.mentionEnding.get(first - 2);
      if (person && person.type === 'person') return speakerEndingAt(ctx, first - 2, floor);
    }
    return mentionSpan(ctx, m, first, j);
  }
  const l = ctx.lw(j);
  if (l in SPEAKER_PRONOUNS) return tokensSpan(ctx, j, j, 'pronoun');
  return nominalEndingAt(ctx, j, floor);
}

/** "the ministry", "a spokesman for the company", "police", "officials". */
function nominalEndingAt(ctx: QuoteContext, j: number, floor: number): SpeakerMention | null {
  const pos = ctx.doc.tokens.pos;
  if (pos[j] !== 'NOUN' && pos[j] !== 'PROPN') return null;
  let k = j;
  while (k - 1 >= floor && k > j - 5 && (pos[k - 1] === 'NOUN' || pos[k - 1] === 'ADJ' || pos[k - 1] === 'PROPN' || ctx.lw(k - 1) === "'s")) k--;
  if (k - 1 >= floor && DETERMINERS.has(ctx.lw(k - 1))) return tokensSpan(ctx, k - 1, j, 'nominal');
  if (k === j && BARE_SPEAKERS.has(ctx.lw(j))) return tokensSpan(ctx, j, j, 'nominal');
  return null;
}

/** The speaker written just after a cue at token c ("said Stock", "added Mr. Stock", "said the ministry"). */
export function speakerAfter(ctx: QuoteContext, c: number, ceil: number): SpeakerMention | null {
  let j = c + 1;
  if (j >= ceil) return null;
  if (HONORIFICS.has(ctx.lw(j)) && j + 1 < ceil) j++;
  // "according to the Kenya National Bureau of Statistics": the article is not part of the name
  if (ctx.lw(j) === 'the' && ctx.mentionStarting.has(j + 1)) j++;
  const m = ctx.mentionStarting.get(j);
  if (m) {
    let last = j;
    while (last + 1 < ceil && ctx.doc.tokens.end[last]! < m.end) last++;
    return mentionSpan(ctx, m, j, last);
  }
  const l = ctx.lw(j);
  if (l in SPEAKER_PRONOUNS && l !== 'it') return tokensSpan(ctx, j, j, 'pronoun');
  if (DETERMINERS.has(l) || BARE_SPEAKERS.has(l)) {
    const pos = ctx.doc.tokens.pos;
    let k = BARE_SPEAKERS.has(l) ? j : j + 1;
    let last = -1;
    while (k < ceil && k < j + 6 && (pos[k] === 'NOUN' || pos[k] === 'ADJ' || pos[k] === 'PROPN' || ctx.lw(k) === "'s")) {
      if (pos[k] === 'NOUN' || pos[k] === 'PROPN') last = k;
      k++;
    }
    if (last >= 0) return tokensSpan(ctx, j, last, 'nominal');
  }
  return null;
}
