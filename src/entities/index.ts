import { buildDocument } from '../document/build.js';
import type { Document } from '../document/types.js';
import { assertText } from '../options.js';
import type { Span } from '../types.js';
import type { Entities } from './types.js';

export type { Entities, EntityMention, EntityType } from './types.js';

/** People, organizations and places of a text (the whole text: no boilerplate removal). */
export function extractEntities(text: string): Entities {
  assertText(text, 'extractEntities');
  const doc = buildDocument(text);
  return extractEntitiesFromDocument(doc, [{ start: 0, end: text.length }]);
}

/** Entities from the given regions of a Document (headline and body in the pipeline). */
export function extractEntitiesFromDocument(doc: Document, regions: Span[]): Entities {
  void doc;
  void regions;
  return { people: [], organizations: [], places: [], mentions: [] };
}
