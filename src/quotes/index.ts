import { buildDocument } from '../document/build.js';
import { regionSentences, tokenAt } from '../document/regions.js';
import { extractEntitiesFromDocument, type Entities } from '../entities/index.js';
import { assertText } from '../options.js';
import type { Document, Paragraph, Sentence } from '../document/types.js';
import type { Quote, Span, Speaker, TextSpan } from '../types.js';
import { attributionAfter, attributionBefore, type Attribution } from './attribution.js';
import { speakerEndingAt } from './speaker.js';
import { quoteContext, type QuoteContext } from './context.js';
import { reportedSpeech } from './indirect.js';
import type { CueClass } from './lexicons/cues.js';
import { findQuoted, type Quoted } from './marks.js';
import { SpeakerResolver } from './resolve.js';

export interface QuoteOptions {
  /** Count belief verbs ("believes", "thinks") as cues. Default false. */
  includeBelief?: boolean;
  /**
   * Text no quote holds, cut from the start of a quote that begins in it: the wire dateline
   * ("SALVADOR, Feb 26 - Showers continued ..., the agency said" quotes from "Showers").
   */
  exclude?: Span[];
}

/** A quote before speaker resolution. */
interface Found {
  spans: Span[];
  type: Quote['type'];
  attribution: Attribution | null;
  /** paragraph index (into the region paragraphs) the quote ends in */
  paragraph: number;
  firstParagraph: number;
  floating: boolean;
  open: number;
  close: number;
}

/** Shortest quoted text (in words) that stands as a quote without an attribution. */
const MIN_FREE_WORDS = 6;
/** Quoted phrases shorter than this are titles or scare quotes unless a sentence attributes them. */
const MIN_QUOTE_WORDS = 4;

/** Quotes with their speakers and cues, over the whole text. */
export function extractQuotes(text: string, options?: QuoteOptions): Quote[] {
  assertText(text, 'extractQuotes');
  const doc = buildDocument(text);
  const regions = [{ start: 0, end: text.length }];
  return extractQuotesFromDocument(doc, regions, extractEntitiesFromDocument(doc, regions), options);
}

/** Quotes in the given regions, speakers resolved against the entities found there. */
export function extractQuotesFromDocument(doc: Document, regions: Span[], entities: Entities, options?: QuoteOptions): Quote[] {
  const classes = new Set<CueClass>(['speech', 'writing']);
  if (options?.includeBelief) classes.add('belief');
  const ctx = quoteContext(doc, entities.mentions, classes);
  const paragraphs = regionParagraphs(doc, regions);
  const quoted = findQuoted(doc.text, paragraphs);
  const found = directQuotes(ctx, paragraphs, quoted);
  const qa = interviewAnswers(ctx, paragraphs, quoted);
  if (qa.length) {
    found.push(...qa);
    found.sort((a, b) => a.open - b.open);
  }
  found.push(...reportedQuotes(ctx, regions, quoted, found, options?.exclude ?? []));
  if (options?.exclude?.length) for (const f of found) for (const x of options.exclude) clipStart(doc.text, f, x);
  found.sort((a, b) => a.spans[0]!.start - b.spans[0]!.start);
  return resolveAll(ctx, entities, found);
}

/** The sentence from its first token past any excluded span it opens in, or null when none is left. */
function afterExcluded(doc: Document, s: Sentence, exclude: Span[]): Sentence | null {
  let first = s.first;
  for (const x of exclude) {
    if (doc.tokens.start[first]! < x.start || doc.tokens.start[first]! >= x.end) continue;
    while (first < s.last && doc.tokens.start[first]! < x.end) first++;
  }
  if (first === s.first) return s;
  return first < s.last ? { ...s, first, start: doc.tokens.start[first]! } : null;
}

/** A quote's first span starting inside `x` and running past it starts after it (and its spaces). */
function clipStart(text: string, f: Found, x: Span): void {
  const first = f.spans[0]!;
  if (first.start < x.start || first.start >= x.end || first.end <= x.end) return;
  let start = x.end;
  while (start < first.end && /\s/.test(text.charAt(start))) start++;
  if (start >= first.end) return;
  f.spans[0] = { start, end: first.end };
  if (f.open === first.start) f.open = start;
}

/** Paragraphs lying inside the regions, in one walk over both (regions sorted by start). */
function regionParagraphs(doc: Document, regions: Span[]): Paragraph[] {
  const sorted = regions.length > 1 ? [...regions].sort((a, b) => a.start - b.start) : regions;
  const out: Paragraph[] = [];
  let r = 0;
  for (const p of doc.paragraphs) {
    while (r < sorted.length && sorted[r]!.end < p.end) r++;
    if (r >= sorted.length) break;
    // regions skipped so far end before this paragraph does: only the ones from r on can hold it
    for (let k = r; k < sorted.length && sorted[k]!.start <= p.start; k++) {
      if (p.end <= sorted[k]!.end) {
        out.push(p);
        break;
      }
    }
  }
  return out;
}

function wordCount(text: string, spans: Span[]): number {
  let n = 0;
  for (const s of spans) {
    let word = false;
    for (let i = s.start; i < s.end; i++) {
      const c = text.charCodeAt(i);
      if (isSpace(c)) word = false;
      else if (!word && ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 0xbf)) {
        word = true;
        n++;
      }
    }
  }
  return n;
}

/** Quoted text with its attribution; split quotes merged; floating quotes marked. */
function directQuotes(ctx: QuoteContext, paragraphs: Paragraph[], quoted: Quoted[]): Found[] {
  const { doc } = ctx;
  const out: Found[] = [];
  for (let i = 0; i < quoted.length; i++) {
    const q = quoted[i]!;
    const words = wordCount(doc.text, q.spans);
    const pFirst = doc.paragraphTokens[paragraphs[q.paragraph]!.index * 2]!;
    const pLast = doc.paragraphTokens[paragraphs[q.lastParagraph]!.index * 2 + 1]!;
    const openTok = tokenAt(doc, q.open);
    const closeTok = tokenAt(doc, q.close);
    const para = paragraphs[q.paragraph]!;
    let attribution = attributionAfter(ctx, closeTok, pLast) ?? attributionBefore(ctx, openTok, pFirst);
    // "Stock told the forum:" closing the paragraph before: the quote it introduces
    if (!attribution && openTok === pFirst && q.paragraph > 0 && ctx.raw(pFirst - 1) === ':') {
      const prevFirst = doc.paragraphTokens[paragraphs[q.paragraph - 1]!.index * 2]!;
      if (paragraphs[q.paragraph - 1]!.index === para.index - 1) attribution = attributionBefore(ctx, pFirst, prevFirst);
    }
    const wholeParagraph = q.open <= firstVisible(doc.text, para.start) && q.close >= lastVisible(doc.text, paragraphs[q.lastParagraph]!.end) - 1;
    if (words < MIN_QUOTE_WORDS && !(attribution && wholeOrLead(doc.text, q, para))) continue;
    if (!attribution && words < MIN_FREE_WORDS && !wholeParagraph) continue;
    const f: Found = { spans: [...q.spans], type: 'direct', attribution, paragraph: q.lastParagraph, firstParagraph: q.paragraph, floating: false, open: q.open, close: q.close };
    // `"A," he said, "B."`, `"A," he said. "B."`, `"A," Tester said, referring to X, "B."`: quoted
    // text after the attribution, in the same paragraph, with no speaker of its own, continues the quote
    if (attribution && attribution.last >= closeTok) {
      let after = attribution.last + 1;
      let next = quoted[i + 1];
      while (next && next.paragraph === f.paragraph && continues(ctx, after, tokenAt(doc, next.open), pFirst)) {
        f.spans.push(...next.spans);
        f.close = next.close;
        f.paragraph = next.lastParagraph;
        i++;
        after = tokenAt(doc, next.close);
        next = quoted[i + 1];
      }
    }
    if (!attribution && wholeParagraph) f.floating = true;
    out.push(f);
  }
  return out;
}

/**
 * An interview in Q&A form: with at least two "Q:" paragraphs, a paragraph opening with a name and
 * a colon ("Delgado: The rent doubled ...") is that person's answer, a direct quote without marks.
 */
function interviewAnswers(ctx: QuoteContext, paragraphs: Paragraph[], quoted: Quoted[]): Found[] {
  const { doc } = ctx;
  const first = (p: Paragraph): number => doc.paragraphTokens[p.index * 2]!;
  const last = (p: Paragraph): number => doc.paragraphTokens[p.index * 2 + 1]!;
  let questions = 0;
  for (const p of paragraphs) {
    const f = first(p);
    if (f < last(p) && ctx.raw(f) === 'Q' && (ctx.raw(f + 1) === ':' || ctx.raw(f + 1) === '.')) questions++;
  }
  if (questions < 2) return [];
  const out: Found[] = [];
  let qi = 0;
  let asked = false;
  paragraphs.forEach((p, pi) => {
    const f = first(p);
    const l = last(p);
    // an answer follows a question
    const wasAsked = asked;
    asked = f < l && ctx.raw(f) === 'Q' && (ctx.raw(f + 1) === ':' || ctx.raw(f + 1) === '.');
    if (!wasAsked) return;
    let colon = f + 1;
    while (colon < l && colon < f + 5 && ctx.raw(colon) !== ':') colon++;
    if (ctx.raw(colon) !== ':' || colon + 1 >= l || ctx.raw(f) === 'Q' || ctx.raw(f) === 'A') return;
    const label = speakerEndingAt(ctx, colon - 1, f);
    if (!label || label.first !== f || (label.kind !== 'entity' && label.kind !== 'name')) return;
    // quoted text right after the label is a direct quote already
    while (qi < quoted.length && quoted[qi]!.open < doc.tokens.start[colon]!) qi++;
    const q = quoted[qi];
    if (q && q.open < p.end) return;
    const start = doc.tokens.start[colon + 1]!;
    const end = doc.tokens.end[l - 1]!;
    out.push({
      spans: [{ start, end }],
      type: 'direct',
      attribution: { speaker: label, cue: null, first: f, last: colon },
      paragraph: pi,
      firstParagraph: pi,
      floating: false,
      open: start,
      close: end,
    });
  });
  return out;
}

/** The quote is a paragraph of its own or opens its paragraph. */
function wholeOrLead(text: string, q: Quoted, para: { start: number }): boolean {
  return q.open <= firstVisible(text, para.start);
}

function onlyPunctBetween(ctx: QuoteContext, a: number, b: number): boolean {
  if (b - a > 2) return false;
  for (let k = a; k < b; k++) if (!PUNCT.has(ctx.raw(k))) return false;
  return true;
}
/**
 * The quote opening at token `open` continues the one whose attribution ends before `after`:
 * only the rest of the attribution's sentence lies between, with no quote mark and no cue of its own.
 */
function continues(ctx: QuoteContext, after: number, open: number, floor: number): boolean {
  if (open - after > 40) return false;
  if (open - after <= 2 && onlyPunctBetween(ctx, after, open)) return true;
  const last = ctx.lw(open - 1);
  // `"A," he said, but "B."`
  if (open - after <= 3 && (last === 'but' || last === 'and') && onlyPunctBetween(ctx, after, open - 1)) return true;
  if (!PUNCT.has(last)) return false;
  for (let k = after; k < open; k++) {
    const t = ctx.raw(k);
    if (t === '"' || t === '“' || t === '”' || t === "'" || t === '«' || t === '»') return false;
  }
  return !attributionBefore(ctx, open, floor);
}

const PUNCT = new Set([',', '.', ';', ':', '—', '–', '-']);

function firstVisible(text: string, i: number): number {
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}
function lastVisible(text: string, end: number): number {
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  return end;
}
function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x3000 || c === 0xfeff;
}

/**
 * Indirect and mixed quotes: clauses of reported speech outside direct quotes. A reported clause
 * that holds quoted words (a short phrase, or a direct quote nobody else attributes) is mixed.
 */
function reportedQuotes(ctx: QuoteContext, regions: Span[], quoted: Quoted[], direct: Found[], exclude: Span[]): Found[] {
  const { doc } = ctx;
  const out: Found[] = [];
  const absorbed = new Set<Found>();
  let d = 0;
  let qi = 0;
  for (const whole of joinedSentences(doc, regions)) {
    // a sentence that opens in the dateline is read from after it: no speaker or content in it
    const s = exclude.length ? afterExcluded(doc, whole, exclude) : whole;
    if (!s) continue;
    while (d < direct.length && direct[d]!.close <= s.start) d++;
    // direct quotes touching this sentence: one that holds the whole sentence, or has its own
    // attribution, keeps it; an unattributed one inside it may belong to a reported clause
    let inside = false;
    const free: Found[] = [];
    for (let k = d; k < direct.length && direct[k]!.open < s.end; k++) {
      const f = direct[k]!;
      if (f.attribution || f.spans.length > 1 || (f.open <= s.start && f.close >= s.end - 1)) inside = true;
      else free.push(f);
    }
    if (inside) continue;
    for (const r of reportedSpeech(ctx, s)) {
      let start = r.content.start;
      let end = r.content.end;
      let mixed = false;
      for (const f of free) {
        if (f.close > r.content.start && f.open < r.content.end + 2 && !absorbed.has(f)) {
          absorbed.add(f);
          mixed = true;
          if (f.firstParagraph === f.paragraph) {
            start = Math.min(start, f.open);
            end = Math.max(end, f.close);
          }
        }
      }
      // a quoted phrase inside the reported content makes it mixed
      while (qi < quoted.length && quoted[qi]!.close <= r.content.start) qi++;
      for (let k = qi; !mixed && k < quoted.length && quoted[k]!.open < r.content.end; k++) {
        const q = quoted[k]!;
        if (q.open >= r.content.start && q.close <= r.content.end + 1) mixed = true;
      }
      const spans = r.parts && end === r.content.end && start === r.content.start ? r.parts : [{ start, end }];
      out.push({
        spans,
        type: mixed ? 'mixed' : 'indirect',
        attribution: r.attribution,
        paragraph: s.paragraph,
        firstParagraph: s.paragraph,
        floating: false,
        open: start,
        close: end,
      });
    }
  }
  if (absorbed.size) {
    for (let k = direct.length - 1; k >= 0; k--) if (absorbed.has(direct[k]!)) direct.splice(k, 1);
  }
  return out;
}

/**
 * The region's sentences, with wink's cuts after abbreviations undone: a sentence whose
 * successor in the paragraph opens in lower case ("Sen. David Perdue (R-Ga.)" + "said he ...") is one.
 */
function joinedSentences(doc: Document, regions: Span[]): Sentence[] {
  const out: Sentence[] = [];
  for (const si of regionSentences(doc, regions)) {
    const s = doc.sentences[si]!;
    const prev = out[out.length - 1];
    const c = doc.text.charCodeAt(s.start);
    if (prev && prev.paragraph === s.paragraph && prev.last === s.first && c >= 97 && c <= 122) {
      out[out.length - 1] = { ...prev, end: s.end, last: s.last };
    } else out.push(s);
  }
  return out;
}

/** Resolve speakers in text order; floating quotes inherit the previous quote's speaker. */
function resolveAll(ctx: QuoteContext, entities: Entities, found: Found[]): Quote[] {
  const resolver = new SpeakerResolver(ctx, entities);
  const out: Quote[] = [];
  let prev = null as { speaker: Speaker | null; paragraph: number; end: number } | null;
  for (const f of found) {
    let speaker: Speaker | null = null;
    let cue: TextSpan | null = null;
    if (f.attribution) {
      cue = f.attribution.cue;
      const recent = prev && f.firstParagraph - prev.paragraph <= 2 ? (prev.speaker?.entityId ?? null) : null;
      if (f.attribution.speaker) speaker = resolver.resolve(f.attribution.speaker, recent, cue?.text.toLowerCase() === 'according to');
      // "according to the declaration": a document is evidence, not a speaker
      if (!speaker && f.attribution.speaker && f.attribution.speaker.kind === 'nominal') continue;
    } else if (f.floating && prev && prev.speaker && f.firstParagraph - prev.paragraph <= 1 && !otherPersonBetween(entities, prev.end, f.open, prev.speaker.entityId)) {
      const inherited: Speaker = prev.speaker;
      speaker = { name: inherited.name, entityId: inherited.entityId, mention: null };
    }
    const text = f.spans.map((s) => ctx.doc.text.slice(s.start, s.end)).join(' ');
    out.push({ text, spans: f.spans.map((s) => ({ start: s.start, end: s.end })), type: f.type, speaker, cue });
    prev = { speaker, paragraph: f.paragraph, end: f.close };
  }
  return out;
}

/** A person other than `id` is mentioned between offsets a and b (mentions sorted by start). */
function otherPersonBetween(entities: Entities, a: number, b: number, id: string | null): boolean {
  const ms = entities.mentions;
  let lo = 0;
  let hi = ms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ms[mid]!.start < a) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < ms.length && ms[k]!.start < b; k++) {
    const m = ms[k]!;
    if (m.type === 'person' && m.end <= b && m.entityId !== id) return true;
  }
  return false;
}
