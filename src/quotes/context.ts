import type { Document } from '../document/types.js';
import type { EntityMention } from '../entities/types.js';
import { tokenAt } from '../document/regions.js';
import { CUE_FORMS, type CueClass } from './lexicons/cues.js';

/** What the quote modules share about one document: token access and entity mentions by token. */
export interface QuoteContext {
  doc: Document;
  /** lower-cased token text */
  lw: (i: number) => string;
  /** raw token text */
  raw: (i: number) => string;
  /** mention starting at token i */
  mentionStarting: Map<number, EntityMention>;
  /** mention ending at token i (its last token) */
  mentionEnding: Map<number, EntityMention>;
  /** token index -> mention covering it */
  isCue: (i: number) => boolean;
  /** cue classes in effect */
  classes: ReadonlySet<CueClass>;
}

export function quoteContext(doc: Document, mentions: EntityMention[], classes: ReadonlySet<CueClass>): QuoteContext {
  const { text, tokens } = doc;
  const mentionStarting = new Map<number, EntityMention>();
  const mentionEnding = new Map<number, EntityMention>();
  for (const m of mentions) {
    const first = tokenAt(doc, m.start);
    let last = first;
    while (last + 1 < tokens.count && tokens.end[last]! < m.end) last++;
    mentionStarting.set(first, m);
    mentionEnding.set(last, m);
  }
  const raw = (i: number): string => (i >= 0 && i < tokens.count ? text.slice(tokens.start[i]!, tokens.end[i]!) : '');
  const lw = (i: number): string => raw(i).toLowerCase();
  const isCue = (i: number): boolean => {
    const f = CUE_FORMS.get(lw(i));
    if (!f || !classes.has(f.cls)) return false;
    const pos = tokens.pos[i];
    // "the report" / "a claim": nouns that share a verb's spelling are not cues
    return pos === 'VERB' || pos === 'AUX' || (pos !== 'NOUN' && pos !== 'PROPN' && pos !== 'ADJ');
  };
  return { doc, lw, raw, mentionStarting, mentionEnding, isCue, classes };
}
