import type { Document } from '../document/types.js';
import { regionTokens, tokenAt } from '../document/regions.js';
import type { DateType, Span } from '../types.js';
import {
  DECADE_WORD,
  MONTH_FULL,
  WD,
  DAY_MONTH_RE,
  DAY_WORD_RE,
  DECADE_WORD_RE,
  FISCAL_RE,
  MONTH_RE,
  PERIOD_RE,
  REF_RE,
  RELATIVE_RE,
  SET_WORD_RE,
  SHORT_DECADE_RE,
  SPOKEN_YEAR_RE,
  WEEKDAY_RE,
  WEEKEND_RE,
  YEAR_NOUN_RE,
  YEAR_RE,
  YEAR_AGO_RE,
  YEAR_END_RE,
  HOLIDAY_RE,
  HYPHEN_DURATION_RE,
  EVERY_RE,
  QUANTITY_RE,
  QUANTITY_START,
  CLOCK_RE,
  DAY_PART_RE,
  SEASON_RE,
  CENTURY_RE,
  VAGUE_DURATION_RE,
  END_OF_RE,
} from './patterns.js';

/** A temporal expression found in the text, before normalization. */
export interface Found extends Span {
  first: number;
  /** exclusive */
  last: number;
  hint: DateType;
}

const SET_OPENERS = new Set(['every', 'each']);
/** Prepositions a match may take in and TIMEX3 leaves out ("since January", "by Nov. 1"). */
const LEADING_PREPOSITIONS = new Set(['over', 'since', 'by', 'until', 'till', 'from', 'in', 'on', 'at', 'during', 'through', 'before', 'after', 'for', 'within', 'throughout', 'into', 'to', 'as', 'of', 'about', 'around', 'between']);
const DETERMINERS = new Set(['the', 'these', 'those', 'our', 'their', 'his', 'her', 'its', 'my', 'your', 'which', 'what', 'that', 'this']);
const BARE_UNIT = /^(?:second|minute|hour|day|night|week|month|year|decade|centur(?:y|ie))s?$/;
const MONTH_LEADS = new Set(['the', 'in', 'by', 'since', 'until', 'till', 'through', 'last', 'next', 'this', 'early', 'late', 'mid', 'as', 'of', 'from', 'before', 'after', 'during', 'on', 'to', 'and', 'or', 'between', 'for']);
/** Nouns a "the" belongs to: "the third quarter", "the past", "the 1990s". */
const HEAD_NOUNS = /^(?:(?:second|minute|hour|day|night|week|weekend|month|quarter|year|decade|period|half|term|season|spring|summer|autumn|fall|winter)s?|centur(?:y|ies)|future|past|\d{3}0'?s|\w+ties|time)$/;
/** Modifiers TimeBank keeps inside the expression. */
const LEFT_MODIFIERS = new Set(['early', 'late', 'earlier', 'later', 'mid', 'nearly', 'almost', 'the', 'a', 'an']);
/** "third-quarter", "two-week": an adjective, whose article belongs to the noun after it. */
const HYPHEN_UNIT = /-(?:quarter|second|minute|hour|day|night|week|month|year|decade|century)\b/i;
const QUANT_LEADS = new Set(['past', 'last', 'next', 'previous', 'coming', 'first', 'final', 'recent', 'following']);
const NUMBERISH = /^(?:\d[\d.,]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred|few|several|couple|many)$/;

interface Rule {
  re: RegExp;
  hint: DateType;
  /** further checks on the match (its lower-cased text) */
  ok?: (m: string, ctx: RuleCtx) => boolean;
  /** the match goes through the same clean-up as wink's entities (ages, rates, "every") */
  clean?: boolean;
}
interface RuleCtx {
  doc: Document;
  /** token index of the match start */
  t: number;
  /** token index just past the match */
  end: number;
  lw: (i: number) => string;
}

const PART_END = /(?:morning|afternoon|evening|night)$/i;
const CLOCK_OFFSET = /(?:second|minute|hour)s?(?: and a half)? (?:earlier|later)$/i;
const AGO_END = /(?:ago|earlier|later|before|from now|hence)$/;
/** "Friday night" is a date at day granularity (AQUAINT's majority use; TimeBank marks a few as times). */
const WEEKDAY_START = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day /i;
const REL_START = /^(?:the|that|this|last|next) /i;
const isUpper = (c: number): boolean => c >= 65 && c <= 90;

const monthOk = (m: string, { doc, t, lw }: RuleCtx): boolean => {
  const off = m.startsWith('mid-') ? 4 : 0;
  if (!isUpper(doc.text.charCodeAt(doc.tokens.start[t]! + off))) return false;
  if (/\d/.test(m) || off) return true;
  // a bare month: "May" (the verb, the name) needs a lead word
  if (m.startsWith('may') || m.startsWith('march')) return t > 0 && MONTH_LEADS.has(lw(t - 1));
  return true;
};
const capitalOk = (_m: string, { doc, t }: RuleCtx): boolean => isUpper(doc.text.charCodeAt(doc.tokens.start[t]!));
const yearOk = (m: string, { doc, t, end, lw }: RuleCtx): boolean => {
  const s = doc.tokens.start[t]!;
  const before = doc.text.charCodeAt(s - 1);
  if (before === 36 || before === 35 || before === 163 || before === 8364) return false; // $ # £ €
  if (t > 0 && /^(?:no\.?|number|flight|route|room|page|model|item|\$|#|us\$|c\$)$/.test(lw(t - 1))) return false;
  if (end < doc.tokens.count) {
    const next = lw(end);
    // "1,500" split at its comma (a list of years, "1994, 1995 and 1997", stays)
    if (next === '%' || next === 'percent' || next === '-' || next === ',' && /^\d{3}$/.test(lw(end + 1))) return false;
    // "1500 people": a plural common noun right after reads as a count ("the 1992 protests" does not)
    if (/^\d+$/.test(m) && doc.tokens.pos[end] === 'NOUN' && /[^s]s$/.test(next) && doc.text.charCodeAt(doc.tokens.start[end]!) >= 97 && !(t > 0 && /^(?:the|its|their|his|her|this|that)$/.test(lw(t - 1)))) return false;
  }
  return true;
};
const periodOk = (m: string): boolean => {
  // "a third-quarter loss": the article belongs to the noun
  if (/^(?:an?|the|its|that|this) (?:fiscal )?[^ ]+-quarter$/.test(m)) return false;
  const ordinal = /(?:first|second|third|fourth|1st|2nd|3rd|4th|final|last)[ -](?:fiscal )?(?:quarter|half)/.test(m) || /^(?:last|next) quarter/.test(m);
  const mod = /(?:latest|current|same|comparable|corresponding|year-ago|year-earlier|recent|\d{4})/.test(m);
  if (/period$/.test(m)) return mod;
  if (/half/.test(m)) return ordinal;
  if (/quarters$/.test(m)) return mod || /^(?:the|its) /.test(m) && /(?:recent|latest)/.test(m);
  if (ordinal || mod) return true;
  return /^(?:the|this|that|its|last|next|(?:this|last|next) year's) (?:fiscal )?quarter$/.test(m);
};
/** "that may", "this march": a month name after a determiner must be capitalized. */
const relativeOk = (m: string, { doc, t, end }: RuleCtx): boolean => {
  const lastWord = doc.text.slice(doc.tokens.start[end - 1]!, doc.tokens.end[end - 1]!);
  return !MONTH_WORDS.has(lastWord.toLowerCase()) || isUpper(lastWord.charCodeAt(0)) || t < 0;
};
const MONTH_WORDS = new Set(MONTH_FULL.split('|'));
const refOk = (m: string, { doc, end }: RuleCtx): boolean => {
  if (m === 'current' || m === 'recent') return end < doc.tokens.count && (doc.tokens.pos[end] === 'NOUN' || doc.tokens.pos[end] === 'ADJ');
  if (m === 'the past') return !(end < doc.tokens.count && NUMBERISH.test(doc.text.slice(doc.tokens.start[end]!, doc.tokens.end[end]!).toLowerCase()));
  return true;
};
const decadeOk = (_m: string, { t, lw }: RuleCtx): boolean => !(t > 0 && /^(?:his|her|their|its|my|your|our)$/.test(lw(t - 1)));
/** "$1.76 a year", "twice a day": a rate, no expression. */
const RATE_BEFORE = /^(?:\$?\d[\d.,]*%?|%|times|once|twice|cents?|share|million|billion|percent|dollars?|pounds?|euros?|yen|miles?|hours?)$/;
/** "700 seats a week", "24 hours a day": after a count or a plural noun, "a week" is a rate. */
const quantityOk = (m: string, { doc, t, lw }: RuleCtx): boolean => {
  if (!/^an? /.test(m) || AGO_END.test(m) || t === 0) return true;
  const p = lw(t - 1);
  return !(RATE_BEFORE.test(p) || (doc.tokens.pos[t - 1] === 'NOUN' && /[^s]s$/.test(p)));
};
const seasonOk = (m: string, { doc, t, lw }: RuleCtx): boolean => {
  if (!/^(?:fall|spring)/.test(m) || /\d/.test(m)) return true;
  // "to fall apart", "spring into action": a verb unless a lead word says season
  return t > 0 && /^(?:in|this|last|next|the|early|late|of|during|by|that|until|since|mid)$/.test(lw(t - 1)) && doc.tokens.pos[t] !== 'VERB';
};
const setWordOk = (_m: string, { doc, end }: RuleCtx): boolean => !(end < doc.tokens.count && doc.tokens.pos[end] === 'NOUN');

const R = {
  month: { re: MONTH_RE, hint: 'date', ok: monthOk } as Rule,
  dayMonth: { re: DAY_MONTH_RE, hint: 'date', ok: (m, c) => /[A-Z]/.test(c.doc.text.slice(c.doc.tokens.start[c.t]!, c.doc.tokens.start[c.t]! + m.length)) } as Rule,
  weekday: { re: WEEKDAY_RE, hint: 'date', ok: capitalOk } as Rule,
  year: { re: YEAR_RE, hint: 'date', ok: yearOk } as Rule,
  shortDecade: { re: SHORT_DECADE_RE, hint: 'date' } as Rule,
  fiscal: { re: FISCAL_RE, hint: 'date' } as Rule,
  spoken: { re: SPOKEN_YEAR_RE, hint: 'date' } as Rule,
  period: { re: PERIOD_RE, hint: 'date', ok: periodOk } as Rule,
  yearNoun: { re: YEAR_NOUN_RE, hint: 'date' } as Rule,
  relative: { re: RELATIVE_RE, hint: 'date', ok: relativeOk } as Rule,
  weekend: { re: WEEKEND_RE, hint: 'date' } as Rule,
  decadeWord: { re: DECADE_WORD_RE, hint: 'date', ok: decadeOk } as Rule,
  dayWord: { re: DAY_WORD_RE, hint: 'date' } as Rule,
  ref: { re: REF_RE, hint: 'date', ok: refOk } as Rule,
  setWord: { re: SET_WORD_RE, hint: 'set', ok: setWordOk } as Rule,
  yearAgo: { re: YEAR_AGO_RE, hint: 'date' } as Rule,
  yearEnd: { re: YEAR_END_RE, hint: 'date' } as Rule,
  hyphenDuration: { re: HYPHEN_DURATION_RE, hint: 'duration' } as Rule,
  every: { re: EVERY_RE, hint: 'set' } as Rule,
  holiday: { re: HOLIDAY_RE, hint: 'date', ok: capitalOk } as Rule,
  quantity: { re: QUANTITY_RE, hint: 'duration', ok: quantityOk, clean: true } as Rule,
  clock: { re: CLOCK_RE, hint: 'time', clean: true } as Rule,
  dayPart: { re: DAY_PART_RE, hint: 'time', clean: true } as Rule,
  season: { re: SEASON_RE, hint: 'date', ok: seasonOk } as Rule,
  century: { re: CENTURY_RE, hint: 'date' } as Rule,
  endOf: { re: END_OF_RE, hint: 'date', ok: (_m, { t, lw }) => lw(t - 1) === 'the' } as Rule,
  vague: { re: VAGUE_DURATION_RE, hint: 'duration', ok: (_m, { doc, end }) => !(end < doc.tokens.count && doc.tokens.pos[end] === 'NOUN'), clean: true } as Rule,
};

/** Trigger token (lower-cased; '#' for a token starting with a digit) -> rules tried there, longest match wins. */
const TRIGGERS = new Map<string, Rule[]>();
const on = (words: string, ...rules: Rule[]): void => {
  for (const w of words.split(' ')) TRIGGERS.set(w, [...(TRIGGERS.get(w) ?? []), ...rules]);
};
on('january february march april may june july august september october november december', R.month);
on('jan jan. feb feb. mar mar. apr apr. jun jun. jul jul. aug aug. sep sep. sept sept. oct oct. nov nov. dec dec. mid-', R.month, R.year);
on('monday tuesday wednesday thursday friday saturday sunday', R.weekday);
on('#', R.year, R.dayMonth, R.hyphenDuration);
on('one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty sixty ninety hundred', R.hyphenDuration);
on("'", R.shortDecade);
on('fiscal calendar', R.fiscal, R.period);
on('nineteen two', R.spoken);
on('the this that last next', R.period, R.yearNoun, R.relative);
on('its a', R.period);
on('the', R.weekend, R.decadeWord, R.ref);
on('first second third fourth 1st 2nd 3rd 4th final latest current same comparable corresponding year-ago year-earlier flat recent', R.period);
on('coming past previous following', R.relative);
on('future', R.ref);
on('yesterday today tomorrow tonight', R.dayWord);
on('now currently nowadays these at more recently right current recent coming', R.ref);
on('year', R.yearAgo, R.yearEnd);
on('every each', R.every);
on('thanksgiving christmas new independence election easter memorial labor halloween valentine valentine\'s veterans', R.holiday);
on('daily weekly monthly annually yearly nightly hourly quarterly', R.setWord);
on('# one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred', R.quantity);
on('a an few several many couple dozens hundreds thousands', R.quantity);
on('about nearly almost more over just at up less fewer no another roughly around only barely some within well', R.quantity);
on('# noon midnight midday', R.clock);
on('this last tomorrow yesterday overnight mid- mid', R.dayPart);
on('spring summer autumn fall winter', R.season);
on('for within', R.vague);
on('end beginning start middle', R.endOf);
on('# twentieth nineteenth eighteenth twenty-first', R.century);

/** Words after a determiner that can start a temporal expression ("the third quarter", "the past"). */
const AFTER_DETERMINER = `(?:hour|minute|night|morning|afternoon|evening|few|couple|dozen|hundred|additional|first|second|third|fourth|1st|2nd|3rd|4th|final|last|latest|current|same|comparable|corresponding|year|flat|recent|fiscal|quarter|half|period|weekend|week|month|day|decade|century|past|future|near|distant|foreseeable|short|early|mid|late|coming|previous|following|this|next|spring|summer|autumn|fall|winter|full|calendar|prior|\\d|${WD.slice(3, -1)}|${MONTH_FULL}|${DECADE_WORD.slice(3, -2)})`;
/** Some triggers only count before certain words (the next token must start with one). */
const TRIGGER_NEXT: Record<string, string> = {
  the: AFTER_DETERMINER, this: AFTER_DETERMINER, that: AFTER_DETERMINER, its: AFTER_DETERMINER, a: AFTER_DETERMINER, an: AFTER_DETERMINER,
  last: AFTER_DETERMINER, next: AFTER_DETERMINER, at: `(?:present|${QUANTITY_START})`, more: `(?:recently|${QUANTITY_START})`, right: 'now', these: 'days',
  about: QUANTITY_START, nearly: QUANTITY_START, almost: QUANTITY_START, over: QUANTITY_START, just: QUANTITY_START, up: QUANTITY_START,
  less: QUANTITY_START, fewer: QUANTITY_START, no: QUANTITY_START, another: QUANTITY_START, roughly: QUANTITY_START, around: QUANTITY_START,
  only: QUANTITY_START, barely: QUANTITY_START, some: QUANTITY_START, within: `(?:years|months|weeks|days|decades|centuries|hours|minutes|${QUANTITY_START})`, well: QUANTITY_START,
  mid: '(?:morning|afternoon)',
  end: 'of', beginning: 'of', start: 'of', middle: 'of',
  for: '(?:years|months|weeks|days|decades|centuries|hours|minutes)(?![\\w-])',
};
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** "mid-1996", "mid-April", and "post-1959", "pre-1990" (before a digit only) take the 'mid-' rules. */
function yearPrefix(w: string): string | undefined {
  if (w.startsWith('mid-')) return 'mid-';
  if ((w.startsWith('pre-') && isDigit(w.charCodeAt(4))) || (w.startsWith('post-') && isDigit(w.charCodeAt(5)))) return 'mid-';
  return undefined;
}
/**
 * First and last character and length of the trigger words, read off the text: most tokens are
 * ruled out before a look-up (which would hash their lower-cased string).
 */
const TRIGGER_SHAPE = new Uint32Array(128 * 128);
for (const k of TRIGGERS.keys()) {
  const a = k.charCodeAt(0);
  const z = k.charCodeAt(k.length - 1);
  if (a < 128 && z < 128 && k.length < 32) TRIGGER_SHAPE[a * 128 + z]! |= 1 << k.length;
}
const MAX_KEY = Math.max(...[...TRIGGERS.keys()].map((k) => k.length));
/** Trigger -> sticky pattern its next token must start with. */
const NEXT_RE = new Map<string, RegExp>();
{
  const compiled = new Map<string, RegExp>();
  for (const [k, src] of Object.entries(TRIGGER_NEXT)) {
    let r = compiled.get(src);
    if (!r) compiled.set(src, (r = new RegExp(src, 'iy')));
    NEXT_RE.set(k, r);
  }
}

/**
 * Temporal expressions in the regions: wink-nlp's DATE/TIME/DURATION entities (cleaned of
 * prepositions, cut at range joiners), and expressions found by trigger-word patterns that wink
 * passes over (quarters, "Sept. 30", years, "the weekend", references such as "now"). Overlapping
 * finds become one; each is widened to the words TimeBank keeps ("the", "early", "a ... ago").
 *
 * Ranges: "from Monday to Wednesday" gives two dates, "Monday" and "Wednesday" (TIMEX3 marks
 * each end point; a range value has no TIMEX3 DATE form).
 */
export function detectDates(doc: Document, regions: Span[]): Found[] {
  const { tokens, text } = doc;
  const { lower } = tokens;
  const lw = (i: number): string => (i >= 0 && i < tokens.count ? lower[i]! : '');
  const ranges = regionTokens(doc, regions);
  const out: Found[] = [];
  const push = (first: number, last: number, hint: DateType): void => {
    if (last > first) out.push({ start: tokens.start[first]!, end: tokens.end[last - 1]!, first, last, hint });
  };

  /** A rule's match tidied (leading prepositions off, "18-month" whole, "every ..." a set) and kept. */
  function cleanHint(first: number, last: number, hint: DateType): void {
    // "at least", "at most" stay: a bound on the quantity, not a preposition
    while (first < last - 1 && LEADING_PREPOSITIONS.has(lw(first)) && !(lw(first) === 'at' && /^(?:least|most)$/.test(lw(first + 1)))) first++;
    if (first >= last) return;
    let type = hint;
    // "18-month": the number before the hyphen belongs to it
    if (first >= 2 && lw(first - 1) === '-' && tokens.end[first - 2] === tokens.start[first - 1] && /^\d+$/.test(lw(first - 2))) first -= 2;
    // "every Monday", "each week": a set
    if (first > 0 && SET_OPENERS.has(lw(first - 1))) {
      first--;
      type = 'set';
    }
    const value = text.slice(tokens.start[first]!, tokens.end[last - 1]!);
    if (/^\d{1,2}$/.test(value) || /^[\d.,]+$/.test(value) && !/^(?:1[6-9]|20)\d\d$/.test(value)) return;
    const lv = value.toLowerCase();
    if (BARE_UNIT.test(lv)) {
      // "the hours we worked", "Sandra Day O'Connor", "$1.76 a year": not expressions
      if (first > 0 && DETERMINERS.has(lw(first - 1))) return;
      if (value.charCodeAt(0) < 97) return;
      if (first > 1 && /^(?:a|an|per)$/.test(lw(first - 1)) && !/ago|earlier|later|before/.test(lw(last)) && /^(?:[\d$.,%]+|\w+s|cents?|share|million|billion|times|once|twice)$/.test(lw(first - 2))) return;
      // "last-minute", "year-earlier" as part of a hyphenated word
      if (lw(last) === '-' || lw(first - 1) === '-') return;
    }
    // "Jan Kavan", "Sun Microsystems": an abbreviation without its period is a name
    if (/^(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|sun|mon|tue|wed|thu|fri|sat)$/.test(lv) && !/^\d/.test(lw(last))) return;
    // "in his 30s", "early 20s": ages; "the '80s" keeps its apostrophe
    if (/^(?:(?:early|mid|late)[ -]?)?\d0s$/.test(lv)) return;
    // "to fall apart", "spring into action": a season word needs a lead
    if (/^(?:fall|spring)$/.test(lv) && !/^(?:in|this|last|next|the|early|late|of|during|by|that|until|since)$/.test(lw(first - 1))) return;
    // "52 years old", "a 6-year-old": ages are no temporal expressions
    if (lw(last) === 'old' || (lw(last) === '-' && lw(last + 1) === 'old')) return;
    // "good evening", "High Noon": greetings and titles
    if (/^(?:morning|afternoon|evening|night|noon)$/.test(lv) && /^(?:good|high)$/.test(lw(first - 1))) return;
    // "until 9 a.m." comes as a duration: a clock reading is a time
    if (type !== 'set' && CLOCK.test(lv)) type = 'time';
    // "this march": a lower-case "may" or "march" is a verb
    if (/(?:^| )(?:may|march)$/.test(lv) && text.charCodeAt(tokens.start[last - 1]!) >= 97) return;
    push(first, last, type);
  }

  // trigger-word patterns, tried at tokens whose hashed lower-cased text is a trigger
  const ctx: RuleCtx = { doc, t: 0, end: 0, lw };
  for (const [a, b] of ranges) {
    for (let t = a; t < b; t++) {
      const s = tokens.start[t]!;
      const e = tokens.end[t]!;
      const c = text.charCodeAt(s);
      let key: string;
      if (c >= 48 && c <= 57) key = '#';
      else if (c === 39 || c === 0x2019) {
        if (!(e - s > 1 && text.charCodeAt(s + 1) >= 48 && text.charCodeAt(s + 1) <= 57)) continue;
        key = "'";
      } else {
        if (e - s > MAX_KEY) continue;
        // most tokens are ruled out by their first letter and length, read off the text itself
        const c0 = c >= 65 && c <= 90 ? c | 32 : c;
        let cz = text.charCodeAt(e - 1);
        if (cz >= 65 && cz <= 90) cz |= 32;
        let k: string | undefined;
        if (c0 < 128 && cz < 128 && (TRIGGER_SHAPE[c0 * 128 + cz]! >> (e - s)) & 1 && TRIGGERS.has(lower[t]!)) k = lower[t]!;
        else if (e - s > 4 && (c0 === 109 || c0 === 112) && (text.charCodeAt(s + 3) === 45 || text.charCodeAt(s + 4) === 45)) k = yearPrefix(lower[t]!); // mid-, pre-, post-
        if (k === undefined) continue;
        // "the", "a", "last", "about": only before a word that can go on a temporal expression
        const next = NEXT_RE.get(k);
        if (next) {
          if (t + 1 >= b) continue;
          next.lastIndex = tokens.start[t + 1]!;
          if (!next.test(text)) continue;
        }
        key = k;
      }
      const rules = TRIGGERS.get(key);
      if (!rules) continue;
      let bestEnd = -1;
      let bestHint: DateType = 'date';
      let bestRule: Rule | undefined;
      for (const rule of rules) {
        // test(), not exec(): a sticky pattern's lastIndex is where the match ends, and no array is made
        rule.re.lastIndex = s;
        if (!rule.re.test(text)) continue;
        let e = rule.re.lastIndex;
        if (e <= s || e <= bestEnd) continue;
        // must end on a token end, inside the region ("10 a.m." before a sentence's own full stop)
        let end = tokenAt(doc, e);
        if (tokens.end[end - 1] !== e && text.charCodeAt(e - 1) === 46 && tokens.end[tokenAt(doc, e - 1) - 1] === e - 1) end = tokenAt(doc, --e);
        if (end > b || end <= t || tokens.end[end - 1] !== e) continue;
        ctx.t = t;
        ctx.end = end;
        const m = rule.ok ? text.slice(s, e).toLowerCase() : '';
        if (rule.ok && !rule.ok(m, ctx)) continue;
        bestEnd = e;
        bestRule = rule;
        bestHint = rule === R.quantity && AGO_END.test(m) ? 'date' : rule.hint;
      }
      if (bestEnd > 0) {
        let end = tokenAt(doc, bestEnd);
        const found = text.slice(s, bestEnd);
        // "an hour later", "ninety minutes earlier": an offset within a day from an event, no
        // date of its own; TIMEX3 marks the duration ("later" is the signal)
        if (bestRule === R.quantity && CLOCK_OFFSET.test(found)) {
          end--;
          bestHint = 'duration';
        }
        if (bestRule?.clean) cleanHint(t, end, bestHint);
        else push(t, end, bestHint === 'date' && PART_END.test(found) && !REL_START.test(found) && !WEEKDAY_START.test(found) ? 'time' : bestHint);
        t = end - 1;
      }
    }
  }

  out.sort((x, y) => x.start - y.start || y.end - x.end);
  const merged = mergeOverlaps(out);
  // finds and ranges are both in order: walk them together
  let ri = 0;
  for (const f of merged) {
    while (ri < ranges.length - 1 && ranges[ri]![1] <= f.first) ri++;
    widen(doc, f, lw, ranges[ri]);
  }
  return mergeAdjacent(doc, mergeOverlaps(merged), lw);
}

/** Overlapping finds become one (the union); a find inside another goes. */
function mergeOverlaps(found: Found[]): Found[] {
  const out: Found[] = [];
  for (const f of found) {
    const prev = out[out.length - 1];
    if (prev && f.start < prev.end) {
      if (f.end > prev.end) {
        prev.end = f.end;
        prev.last = f.last;
        if (f.hint !== 'date' && prev.hint === 'date') prev.hint = f.hint;
      }
      continue;
    }
    out.push({ ...f });
  }
  return out;
}

/** Widen to the words TimeBank keeps: "the third quarter", "early 1990", "a year earlier", "the past three months". */
function widen(doc: Document, f: Found, lw: (i: number) => string, range: [number, number] | undefined): void {
  const { tokens } = doc;
  if (range && (f.first < range[0] || f.first >= range[1])) range = undefined;
  const lo = range ? range[0] : f.first;
  const hi = range ? range[1] : f.last;
  // "the end of the month", "the beginning of 1990"
  if (f.first - 3 >= lo && lw(f.first - 1) === 'of' && /^(?:end|beginning|start|middle)$/.test(lw(f.first - 2)) && lw(f.first - 3) === 'the') f.first -= 3;
  // "the day before Tuesday's hearing", "the day after Christmas": a day counted from a date
  if (f.first - 2 >= lo && /^(?:before|after)$/.test(lw(f.first - 1)) && lw(f.first - 2) === 'day' && f.hint === 'date') {
    f.first -= 2;
    if (f.first - 1 >= lo && lw(f.first - 1) === 'the') f.first--;
  }
  // "the week of March 6"
  if (f.first - 3 >= lo && lw(f.first - 1) === 'of' && lw(f.first - 2) === 'week' && lw(f.first - 3) === 'the' && /^\d/.test(lw(f.last - 1))) f.first -= 3;
  for (let guard = 0; guard < 6 && f.first > lo; guard++) {
    const p = lw(f.first - 1);
    const head = lw(f.first);
    const tail = lw(f.last - 1);
    let take = false;
    if (p === 'the') take = head !== 'the' && head !== 'recent' && head !== 'current' && !HYPHEN_UNIT.test(doc.text.slice(tokens.start[f.first]!, tokens.end[f.last - 1]!)) && (HEAD_NOUNS.test(tail) || QUANT_LEADS.has(head) || head === 'early' || head === 'late' || head === 'mid');
    else if (p === 'a' || p === 'an') take = lw(f.first + 1) !== '-' && /^(?:second|minute|hour|day|night|week|weekend|month|quarter|year|decade|century|few|couple|half|dozen)$/.test(head);
    else if (p === 'mid' && lw(f.first - 2) !== '-') take = true;
    else if (LEFT_MODIFIERS.has(p)) take = f.hint !== 'set' && !(p === 'late' && head === 'last');
    else if (QUANT_LEADS.has(p)) take = NUMBERISH.test(head) || /^(?:second|minute|hour|day|week|month|quarter|year|decade)s$/.test(head);
    else if (p === 'to' && lw(f.first - 2) === 'up') {
      f.first -= 1;
      take = true;
    } else if (p === 'this' && lw(f.first) === 'past') take = true;
    if (!take) break;
    f.first--;
  }
  // "a year earlier", "three days later", "two weeks ago"
  if (f.last < hi && (/^(?:ago|hence)$/.test(lw(f.last)) || (/^(?:earlier|later)$/.test(lw(f.last)) && !/^(?:second|minute|hour)s?$/.test(lw(f.last - 1)))) && /(?:second|minute|hour|day|night|week|month|quarter|year|decade)s?$/.test(lw(f.last - 1))) {
    f.last++;
    f.hint = 'date';
  }
  f.start = tokens.start[f.first]!;
  f.end = tokens.end[f.last - 1]!;
}

const SEASON_OR_MONTH = /^(?:the )?(?:early |late |mid-?)?(?:spring|summer|autumn|fall|winter|january|february|march|april|may|june|july|august|september|october|november|december)$/i;
/** Parts of a year or decade that take it after "of". */
const PART_OF = /^(?:the )?(?:(?:first|second|last|latter|final) half|(?:first|last|final) (?:two|2) quarters)$/i;
const DECADE = /^(?:the )?(?:early |mid-?|late )?(?:\d{3}0'?s|'\d0s|\w+ties)$/i;
const YEARISH = /^(?:\d{4}|nineteen[ -][a-z -]+|two thousand(?: and [a-z]+)?)$/i;
const CLOCK = /\d ?[ap]\.?m\b|\d:\d\d/;
const CLOCK_GAP = /^,? (?:[A-Z]{3}T?,? )?(?:on )?$/;
const DAY_OR_DATE = /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}|today|yesterday|tomorrow)$/i;

/**
 * "Tuesday" + "morning" -> one time expression "Tuesday morning"; "January" + "this year" ->
 * "January this year".
 */
function mergeAdjacent(doc: Document, found: Found[], lw: (i: number) => string): Found[] {
  const out: Found[] = [];
  for (const f of found) {
    const prev = out[out.length - 1];
    // "10 p.m. Wednesday", "9 a.m. EST Tuesday", "5 p.m. EST, Nov. 6": one time
    if (prev && prev.hint === 'time' && f.hint === 'date' && CLOCK_GAP.test(doc.text.slice(prev.end, f.start)) && /\d|noon|midnight/i.test(doc.text.slice(prev.start, prev.end)) && DAY_OR_DATE.test(doc.text.slice(f.start, f.end))) {
      prev.end = f.end;
      prev.last = f.last;
      continue;
    }
    // "the week of March 6"
    if (prev && prev.hint === 'date' && f.hint === 'date' && doc.text.slice(prev.end, f.start) === ' of ' && /^the week$/i.test(doc.text.slice(prev.start, prev.end)) && /\d/.test(doc.text.slice(f.start, f.end))) {
      prev.end = f.end;
      prev.last = f.last;
      continue;
    }
    // "the latter half of the 1970s", "the first two quarters of 2022": part of the year or decade after "of"
    if (prev && f.hint === 'date' && /^ of (?:the )?$/.test(doc.text.slice(prev.end, f.start)) && PART_OF.test(doc.text.slice(prev.start, prev.end)) && (YEARISH.test(doc.text.slice(f.start, f.end)) || DECADE.test(doc.text.slice(f.start, f.end)))) {
      prev.end = f.end;
      prev.last = f.last;
      prev.hint = 'date';
      continue;
    }
    // "the quarter a year ago": one date, the quarter a year back
    if (prev && prev.hint === 'date' && f.hint === 'date' && doc.text.slice(prev.end, f.start) === ' ' && /^(?:the |that )?(?:same )?quarter$/i.test(doc.text.slice(prev.start, prev.end)) && /^a year (?:ago|earlier)$/i.test(doc.text.slice(f.start, f.end))) {
      prev.end = f.end;
      prev.last = f.last;
      continue;
    }
    // "the winter of nineteen ninety-four", "May of 1998"
    if (prev && prev.hint === 'date' && f.hint === 'date' && doc.text.slice(prev.end, f.start) === ' of ' && SEASON_OR_MONTH.test(doc.text.slice(prev.start, prev.end)) && YEARISH.test(doc.text.slice(f.start, f.end))) {
      prev.end = f.end;
      prev.last = f.last;
      continue;
    }
    if (prev && f.first === prev.last && /^ ?$/.test(doc.text.slice(prev.end, f.start))) {
      const timeOfDay = prev.hint === 'date' && f.hint === 'time' && !/\d/.test(doc.text.slice(f.start, f.end));
      const yearAfter = prev.hint === 'date' && f.hint === 'date' && /^(?:last|this|next) year$|^nineteen|^two thousand/.test(doc.text.slice(f.start, f.end).toLowerCase()) && /^[A-Z]/.test(lw(prev.first) ? doc.text.charAt(prev.start) : '');
      if (timeOfDay || yearAfter) {
        prev.end = f.end;
        prev.last = f.last;
        if (timeOfDay) prev.hint = 'time';
        continue;
      }
    }
    out.push({ ...f });
  }
  return out;
}
