import type { Document } from '../../document/types.js';
import { PAIRS, ROLES, buildContext, headAhead, mayBegin, phraseFeatures, features, inCaps, neighbour, O, pairFeatures, roleFeatures, shapeAt, START, TAGS, tagShapeFeature, tagWordFeature, wordFeatures, type FeatureContext } from './features.js';
import { featureHash, fromBase64, hashOn, hashOnCode } from './hash.js';
import { KEYS, SCALE, VOTE, WEIGHTS } from './weights.js';
import { startsPhrase } from '../lexicons/gazetteer.js';
import { holding } from '../../document/word-ids.js';

const K: number = TAGS.length;

/** A linear model: feature name -> K weights. */
export interface LinearModel {
  score(feats: string[], out: Float64Array): void;
  /** Scores of token i without building every feature name (the run-time path). */
  scoreToken?(ctx: FeatureContext, i: number, t1: number, t2: number, out: Float64Array): void;
}

/**
 * Cached partial scores live in one arena of ARENA ints (2 MB), emptied with the maps that point
 * into it when full: memory stays flat over any number of documents, and the cached vectors sit
 * together (the tagger runs between wink-nlp's passes, which push everything else out of the CPU
 * caches).
 */
const ARENA = 1 << 19;
/** the most ints one token's scoring can add to the arena */
const TOKEN_NEED = 128;
/** indices into ROLES of the neighbours two words away, and of the words just before and after */
const FAR = ROLES.flatMap((r, k) => (r === -1 || r === 1 ? [] : [k]));
const BEFORE = ROLES.indexOf(-1 as never);
const AFTER = ROLES.indexOf(1 as never);
/** hash states after each pair feature's prefix ("pww=", "wnw=", "psh=", "nsh=") */
const PAIR_HASH = PAIRS.map((p) => featureHash(p));
const BAR = 124; // '|'
const H_INIT = featureHash('init|');
const H_NUM = featureHash('num|');
const H_NUM_NSH = featureHash('num|nsh=');
const H_NUM_PW = featureHash('num|pw=');
const H_LCDOC = featureHash('lcdoc');
const H_CAPDOC = featureHash('capdoc');
const H_HEAD = new Map(['o0', 'o', 'p0', 'p', 'm0', 'm'].map((h) => [h, featureHash('head=' + h)]));
/**
 * Arena layout of a word: its own K weights, 1 if a gazetteer phrase starts with it, then per
 * previous tag (START included) the offset of the vector with that tag, 0 when not made yet;
 * then the id of its shape, and the hash of "wnw=<word>|" (the pair with the word after).
 */
const W_PHRASE = K;
const W_BY_TAG = K + 1;
const W_SHAPE = 2 * K + 2;
const W_PAIR = 2 * K + 3;
const WORD_SIZE = 2 * K + 4;
/**
 * Arena layout of a neighbour: its K weights (its word alone), 1 if a gazetteer phrase starts
 * with it, the id of its shape, and (the word before) the hash of "pww=<word>|".
 */
const N_PHRASE = K;
const N_SHAPE = K + 1;
const N_PAIR = K + 2;
const NEIGHBOUR_SIZE = K + 3;
/** Shape ids stay below this, so a pair of them is one small-integer key. */
const SHAPE_IDS = 1 << 15;

/**
 * Arena offsets by word id (`Tokens.word`, one per word of wink-nlp's word table) and cache kind, in front of
 * the caches keyed by written form: an array read per token instead of a string-keyed Map
 * lookup. A word's slots of every kind sit side by side, so its reads share a cache line.
 * 0: not known here (ask the Map). Emptied with the caches, and when the word table changes.
 */
class SlotsByWord {
  private slots: Int32Array;
  constructor(private readonly kinds: number) {
    this.slots = new Int32Array(kinds << 14);
  }
  get(w: number, kind: number): number {
    const at = w * this.kinds + kind;
    return w >= 0 && kind >= 0 && at < this.slots.length ? this.slots[at]! : 0;
  }
  set(w: number, kind: number, value: number): void {
    if (w < 0 || kind < 0) return;
    const at = w * this.kinds + kind;
    this.slots = holding(this.slots, at);
    this.slots[at] = value;
  }
  clear(): void {
    this.slots.fill(0);
  }
}

/**
 * Slot kinds, for ordinary sentences only (capitals and title-case headlines are few; their
 * words go through the Maps): a word's own vector, then its vector as the word before and after.
 * Three ints a word keep the table small, so more of it stays in the CPU caches.
 */
const slotKind = (mode: number): number => (mode === 0 ? 0 : -1);
const nearSlotKind = (mode: number, side: number): number => (mode === 0 ? 1 + side : -1);

/**
 * The committed weights, decoded on first use: int8 weights with one scale, keyed by the 32-bit
 * hash of each feature name in an open-addressing table (no feature strings kept in memory).
 */
export class PackedModel implements LinearModel {
  /** open addressing: [hash, offset of the weights or -1 when empty] per slot */
  private readonly table: Int32Array;
  private readonly mask: number;
  private readonly w: Int8Array;
  /** `arenaSize`: ints of cached vectors kept before all caches are emptied */
  constructor(keys: string, packed: string, private readonly scale: number, private readonly arenaSize = ARENA) {
    const kb = fromBase64(keys);
    const n = kb.length >> 2;
    const wb = fromBase64(packed);
    this.w = new Int8Array(wb.buffer, wb.byteOffset, wb.length);
    let size = 1024;
    // at most about 70% full: half the memory of a table kept under half full (fewer cache
    // lines for the hot lookups), and linear probes stay short
    while (size * 10 < n * 14) size <<= 1;
    this.mask = size - 1;
    const table = new Int32Array(2 * size);
    for (let at = 1; at < table.length; at += 2) table[at] = -1;
    for (let f = 0; f < n; f++) {
      const h = kb[4 * f]! | (kb[4 * f + 1]! << 8) | (kb[4 * f + 2]! << 16) | (kb[4 * f + 3]! << 24);
      let at = h & this.mask;
      while (table[2 * at + 1] !== -1) at = (at + 1) & this.mask;
      table[2 * at] = h;
      table[2 * at + 1] = f * K;
    }
    this.table = table;
  }
  /** Offset of the weights of the feature with this hash, or -1. */
  private findHash(h: number): number {
    const table = this.table;
    let at = h & this.mask;
    for (;;) {
      const slot = table[2 * at + 1]!;
      if (slot === -1) return -1;
      if (table[2 * at] === h) return slot;
      at = (at + 1) & this.mask;
    }
  }
  /** the cached vectors; offset 0 is never handed out (0 marks "not made yet") */
  private arena: Int32Array = new Int32Array(256);
  private top = 1;
  /** words by written form (ordinary, capitals, title-case sentences) -> arena offset */
  private readonly words = [0, 1, 2].map(() => new Map<string, number>());
  /** neighbours two words away, by role */
  private readonly roles = ROLES.map(() => new Map<string, number>());
  /** the words just before and after, in ordinary, capitals and title-case sentences */
  private readonly near = [0, 1, 2, 3, 4, 5].map(() => new Map<string, number>());
  /** `words` and `near` by word id, and the vocabulary those ids belong to */
  private readonly slots = new SlotsByWord(3);
  private vocabulary = -1;
  /** the shape pair with the word before and after, by (neighbour's shape id, word's shape id) */
  private readonly shapePairs = [0, 1].map(() => new Map<number, number>());
  /** shape -> id (ids index nothing: they only make pair keys) */
  private readonly shapeIds = new Map<string, number>();
  private readonly pairs = new Int32Array((K + 1) * (K + 1));
  private readonly names: string[] = [];
  private readonly sum = new Int32Array(K);

  private add(feats: string[], acc: Int32Array, at = 0): void {
    for (const name of feats) this.addHash(featureHash(name), acc, at);
  }
  /** Add the weights of the feature with this hash, if the model has it, to acc[at..at+K). */
  private addHash(h: number, acc: Int32Array, at = 0): void {
    const f = this.findHash(h);
    if (f < 0) return;
    const w = this.w;
    for (let k = 0; k < K; k++) acc[at + k] = acc[at + k]! + w[f + k]!;
  }
  /** `size` zeroed ints of the arena (grown up to ARENA; the caller made room with `reserve`). */
  private alloc(size: number): number {
    const at = this.top;
    if (at + size > this.arena.length) {
      const grown = new Int32Array(Math.max(at + size, Math.min(this.arenaSize, this.arena.length * 4)));
      grown.set(this.arena.subarray(0, at));
      this.arena = grown;
    }
    this.top = at + size;
    return at;
  }
  /** Room for one token's vectors: when the arena is nearly full, empty it and every cache. */
  private reserve(): void {
    if (this.top + TOKEN_NEED <= this.arenaSize && this.shapeIds.size < SHAPE_IDS - 4) return;
    for (const c of [...this.words, ...this.roles, ...this.near, ...this.shapePairs]) c.clear();
    this.slots.clear();
    this.shapeIds.clear();
    this.pairs.fill(0);
    this.arena.fill(0);
    this.top = 1;
  }
  /** A vector of the named features in the arena, with `extra` zeroed ints after it. */
  private vector(feats: string[], extra = 0): number {
    const at = this.alloc(K + extra);
    this.add(feats, this.arena, at);
    return at;
  }
  private shapeId(sh: string): number {
    let id = this.shapeIds.get(sh);
    if (id === undefined) this.shapeIds.set(sh, (id = this.shapeIds.size));
    return id;
  }
  private addTo(acc: Int32Array, at: number): void {
    const a = this.arena;
    for (let k = 0; k < K; k++) acc[k] = acc[k]! + a[at + k]!;
  }
  score(feats: string[], out: Float64Array): void {
    this.sum.fill(0);
    this.add(feats, this.sum);
    for (let k = 0; k < K; k++) out[k] = this.sum[k]! * this.scale;
  }
  /**
   * The same sum as score(features(ctx, i, t1, t2)), without building the names: a word's own
   * features, a neighbour's word features and the shape pairs are cached by word; the word pairs
   * and the document's features are hashed from their parts.
   */
  scoreToken(ctx: FeatureContext, i: number, t1: number, t2: number, out: Float64Array): void {
    this.reserve();
    const acc = this.sum;
    const tok = ctx.doc.tokens;
    if (tok.vocabulary !== this.vocabulary) {
      this.vocabulary = tok.vocabulary;
      this.slots.clear();
    }
    const w = tok.lower[i]!;
    const sh = shapeAt(ctx, i);
    const caps = inCaps(ctx, i);
    // ordinary, capitals, title-case sentences: the same written word has other shapes there
    const sentence = ctx.sent[i]!;
    const mode = !caps ? 0 : ctx.titleSent[sentence] === 1 ? 2 : 1;
    let e = this.slots.get(tok.word[i]!, slotKind(mode));
    if (e === 0) {
      const wordCache = this.words[mode]!;
      let found = wordCache.get(tok.value[i]!);
      if (found === undefined) {
        found = this.vector(wordFeatures(w, sh, caps), WORD_SIZE - K);
        this.arena[found + W_PHRASE] = startsPhrase(w) ? 1 : 0;
        this.arena[found + W_SHAPE] = this.shapeId(sh);
        this.arena[found + W_PAIR] = hashOnCode(hashOn(PAIR_HASH[1]!, w), BAR);
        wordCache.set(tok.value[i]!, found);
      }
      e = found;
      this.slots.set(tok.word[i]!, slotKind(mode), e);
    }
    const wordPhrase = this.arena[e + W_PHRASE] === 1;
    // copied by hand: a subarray view would be an object allocated per token
    const arena = this.arena;
    for (let k = 0; k < K; k++) acc[k] = arena[e + k]!;
    // the previous tag with this word and its shape
    let v = this.arena[e + W_BY_TAG + t1]!;
    if (v === 0) {
      this.names.length = 0;
      this.names.push(tagShapeFeature(t1, sh), tagWordFeature(t1, w));
      v = this.vector(this.names);
      this.arena[e + W_BY_TAG + t1] = v;
    }
    this.addTo(acc, v);
    // two words away: by the word alone
    for (const r of FAR) {
      const n = neighbour(ctx, i, ROLES[r]!);
      const cache = this.roles[r]!;
      let at = cache.get(n);
      if (at === undefined) {
        at = this.vector(roleFeatures(ROLES[r]!, n));
        cache.set(n, at);
      }
      this.addTo(acc, at);
    }
    // the words just before and after (or the sentence boundary)
    const first = sentence >= 0 ? ctx.sentFirst[sentence]! : i;
    const end = sentence >= 0 ? ctx.sentLast[sentence]! : i + 1;
    for (let side = 0; side < 2; side++) {
      const j = side === 0 ? i - 1 : i + 1;
      const outside = j < first || j >= end;
      const nv = outside ? (side === 0 ? '<s>' : '</s>') : tok.value[j]!;
      const cache = this.near[side + 2 * mode]!;
      const nearKind = nearSlotKind(mode, side);
      const nw = outside ? -1 : tok.word[j]!;
      const slot = this.slots.get(nw, nearKind);
      let ne = slot !== 0 ? slot : cache.get(nv);
      const nl = outside ? nv : tok.lower[j]!;
      if (ne === undefined) {
        ne = this.vector(roleFeatures(ROLES[side === 0 ? BEFORE : AFTER]!, nl), NEIGHBOUR_SIZE - K);
        this.arena[ne + N_PHRASE] = startsPhrase(nl) ? 1 : 0;
        // the neighbour's shape follows from its written form and the sentence's mode, as the cache key does
        this.arena[ne + N_SHAPE] = this.shapeId(outside ? nv : shapeAt(ctx, j));
        if (side === 0) this.arena[ne + N_PAIR] = hashOnCode(hashOn(PAIR_HASH[0]!, nl), BAR);
        cache.set(nv, ne);
      }
      if (slot === 0) this.slots.set(nw, nearKind, ne);
      this.addTo(acc, ne);
      const pairs = this.shapePairs[side]!;
      const pairKey = this.arena[ne + N_SHAPE]! * SHAPE_IDS + this.arena[e + W_SHAPE]!;
      let sp = pairs.get(pairKey);
      if (sp === undefined) {
        const nsh = outside ? nv : shapeAt(ctx, j);
        sp = this.alloc(K);
        this.addHash(side === 0 ? hashOn(hashOnCode(hashOn(PAIR_HASH[2]!, nsh), BAR), sh) : hashOn(hashOnCode(hashOn(PAIR_HASH[3]!, sh), BAR), nsh), this.arena, sp);
        pairs.set(pairKey, sp);
      }
      this.addTo(acc, sp);
      // the word pair, and a gazetteer phrase the two words may make ("New York")
      if (side === 0) {
        this.addHash(hashOn(this.arena[ne + N_PAIR]!, w), acc);
        if (this.arena[ne + N_PHRASE] === 1) {
          this.names.length = 0;
          phraseFeatures('gp', nl, w, this.names);
          if (this.names.length) this.add(this.names, acc);
        }
      } else {
        this.addHash(hashOn(this.arena[e + W_PAIR]!, nl), acc);
        if (wordPhrase) {
          this.names.length = 0;
          phraseFeatures('gn', w, nl, this.names);
          if (this.names.length) this.add(this.names, acc);
        }
      }
    }
    const pk = t2 * (K + 1) + t1;
    let pv = this.pairs[pk]!;
    if (pv === 0) pv = this.pairs[pk] = this.vector(pairFeatures(t1, t2));
    this.addTo(acc, pv);
    // contextFeatures, by hashes
    if (i === first) this.addHash(hashOn(H_INIT, sh), acc);
    if (sentence >= 0 && ctx.numSent[sentence] === 1) {
      this.addHash(hashOn(H_NUM, sh), acc);
      this.addHash(hashOn(H_NUM_NSH, i + 1 < end ? shapeAt(ctx, i + 1) : '</s>'), acc);
      this.addHash(hashOn(H_NUM_PW, i - 1 >= first ? tok.lower[i - 1]! : '<s>'), acc);
    }
    const h = headAhead(ctx, i, end);
    if (h) this.addHash(H_HEAD.get(h)!, acc);
    if (ctx.upper[i]) {
      if (ctx.lowerSeen[i]) this.addHash(H_LCDOC, acc);
      if (ctx.capSeen[i]) this.addHash(H_CAPDOC, acc);
    }
    for (let k = 0; k < K; k++) out[k] = acc[k]! * this.scale;
  }
}

let packed: PackedModel | null = null;
/** The committed model (decoded once). */
export function model(): LinearModel {
  packed ??= new PackedModel(KEYS, WEIGHTS, SCALE);
  return packed;
}

/** A tagged name: tokens [first, last) and its type. */
export interface TaggedSpan {
  first: number;
  last: number;
  type: 'PER' | 'ORG' | 'LOC' | 'MISC';
  /** the tagger's confidence: the smallest score margin over the span's tokens */
  confidence: number;
}

function argmax(scores: Float64Array): number {
  let best = 0;
  for (let k = 1; k < K; k++) if (scores[k]! > scores[best]!) best = k;
  return best;
}


/**
 * Greedy left-to-right tagging of the tokens in `ranges`, sentence by sentence. After an O, a
 * token with no capital letter, or a capitalized function word ("The", "He"), is O without
 * scoring (names start with a capital), so the cost follows the number of capitalized words,
 * not the length of the text.
 * `visit` sees every scored token and the unconstrained best tag (training updates the weights there).
 */
export function tagTokens(
  ctx: FeatureContext,
  ranges: Array<[number, number]>,
  m: LinearModel,
  visit?: (i: number, feats: string[], predicted: number) => void,
  margin?: Float32Array,
  hook?: { bias?: (i: number, scores: Float64Array) => void; seen?: (i: number, scores: Float64Array) => void; sentences?: Uint8Array; memo?: ScoreMemo },
): Uint8Array {
  const memo = hook?.memo;
  const tags = new Uint8Array(ctx.doc.tokens.count);
  const scores = new Float64Array(K);
  for (const [from, to] of ranges) {
    let t1: number = START;
    let t2: number = START;
    let s = -2;
    let open = -1;
    for (let i = from; i < to; i++) {
      if (ctx.sent[i] !== s) {
        s = ctx.sent[i]!;
        t1 = START;
        t2 = START;
        // a second pass re-reads only the sentences it was asked to
        if (hook?.sentences && s >= 0 && !hook.sentences[s]) {
          const e = Math.min(to, ctx.sentLast[s]!);
          while (i + 1 < e) i++;
          t1 = O;
          continue;
        }
      }
      let tag: number = O;
      if ((t1 !== O && t1 !== START) || mayBegin(ctx, i)) {
        let feats: string[] | null = null;
        // a token's scores follow from the token and the two previous tags: a second pass reuses
        // the first pass's where the tags before are the same
        if (memo && memo.t1[i] === t1 && memo.t2[i] === t2) {
          const kept = memo.scores;
          for (let k = 0; k < K; k++) scores[k] = kept[i * K + k]!;
        } else {
          if (m.scoreToken && !visit) m.scoreToken(ctx, i, t1, t2, scores);
          else m.score((feats = features(ctx, i, t1, t2)), scores);
          if (memo) {
            const kept = memo.scores;
            for (let k = 0; k < K; k++) kept[i * K + k] = scores[k]!;
            memo.t1[i] = t1;
            memo.t2[i] = t2;
          }
        }
        if (hook?.seen) hook.seen(i, scores);
        if (hook?.bias) hook.bias(i, scores);
        const raw = argmax(scores);
        if (visit) visit(i, feats!, raw);
        if (margin) {
          let second = -Infinity;
          for (let k = 0; k < K; k++) if (k !== raw && scores[k]! > second) second = scores[k]!;
          margin[i] = scores[raw]! - second;
        }
        tag = raw;
        if (raw !== O && raw % 2 === 0 && !(t1 === raw || t1 === raw - 1)) {
          // "Lagos State Nurses Association": an inside tag after a name of another type
          // continues that name with the new type; after O it begins a name
          if (t1 !== O && t1 !== START && open >= 0) {
            tags[open] = raw - 1;
            for (let j = open + 1; j < i; j++) tags[j] = raw;
          } else tag = raw - 1;
        }
      }
      if (tag !== O && tag % 2 === 1) open = i;
      else if (tag === O) open = -1;
      tags[i] = tag;
      t2 = t1;
      t1 = tag;
    }
  }
  return tags;
}

/** Spans from BIO tags. */
export function spansOf(tags: Uint8Array, margin?: Float32Array): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  let open: TaggedSpan | null = null;
  for (let i = 0; i <= tags.length; i++) {
    const t = i < tags.length ? tags[i]! : O;
    const begins = t !== O && (t % 2 === 1 || !open || TAGS[t]!.slice(2) !== open.type);
    if (open && (t === O || begins)) {
      open.last = i;
      out.push(open);
      open = null;
    }
    if (begins) open = { first: i, last: i + 1, type: TAGS[t]!.slice(2) as TaggedSpan['type'], confidence: Infinity };
    if (open && margin) open.confidence = Math.min(open.confidence, margin[i]!);
  }
  return out;
}


/**
 * Names in the token ranges of a Document, tagged by the learned model in two passes: the
 * second re-reads only the sentences holding a word the first pass typed in more than one way,
 * with a bias toward the type the word's other mentions got ("Rotor" a club everywhere).
 */
export function tagNames(doc: Document, ranges: Array<[number, number]>, ctx: FeatureContext = buildContext(doc), m: LinearModel = model(), vote = VOTE): TaggedSpan[] {
  const n = doc.tokens.count;
  const margin = new Float32Array(n);
  // -1: no scores kept for the token
  const memo: ScoreMemo | undefined = vote > 0 ? scoreMemo(n) : undefined;
  const tags = tagTokens(ctx, ranges, m, undefined, margin, memo && { memo });
  if (vote > 0) secondPass(ctx, ranges, m, tags, margin, vote, memo);
  return spansOf(tags, margin);
}

/** Texts up to this many tokens share one memo (1.2 MB); longer ones get their own. */
const MEMO_KEPT = 1 << 14;
let keptMemo: ScoreMemo | null = null;

/**
 * A memo for n tokens, with no scores kept (t1, t2 -1 up to n): for most texts the same buffers
 * each time (a text reads only what it wrote), so no 72 bytes a token are allocated per text.
 */
function scoreMemo(n: number): ScoreMemo {
  if (n > MEMO_KEPT) return { scores: new Float64Array(n * K), t1: new Int8Array(n).fill(-1), t2: new Int8Array(n).fill(-1) };
  keptMemo ??= { scores: new Float64Array(MEMO_KEPT * K), t1: new Int8Array(MEMO_KEPT), t2: new Int8Array(MEMO_KEPT) };
  keptMemo.t1.fill(-1, 0, n);
  keptMemo.t2.fill(-1, 0, n);
  return keptMemo;
}

/** The scores of each token given to it in a pass, with the previous tags they were given for. */
export interface ScoreMemo {
  scores: Float64Array;
  t1: Int8Array;
  t2: Int8Array;
}

/** Type of a tag: 0 O, 1 PER, 2 ORG, 3 LOC, 4 MISC. */
const typeOf = (t: number): number => (t + 1) >> 1;

function secondPass(ctx: FeatureContext, ranges: Array<[number, number]>, m: LinearModel, tags: Uint8Array, margin: Float32Array, vote: number, memo?: ScoreMemo): void {
  const lower = ctx.doc.tokens.lower;
  // a word standing alone (a one-word name, or no name): "Porto" in "Porto Tram Company" does not vote
  const alone = (i: number): boolean => {
    const t = tags[i]!;
    if (t === O) return true;
    if (t % 2 === 0) return false;
    return i + 1 >= tags.length || tags[i + 1] !== t + 1;
  };
  // per capitalized word standing alone: how often each type was given
  const counts = new Map<string, Int32Array>();
  for (const [from, to] of ranges) {
    for (let i = from; i < to; i++) {
      if (!ctx.upper[i] || !alone(i)) continue;
      let c = counts.get(lower[i]!);
      if (!c) counts.set(lower[i]!, (c = new Int32Array(5)));
      c[typeOf(tags[i]!)]!++;
    }
  }
  const mixed = (w: string): Int32Array | null => {
    const c = counts.get(w);
    if (!c) return null;
    let kinds = 0;
    for (let k = 0; k < 5; k++) if (c[k]! > 0) kinds++;
    return kinds > 1 ? c : null;
  };
  const sentences = new Uint8Array(ctx.sentFirst.length);
  let any = false;
  for (const [from, to] of ranges) {
    for (let i = from; i < to; i++) {
      if (ctx.upper[i] && ctx.sent[i]! >= 0 && alone(i) && mixed(lower[i]!)) {
        sentences[ctx.sent[i]!] = 1;
        any = true;
      }
    }
  }
  if (!any) return;
  const bias = (i: number, scores: Float64Array): void => {
    const c = alone(i) ? mixed(lower[i]!) : null;
    if (!c) return;
    const own = typeOf(tags[i]!);
    let total = 0;
    for (let k = 0; k < 5; k++) total += c[k]!;
    total -= 1;
    if (total <= 0) return;
    for (let k = 0; k < K; k++) {
      const t = typeOf(k);
      scores[k] = scores[k]! + (vote * (c[t]! - (t === own ? 1 : 0))) / total;
    }
  };
  const second = tagTokens(ctx, ranges, m, undefined, margin, { bias, sentences, memo });
  for (let i = 0; i < tags.length; i++) {
    const s = ctx.sent[i]!;
    if (s >= 0 && sentences[s]) tags[i] = second[i]!;
  }
}
