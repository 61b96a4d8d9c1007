/**
 * The Article contract, schemaVersion 1. Mirrors schema/article.schema.json.
 * Every span is a UTF-16 offset pair into the input, end exclusive:
 * `input.slice(start, end) === span.text`.
 */

import type { BoilerplateMemory } from './segment/memory.js';

export interface Span {
  start: number;
  end: number;
}

export interface TextSpan extends Span {
  text: string;
}

export interface Headline {
  text: string;
  /** null when the headline came from `options.title`. */
  start: number | null;
  end: number | null;
  source: 'text' | 'option' | 'lead';
}

export interface Dateline extends TextSpan {
  place: string | null;
  /** ISO 8601 date (or partial date) when the dateline carries one. */
  date: string | null;
}

export interface Byline extends TextSpan {
  authors: string[];
}

export type BoilerplateKind = 'link-list' | 'navigation' | 'promo' | 'caption' | 'legal' | 'other';

export interface Boilerplate extends TextSpan {
  kind: BoilerplateKind;
}

export interface Person {
  id: string;
  name: string;
  titles: string[];
  affiliation: string | null;
  mentions: TextSpan[];
}

export interface Organization {
  id: string;
  name: string;
  mentions: TextSpan[];
}

export interface Place {
  id: string;
  name: string;
  mentions: TextSpan[];
}

export type QuoteType = 'direct' | 'indirect' | 'mixed';

export interface Speaker {
  name: string;
  /** id of the person or organization the speaker resolved to. */
  entityId: string | null;
  mention: TextSpan | null;
}

export interface Quote {
  /** The quoted content without quote marks; the spans' texts joined by a space. */
  text: string;
  spans: Span[];
  type: QuoteType;
  speaker: Speaker | null;
  cue: TextSpan | null;
}

export type DateType = 'date' | 'time' | 'duration' | 'set';

export interface DateMention extends TextSpan {
  /** TIMEX3-style value resolved against publishedAt, or null. */
  value: string | null;
  type: DateType;
}

export interface Article {
  schemaVersion: 1;
  headline: Headline | null;
  dateline: Dateline | null;
  byline: Byline | null;
  /** ISO 8601 date: from options, else from a dateline / date line, else null. */
  publishedAt: string | null;
  body: { text: string; paragraphs: TextSpan[] };
  boilerplate: Boilerplate[];
  people: Person[];
  organizations: Organization[];
  places: Place[];
  quotes: Quote[];
  dates: DateMention[];
}

export interface ParseOptions {
  /** Publication date; resolves relative dates ("Sunday", "last week"). */
  publishedAt?: string | Date;
  /** A title known from elsewhere (feed metadata); used when the text has no title line. */
  title?: string;
  /** Source URL, kept for callers; not used for parsing yet. */
  url?: string;
  /** Largest input accepted, in UTF-8 bytes (default 10 MB); larger input throws InputTooLargeError. */
  maxInputBytes?: number;
  /**
   * Largest number of non-blank lines accepted (default 1,000,000); more throws
   * InputTooLargeError (`unit: 'lines'`). Memory follows lines more than bytes: a megabyte of
   * one-letter lines is half a million blocks.
   */
  maxLines?: number;
  /**
   * Opt-in site memory (createBoilerplateMemory()): share one across articles of the same site
   * and lines that recur across them are treated as boilerplate. It learns from each article.
   */
  boilerplateMemory?: BoilerplateMemory;
}
