import type { Article, Span } from '../../src/types.js';
import { spanProblems } from './spans.js';

/** Structural invariants every Article must satisfy, as lists of human-readable problems. */

// The same notion of "no visible character" as the Document's line splitter.
const VISIBLE = /[^\s\u200b-\u200f\u2028\u2029\ufeff]/;
const INVISIBLE = /[\s\u200b-\u200f\u2028\u2029\ufeff]/;

/** Lines of the input (\n, \r\n or \r breaks) that hold a visible character, cut to that visible extent. */
function visibleLines(text: string): Span[] {
  const out: Span[] = [];
  const re = /\r\n|\r|\n/g;
  let start = 0;
  for (;;) {
    const m = re.exec(text);
    const end = m ? m.index : text.length;
    let s = start;
    let e = end;
    while (s < e && INVISIBLE.test(text.charAt(s))) s++;
    while (e > s && INVISIBLE.test(text.charAt(e - 1))) e--;
    if (s < e && VISIBLE.test(text.slice(s, e))) out.push({ start: s, end: e });
    if (!m) return out;
    start = m.index + m[0].length;
  }
}

interface Block extends Span {
  what: string;
}

/** The spans that together must cover every non-blank line once. */
function blocks(a: Article): Block[] {
  const out: Block[] = [];
  a.body.paragraphs.forEach((p, i) => out.push({ what: `body.paragraphs[${i}]`, start: p.start, end: p.end }));
  a.boilerplate.forEach((b, i) => out.push({ what: `boilerplate[${i}]`, start: b.start, end: b.end }));
  if (a.headline?.source === 'text' && a.headline.start !== null && a.headline.end !== null) {
    out.push({ what: 'headline', start: a.headline.start, end: a.headline.end });
  }
  if (a.byline) out.push({ what: 'byline', start: a.byline.start, end: a.byline.end });
  return out.sort((x, y) => x.start - y.start || x.end - y.end);
}

export function coverageProblems(text: string, a: Article): string[] {
  const all = blocks(a);
  const problems: string[] = [];
  for (const line of visibleLines(text)) {
    const over = all.filter((b) => b.start < line.end && b.end > line.start);
    const inside = over.filter((b) => b.start <= line.start && b.end >= line.end);
    if (over.length !== 1 || inside.length !== 1) {
      const names = over.map((b) => `${b.what} [${b.start}, ${b.end})`).join(', ') || 'nothing';
      problems.push(`line [${line.start}, ${line.end}) ${JSON.stringify(text.slice(line.start, line.start + 50))} is covered by ${names}`);
    }
  }
  return problems;
}

export function overlapProblems(a: Article): string[] {
  const spans = blocks({ ...a, headline: null, byline: null });
  const problems: string[] = [];
  for (let i = 1; i < spans.length; i++) {
    const [x, y] = [spans[i - 1]!, spans[i]!];
    if (y.start < x.end) problems.push(`${x.what} [${x.start}, ${x.end}) overlaps ${y.what} [${y.start}, ${y.end})`);
  }
  return problems;
}

export function quoteTextProblems(text: string, a: Article): string[] {
  return a.quotes.flatMap((q, i) => {
    const joined = q.spans.map((s) => text.slice(s.start, s.end)).join(' ');
    return q.text === joined ? [] : [`quotes[${i}].text ${JSON.stringify(q.text.slice(0, 60))} is not its spans joined by a space`];
  });
}

export function headlineProblems(a: Article): string[] {
  const h = a.headline;
  if (!h) return [];
  const hasOffsets = h.start !== null && h.end !== null;
  const wantOffsets = h.source !== 'option';
  return hasOffsets === wantOffsets ? [] : [`headline from ${h.source} has start ${h.start}, end ${h.end}`];
}

/** Every invariant at once: spans, body text, quote texts, headline offsets, overlap and line coverage. */
export function articleProblems(text: string, a: Article): string[] {
  const bodyText = a.body.paragraphs.map((p) => p.text).join('\n');
  return [
    ...spanProblems(text, a),
    ...(a.body.text === bodyText ? [] : ['body.text is not the paragraphs joined by newlines']),
    ...quoteTextProblems(text, a),
    ...headlineProblems(a),
    ...overlapProblems(a),
    ...coverageProblems(text, a),
  ];
}
