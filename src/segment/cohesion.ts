import { holding } from '../document/word-ids.js';
import type { BlockFeatures } from './features.js';
import { float64s } from './buffers.js';

/**
 * Lexical cohesion: an article's lines speak of what its paragraphs speak of. A caption
 * ("Earcuff: Zoeca"), a subheading or a standfirst shares its content words with the article's
 * prose; a menu, a related-post teaser or a shop link mostly does not. Without HTML this is the
 * one signal that reads what a line says, not how it looks.
 */

/**
 * The content words of each block (words.ts: CONTENT) by word id (`Tokens.word`; a token outside
 * the word table has none and is left out): block i's are `ids[at[i]]` to `ids[at[i + 1]]`,
 * repeats kept; every id is below `limit`. features.ts gathers them as it reads the blocks.
 */
export interface BlockWords {
  ids: Int32Array;
  at: Int32Array;
  limit: number;
}

/** Blocks the first stage calls body (log-odds above 0) with at least CORE_WORDS words are the page's core. */
const CORE_LOGIT = 0;
const CORE_WORDS = 8;

// By word id w, kept from page to page (never cleared: a page's stamp tells its entries from
// older ones), side by side: `slots[2w]` is the stamp of the last page whose core holds w,
// `slots[2w + 1]` the one core block of that page holding it, or -1 when several do.
let slots = new Int32Array(1 << 13);
let stamp = 0;

/**
 * For each block, the share of its content words (repeats counted) that a core block other than
 * itself holds (core: first-stage log-odds above CORE_LOGIT and at least CORE_WORDS words), or -1
 * when it has none. Two passes over the content words, no set built.
 */
export function coreOverlap(words: BlockWords, features: readonly BlockFeatures[], l1: Float64Array): Float64Array {
  const n = features.length;
  const { ids, at } = words;
  const out = float64s(n);
  if (2 * words.limit > slots.length) slots = holding(slots, 2 * words.limit - 1);
  if (stamp >= 0x7ffffff0) {
    stamp = 0;
    slots.fill(0);
  }
  const page = ++stamp;
  const s = slots;
  for (let i = 0; i < n; i++) {
    if (!(l1[i]! > CORE_LOGIT && features[i]!.words >= CORE_WORDS)) continue;
    const last = at[i + 1]!;
    for (let k = at[i]!; k < last; k++) {
      const w = ids[k]! << 1;
      // the owner stays i when the word is new to the page's core or met in i already, else -1 (no branch)
      const mine = +(s[w] !== page) | +(s[w + 1] === i);
      s[w] = page;
      s[w + 1] = mine * (i + 1) - 1;
    }
  }
  for (let i = 0; i < n; i++) {
    const first = at[i]!;
    const last = at[i + 1]!;
    let shared = 0;
    for (let k = first; k < last; k++) {
      const w = ids[k]! << 1;
      // (no branch: which words are shared follows no pattern a branch predictor could learn)
      shared += +(s[w] === page) & +(s[w + 1] !== i);
    }
    out[i] = last > first ? shared / (last - first) : -1;
  }
  return out;
}
