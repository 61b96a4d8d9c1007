import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractQuotes } from '../../src/index.js';
import type { Quote, QuoteType, Span } from '../../src/types.js';

/**
 * Hand-annotated quote gold (issue 5): `fixtures/quotes/<name>.txt` with `fixtures/quotes/<name>.json`.
 * Gold names texts, not offsets; `locateGold` finds each gold quote in its input (a split or
 * multi-paragraph quote part by part), so the scorer can match predictions by character overlap.
 *
 * Conventions of the gold (see the fixtures' descriptions):
 * - direct: the content inside the marks; a split or multi-paragraph quote is its parts joined by one
 *   space, each part kept literally (the comma before a split stays). Q&A answers: the text after the label.
 * - indirect: the reported clause, without "that", the attribution and the final period.
 * - mixed: the whole reported clause of a sentence containing a short quoted phrase, inner marks kept.
 * - speaker: the resolved full name of the person, or the organization's name as first written in full.
 * - floating: a paragraph that is only a quote; speaker = the previous quote's speaker, mention and cue null.
 */
export interface GoldQuote {
  text: string;
  type: QuoteType;
  speaker: string | null;
  speakerMention: string | null;
  cue: string | null;
  tags: string[];
}

export interface QuoteGoldFile {
  description: string;
  publishedAt: string;
  quotes: GoldQuote[];
}

export interface QuoteFixture {
  name: string;
  text: string;
  gold: QuoteGoldFile;
}

export const QUOTE_FIXTURES_DIR = fileURLToPath(new URL('../../fixtures/quotes/', import.meta.url));

/** The tags a gold quote may carry. The scored ones are SCORED_TAGS. */
export const KNOWN_TAGS = [
  'pronoun',
  'floating',
  'split',
  'mixed',
  'multi-paragraph',
  'surname',
  'appositive',
  'organization',
  'according-to',
  'attribution-after',
  'title',
  'relative-clause',
  'qa',
  'colon',
  'inverted',
] as const;
export const SCORED_TAGS = ['pronoun', 'floating', 'split', 'mixed', 'multi-paragraph', 'surname', 'appositive', 'organization', 'according-to', 'qa'] as const;

/** Every quote fixture (a .txt with a .json next to it), sorted by name. */
export function quoteFixtures(dir: string = QUOTE_FIXTURES_DIR): QuoteFixture[] {
  const files = new Set(readdirSync(dir));
  return [...files]
    .filter((f) => f.endsWith('.json') && files.has(`${f.slice(0, -5)}.txt`))
    .sort()
    .map((f) => {
      const name = f.slice(0, -5);
      return {
        name,
        text: readFileSync(`${dir}${name}.txt`, 'utf8'),
        gold: JSON.parse(readFileSync(`${dir}${f}`, 'utf8')) as QuoteGoldFile,
      };
    });
}

// ---------------------------------------------------------------------------------------------
// Locating gold quotes in their input

/** Longest stretch of text (attribution, marks, paragraph break) allowed between two parts of one quote. */
const MAX_GAP = 60;
const MAX_PARTS = 3;

/**
 * The spans of `quote` in `text` at or after `from`: the whole text as one span when it occurs
 * literally, else its parts (split at a space: `"A," he said, "B."` is gold `A, B.`) in order, each
 * next part starting within MAX_GAP characters of the previous one's end. Null when not found.
 */
export function locateQuote(text: string, quote: string, from = 0): Span[] | null {
  // fewest parts first, and within that the longest first part: a part is never cut where the text is contiguous
  for (let parts = 1; parts <= MAX_PARTS; parts++) {
    const spans = locateParts(text, quote, from, parts, null);
    if (spans) return spans;
  }
  return null;
}

function locateParts(text: string, quote: string, from: number, parts: number, within: number | null): Span[] | null {
  const occurrences = (s: string): number[] => {
    const out: number[] = [];
    for (let i = text.indexOf(s, from); i >= 0; i = text.indexOf(s, i + 1)) {
      if (within !== null && i > within) break;
      out.push(i);
      if (within === null && out.length > 50) break;
    }
    return out;
  };
  const whole = occurrences(quote);
  if (whole.length) return [{ start: whole[0]!, end: whole[0]! + quote.length }];
  if (parts < 2) return null;
  for (let i = quote.lastIndexOf(' '); i > 0; i = quote.lastIndexOf(' ', i - 1)) {
    const left = quote.slice(0, i);
    const right = quote.slice(i + 1);
    for (const p of occurrences(left)) {
      const end = p + left.length;
      const rest = locateParts(text, right, end + 1, parts - 1, end + MAX_GAP);
      if (rest) return [{ start: p, end }, ...rest];
    }
  }
  return null;
}

export interface LocatedQuote extends GoldQuote {
  spans: Span[];
}

/** Gold quotes with their spans, each searched after the previous one (gold is in text order). */
export function locateGold(fixture: QuoteFixture): { located: LocatedQuote[]; missing: string[] } {
  const located: LocatedQuote[] = [];
  const missing: string[] = [];
  let from = 0;
  for (const q of fixture.gold.quotes) {
    const spans = locateQuote(fixture.text, q.text, from);
    if (!spans) {
      missing.push(q.text);
      continue;
    }
    located.push({ ...q, spans });
    from = spans[spans.length - 1]!.end;
  }
  return { located, missing };
}

/** Paragraphs of the input: blocks separated by blank lines, as spans. */
export function paragraphSpans(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].trim()) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Gold self-consistency

const PRONOUNS = new Set(['he', 'she', 'they']);
const OPEN_MARKS = '"\u201c';
const MARKS = /["\u201c\u201d]/;

/** Problems with one fixture's gold against its text; empty when consistent. */
export function quoteGoldProblems(fixture: QuoteFixture): string[] {
  const { text, gold } = fixture;
  const problems: string[] = [];
  const say = (q: GoldQuote, msg: string): void => {
    problems.push(`${fixture.name}: "${q.text.slice(0, 40)}...": ${msg}`);
  };
  const { located, missing } = locateGold(fixture);
  for (const m of missing) problems.push(`${fixture.name}: not found in the text (or out of order): "${m}"`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(gold.publishedAt)) problems.push(`${fixture.name}: publishedAt ${gold.publishedAt}`);
  if (!gold.description) problems.push(`${fixture.name}: no description`);
  const words = text.split(/\s+/).filter(Boolean).length;
  if (words < 150 || words > 350) problems.push(`${fixture.name}: ${words} words (want 150-350)`);

  const paragraphs = paragraphSpans(text);
  const paragraphOf = (offset: number): number => paragraphs.findIndex((p) => offset >= p.start && offset < p.end);

  let previous: LocatedQuote | null = null;
  for (const q of located) {
    const tags = new Set(q.tags);
    for (const t of q.tags) if (!(KNOWN_TAGS as readonly string[]).includes(t)) say(q, `unknown tag ${t}`);
    const paras = [...new Set(q.spans.map((s) => paragraphOf(s.start)))];
    const paraText = paras.map((i) => text.slice(paragraphs[i]!.start, paragraphs[i]!.end)).join('\n');

    // shape: split = several spans in one paragraph; multi-paragraph = spans over paragraphs
    if (tags.has('split') !== (q.spans.length > 1 && paras.length === 1)) say(q, `split tag vs ${q.spans.length} span(s) in ${paras.length} paragraph(s)`);
    if (tags.has('multi-paragraph') !== paras.length > 1) say(q, `multi-paragraph tag vs ${paras.length} paragraph(s)`);
    if (q.text !== q.text.trim() || /\s{2,}/.test(q.text)) say(q, 'text has untrimmed or doubled whitespace');

    // type
    if (tags.has('mixed') !== (q.type === 'mixed')) say(q, 'mixed tag vs type');
    if (q.type === 'direct') {
      const before = text[q.spans[0]!.start - 1] ?? '';
      const label = tags.has('qa') && q.speakerMention !== null && text.slice(0, q.spans[0]!.start).endsWith(`\n${q.speakerMention}: `);
      if (!OPEN_MARKS.includes(before) && !label) say(q, 'direct quote not preceded by an opening mark or a Q&A label');
    } else {
      if (/[.]$/.test(q.text)) say(q, `${q.type} quote keeps its final period`);
      if (/^that /i.test(q.text)) say(q, `${q.type} quote starts with "that"`);
      if (q.type === 'indirect' && MARKS.test(q.text)) say(q, 'indirect quote with quote marks (mixed?)');
      if (q.type === 'mixed' && (q.text.match(/["\u201c\u201d]/g) ?? []).length < 2) say(q, 'mixed quote without an inner quoted phrase');
    }

    // speaker and mention
    if (q.speaker === null) say(q, 'no speaker (every gold quote here has one)');
    else if (text.indexOf(q.speaker) < 0 || text.indexOf(q.speaker) > paragraphs[paras[paras.length - 1]!]!.end) say(q, `speaker "${q.speaker}" not written out in full before the quote's end`);
    if (tags.has('floating')) {
      if (q.speakerMention !== null || q.cue !== null) say(q, 'floating quote with a mention or cue');
      if (!previous || previous.speaker !== q.speaker) say(q, 'floating quote whose speaker is not the previous quote\'s');
      const para = text.slice(paragraphs[paras[0]!]!.start, paragraphs[paras[0]!]!.end).trim();
      if (para.slice(1, -1) !== q.text) say(q, 'floating quote is not a whole paragraph');
      if (previous) {
        // nobody else named in between: no capitalized two-word name between the quotes except the speaker's
        const between = text.slice(previous.spans[previous.spans.length - 1]!.end, q.spans[0]!.start);
        if (/[A-Z][a-z]+ [A-Z][a-z]+/.test(between.replace(q.speaker ?? '', ''))) say(q, 'someone named between the floating quote and the previous quote');
      }
    } else {
      if (q.speakerMention === null) say(q, 'non-floating quote without a speaker mention');
      else {
        const re = new RegExp(`(?<![\\p{L}])${q.speakerMention.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u');
        if (!re.test(paraText)) say(q, `mention "${q.speakerMention}" not in the quote's paragraph`);
        const isPronoun = PRONOUNS.has(q.speakerMention.toLowerCase());
        if (tags.has('pronoun') !== isPronoun) say(q, 'pronoun tag vs mention');
        if (tags.has('surname')) {
          if (!q.speaker || q.speaker.split(' ').at(-1) !== q.speakerMention) say(q, 'surname mention is not the last word of the speaker');
        }
      }
      if (q.cue !== null && !paraText.toLowerCase().includes(q.cue.toLowerCase())) say(q, `cue "${q.cue}" not in the quote's paragraph`);
      if (q.cue === null && !tags.has('qa')) say(q, 'no cue');
    }
    if (previous && previous.spans[previous.spans.length - 1]!.end > q.spans[0]!.start) say(q, 'overlaps the previous quote');
    previous = q;
  }
  return problems;
}

export interface GoldCounts {
  fixtures: number;
  quotes: number;
  byType: Record<QuoteType, number>;
  byTag: Record<string, number>;
  pronouns: Record<string, number>;
}

export function goldCounts(fixtures: QuoteFixture[]): GoldCounts {
  const c: GoldCounts = { fixtures: fixtures.length, quotes: 0, byType: { direct: 0, indirect: 0, mixed: 0 }, byTag: {}, pronouns: {} };
  for (const f of fixtures) {
    for (const q of f.gold.quotes) {
      c.quotes++;
      c.byType[q.type]++;
      for (const t of q.tags) c.byTag[t] = (c.byTag[t] ?? 0) + 1;
      if (q.tags.includes('pronoun') && q.speakerMention) {
        const p = q.speakerMention.toLowerCase();
        c.pronouns[p] = (c.pronouns[p] ?? 0) + 1;
      }
    }
  }
  return c;
}

// ---------------------------------------------------------------------------------------------
// Scoring

/** Characters of `gold` covered by `pred`. */
export function coveredChars(gold: Span[], pred: Span[]): number {
  let n = 0;
  for (const g of gold) for (const p of pred) n += Math.max(0, Math.min(g.end, p.end) - Math.max(g.start, p.start));
  return n;
}

const lengthOf = (spans: Span[]): number => spans.reduce((n, s) => n + s.end - s.start, 0);

/** A gold quote is found by a prediction covering more than this share of its characters. */
export const MATCH_THRESHOLD = 0.5;

/**
 * One-to-one greedy matching: admissible pairs (coverage > MATCH_THRESHOLD) by coverage, highest
 * first, ties to the earlier gold quote then the earlier prediction. Returns pred index per gold (or -1).
 */
export function matchQuotes(gold: Span[][], pred: Span[][]): number[] {
  const pairs: Array<{ g: number; p: number; share: number }> = [];
  gold.forEach((g, gi) => {
    const len = lengthOf(g);
    pred.forEach((p, pi) => {
      const share = len ? coveredChars(g, p) / len : 0;
      if (share > MATCH_THRESHOLD) pairs.push({ g: gi, p: pi, share });
    });
  });
  pairs.sort((a, b) => b.share - a.share || a.g - b.g || a.p - b.p);
  const byGold = gold.map(() => -1);
  const usedPred = new Set<number>();
  for (const { g, p } of pairs) {
    if (byGold[g] !== -1 || usedPred.has(p)) continue;
    byGold[g] = p;
    usedPred.add(p);
  }
  return byGold;
}

export interface Tally {
  gold: number;
  predicted: number;
  matched: number;
  typeRight: number;
  /** matched gold quotes that have a speaker */
  withSpeaker: number;
  speakerRight: number;
}

const tally = (): Tally => ({ gold: 0, predicted: 0, matched: 0, typeRight: 0, withSpeaker: 0, speakerRight: 0 });

export interface Rates {
  recall: number;
  precision: number;
  typeAccuracy: number;
  speakerAccuracy: number;
}

const ratio = (a: number, b: number): number => (b ? a / b : 0);

export function rates(t: Tally): Rates {
  return {
    recall: ratio(t.matched, t.gold),
    precision: ratio(t.matched, t.predicted),
    typeAccuracy: ratio(t.typeRight, t.matched),
    speakerAccuracy: ratio(t.speakerRight, t.withSpeaker),
  };
}

export interface QuoteError {
  fixture: string;
  kind: 'missed' | 'spurious' | 'speaker' | 'type' | 'crash';
  text: string;
  gold?: string | null;
  predicted?: string | null;
}

export interface QuoteScores {
  fixtures: Array<{ name: string } & Tally>;
  total: Tally;
  /** per tag, and per gold type as `type:direct` etc.; `predicted` is not meaningful here */
  groups: Record<string, Tally>;
  errors: QuoteError[];
}

const nameOf = (q: Quote): string | null => (q.speaker ? q.speaker.name.trim() : null);

/**
 * Runs `extract` (extractQuotes by default) on every quote fixture and scores it against the gold:
 * recall, precision, type accuracy and speaker-name accuracy (exact name after trimming, among
 * matched gold quotes that have a speaker), per fixture, in total and per tag / gold type.
 */
export function scoreQuoteFixtures(extract: (text: string) => Quote[] = (t) => extractQuotes(t), dir?: string): QuoteScores {
  const out: QuoteScores = { fixtures: [], total: tally(), groups: {}, errors: [] };
  const group = (k: string): Tally => (out.groups[k] ??= tally());
  for (const fixture of quoteFixtures(dir)) {
    const { located, missing } = locateGold(fixture);
    if (missing.length) throw new Error(`${fixture.name}: gold quote not found in the text: ${missing[0]}`);
    let pred: Quote[];
    try {
      pred = extract(fixture.text);
    } catch (error) {
      pred = [];
      out.errors.push({ fixture: fixture.name, kind: 'crash', text: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    }
    const byGold = matchQuotes(
      located.map((q) => q.spans),
      pred.map((p) => p.spans),
    );
    const t = tally();
    t.gold = located.length;
    t.predicted = pred.length;
    located.forEach((g, i) => {
      const pi = byGold[i]!;
      const p = pi >= 0 ? pred[pi]! : null;
      const keys = [...g.tags.filter((x) => (SCORED_TAGS as readonly string[]).includes(x)), `type:${g.type}`];
      const groups = keys.map(group);
      for (const gr of groups) gr.gold++;
      if (!p) {
        out.errors.push({ fixture: fixture.name, kind: 'missed', text: g.text, gold: g.speaker });
        return;
      }
      const typeRight = p.type === g.type;
      const hasSpeaker = g.speaker !== null;
      const speakerRight = hasSpeaker && nameOf(p) === g.speaker!.trim();
      for (const x of [t, ...groups]) {
        x.matched++;
        if (typeRight) x.typeRight++;
        if (hasSpeaker) x.withSpeaker++;
        if (speakerRight) x.speakerRight++;
      }
      if (!typeRight) out.errors.push({ fixture: fixture.name, kind: 'type', text: g.text, gold: g.type, predicted: p.type });
      if (hasSpeaker && !speakerRight) out.errors.push({ fixture: fixture.name, kind: 'speaker', text: g.text, gold: g.speaker, predicted: nameOf(p) });
    });
    const used = new Set(byGold);
    pred.forEach((p, i) => {
      if (!used.has(i)) out.errors.push({ fixture: fixture.name, kind: 'spurious', text: p.text, predicted: nameOf(p) });
    });
    out.fixtures.push({ name: fixture.name, ...t });
    for (const k of Object.keys(t) as Array<keyof Tally>) out.total[k] += t[k];
  }
  return out;
}

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;

/** The scores as a plain-text table (per fixture, total, per tag and type), then the errors. */
export function formatQuoteScores(s: QuoteScores): string {
  const head = ['', 'gold', 'pred', 'match', 'recall', 'precision', 'type acc', 'speaker acc'];
  const row = (name: string, t: Tally, withPrecision = true): string[] => {
    const r = rates(t);
    return [
      name,
      String(t.gold),
      withPrecision ? String(t.predicted) : '-',
      String(t.matched),
      pct(r.recall),
      withPrecision ? pct(r.precision) : '-',
      pct(r.typeAccuracy),
      `${pct(r.speakerAccuracy)} (${t.speakerRight}/${t.withSpeaker})`,
    ];
  };
  const rows = [head, ...s.fixtures.map((f) => row(f.name, f)), row('TOTAL', s.total)];
  const groupOrder = [...SCORED_TAGS, 'type:direct', 'type:indirect', 'type:mixed'].filter((k) => s.groups[k]);
  const groupRows = [['by tag / gold type', 'gold', '', 'match', 'recall', '', 'type acc', 'speaker acc'], ...groupOrder.map((k) => row(k, s.groups[k]!, false))];
  const render = (rs: string[][]): string => {
    const widths = rs[0]!.map((_, c) => Math.max(...rs.map((r) => r[c]!.length)));
    return rs.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ')).join('\n');
  };
  const errors = s.errors.map((e) => {
    const t = e.kind === 'crash' ? e.text.split('\n').slice(0, 3).join(' | ') : e.text.length > 70 ? `${e.text.slice(0, 67)}...` : e.text;
    const detail = e.kind === 'missed' ? '' : e.kind === 'spurious' ? ` (speaker ${e.predicted})` : ` gold ${e.gold} / predicted ${e.predicted}`;
    return `  ${e.fixture}: ${e.kind}${detail}: ${t}`;
  });
  return [render(rows), '', render(groupRows), '', `errors (${s.errors.length}):`, ...errors].join('\n');
}
