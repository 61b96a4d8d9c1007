import type { BoilerplateKind } from '../types.js';
import type { BlockFeatures } from './features.js';

/** Shortest run of title-like lines that makes a link list (photo links, "Top 10 ..." lists). */
const LINK_RUN = 3;

/** A short line without closing punctuation: one item of a link list or menu. */
function isLinkItem(f: BlockFeatures): boolean {
  return f.words >= 1 && f.words <= 20 && (!f.endsSentence || f.words <= 12) && f.sentenceMarks <= 1;
}

/**
 * Kind of every block outside the body (and of inline insertions):
 * lexicon first, then runs of title-like lines (link lists), then short lines (navigation).
 */
export function boilerplateKinds(features: BlockFeatures[], isBoiler: (i: number) => boolean): Map<number, BoilerplateKind> {
  const kinds = new Map<number, BoilerplateKind>();
  const n = features.length;
  let i = 0;
  while (i < n) {
    if (!isBoiler(i)) {
      i++;
      continue;
    }
    // a run of consecutive boilerplate link items
    let j = i;
    while (j < n && isBoiler(j) && !features[j]!.lexiconKind && isLinkItem(features[j]!)) j++;
    if (j - i >= LINK_RUN) {
      // one- and two-word items are a menu ("World", "Business"); longer ones are linked titles
      let words = 0;
      for (let k = i; k < j; k++) words += features[k]!.words;
      const kind = words / (j - i) <= 2 ? 'navigation' : 'link-list';
      for (let k = i; k < j; k++) kinds.set(k, kind);
      i = j;
      continue;
    }
    const f = features[i]!;
    kinds.set(i, f.lexiconKind ?? (f.words <= 4 && !f.endsSentence ? 'navigation' : 'other'));
    i++;
  }
  return kinds;
}
