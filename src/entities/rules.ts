import type { FeatureContext } from './model/features.js';
import type { TaggedSpan } from './model/tagger.js';
import { MISC_HEADS, ORG_OPENERS } from './lexicons/orgs.js';
import { TITLE_MODIFIERS, isTitleWord } from './lexicons/titles.js';
import { TEMPORAL, lookup } from './lexicons/gazetteer.js';

/** Words that open an organization's name before its head: "Central" Bank, "State" Ministry. */
const ORG_MODIFIERS = new Set([...ORG_OPENERS, 'state', 'city', 'county', 'provincial', 'regional', 'municipal', 'royal']);

/** Lower-case words that may stand inside a name ("Belt and Road Initiative", "Forum for International Cooperation"). */
const CONNECTORS = new Set(['and', 'of', 'for', '&', 'on', 'de', 'the']);
/** Words that open the name of a landform, which is a place: "Mount Wilson", "Lake Nakuru". */
const LANDFORMS = new Set(['mount', 'mt', 'mt.', 'lake', 'cape']);
/** Lower-case particles inside people's names: "bin Laden", "van Gogh", "von der Leyen", "de Blasio". */
const PARTICLES = new Set(['bin', 'bint', 'ibn', 'al', 'el', 'van', 'von', 'der', 'den', 'de', 'da', 'del', 'della', 'di', 'du', 'dos', 'das', 'ter', 'ten', 'zu', 'le', 'la']);
/** An initial: "H.", "W." */
const INITIAL = /^\p{Lu}\.$/u;
const OPEN_QUOTES = new Set(['"', '“', '‘', "'", '«']);
const CLOSE_QUOTES = new Set(['"', '”', '’', "'", '»']);

/**
 * Corrections the tagger's greedy, local view misses, each from the shape of the text:
 * - a name ending in an event or programme word is neither person, organization nor place
 *   ("Belt and Road Initiative", "Forum for International Cooperation"), and its words keep
 *   that reading in the rest of the article ("along the Belt and Road");
 * - a capitalized run between quote marks is a title ("‘Fair Pay for Safe Wards’");
 * - an organization opener before an organization ("Central" Bank of Kenya) belongs to it, and
 *   so does a place before the opener ("Lagos State" Ministry of Health);
 * - a title word is no name inside a title ("Public" Security Minister);
 * - a name found once is found again where the tagger passed over it ("According to Stock").
 */
export function correctSpans(ctx: FeatureContext, spans: TaggedSpan[], ranges: Array<[number, number]>): TaggedSpan[] {
  const tok = ctx.doc.tokens;
  const n = tok.count;
  // a name never ends in a connector ("Archbishop of"), nor in a lone hyphen or apostrophe
  spans = spans.filter((s) => {
    while (s.last - s.first > 1 && (CONNECTORS.has(tok.lower[s.last - 1]!) || tok.value[s.last - 1] === '-' || tok.value[s.last - 1] === "'")) s.last--;
    return !CONNECTORS.has(tok.lower[s.first]!) || s.last - s.first > 1;
  });
  const inSpan = new Int32Array(n).fill(-1);
  spans.forEach((s, k) => {
    for (let i = s.first; i < s.last; i++) inSpan[i] = k;
  });
  const dropped = new Uint8Array(spans.length);
  const miscKeys = new Set<string>();

  // capitalized runs joined by connectors, inside one sentence
  for (const [from, to] of ranges) {
    let i = from;
    while (i < to) {
      if (!ctx.upper[i]) {
        i++;
        continue;
      }
      const first = i;
      let last = i + 1;
      while (last < to && ctx.sent[last] === ctx.sent[first]) {
        if (ctx.upper[last]) last++;
        else if (CONNECTORS.has(tok.lower[last]!) && last + 1 < to && ctx.upper[last + 1] && ctx.sent[last + 1] === ctx.sent[first]) last += 2;
        else break;
      }
      i = last;
      if (last - first < 2) continue;
      const caps = ctx.sent[first]! >= 0 && ctx.capsSent[ctx.sent[first]!] === 1;
      if (caps) continue;
      const quoted = first > 0 && OPEN_QUOTES.has(tok.value[first - 1]!) && last < n && (CLOSE_QUOTES.has(tok.value[last]!) || (tok.value[last] === ',' && last + 1 < n && CLOSE_QUOTES.has(tok.value[last + 1]!)));
      const joined = hasConnector(tok.lower, first, last);
      if ((MISC_HEADS.has(tok.lower[last - 1]!) && joined) || (quoted && joined)) {
        for (let k = first; k < last; k++) if (inSpan[k]! >= 0) dropped[inSpan[k]!] = 1;
        // "Belt and Road" of "Belt and Road Initiative"
        let end = last - 1;
        while (end > first && CONNECTORS.has(tok.lower[end - 1]!)) end--;
        if (end - first >= 3 && hasConnector(tok.lower, first, end)) miscKeys.add(tok.lower.slice(first, end).join(' '));
      }
    }
  }
  if (miscKeys.size) {
    for (const key of miscKeys) {
      const words = key.split(' ');
      for (const [from, to] of ranges) {
        for (let i = from; i + words.length <= to; i++) {
          if (tok.lower[i] !== words[0]) continue;
          let ok = true;
          for (let j = 1; j < words.length && ok; j++) ok = tok.lower[i + j] === words[j];
          if (ok) for (let j = 0; j < words.length; j++) if (inSpan[i + j]! >= 0) dropped[inSpan[i + j]!] = 1;
        }
      }
    }
  }
  let out = spans.filter((_, k) => !dropped[k]);

  // "Central" Bank of Kenya: an opener the tagger left out; "Lagos State" Ministry of Health:
  // a place before such an opener names the organization's seat, inside its name
  const endingAt = new Map<number, TaggedSpan>();
  for (const s of out) endingAt.set(s.last, s);
  const merged = new Set<TaggedSpan>();
  for (const s of out) {
    if (s.type !== 'ORG' || merged.has(s)) continue;
    const from = s.first;
    while (s.first > 0 && ctx.upper[s.first - 1] && inSpan[s.first - 1] === -1 && ctx.sent[s.first - 1] === ctx.sent[s.first] && ORG_MODIFIERS.has(tok.lower[s.first - 1]!)) {
      s.first--;
      inSpan[s.first] = -2;
    }
    const place = endingAt.get(s.first);
    if (s.first < from && place && place.type === 'LOC' && ctx.sent[place.first] === ctx.sent[s.first]) {
      s.first = place.first;
      merged.add(place);
    }
  }
  if (merged.size) out = out.filter((s) => !merged.has(s));

  // "[Roper Center] for [Public Opinion Research]", "[Bank] of [England]": one organization
  for (let k = 0; k + 1 < out.length; k++) {
    const a = out[k]!;
    const b = out[k + 1]!;
    const link = tok.lower[a.last];
    // "[Bank] of [England]": an organization opener takes the place after "of" into its name, and
    // the name after "for" or "of" the tagger read as another kind ("[Center] for [American Progress]")
    const opener = a.type === 'ORG' && ((link === 'of' && b.type === 'LOC') || b.type === 'MISC') && ORG_OPENERS.has(tok.lower[a.last - 1]!);
    // ("[Commission] on [Presidential Debates]", "[Council] on [Foreign Relations]")
    if (b.first === a.last + 1 && (b.type === 'ORG' || opener) && (a.type === 'ORG' || a.type === 'MISC') && (link === 'for' || link === 'of' || (link === 'on' && ORG_OPENERS.has(tok.lower[a.last - 1]!))) && ctx.sent[a.first] === ctx.sent[b.first]) {
      // and the capitalized words the tagger left after it ("for [American] Progress")
      let last = b.last;
      while (last < n && ctx.upper[last] && inSpan[last] === -1 && ctx.sent[last] === ctx.sent[a.first] && (k + 2 >= out.length || out[k + 2]!.first > last)) last++;
      out[k] = { first: a.first, last, type: 'ORG', confidence: Math.min(a.confidence, b.confidence) };
      out.splice(k + 1, 1);
      k--;
    }
  }

  // "[Council] on Foreign Relations": an opener followed by "for", "of" or "on" and capitalized
  // words the tagger left untagged takes them into its name
  for (let k = 0; k < out.length; k++) {
    const a = out[k]!;
    const link = tok.lower[a.last];
    if (a.type !== 'ORG' || !ORG_OPENERS.has(tok.lower[a.last - 1]!) || (link !== 'for' && link !== 'of' && link !== 'on')) continue;
    let last = a.last + 1;
    const next = out[k + 1];
    // (not a day or month: "the Treasury Department on Wednesday")
    while (last < n && last - a.last <= 4 && ctx.upper[last] && inSpan[last] === -1 && ctx.sent[last] === ctx.sent[a.first] && (!next || next.first > last) && !(lookup(tok.lower[last]!) & TEMPORAL)) last++;
    if (last - a.last < 2) continue;
    for (let i = a.last; i < last; i++) inSpan[i] = -2;
    out[k] = { ...a, last };
  }

  // "Public" Security Minister: a title word tagged as a name of its own inside a title
  out = out.filter((s) => {
    if (s.type === 'PER' || s.last >= n || !ctx.upper[s.last] || !isTitleWord(tok.lower[s.last]!)) return true;
    for (let i = s.first; i < s.last; i++) if (!TITLE_MODIFIERS.has(tok.lower[i]!)) return true;
    return false;
  });

  // "Ontario-based Magna" read as one name: the seat is a place, the name after "-based" an organization
  for (let k = 0; k < out.length; k++) {
    const a = out[k]!;
    let j = a.first + 1;
    while (j + 1 < a.last - 1 && !(tok.value[j] === '-' && tok.lower[j + 1] === 'based')) j++;
    if (j + 1 >= a.last - 1) continue;
    out.splice(k, 1, { first: a.first, last: j, type: 'LOC', confidence: a.confidence }, { first: j + 2, last: a.last, type: 'ORG', confidence: a.confidence });
    k++;
  }

  out = partyStateTags(ctx, out, ranges);

  // "Royal Self-Indicting Arrogance": in a title-case headline every word is capitalized; a lone
  // word the article writes in lower case, and never capitalized inside a sentence, is no name
  out = out.filter((s) => {
    if (s.last - s.first !== 1) return true;
    const sent = ctx.sent[s.first]!;
    return !(sent >= 0 && ctx.titleSent[sent] === 1 && ctx.lowerSeen[s.first] === 1 && ctx.capSeen[s.first] === 0);
  });

  // "Mount Wilson", "Mt Victoria", "Lake Nakuru": a landform word opens a place's name, with the
  // capitalized words after it the tagger cut off or typed otherwise
  for (let k = 0; k < out.length; k++) {
    const a = out[k]!;
    if (!LANDFORMS.has(tok.lower[a.first]!) || (a.type === 'ORG' && a.last - a.first > 1)) continue;
    let last = a.last;
    while (last < n && last - a.first < 4 && ctx.upper[last] && ctx.sent[last] === ctx.sent[a.first] && !LANDFORMS.has(tok.lower[last]!)) last++;
    if (last - a.first < 2) continue;
    // swallow the names the run now covers
    while (k + 1 < out.length && out[k + 1]!.first < last) {
      last = Math.max(last, out[k + 1]!.last);
      out.splice(k + 1, 1);
    }
    for (let i = a.last; i < last; i++) if (inSpan[i] === -1) inSpan[i] = -2;
    out[k] = { first: a.first, last, type: 'LOC', confidence: a.confidence };
  }

  // "George H. W. Bush": initials the tagger cut a name at belong to it, with the person after them
  for (let k = 0; k < out.length; k++) {
    const a = out[k]!;
    if (a.type !== 'PER') continue;
    let j = a.last;
    while (j < n && ctx.sent[j] === ctx.sent[a.first] && inSpan[j] === -1 && INITIAL.test(tok.value[j]!)) j++;
    if (!(j > a.last || INITIAL.test(tok.value[a.last - 1]!))) continue;
    const b = out[k + 1];
    if (!b || b.first !== j || b.type !== 'PER' || ctx.sent[b.first] !== ctx.sent[a.first]) continue;
    for (let i = a.last; i < b.first; i++) inSpan[i] = -2;
    out[k] = { first: a.first, last: b.last, type: 'PER', confidence: Math.min(a.confidence, b.confidence) };
    out.splice(k + 1, 1);
    k--;
  }

  // "Osama bin Laden", "Ursula von der Leyen": a particle in lower case inside a person's name
  for (let k = 0; k < out.length; k++) {
    const a = out[k]!;
    if (a.type !== 'PER') continue;
    let j = a.last;
    while (j < n && j - a.last < 2 && PARTICLES.has(tok.value[j]!)) j++;
    if (j === a.last || j >= n || !ctx.upper[j] || ctx.sent[j] !== ctx.sent[a.first]) continue;
    const b = out[k + 1];
    let last = j + 1;
    if (b && b.first === j) {
      if (b.type !== 'PER' && b.type !== 'LOC') continue;
      last = b.last;
      out.splice(k + 1, 1);
    } else if (inSpan[j] !== -1) continue;
    for (let i = a.last; i < last; i++) if (inSpan[i] === -1) inSpan[i] = -2;
    out[k] = { first: a.first, last, type: 'PER', confidence: a.confidence };
  }

  // names the tagger found elsewhere in the article, passed over here
  const known = new Map<string, TaggedSpan>();
  for (const s of out) {
    if (s.type === 'MISC') continue;
    if (s.last - s.first === 1) {
      const k = tok.value[s.first]!;
      const prev = known.get(k);
      if (!prev || s.confidence > prev.confidence) known.set(k, s);
    } else if (s.type === 'PER' && s.last - s.first <= 3) {
      const k = tok.value[s.last - 1]!;
      if (!known.has(k)) known.set(k, { ...s, confidence: s.confidence / 2 });
    }
  }
  if (known.size) {
    const added: TaggedSpan[] = [];
    for (const [from, to] of ranges) {
      for (let i = from; i < to; i++) {
        if (!ctx.upper[i] || inSpan[i] !== -1) continue;
        const s = known.get(tok.value[i]!);
        if (!s || s.confidence < MIN_PROPAGATE) continue;
        const sent = ctx.sent[i]!;
        if (sent >= 0 && ctx.capsSent[sent] === 1) continue;
        // a capitalized word at a sentence start may be an ordinary word written lower case elsewhere
        if ((sent < 0 || ctx.sentFirst[sent] === i) && ctx.lowerSeen[i]) continue;
        if ((i + 1 < n && ctx.upper[i + 1] && ctx.sent[i + 1] === sent) || (i > 0 && ctx.upper[i - 1] && ctx.sent[i - 1] === sent)) continue;
        added.push({ first: i, last: i + 1, type: s.type, confidence: 0 });
      }
    }
    if (added.length) out = [...out, ...added].sort((a, b) => a.first - b.first);
  }
  return out;
}

/** Only confident names are carried to other mentions. */
const MIN_PROPAGATE = 2;

function hasConnector(lower: string[], first: number, last: number): boolean {
  for (let i = first + 1; i < last - 1; i++) if (CONNECTORS.has(lower[i]!)) return true;
  return false;
}

/**
 * "(D-N.J.)", "(R-Ga.)", "(I-Vt.)" after a politician's name: the party letter is no name and the
 * state is a place, whatever the tagger made of their pieces ("J." a person, "Mo" a person);
 * "(D)" alone is no name either.
 */
function partyStateTags(ctx: FeatureContext, spans: TaggedSpan[], ranges: Array<[number, number]>): TaggedSpan[] {
  const v = ctx.doc.tokens.value;
  const states: TaggedSpan[] = [];
  // token ranges inside the tags, where no other name may stand
  const tags: Array<[number, number]> = [];
  const { text, tokens } = ctx.doc;
  for (const [from, to] of ranges) {
    for (let i = from; i + 2 < to; i++) {
      // "(" read from the text: no token string touched for the other tokens
      if (text.charCodeAt(tokens.start[i]!) !== 40 || v[i] !== '(' || !PARTY_LETTERS.has(v[i + 1]!)) continue;
      if (v[i + 2] === ')') {
        tags.push([i + 1, i + 2]);
        continue;
      }
      if (i + 4 >= to || v[i + 2] !== '-' || !ctx.upper[i + 3]) continue;
      let close = i + 3;
      while (close < to && close - i <= 7 && v[close] !== ')') close++;
      if (close >= to || v[close] !== ')') continue;
      states.push({ first: i + 3, last: close, type: 'LOC', confidence: 50 });
      tags.push([i + 1, close]);
      i = close;
    }
  }
  if (!tags.length) return spans;
  const inside = (s: TaggedSpan): boolean => tags.some(([a, b]) => s.first >= a && s.last <= b);
  return [...spans.filter((s) => !inside(s)), ...states].sort((a, b) => a.first - b.first);
}
const PARTY_LETTERS = new Set(['D', 'R', 'I']);
