import { buildDocument } from './document/build.js';
import { extractDatesFromDocument } from './dates/index.js';
import { extractEntitiesFromDocument } from './entities/index.js';
import { assertLines, assertSize, assertText, resolveOptions } from './options.js';
import { extractQuotesFromDocument } from './quotes/index.js';
import { segmentDocument } from './segment/index.js';
import type { Article, ParseOptions } from './types.js';

/**
 * Parse raw news text into an Article. Reads the text once into a Document, then runs
 * segment -> entities -> quotes -> dates, each on the headline and body only.
 */
export function parseArticle(text: string, options?: ParseOptions): Article {
  assertText(text, 'parseArticle');
  const opts = resolveOptions(options);
  assertSize(text, opts.maxInputBytes);
  assertLines(text, opts.maxLines);
  const doc = buildDocument(text);
  const seg = segmentDocument(doc, opts);
  const entities = extractEntitiesFromDocument(doc, seg.regions);
  const quotes = extractQuotesFromDocument(doc, seg.regions, entities, seg.dateline ? { exclude: [seg.dateline] } : undefined);
  const dates = extractDatesFromDocument(doc, seg.regions, seg.publishedAt);
  return {
    schemaVersion: 1,
    headline: seg.headline,
    dateline: seg.dateline,
    byline: seg.byline,
    publishedAt: seg.publishedAt,
    body: { text: seg.paragraphs.map((p) => p.text).join('\n'), paragraphs: seg.paragraphs },
    boilerplate: seg.boilerplate,
    people: entities.people,
    organizations: entities.organizations,
    places: entities.places,
    quotes,
    dates,
  };
}
