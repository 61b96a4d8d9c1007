import type { Span } from '../types.js';

/** Text between a pair of quote marks, possibly running over several paragraphs. */
export interface Quoted {
  /** content spans (without marks), one per paragraph the quote runs over */
  spans: Span[];
  /** offset of the opening mark and just after the closing mark (or paragraph end when it never closed) */
  open: number;
  close: number;
  /** index (into the paragraph list given) of the paragraph holding the opening mark */
  paragraph: number;
  /** index of the paragraph where the quote ends */
  lastParagraph: number;
}

/** Quote marks: straight and curly doubles, guillemets, and a doubled apostrophe. */
const MARK = /["\u00ab\u00bb\u201c-\u201f\u2039\u203a]|''/g;
const OPENERS = new Set(['“', '«', '„', '‹']);
const CLOSERS = new Set(['”', '»', '‟', '›']);

function isSpace(c: string): boolean {
  return c === '' || /\s/.test(c);
}

/**
 * Pair double quote marks paragraph by paragraph, in one forward pass (linear time).
 * Curly and guillemet marks say which way they face; a straight mark opens after a space or
 * an opening bracket and closes otherwise. A paragraph that opens a quote and never closes it
 * continues into the next paragraph when that one opens with a mark (the news convention for
 * quotes over several paragraphs); otherwise the stray mark is dropped.
 */
export function findQuoted(text: string, paragraphs: Span[]): Quoted[] {
  const out: Quoted[] = [];
  let carry: Quoted | null = null;
  // every mark's offset, found in one pass over the text
  const marks: number[] = [];
  MARK.lastIndex = 0;
  for (let m = MARK.exec(text); m !== null; m = MARK.exec(text)) marks.push(m.index);
  let mi = 0;
  for (let p = 0; p < paragraphs.length; p++) {
    const { start, end } = paragraphs[p]!;
    let open = -1;
    let openWidth = 1;
    let from = start;
    if (carry) {
      const first = firstVisible(text, start, end);
      const c = text.charAt(first);
      const doubled = c === "'" && text.charAt(first + 1) === "'";
      if (first < end && (c === '"' || doubled || OPENERS.has(c))) {
        open = first;
        openWidth = doubled ? 2 : 1;
        from = first + openWidth;
      } else {
        // the carried quote never closed: keep it only up to its last paragraph
        out.push(carry);
        carry = null;
      }
    }
    while (mi < marks.length && marks[mi]! < from) mi++;
    for (; mi < marks.length && marks[mi]! < end; mi++) {
      const i = marks[mi]!;
      const c = text.charCodeAt(i);
      const ch = text.charAt(i);
      // two apostrophes stand for a straight double mark in some wire copy: ''Like this,'' he said.
      const doubled = c === 39 && text.charCodeAt(i + 1) === 39;
      const straight = c === 34 || doubled;
      if (!straight && !OPENERS.has(ch) && !CLOSERS.has(ch)) continue;
      const width = doubled ? 2 : 1;
      if (open < 0) {
        // a closing-only mark with nothing open: stray
        if (CLOSERS.has(ch) || (straight && !opensHere(text, i, start, width))) continue;
        open = i;
        openWidth = width;
        continue;
      }
      if (OPENERS.has(ch)) {
        // a new opener while one is open: the earlier was stray
        open = i;
        openWidth = 1;
        continue;
      }
      const content = trimSpan(text, open + openWidth, i);
      if (carry) {
        carry.spans.push(content);
        carry.close = i + width;
        carry.lastParagraph = p;
        out.push(carry);
        carry = null;
      } else if (content.end > content.start) {
        out.push({ spans: [content], open, close: i + width, paragraph: p, lastParagraph: p });
      }
      open = -1;
    }
    if (open >= 0) {
      // unclosed at paragraph end: may continue in the next paragraph
      const content = trimSpan(text, open + openWidth, end);
      if (carry) {
        carry.spans.push(content);
        carry.lastParagraph = p;
        carry.close = end;
      } else if (open === firstVisible(text, start, end)) {
        carry = { spans: [content], open, close: end, paragraph: p, lastParagraph: p };
      }
    } else if (carry) {
      out.push(carry);
      carry = null;
    }
  }
  if (carry) out.push(carry);
  return out.filter((q) => q.spans.every((s) => s.end > s.start)).sort((a, b) => a.open - b.open);
}

function opensHere(text: string, i: number, lineStart: number, width: number): boolean {
  const before = i > lineStart ? text.charAt(i - 1) : '';
  const after = text.charAt(i + width);
  return (isSpace(before) || /[([{\u2014\u2013:,-]/.test(before)) && !isSpace(after);
}

function firstVisible(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && /\s/.test(text.charAt(i))) i++;
  return i;
}

export function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text.charAt(start))) start++;
  while (end > start && /\s/.test(text.charAt(end - 1))) end--;
  return { start, end };
}
