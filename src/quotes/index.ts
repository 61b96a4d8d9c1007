import { buildDocument } from '../document/build.js';
import { regionSentences, tokenAt } from '../document/regions.js';
import type { Document } from '../document/types.js';
import { extractEntitiesFromDocument, type Entities } from '../entities/index.js';
import { assertText } from '../options.js';
import type { Quote, Span, Speaker, TextSpan } from '../types.js';
import { attributionAfter, attributionBefore, type Attribution } from './attribution.js';
import { quoteContext, type QuoteContext } from './context.js';
import { reportedSpeech } from './indirect.js';
import type { CueClass } from './lexicons/cues.js';
import { findQuoted, type Quoted } from './marks.js';
import { SpeakerResolver } from './resolve.js';

export interface QuoteOptions {
  /** Count belief verbs ("believes", "thinks") as cues. Default false. */
  includeBelief?: boolean;
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
  const paragraphs = doc.paragraphs.filter((p) => regions.some((r) => p.start >= r.start && p.end <= r.end));
  const quoted = findQuoted(doc.text, paragraphs);
  const found = directQuotes(ctx, paragraphs, quoted);
  found.push(...reportedQuotes(ctx, regions, quoted, found));
  found.sort((a, b) => a.spans[0]!.start - b.spans[0]!.start);
  return resolveAll(ctx, entities, found);
}

function paragraphTokenRange(doc: Document, p: { start: number; end: number }): [number, number] {
  const first = tokenAt(doc, p.start);
  let last = first;
  while (last < doc.tokens.count && doc.tokens.end[last]! <= p.end) last++;
  return [first, last];
}

function wordCount(text: string, spans: Span[]): number {
  let n = 0;
  for (const s of spans) n += text.slice(s.start, s.end).split(/\s+/).filter((w) => /\p{L}|\d/u.test(w)).length;
  return n;
}

/** Quoted text with its attribution; split quotes merged; floating quotes marked. */
function directQuotes(ctx: QuoteContext, paragraphs: Array<{ start: number; end: number }>, quoted: Quoted[]): Found[] {
  const { doc } = ctx;
  const out: Found[] = [];
  for (let i = 0; i < quoted.length; i++) {
    const q = quoted[i]!;
    const words = wordCount(doc.text, q.spans);
    const [pFirst] = paragraphTokenRange(doc, paragraphs[q.paragraph]!);
    const [, pLast] = paragraphTokenRange(doc, paragraphs[q.lastParagraph]!);
    const openTok = tokenAt(doc, q.open);
    const closeTok = tokenAt(doc, q.close);
    const attribution = attributionAfter(ctx, closeTok, pLast) ?? attributionBefore(ctx, openTok, pFirst);
    const para = paragraphs[q.paragraph]!;
    const wholeParagraph = q.open <= firstVisible(doc.text, para.start) && q.close >= lastVisible(doc.text, paragraphs[q.lastParagraph]!.end) - 1;
    if (words < MIN_QUOTE_WORDS && !(attribution && wholeOrLead(doc.text, q, para))) continue;
    if (!attribution && words < MIN_FREE_WORDS && !wholeParagraph) continue;
    const f: Found = { spans: [...q.spans], type: 'direct', attribution, paragraph: q.lastParagraph, firstParagraph: q.paragraph, floating: false, open: q.open, close: q.close };
    // `"A," he said, "B."`: the part after the attribution belongs to the same quote
    const next = quoted[i + 1];
    if (attribution && next && next.paragraph === q.lastParagraph && attribution.last >= closeTok && onlyPunctBetween(ctx, attribution.last + 1, tokenAt(doc, next.open))) {
      f.spans.push(...next.spans);
      f.close = next.close;
      f.paragraph = next.lastParagraph;
      i++;
    }
    if (!attribution && wholeParagraph) f.floating = true;
    out.push(f);
  }
  return out;
}

/** The quote is a paragraph of its own or opens its paragraph. */
function wholeOrLead(text: string, q: Quoted, para: { start: number }): boolean {
  return q.open <= firstVisible(text, para.start);
}

function onlyPunctBetween(ctx: QuoteContext, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (!/^[,.;:—–-]$/.test(ctx.raw(k))) return false;
  return b - a <= 2;
}

function firstVisible(text: string, i: number): number {
  while (i < text.length && /\s/.test(text.charAt(i))) i++;
  return i;
}
function lastVisible(text: string, end: number): number {
  while (end > 0 && /\s/.test(text.charAt(end - 1))) end--;
  return end;
}

/** Indirect and mixed quotes: sentences of reported speech not already a direct quote. */
function reportedQuotes(ctx: QuoteContext, regions: Span[], quoted: Quoted[], direct: Found[]): Found[] {
  const { doc } = ctx;
  const out: Found[] = [];
  for (const si of regionSentences(doc, regions)) {
    const s = doc.sentences[si]!;
    if (direct.some((d) => d.open < s.end && d.close > s.start)) continue;
    const r = reportedSpeech(ctx, s);
    if (!r) continue;
    // a quoted phrase inside the reported content makes it mixed
    const inner = quoted.some((q) => q.open >= r.content.start && q.close <= r.content.end + 1);
    out.push({
      spans: [r.content],
      type: inner ? 'mixed' : 'indirect',
      attribution: r.attribution,
      paragraph: s.paragraph,
      firstParagraph: s.paragraph,
      floating: false,
      open: r.content.start,
      close: r.content.end,
    });
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
      if (f.attribution.speaker) speaker = resolver.resolve(f.attribution.speaker);
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

function otherPersonBetween(entities: Entities, a: number, b: number, id: string | null): boolean {
  return entities.mentions.some((m) => m.type === 'person' && m.start >= a && m.end <= b && m.entityId !== id);
}
