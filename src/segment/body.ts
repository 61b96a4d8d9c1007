import type { BlockFeatures } from './features.js';

/**
 * How much a block looks like article prose (> 0) or page furniture (< 0).
 * Sequence does the rest: the body is the run of blocks with the largest total.
 */
export function proseScore(f: BlockFeatures): number {
  if (f.words === 0) return -0.5;
  if (f.lexiconKind) return -3;
  if (f.counter) return -2;
  let s: number;
  if (f.endsSentence && f.words >= 8) s = 1 + Math.min(f.words, 60) / 15 + (f.stopRatio >= 0.2 ? 1 : 0);
  else if (f.endsSentence) s = f.words >= 4 ? 0.3 : -0.3;
  else if (f.words >= 20 && f.stopRatio >= 0.2) s = 1;
  else s = -1 - (f.capRatio > 0.6 ? 0.5 : 0);
  if (f.repeated) s -= 1.5;
  return s;
}

/** The contiguous run of blocks with the largest score sum (Kadane): [start, end). */
export function bestSpan(scores: number[]): [number, number] {
  let best = 0;
  let bestStart = 0;
  let bestEnd = 0;
  let sum = 0;
  let start = 0;
  for (let i = 0; i < scores.length; i++) {
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    sum += scores[i]!;
    if (sum > best) {
      best = sum;
      bestStart = start;
      bestEnd = i + 1;
    }
  }
  return [bestStart, bestEnd];
}
