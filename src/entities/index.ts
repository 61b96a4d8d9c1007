import { buildDocument } from '../document/build.js';
import { regionTokens } from '../document/regions.js';
import type { Document } from '../document/types.js';
import { assertText } from '../options.js';
import type { Span } from '../types.js';
import { readAppositives } from './appositive.js';
import { groupEntities } from './canonical.js';
import { buildContext } from './model/features.js';
import { tagNames } from './model/tagger.js';
import { correctSpans } from './rules.js';
import { candidatesFromSpans, settleTypes } from './typing.js';
import type { Entities } from './types.js';

export type { Entities, EntityMention, EntityType } from './types.js';

/** People, organizations and places of a text (the whole text: no boilerplate removal). */
export function extractEntities(text: string): Entities {
  assertText(text, 'extractEntities');
  const doc = buildDocument(text);
  return extractEntitiesFromDocument(doc, [{ start: 0, end: text.length }]);
}

/**
 * Entities from the given regions of a Document (headline and body in the pipeline): names
 * found and typed by the learned tagger, titles and affiliations read around people, one type
 * per name in the document, mentions grouped into entities.
 */
export function extractEntitiesFromDocument(doc: Document, regions: Span[]): Entities {
  const ctx = buildContext(doc);
  const ranges = regionTokens(doc, regions);
  const spans = correctSpans(ctx, tagNames(doc, ranges, ctx), ranges);
  const cands = candidatesFromSpans(ctx, spans);
  settleTypes(cands);
  readAppositives(doc, cands);
  return groupEntities(doc, cands.filter((c) => c.type && c.type !== 'misc'));
}
