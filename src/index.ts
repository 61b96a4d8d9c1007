export { parseArticle } from './article.js';
export { segment, type Segmentation } from './segment/index.js';
export { extractEntities, type Entities, type EntityMention, type EntityType } from './entities/index.js';
export { extractQuotes } from './quotes/index.js';
export { extractDates, type DateOptions } from './dates/index.js';
export { buildDocument } from './document/build.js';
export type { Document, Line, Paragraph, Sentence, Tokens } from './document/types.js';
export type * from './types.js';
export { VERSION } from './version.js';
