import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { EntityHint, Paragraph, Sentence, Tokens } from './types.js';

type Wink = ReturnType<typeof winkNLP>;
let nlp: Wink | null = null;

/** The wink-nlp instance, created on first use so importing the library stays cheap. */
export function wink(): Wink {
  nlp ??= winkNLP(model);
  return nlp;
}

export interface Tokenized {
  tokens: Tokens;
  sentences: Sentence[];
  hints: EntityHint[];
  paragraphTokens: Int32Array;
}

/**
 * Run wink-nlp once over the whole text and carry its tokens back to input offsets
 * (wink keeps each token's preceding whitespace, so offsets are a running sum).
 * Sentences are cut at paragraph ends: a scraped page's title line has no full stop,
 * and must not run into the next block.
 */
export function tokenize(text: string, paragraphs: Paragraph[]): Tokenized {
  const nlp = wink();
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const all = doc.tokens();
  const values = all.out(its.value) as string[];
  const spaces = all.out(its.precedingSpaces) as string[];
  const posAll = all.out(its.pos) as string[];
  const typeAll = all.out(its.type) as string[];

  const n = values.length;
  // wink index -> our index (whitespace tokens dropped), -1 when dropped
  const map = new Int32Array(n + 1);
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  const value: string[] = [];
  const lower: string[] = [];
  const pos: string[] = [];
  const type: string[] = [];
  const para = new Int32Array(n);
  let offset = 0;
  let count = 0;
  let p = 0;
  for (let i = 0; i < n; i++) {
    offset += spaces[i]!.length;
    const v = values[i]!;
    const s = offset;
    offset += v.length;
    if (typeAll[i] === 'tabCRLF' || posAll[i] === 'SPACE' || v.trim() === '') {
      map[i] = -1;
      continue;
    }
    while (p < paragraphs.length - 1 && s >= paragraphs[p]!.end) p++;
    map[i] = count;
    start[count] = s;
    end[count] = offset;
    value.push(v);
    lower.push(v.toLowerCase());
    pos.push(posAll[i]!);
    type.push(typeAll[i]!);
    para[count] = p;
    count++;
  }
  const tokens: Tokens = {
    count,
    start: start.subarray(0, count),
    end: end.subarray(0, count),
    value,
    lower,
    pos,
    type,
    paragraph: para.subarray(0, count),
  };

  const paragraphTokens = new Int32Array(paragraphs.length * 2);
  for (let t = count - 1; t >= 0; t--) paragraphTokens[para[t]! * 2] = t;
  for (let t = 0; t < count; t++) paragraphTokens[para[t]! * 2 + 1] = t + 1;

  const sentences = cutSentences(doc.sentences().out(its.span) as number[][], map, tokens);
  const hints: EntityHint[] = [];
  const entSpans = doc.entities().out(its.span) as number[][];
  const entDetail = doc.entities().out(its.detail) as Array<{ type: string }>;
  for (let e = 0; e < entSpans.length; e++) {
    const [a, b] = entSpans[e]!;
    const first = firstKept(map, a!, b!);
    const last = lastKept(map, a!, b!);
    if (first < 0 || last < 0) continue;
    hints.push({ type: entDetail[e]!.type, start: tokens.start[first]!, end: tokens.end[last]!, first, last: last + 1 });
  }
  return { tokens, sentences, hints, paragraphTokens };
}

function firstKept(map: Int32Array, a: number, b: number): number {
  for (let i = a; i <= b; i++) if (map[i]! >= 0) return map[i]!;
  return -1;
}
function lastKept(map: Int32Array, a: number, b: number): number {
  for (let i = b; i >= a; i--) if (map[i]! >= 0) return map[i]!;
  return -1;
}

function cutSentences(spans: number[][], map: Int32Array, tokens: Tokens): Sentence[] {
  const out: Sentence[] = [];
  for (const [a, b] of spans) {
    const first = firstKept(map, a!, b!);
    const last = lastKept(map, a!, b!);
    if (first < 0) continue;
    let s = first;
    for (let t = first + 1; t <= last + 1; t++) {
      if (t === last + 1 || tokens.paragraph[t] !== tokens.paragraph[s]) {
        out.push({ start: tokens.start[s]!, end: tokens.end[t - 1]!, first: s, last: t, paragraph: tokens.paragraph[s]! });
        s = t;
      }
    }
  }
  return out;
}
