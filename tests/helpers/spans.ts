import type { Article } from '../../src/types.js';

/** One offset pair of an Article, named by where it sits ("quotes[2].speaker.mention"). */
export interface ArticleSpan {
  path: string;
  start: number;
  end: number;
  /** The text the Article claims for the span; absent for bare spans (quote spans). */
  text?: string;
}

/**
 * Every span of an Article: headline (when it has offsets), dateline, byline, body paragraphs,
 * boilerplate, entity mentions, quote spans, speaker mentions, cues and dates.
 */
export function* articleSpans(a: Article): Generator<ArticleSpan> {
  const h = a.headline;
  if (h && (h.start !== null || h.end !== null)) {
    // a half-null pair is itself a violation: -1 makes it fail the range check
    yield { path: 'headline', start: h.start ?? -1, end: h.end ?? -1, text: h.text };
  }
  if (a.dateline) yield { path: 'dateline', ...pick(a.dateline) };
  if (a.byline) yield { path: 'byline', ...pick(a.byline) };
  for (const [i, p] of a.body.paragraphs.entries()) yield { path: `body.paragraphs[${i}]`, ...pick(p) };
  for (const [i, b] of a.boilerplate.entries()) yield { path: `boilerplate[${i}]`, ...pick(b) };
  for (const key of ['people', 'organizations', 'places'] as const) {
    for (const [i, e] of a[key].entries()) {
      for (const [j, m] of e.mentions.entries()) yield { path: `${key}[${i}].mentions[${j}]`, ...pick(m) };
    }
  }
  for (const [i, q] of a.quotes.entries()) {
    for (const [j, s] of q.spans.entries()) yield { path: `quotes[${i}].spans[${j}]`, start: s.start, end: s.end };
    if (q.speaker?.mention) yield { path: `quotes[${i}].speaker.mention`, ...pick(q.speaker.mention) };
    if (q.cue) yield { path: `quotes[${i}].cue`, ...pick(q.cue) };
  }
  for (const [i, d] of a.dates.entries()) yield { path: `dates[${i}]`, ...pick(d) };
}

function pick(s: { start: number; end: number; text: string }): { start: number; end: number; text: string } {
  return { start: s.start, end: s.end, text: s.text };
}

/**
 * What is wrong with the spans of `a` as a parse of `input`: offsets outside [0, input.length]
 * or reversed, and texts that are not `input.slice(start, end)`. Empty when all is well.
 */
export function spanProblems(input: string, a: Article): string[] {
  const problems: string[] = [];
  for (const s of articleSpans(a)) {
    const where = `${s.path} [${s.start}, ${s.end})`;
    if (!Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < 0 || s.end > input.length || s.start > s.end) {
      problems.push(`${where}: outside [0, ${input.length}]`);
    } else if (s.text !== undefined && s.text !== input.slice(s.start, s.end)) {
      problems.push(`${where}: text ${JSON.stringify(clip(s.text))} but input has ${JSON.stringify(clip(input.slice(s.start, s.end)))}`);
    }
  }
  return problems;
}

function clip(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
