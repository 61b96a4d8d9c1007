import type { Document } from '../document/types.js';
import type { EntityMention } from '../entities/types.js';
import { tokenAt } from '../document/regions.js';
import { CUE_FORMS, type CueClass } from './lexicons/cues.js';

/** What the quote modules share about one document: token access and entity mentions by token. */
export interface QuoteContext {
  doc: Document;
  /** lower-cased token text ('' out of range) */
  lw: (i: number) => string;
  /** raw token text ('' out of range) */
  raw: (i: number) => string;
  /** mention starting at token i */
  mentionStarting: Map<number, EntityMention>;
  /** mention ending at token i (its last token) */
  mentionEnding: Map<number, EntityMention>;
  /** the token is a reporting verb of a class in effect, used as a verb */
  isCue: (i: number) => boolean;
  /** lemma of the cue at token i, or '' */
  cueLemma: (i: number) => string;
  /** the token starts with an upper-case letter */
  isUpper: (i: number) => boolean;
  /** cue classes in effect */
  classes: ReadonlySet<CueClass>;
}

const UPPER = /^\p{Lu}/u;

export function quoteContext(doc: Document, mentions: EntityMention[], classes: ReadonlySet<CueClass>): QuoteContext {
  const { text, tokens } = doc;
  const n = tokens.count;
  const mentionStarting = new Map<number, EntityMention>();
  const mentionEnding = new Map<number, EntityMention>();
  for (const m of mentions) {
    const first = tokenAt(doc, m.start);
    let last = first;
    while (last + 1 < n && tokens.end[last]! < m.end) last++;
    mentionStarting.set(first, m);
    mentionEnding.set(last, m);
  }
  // token texts are read many times over: cut each once, on first use
  const rawCache: Array<string | undefined> = new Array(n);
  const lowCache: Array<string | undefined> = new Array(n);
  const raw = (i: number): string => {
    if (i < 0 || i >= n) return '';
    return (rawCache[i] ??= text.slice(tokens.start[i]!, tokens.end[i]!));
  };
  const lw = (i: number): string => {
    if (i < 0 || i >= n) return '';
    return (lowCache[i] ??= raw(i).toLowerCase());
  };
  const cueLemma = (i: number): string => {
    const f = CUE_FORMS.get(lw(i));
    if (!f || !classes.has(f.cls)) return '';
    const pos = tokens.pos[i];
    // "the report" / "a claim": nouns that share a verb's spelling are not cues
    if (pos === 'VERB' || pos === 'AUX') return f.lemma;
    if (pos === 'NOUN' || pos === 'PROPN' || pos === 'ADJ' || pos === 'PUNCT' || pos === 'DET' || pos === 'NUM') return '';
    return f.lemma;
  };
  const isCue = (i: number): boolean => cueLemma(i) !== '';
  const isUpper = (i: number): boolean => UPPER.test(raw(i));
  return { doc, lw, raw, mentionStarting, mentionEnding, isCue, cueLemma, isUpper, classes };
}
