import type { TextSpan } from '../types.js';
import type { QuoteContext } from './context.js';
import { speakerAfter, speakerBefore, type SpeakerMention } from './speaker.js';

/** Who said it and with which verb. */
export interface Attribution {
  speaker: SpeakerMention | null;
  cue: TextSpan;
  /** token range [first, last] the attribution occupies */
  first: number;
  last: number;
}

const STOP = new Set(['.', '!', '?', '"', '“', '”', '«', '»', ';']);
const WINDOW = 10;

function cueSpan(ctx: QuoteContext, c: number): TextSpan {
  const { tokens, text } = ctx.doc;
  let end = tokens.end[c]!;
  // "told reporters", "pointed out"
  const next = ctx.lw(c + 1);
  if ((ctx.lw(c) === 'told' && (next === 'reporters' || next === 'journalists')) || (ctx.lw(c).startsWith('point') && next === 'out')) end = tokens.end[c + 1]!;
  const start = tokens.start[c]!;
  return { text: text.slice(start, end), start, end };
}

/**
 * Attribution right after a closing quote mark: `," said Stock`, `," he added`,
 * `," Ravi Patel, a spokesman for the ministry, said`. `from` is the first token after the mark.
 */
export function attributionAfter(ctx: QuoteContext, from: number, ceil: number): Attribution | null {
  let j = from;
  while (j < ceil && (ctx.raw(j) === ',' || ctx.raw(j) === '—' || ctx.raw(j) === '–' || ctx.raw(j) === '-')) j++;
  if (j >= ceil) return null;
  // cue first: "said Stock"
  if (ctx.isCue(j)) {
    const s = speakerAfter(ctx, j, ceil);
    if (s) return { speaker: s, cue: cueSpan(ctx, j), first: from, last: s.last };
    return null;
  }
  // speaker first: "he said", "Stock, who ..., said"
  for (let c = j + 1; c < ceil && c < j + WINDOW + 15; c++) {
    if (STOP.has(ctx.raw(c))) break;
    if (!ctx.isCue(c)) continue;
    const s = speakerBefore(ctx, c, j);
    if (s && s.first === j) return { speaker: s, cue: cueSpan(ctx, c), first: from, last: c };
    // a cue with a subject we cannot read is still a cue, but only right after the quote
    break;
  }
  return null;
}

/**
 * Attribution before an opening mark: `Stock said: "..."`, `He added, "..."`, `Stock: "..."`.
 * `to` is the token of the opening mark; `floor` the first token of its paragraph.
 */
export function attributionBefore(ctx: QuoteContext, to: number, floor: number): Attribution | null {
  const before = to - 1;
  if (before < floor) return null;
  const mark = ctx.raw(before);
  if (mark !== ':' && mark !== ',') return null;
  // "Stock: "..."": a speaker label
  if (mark === ':') {
    const m = ctx.mentionEnding.get(before - 1);
    if (m && before - 1 >= floor) {
      const label = speakerBefore(ctx, before, floor);
      if (label) return { speaker: label, cue: { text: ':', start: ctx.doc.tokens.start[before]!, end: ctx.doc.tokens.end[before]! }, first: label.first, last: before };
    }
  }
  for (let c = before - 1; c >= floor && c >= before - WINDOW; c--) {
    if (STOP.has(ctx.raw(c))) break;
    if (!ctx.isCue(c)) continue;
    const s = speakerBefore(ctx, c, floor) ?? speakerAfter(ctx, c, before);
    if (s) return { speaker: s, cue: cueSpan(ctx, c), first: Math.min(s.first, c), last: before };
    return null;
  }
  return null;
}

export { cueSpan };
