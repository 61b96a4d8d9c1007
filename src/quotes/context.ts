import type { Document } from '../document/types.js';
import type { EntityMention } from '../entities/types.js';
import { tokenAt } from '../document/regions.js';
import { CUE_FORMS, type CueClass, type CueForm } from './lexicons/cues.js';
import { WordValues } from '../document/word-ids.js';

/** The cue form of each word (or null), looked up once per word, not once per token. */
const WORD_CUES = new WordValues<CueForm | null>((tokens, t) => CUE_FORMS.get(tokens.lower[t]!) ?? null);

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
  const { tokens } = doc;
  const n = tokens.count;
  // mentions by first and last token, in one walk over mentions and tokens together (both in text order)
  const mentionStarting = new Map<number, EntityMention>();
  const mentionEnding = new Map<number, EntityMention>();
  let t = 0;
  let prevStart = -1;
  for (const m of mentions) {
    if (m.start < prevStart) t = tokenAt(doc, m.start);
    prevStart = m.start;
    while (t < n && tokens.start[t]! < m.start) t++;
    if (t >= n) break;
    let last = t;
    while (last + 1 < n && tokens.end[last]! < m.end) last++;
    mentionStarting.set(t, m);
    mentionEnding.set(last, m);
  }
  const value = tokens.value;
  const lower = tokens.lower;
  const raw = (i: number): string => (i >= 0 && i < n ? value[i]! : '');
  const lw = (i: number): string => (i >= 0 && i < n ? lower[i]! : '');
  // every token's cue lemma, looked up once: the attribution scans ask for it many times over
  const lemmas: string[] = new Array<string>(n);
  const pos = tokens.pos;
  for (let i = 0; i < n; i++) {
    const p = pos[i];
    lemmas[i] = '';
    // "the report" / "a claim": nouns that share a verb's spelling are not cues
    if (p === 'NOUN' || p === 'PROPN' || p === 'ADJ' || p === 'PUNCT' || p === 'DET' || p === 'NUM' || p === 'ADP' || p === 'PRON') continue;
    const f = WORD_CUES.at(tokens, i);
    if (f && classes.has(f.cls)) lemmas[i] = f.lemma;
  }
  const cueLemma = (i: number): string => (i >= 0 && i < n ? lemmas[i]! : '');
  const isCue = (i: number): boolean => i >= 0 && i < n && lemmas[i] !== '';
  const isUpper = (i: number): boolean => {
    if (i < 0 || i >= n) return false;
    const c = value[i]!.charCodeAt(0);
    if (c >= 65 && c <= 90) return true;
    if (c < 128) return false;
    return UPPER.test(value[i]!);
  };
  return { doc, lw, raw, mentionStarting, mentionEnding, isCue, cueLemma, isUpper, classes };
}
