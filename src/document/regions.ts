import type { Span } from '../types.js';
import type { Document } from './types.js';

/** First token whose start is >= offset (binary search). */
export function tokenAt(doc: Document, offset: number): number {
  const { start, count } = doc.tokens;
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (start[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Token index ranges [first, last) of the tokens lying inside each region, merged where regions touch. */
export function regionTokens(doc: Document, regions: Span[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const r of regions) {
    const first = tokenAt(doc, r.start);
    let last = first;
    while (last < doc.tokens.count && doc.tokens.end[last]! <= r.end) last++;
    if (last <= first) continue;
    const prev = out[out.length - 1];
    if (prev && first < prev[1]) {
      prev[1] = Math.max(prev[1], last);
    } else out.push([first, last]);
  }
  return out;
}

/** Sentences (indices into doc.sentences) that lie inside the regions, in order. */
export function regionSentences(doc: Document, regions: Span[]): number[] {
  const out: number[] = [];
  let r = 0;
  const sorted = [...regions].sort((a, b) => a.start - b.start);
  for (let s = 0; s < doc.sentences.length; s++) {
    const sent = doc.sentences[s]!;
    while (r < sorted.length && sorted[r]!.end <= sent.start) r++;
    if (r >= sorted.length) break;
    if (sent.start >= sorted[r]!.start && sent.end <= sorted[r]!.end) out.push(s);
  }
  return out;
}
