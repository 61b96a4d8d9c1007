import type { TextSpan } from '../types.js';
import type { QuoteContext } from './context.js';
import { isPassive, speakerAfter, speakerBefore, speakerEndingAt, speakerStartingAt, type SpeakerMention } from './speaker.js';

/** Who said it and with which verb. */
export interface Attribution {
  speaker: SpeakerMention | null;
  /** the reporting verb or phrase; a label's colon or a dash; null for an interview's answer label */
  cue: TextSpan | null;
  /** token range [first, last] the attribution occupies */
  first: number;
  last: number;
}

const DASHES = new Set(['—', '–', '-', '―', '--']);
const STOP = new Set(['.', '!', '?', '"', '“', '”', '«', '»', ';']);
const RELATIVE = new Set(['who', 'which', 'that', 'whom', 'whose']);
const ADDRESSEES = new Set(['reporters', 'journalists', 'supporters', 'lawmakers', 'students', 'voters', 'them', 'us', 'me', 'him', 'her', 'the']);

export function cueSpan(ctx: QuoteContext, c: number): TextSpan {
  const { tokens, text } = ctx.doc;
  let end = tokens.end[c]!;
  // "told reporters", "pointed out"
  const next = ctx.lw(c + 1);
  if ((ctx.cueLemma(c) === 'tell' && (next === 'reporters' || next === 'journalists')) || (ctx.lw(c).startsWith('point') && next === 'out')) end = tokens.end[c + 1]!;
  const start = tokens.start[c]!;
  return { text: text.slice(start, end), start, end };
}

/** A full stop that ends an abbreviation, not a sentence: "R-Ky., said", "(D-Wis.) said". */
export function abbreviationStop(ctx: QuoteContext, c: number): boolean {
  if (ctx.raw(c) !== '.') return false;
  const next = ctx.raw(c + 1);
  return next === ',' || next === ')' || /^[a-z]/.test(next);
}

/** Token index of the start of the sentence holding token c (no earlier than floor). */
export function clauseStart(ctx: QuoteContext, c: number, floor: number): number {
  let k = c;
  while (k > floor) {
    const t = ctx.raw(k - 1);
    if (t === '.' || t === '!' || t === '?' || t === ';') break;
    k--;
  }
  return k;
}

/**
 * Attribution right after a closing quote mark: `," said Stock`, `," he added`,
 * `," Ravi Patel, a spokesman for the ministry, said`. `from` is the first token after the mark.
 */
export function attributionAfter(ctx: QuoteContext, from: number, ceil: number): Attribution | null {
  let j = from;
  while (j < ceil && (ctx.raw(j) === ',' || ctx.raw(j) === '—' || ctx.raw(j) === '–' || ctx.raw(j) === '-' || ctx.raw(j) === '―')) j++;
  if (j >= ceil) return null;
  // `"..." — Jane Doe` closing its paragraph: a signature
  if (j > from && DASHES.has(ctx.raw(j - 1))) {
    let end = ceil - 1;
    if (ctx.raw(end) === '.') end--;
    const s = speakerEndingAt(ctx, end, j);
    if (s && s.first === j && (s.kind === 'entity' || s.kind === 'name')) {
      const { tokens, text } = ctx.doc;
      return { speaker: s, cue: { text: text.slice(tokens.start[j - 1]!, tokens.end[j - 1]!), start: tokens.start[j - 1]!, end: tokens.end[j - 1]! }, first: from, last: end };
    }
  }
  // cue first: "said Stock"
  if (ctx.isCue(j)) {
    const s = speakerAfter(ctx, j, ceil);
    if (s) return { speaker: s, cue: cueSpan(ctx, j), first: from, last: Math.max(s.last, j) };
    return null;
  }
  // speaker first: "he said", "Stock, who ..., said"
  let depth = 0;
  for (let c = j + 1; c < ceil && c < j + 45; c++) {
    const t = ctx.raw(c);
    if (t === '(') depth++;
    else if (t === ')') depth = Math.max(0, depth - 1);
    if (STOP.has(t) && depth === 0 && !abbreviationStop(ctx, c)) break;
    if (!ctx.isCue(c)) continue;
    if (RELATIVE.has(ctx.lw(c - 1))) continue;
    if (isPassive(ctx, c)) break;
    const s = speakerBefore(ctx, c, j);
    if (s && s.first === j) return { speaker: s, cue: cueSpan(ctx, c), first: from, last: c };
    break;
  }
  return null;
}

/**
 * Attribution before an opening mark: `Stock said: "..."`, `He added, "..."`, `Stock: "..."`,
 * `Trump declared "..."`. `to` is the token of the opening mark; `floor` the first token of its paragraph.
 */
export function attributionBefore(ctx: QuoteContext, to: number, floor: number): Attribution | null {
  const before = to - 1;
  if (before < floor) return null;
  const mark = ctx.raw(before);
  const { tokens } = ctx.doc;
  // "Stock: "..."": a speaker label opening the paragraph
  if (mark === ':') {
    const label = speakerEndingAt(ctx, before - 1, floor);
    if (label && label.first === floor && label.kind !== 'nominal') {
      return { speaker: label, cue: { text: ':', start: tokens.start[before]!, end: tokens.end[before]! }, first: label.first, last: before };
    }
  }
  let c = before;
  if (mark === ':' || mark === ',' || mark === '—' || mark === '–') c = before - 1;
  else if (!ctx.isCue(before)) return null;
  // "He told reporters, "..."", "said in a statement: "..."": the cue may be a few words back
  for (let k = c; k >= floor && k >= c - 8; k--) {
    if (STOP.has(ctx.raw(k))) return null;
    if (!ctx.isCue(k)) {
      if (ctx.raw(k) === ',') return null;
      continue;
    }
    if (isPassive(ctx, k)) return null;
    if (!gapIsAdverbial(ctx, k + 1, c + 1)) return null;
    let s = speakerBefore(ctx, k, floor) ?? speakerAfter(ctx, k, before);
    // "..., saying: "..."": the subject of the sentence speaks
    if (!s && ctx.lw(k).endsWith('ing') && ctx.raw(k - 1) === ',') s = speakerStartingAt(ctx, clauseStart(ctx, k, floor), k);
    if (s) return { speaker: s, cue: cueSpan(ctx, k), first: Math.min(s.first, k), last: before };
    return null;
  }
  return null;
}

/** Words between a cue and the quote: an addressee or an adverbial ("told reporters on Monday"). */
function gapIsAdverbial(ctx: QuoteContext, a: number, b: number): boolean {
  const pos = ctx.doc.tokens.pos;
  for (let k = a; k < b; k++) {
    const p = pos[k];
    if (p === 'VERB' || p === 'AUX' || p === 'SCONJ') return false;
    if (p === 'PRON' && !ADDRESSEES.has(ctx.lw(k))) return false;
  }
  return true;
}
