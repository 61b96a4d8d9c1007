import * as chrono from 'chrono-node';
import type { DateType } from '../types.js';
import { addDays, addMonths, fmt, isoWeek, nearestWeekday, pad, parseYmd, weekday, type Ymd } from './calendar.js';
import type { Direction } from './direction.js';
import { MONTHS, NUMBER_WORDS, PARTS_OF_DAY, REFS, SEASONS, UNITS, WEEKDAYS } from './lexicons.js';

export interface Normalized {
  value: string | null;
  type: DateType;
}

/**
 * What the text said before this expression, for expressions that lean on it: "a year earlier"
 * after "the third quarter" is the year-ago quarter; "that year" is the last year named.
 */
export interface Anchors {
  /** last quarter value named, e.g. "1989-Q3" */
  quarter?: string;
  /** last year named */
  year?: number;
  /** last month named, e.g. "1989-03" */
  month?: string;
  /** last day named, e.g. "1989-03-02" */
  day?: string;
  /** the text reports results for the year so far ("the first nine months"), not a quarter */
  yearToDate?: boolean;
}

/** What a parser is given: the expression (lower-cased), the reference date, direction, anchors. */
interface Ctx {
  s: string;
  ref: Ymd | null;
  dir: Direction;
  anchors: Anchors;
}

type Parser = (c: Ctx) => Normalized | null;

const MONTH_RE = '(jan(?:uary|\\.)?|feb(?:ruary|\\.)?|mar(?:ch|\\.)?|apr(?:il|\\.)?|may|june?|july?|jul\\.|jun\\.|aug(?:ust|\\.)?|sept?(?:ember|\\.)?|oct(?:ober|\\.)?|nov(?:ember|\\.)?|dec(?:ember|\\.)?)';
const WEEKDAY_RE = '(sunday|monday|tuesday|wednesday|thursday|friday|saturday)';
const NUM_RE = '(\\d+(?:\\.\\d+)?(?: 1/2)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[ -](?:one|two|three|four|five|six|seven|eight|nine))?|thirty|forty|fifty|sixty|hundred|a hundred|several|few|a few|many|couple of|a couple of|half an?|a half)';
const UNIT_RE = '(seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|months?|quarters?|years?|decades?|centur(?:y|ies))';
const APPROX = '(?:about |some |nearly |almost |more than |over |just |at least |up to |less than |fewer than |no more than |another |the |roughly |around |only |barely |well over |year-earlier |year-ago |the first |the last |the past |the next |the previous |the final |past |last |next |first |final )*';
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const TEENS: Record<string, number> = { ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19 };

const monthOf = (w: string): number => MONTHS[w.replace('.', '')] ?? 0;
const unitOf = (w: string): (typeof UNITS)[string] => UNITS[w.replace(/ies$/, 'y').replace(/s$/, '')]!;
const numOf = (w: string): number | null => {
  if (/^\d/.test(w)) return w.endsWith(' 1/2') ? Number(w.slice(0, -4)) + 0.5 : Number(w);
  w = w.replace(/^a /, '');
  if (w === 'several' || w === 'few' || w === 'many') return null;
  if (w.startsWith('couple')) return 2;
  if (w.startsWith('half') || w === 'half') return 0.5;
  if (w === 'hundred') return 100;
  const t = /^(twenty)[ -](\w+)$/.exec(w);
  if (t) return 20 + (NUMBER_WORDS[t[2]!] ?? 0);
  return NUMBER_WORDS[w] ?? null;
};
const ORDINALS: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4, last: 4 };

/** Unit anchored on a date, at the unit's granularity: the week of d, the month of d... */
function anchor(d: Ymd, gran: string): string {
  switch (gran) {
    case 'week':
      return isoWeek(d);
    case 'month':
      return `${pad(d.y, 4)}-${pad(d.m)}`;
    case 'quarter':
      return `${pad(d.y, 4)}-Q${Math.ceil(d.m / 3)}`;
    case 'year':
      return pad(d.y, 4);
    case 'decade':
      return pad(d.y, 4).slice(0, 3);
    case 'century':
      return pad(d.y, 4).slice(0, 2);
    default:
      return fmt(d);
  }
}

/** Move d by n units. */
function shift(d: Ymd, n: number, gran: string): Ymd {
  switch (gran) {
    case 'week':
      return addDays(d, 7 * n);
    case 'month':
      return { ...addMonths(d, n), d: d.d };
    case 'quarter':
      return { ...addMonths(d, 3 * n), d: 1 };
    case 'year':
      return { y: d.y + n, m: d.m, d: 1 };
    case 'decade':
      return { y: d.y + 10 * n, m: 1, d: 1 };
    case 'century':
      return { y: d.y + 100 * n, m: 1, d: 1 };
    default:
      return addDays(d, n);
  }
}

function duration(n: number | null, unit: (typeof UNITS)[string]): string {
  if (n !== null && !Number.isInteger(n) && Number.isInteger(n * 2)) {
    // half a year -> P6M, 3 1/2 years -> P3Y6M, 7 1/2 hours -> PT7H30M, an hour and a half -> PT1H30M
    const sub: Record<string, string> = { Y: '6M', D: 'T12H', H: '30M', M: unit.time ? '30S' : '2W', W: '3D' };
    const half = sub[unit.code];
    if (half) {
      const whole = Math.floor(n);
      const head = whole ? `${whole}${unit.code}` : '';
      if (unit.code === 'M' && !unit.time && whole) return `P${whole}M15D`;
      if (unit.code === 'W' && whole) return `P${whole * 7 + 3}D`;
      if (unit.code === 'D' && whole) return `P${whole}DT12H`;
      return unit.time ? `PT${head}${half}` : `P${head}${half}`;
    }
  }
  const amount = n === null ? 'X' : String(n);
  return unit.time ? `PT${amount}${unit.code}` : `P${amount}${unit.code}`;
}

/** A quarter value moved by n quarters. */
function shiftQuarter(q: string, n: number): string {
  const y = Number(q.slice(0, 4));
  const k = Number(q.slice(6)) - 1 + n;
  return `${pad(y + Math.floor(k / 4), 4)}-Q${(((k % 4) + 4) % 4) + 1}`;
}
/** The last quarter that has ended by `ref`: news reports results after the quarter closes. */
const lastClosedQuarter = (ref: Ymd): string => shiftQuarter(`${pad(ref.y, 4)}-Q${Math.ceil(ref.m / 3)}`, -1);

/**
 * Year of a month (and day) named without one: the nearest, unless the clause's direction
 * rules it out ("will fly in December" in March; "In January, it bought" in October).
 */
function yearFor(ref: Ymd, mo: number, day: number, dir: Direction): number {
  const dist = (y: number): number =>
    day ? (Date.UTC(y, mo - 1, day) - Date.UTC(ref.y, ref.m - 1, ref.d)) / 86400000 : (y - ref.y) * 12 + (mo - ref.m);
  let best = ref.y;
  for (const y of [ref.y - 1, ref.y + 1]) if (Math.abs(dist(y)) < Math.abs(dist(best)) || (Math.abs(dist(y)) === Math.abs(dist(best)) && y < best)) best = y;
  const d = dist(best);
  // a past clause allows a date a little ahead (a deadline), a future one a little behind
  if (dir <= -1 && d > (day ? 45 : 1)) best--;
  else if (dir >= 1 && d < (day ? -7 : 0)) best++;
  // a tense elsewhere in the sentence is a weaker sign: it moves only a date a quarter or more away
  else if (dir < 0 && d >= (day ? 90 : 3)) best--;
  else if (dir > 0 && d < (day ? -30 : -1)) best++;
  return best;
}

// all patterns compiled once
const RE_REL = new RegExp(`^(?:the )?(last|this|next|coming|past|previous|current|following|same|that same|earlier this|later this|early this|late this|end of this|end of the|start of the|beginning of the|start of this|beginning of this|this past|this coming|that|the same) (?:fiscal )?(week|weekend|month|year|quarter|decade|century|day|${WEEKDAY_RE.slice(1, -1)}|spring|summer|autumn|fall|winter|${MONTH_RE.slice(1, -1)})$`);
const RE_EVERY_MONTH = new RegExp(`^(?:every|each) ${MONTH_RE}$`);
const RE_EVERY_WD = new RegExp(`^(?:every|each) (?:other )?${WEEKDAY_RE}$`);
const RE_EVERY_UNIT = new RegExp(`^(?:every|each|per|a|an) (?:single )?${UNIT_RE}$`);
const RE_EVERY_PART = /^(?:every|each) (morning|afternoon|evening|night)$/;
const RE_ISO = /^(\d{4})-(\d{2})-(\d{2})/;
const RE_AGO = new RegExp(`^(?:about |some |nearly |almost |more than |over |just |roughly |around |barely |only )*${NUM_RE} ${UNIT_RE}(?: or so)? (ago|earlier|before|later|from now|hence)$`);
const RE_QUANT = new RegExp(`^(?:the )?(?:past|last|next|previous|coming|first|final|recent) (?:${NUM_RE} )?${UNIT_RE}$`);
const RE_DURATION = new RegExp(`^${APPROX}${NUM_RE}[ -](?:(?:more|additional|full|straight|consecutive|trading|business) )?${UNIT_RE}( and a half)?(?: long| old| or so)?$`);
const RE_BARE_UNIT = new RegExp(`^(?:for )?${UNIT_RE}$`);
const RE_DAY_WORD = /^(?:early |late |earlier |later )?(yesterday|today|tomorrow|tonight|last night|this (morning|afternoon|evening))(?: (morning|afternoon|evening|night))?$/;
const RE_PERIOD = /^(?:(the|this|that|its|a|last|next|this year's|last year's|next year's) )?((?:(?:latest|current|same|comparable|corresponding|year-ago|year-earlier|flat|recent|\d{4}) ){0,2})(?:fiscal[ -])?(?:(first|second|third|fourth|1st|2nd|3rd|4th|final|last)[ -])?(?:fiscal )?(quarters?|half|period)(?: of (?:fiscal )?(\d{4}))?(?: ended .*)?$/;
const RE_Q = /^q([1-4])(?: (\d{4}))?$/;
const RE_DECADE = /^(?:the )?(early |mid-?|late )?(\d{3})0'?s$/;
const RE_SHORT_DECADE = /^(?:the )?(?:early |mid-?|late )?'(\d)0s$/;
const RE_DECADE_WORD = /^(?:the )?(?:early |mid-?|late )?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)$/;
const RE_CENTURY = /^(?:the )?(?:early |mid-?|late )?(\d{1,2})(?:st|nd|rd|th) century$/;
const RE_SEASON = /^(?:this |the |last |next )?(?:early |late |mid-?)?(spring|summer|autumn|fall|winter)(?: (?:of )?(\d{4}))?$/;
const RE_WEEKDAY = new RegExp(`^(?:early |late |earlier |later |this |last |next |this coming |this past )?${WEEKDAY_RE}(?:,)?(?: (morning|afternoon|evening|night))?$`);
const RE_MONTH_DAY = new RegExp(`^(?:${WEEKDAY_RE},? )?(?:early |late )?${MONTH_RE} (\\d{1,2})(?:st|nd|rd|th)?(?:,? (\\d{4}))?$`);
const RE_DAY_MONTH = new RegExp(`^(?:${WEEKDAY_RE},? )?(?:the )?(\\d{1,2})(?:st|nd|rd|th)? (?:of )?${MONTH_RE}(?:,? (\\d{4}))?$`);
const RE_MONTH = new RegExp(`^(?:early |mid-?|late |the end of |the beginning of |the start of |the middle of |end of |early in |later in |late in |earlier in )?${MONTH_RE}(?:,? (?:of )?(\\d{4}|this year|last year|next year))?$`);
const RE_YEAR = /^(?:in |fiscal |calendar |early |mid-?|post-|pre-|late |the year |end of |the end of |fy ?|the early |the late |the mid-?)?((?:1[5-9]|20)\d\d)$/;
const RE_FISCAL_SHORT = /^(?:fiscal|fy) ?'?(\d\d)$/;
const RE_SPOKEN = /nineteen[ -](ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[ -](one|two|three|four|five|six|seven|eight|nine))?|two thousand(?: and (\w+))?/;
const RE_YEAR_NOUN = /^(?:the|that|this) ((?:(?:full|fiscal|calendar|current|latest|same|previous|prior|following|past) ){0,2})year$/;
const RE_TIME = /^(?:at |about |around |before |after |by |until |early |late )?(\d{1,2})(?:[:.]?(\d{2}))? ?(a\.?m\.?|p\.?m\.?|h|gmt|utc|(?:o'clock )?in the (?:morning|afternoon|evening))?(?: \(?[a-z]{2,4}\)?)?(?: (?:on )?(yesterday|today|tomorrow))?$/;
const RE_PART = /^(?:the |this |in the |early |late )?(morning|afternoon|evening|night|overnight|dawn|dusk)$/;
const RE_INNER = /(last|this|next|past|previous) (week|weekend|month|year|quarter|decade|century)/;
const RE_MONTH_START = new RegExp(`^${MONTH_RE}`);
const RE_CHRONO_WORTHY = new RegExp(`\\d|${MONTH_RE}|${WEEKDAY_RE}`);
const SIMPLE_SETS: Record<string, string> = { daily: 'P1D', weekly: 'P1W', monthly: 'P1M', annually: 'P1Y', yearly: 'P1Y', nightly: 'P1D', hourly: 'PT1H', quarterly: 'P3M' };

/** "last week", "this month", "next year", "the coming weekend", "last Monday", "next summer", "that year". */
function relative({ s, ref, anchors }: Ctx): Normalized | null {
  const m = RE_REL.exec(s);
  if (!m) return null;
  const rel = m[1]!;
  const what = m[2]!;
  // "that year", "the same year", "the following year": the year named before
  if ((rel === 'that' || rel === 'same' || rel === 'the same' || rel === 'following' || rel === 'previous') && what === 'year' && anchors.year !== undefined) {
    const y = anchors.year + (rel === 'following' ? 1 : rel === 'previous' ? -1 : 0);
    return { value: pad(y, 4), type: 'date' };
  }
  // "the following month", "that month": the month named before
  if ((rel === 'that' || rel === 'same' || rel === 'the same' || rel === 'following' || rel === 'previous') && what === 'month' && anchors.month) {
    const n = Number(anchors.month.slice(0, 4)) * 12 + Number(anchors.month.slice(5, 7)) - 1 + (rel === 'following' ? 1 : rel === 'previous' ? -1 : 0);
    return { value: `${pad(Math.floor(n / 12), 4)}-${pad((n % 12) + 1)}`, type: 'date' };
  }
  // "that day", "the same day": the day named before
  if ((rel === 'that' || rel === 'same' || rel === 'that same') && what === 'day' && anchors.day) return { value: anchors.day, type: 'date' };
  // "last March ... that same day": a day of the month named, which day unsaid
  if ((rel === 'that' || rel === 'same' || rel === 'that same') && what === 'day' && anchors.month) return { value: `${anchors.month}-XX`, type: 'date' };
  if (!ref) return { value: null, type: 'date' };
  // "that day" with nothing named before: no day to point to (not the publication date)
  if (rel === 'that' || rel === 'same' || rel === 'that same') return what === 'year' || what === 'day' ? { value: null, type: 'date' } : null;
  const dir = rel === 'last' || rel === 'past' || rel === 'previous' || rel === 'this past' ? -1 : rel === 'next' || rel === 'coming' || rel === 'following' || rel === 'this coming' ? 1 : 0;
  if (WEEKDAYS[what] !== undefined) {
    const target = WEEKDAYS[what]!;
    const base = dir < 0 ? nearestWeekday(addDays(ref, -1), target, false) : dir > 0 ? nearestWeekday(addDays(ref, 1), target, true) : nearestWeekday(ref, target, false);
    return { value: fmt(base), type: 'date' };
  }
  if (SEASONS[what]) {
    // "last fall" in a spring article is the fall of the year before
    const season = SEASONS[what]!;
    const idx = ['SP', 'SU', 'FA', 'WI'].indexOf(season);
    const refIdx = ref.m <= 2 || ref.m === 12 ? 3 : ref.m <= 5 ? 0 : ref.m <= 8 ? 1 : 2;
    const winterYear = ref.m <= 2 ? ref.y - 1 : ref.y;
    let y = refIdx === 3 ? winterYear : ref.y;
    if (dir < 0 && idx >= refIdx) y--;
    if (dir > 0 && idx <= refIdx) y++;
    if (dir === 0 && refIdx === 3 && idx !== 3) y = ref.y;
    return { value: `${pad(y, 4)}-${season}`, type: 'date' };
  }
  const mo = monthOf(what);
  if (mo) {
    const y = dir < 0 ? (mo >= ref.m ? ref.y - 1 : ref.y) : dir > 0 ? (mo <= ref.m ? ref.y + 1 : ref.y) : ref.y;
    return { value: `${pad(y, 4)}-${pad(mo)}`, type: 'date' };
  }
  // "the next day", "the previous day": from the day named last, else from the reference date
  if (what === 'day') return { value: fmt(addDays(anchors.day ? parseYmd(anchors.day) : ref, dir)), type: 'date' };
  if (what === 'weekend') {
    const week = isoWeek(shift(ref, dir, 'week'));
    return { value: `${week}-WE`, type: 'date' };
  }
  if (what === 'quarter') {
    const cur = `${pad(ref.y, 4)}-Q${Math.ceil(ref.m / 3)}`;
    return { value: shiftQuarter(cur, dir), type: 'date' };
  }
  const unit = unitOf(what);
  return { value: anchor(shift(ref, dir, unit.gran), unit.gran), type: 'date' };
}

/** "the third quarter", "third-quarter", "the year-ago quarter", "the latest period", "the first half of 1989". */
function period({ s, ref, anchors }: Ctx): Normalized | null {
  const q = RE_Q.exec(s);
  if (q) {
    const year = q[2] ?? (ref ? pad(ref.y, 4) : null);
    return { value: year ? `${year}-Q${q[1]}` : null, type: 'date' };
  }
  const m = RE_PERIOD.exec(s);
  if (!m) return null;
  const det = m[1] ?? '';
  const mods = m[2] ?? '';
  const ord = m[3] ? ORDINALS[m[3]] : undefined;
  const noun = m[4]!;
  if (noun === 'quarters') return /recent|latest/.test(mods) ? { value: 'PAST_REF', type: 'date' } : null;
  if (noun === 'period' && !mods) return null;
  const statedYear = m[5] ?? /(\d{4})/.exec(mods)?.[1];
  const yearBack = /year-ago|year-earlier|corresponding|comparable/.test(mods) || det === "last year's" ? 1 : 0;
  const yearOn = det === "next year's" ? 1 : 0;
  // "the 1988 period" after "the first nine months": the same months of 1988, at year granularity
  if (noun === 'period' && anchors.yearToDate && !anchors.quarter && (statedYear || yearBack)) {
    const y = statedYear ?? (ref ? pad(ref.y - yearBack, 4) : null);
    return { value: y, type: 'date' };
  }
  const base = anchors.quarter ?? (ref ? lastClosedQuarter(ref) : null);
  if (noun === 'half') {
    const y = statedYear ?? (ref ? pad(ref.y - yearBack + yearOn, 4) : null);
    return { value: y ? `${y}-H${Math.min(ord ?? 1, 2)}` : null, type: 'date' };
  }
  if (ord !== undefined && !(m[3] === 'last' && !det)) {
    let y: number | null = statedYear ? Number(statedYear) : ref ? ref.y : null;
    if (y === null) return { value: null, type: 'date' };
    if (!statedYear && ref) {
      if (det === "last year's" || yearBack) y = ref.y - 1;
      else if (yearOn) y = ref.y + 1;
      else if (ord === 4 && ref.m <= 3) y = ref.y - 1; // "the fourth quarter" in a February article
    }
    return { value: `${pad(y, 4)}-Q${ord}`, type: 'date' };
  }
  // "the quarter", "the latest quarter", "the current quarter", "the year-ago quarter", "the 1988 period"
  if (/current/.test(mods) && ref) return { value: `${pad(ref.y, 4)}-Q${Math.ceil(ref.m / 3)}`, type: 'date' };
  if (det === 'last' && ref && !mods) return { value: shiftQuarter(`${pad(ref.y, 4)}-Q${Math.ceil(ref.m / 3)}`, -1), type: 'date' };
  if (det === 'next' && ref && !mods) return { value: shiftQuarter(`${pad(ref.y, 4)}-Q${Math.ceil(ref.m / 3)}`, 1), type: 'date' };
  if (!base) return { value: null, type: 'date' };
  if (statedYear) return { value: `${statedYear}${base.slice(4)}`, type: 'date' };
  return { value: yearBack ? shiftQuarter(base, -4) : base, type: 'date' };
}

/** "1995", "fiscal 1998", "mid-1996", "nineteen ninety-six", "the year two thousand", "the fiscal year". */
function year({ s, ref, anchors }: Ctx): Normalized | null {
  const m = RE_YEAR.exec(s);
  if (m) return { value: m[1]!, type: 'date' };
  const f = RE_FISCAL_SHORT.exec(s);
  if (f) return { value: (Number(f[1]) > 30 ? '19' : '20') + f[1], type: 'date' };
  const n = RE_YEAR_NOUN.exec(s);
  if (n) {
    const mods = n[1] ?? '';
    if (/following/.test(mods)) return { value: anchors.year !== undefined ? pad(anchors.year + 1, 4) : ref ? pad(ref.y + 1, 4) : null, type: 'date' };
    if (/previous|prior|past/.test(mods)) return { value: anchors.year !== undefined && !/past/.test(mods) ? pad(anchors.year - 1, 4) : ref ? pad(ref.y - 1, 4) : null, type: 'date' };
    if (/same/.test(mods) || s.startsWith('that')) return { value: anchors.year !== undefined ? pad(anchors.year, 4) : null, type: 'date' };
    // "the latest fiscal year": the last one reported on, i.e. closed (the current one is "this year")
    if (/latest/.test(mods)) return { value: ref ? pad(ref.y - 1, 4) : null, type: 'date' };
    return { value: ref ? pad(ref.y, 4) : null, type: 'date' };
  }
  const sp = spokenYear(s);
  if (sp !== null && /^(?:(?:early |late |mid-?)?(?:in )?|the year |the winter of |the summer of |the spring of |the fall of |the autumn of )?(?:nineteen|two thousand)/.test(s)) {
    const season = /^the (winter|summer|spring|fall|autumn) of/.exec(s);
    return { value: season ? `${sp}-${SEASONS[season[1]!]}` : String(sp), type: 'date' };
  }
  return null;
}

function spokenYear(s: string): number | null {
  const m = RE_SPOKEN.exec(s);
  if (!m) return null;
  if (m[0].startsWith('two thousand')) return 2000 + (m[3] ? (NUMBER_WORDS[m[3]] ?? TEENS[m[3]] ?? 0) : 0);
  const tens = TEENS[m[1]!] ?? TENS[m[1]!] ?? 0;
  return 1900 + tens + (m[2] ? (NUMBER_WORDS[m[2]] ?? 0) : 0);
}

/** Holidays: fixed dates, and the movable ones news meets most. */
function holidayDate(name: string, y: number): Ymd | null {
  const nth = (m: number, wd: number, k: number): Ymd => {
    const first = nearestWeekday({ y, m, d: 1 }, wd, true);
    return addDays(first, 7 * (k - 1));
  };
  if (name.startsWith('thanksgiving')) return nth(11, 4, 4);
  if (name.startsWith('christmas eve')) return { y, m: 12, d: 24 };
  if (name.startsWith('christmas')) return { y, m: 12, d: 25 };
  if (name.startsWith("new year's eve")) return { y, m: 12, d: 31 };
  if (name.startsWith('new year')) return { y, m: 1, d: 1 };
  if (name.startsWith('independence')) return { y, m: 7, d: 4 };
  if (name.startsWith('election')) return addDays(nth(11, 1, 1), 1);
  if (name.startsWith('memorial')) {
    const last = nearestWeekday({ y, m: 5, d: 31 }, 1, false);
    return last;
  }
  if (name.startsWith('labor')) return nth(9, 1, 1);
  if (name.startsWith('halloween')) return { y, m: 10, d: 31 };
  if (name.startsWith('valentine')) return { y, m: 2, d: 14 };
  if (name.startsWith('veterans')) return { y, m: 11, d: 11 };
  if (name.startsWith('easter')) {
    // anonymous Gregorian algorithm
    const a = y % 19, b = Math.floor(y / 100), c = y % 100, d = Math.floor(b / 4), e = b % 4;
    const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
    const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
    const month = Math.floor((h + l - 7 * m + 114) / 31);
    return { y, m: month, d: ((h + l - 7 * m + 114) % 31) + 1 };
  }
  return null;
}
const RE_HOLIDAY = /^(?:(last|this|next) )?(thanksgiving(?: day)?|christmas(?: day| eve)?|new year's(?: day| eve)?|independence day|election day|easter(?: sunday)?|memorial day|labor day|halloween|valentine'?s day|veterans day)( week)?(?:,? (\d{4}))?$/;
const RE_YEAR_END = /^(?:around |about |by |since |at |until )?(?:the )?year(?:-| |'s )end$/;
const RE_WEEK_OF = /^the week of (.+)$/;
const RE_YEAR_AGO = /^year-(ago|earlier)$/;
const RE_CLOCK_DATE = /^(.*?(?:\d ?[ap]\.?m\.?|noon|midnight|\d:\d\d))(?: [a-z]{3}t?)?,? (?:on )?((?:mon|tues|wednes|thurs|fri|satur|sun)day|[a-z]{3,9}\.? \d{1,2}|today|yesterday|tomorrow)$/;

const PARSERS: Parser[] = [
  // Thanksgiving, Christmas Eve, last Easter
  ({ s, ref, dir }) => {
    const m = RE_HOLIDAY.exec(s);
    if (!m) return null;
    const name = m[2]!;
    // "Easter week", "Thanksgiving week": the (ISO) week the holiday falls in
    const week = m[3] !== undefined;
    const value = (d: Ymd): string => (week ? isoWeek(d) : fmt(d));
    if (m[4]) {
      const d = holidayDate(name, Number(m[4]));
      return { value: d ? value(d) : m[4], type: 'date' };
    }
    if (!ref) return { value: null, type: 'date' };
    const rel = m[1] === 'last' ? -1 : m[1] === 'next' ? 1 : dir;
    const cur = holidayDate(name, ref.y)!;
    const refKey = fmt(ref);
    let d = cur;
    // the holiday's week is under way: that week, whatever the tense ("Thanksgiving week is here")
    if (week && !m[1] && isoWeek(cur) === isoWeek(ref)) return { value: isoWeek(cur), type: 'date' };
    if (rel < 0 && fmt(cur) >= refKey) d = holidayDate(name, ref.y - 1)!;
    else if (rel > 0 && fmt(cur) < refKey) d = holidayDate(name, ref.y + 1)!;
    else if (rel === 0) {
      // the nearest one
      const prev = holidayDate(name, ref.y - 1)!;
      const next = holidayDate(name, ref.y + 1)!;
      const dist = (x: Ymd): number => Math.abs(Date.UTC(x.y, x.m - 1, x.d) - Date.UTC(ref.y, ref.m - 1, ref.d));
      d = [prev, cur, next].reduce((p, q) => (dist(q) < dist(p) ? q : p));
    }
    return { value: value(d), type: 'date' };
  },
  // year-end: "the end of the year" (TIMEX3: the year, mod END), this one or last year's in a past clause ("since year-end")
  ({ s, ref, dir }) => {
    if (!RE_YEAR_END.test(s)) return null;
    return { value: ref ? pad(dir < 0 ? ref.y - 1 : ref.y, 4) : null, type: 'date' };
  },
  // the week of March 6
  (c) => {
    const m = RE_WEEK_OF.exec(c.s);
    if (!m) return null;
    const day = compute(m[1]!, c.ref ? fmt(c.ref) : null, c.dir, 'date', c.anchors);
    return { value: day.value && /^\d{4}-\d\d-\d\d$/.test(day.value) ? isoWeek(parseYmd(day.value)) : null, type: 'date' };
  },
  // year-ago, year-earlier (results): the year-ago quarter when one was named
  ({ s, ref, anchors }) => {
    if (!RE_YEAR_AGO.test(s)) return null;
    if (anchors.quarter) return { value: shiftQuarter(anchors.quarter, -4), type: 'date' };
    return { value: ref ? pad(ref.y - 1, 4) : null, type: 'date' };
  },
  // now, recently, in the future
  ({ s }) => (REFS[s] ? { value: REFS[s]!, type: 'date' } : null),
  // every Monday, each week, daily
  ({ s }) => {
    if (SIMPLE_SETS[s]) return { value: SIMPLE_SETS[s]!, type: 'set' };
    const mo = RE_EVERY_MONTH.exec(s);
    if (mo) return { value: `XXXX-${pad(monthOf(mo[1]!))}`, type: 'set' };
    const m = RE_EVERY_WD.exec(s);
    if (m) return { value: `XXXX-WXX-${((WEEKDAYS[m[1]!]! + 6) % 7) + 1}`, type: 'set' };
    const part = RE_EVERY_PART.exec(s);
    if (part) return { value: `XXXX-XX-XXT${PARTS_OF_DAY[part[1]!]}`, type: 'set' };
    const u = RE_EVERY_UNIT.exec(s);
    if (u && /^(?:every|each|per)/.test(s)) return { value: duration(1, unitOf(u[1]!)), type: 'set' };
    return null;
  },
  // 1996-08-30
  ({ s }) => {
    const m = RE_ISO.exec(s);
    return m ? { value: `${m[1]}-${m[2]}-${m[3]}`, type: 'date' } : null;
  },
  // before the durations: "the 1988 quarter" is a quarter, not 1988 of them
  period,
  // two years ago, three days later, a year earlier
  ({ s, ref, anchors }) => {
    const m = RE_AGO.exec(s);
    if (!m) return null;
    const unit = unitOf(m[2]!);
    const n = numOf(m[1]!);
    const sign = m[3] === 'later' || m[3] === 'from now' || m[3] === 'hence' ? 1 : -1;
    if (n === null || !Number.isInteger(n)) return { value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF', type: 'date' };
    // "a year earlier" after "the third quarter": the year-ago quarter
    if (unit.gran === 'year' && n === 1 && sign < 0 && anchors.quarter && m[3] !== 'before') return { value: shiftQuarter(anchors.quarter, -4), type: 'date' };
    if (!ref) return { value: null, type: 'date' };
    // "three hours ago": the day it falls on, whole days back (the reference has no clock time)
    if (unit.time) return { value: fmt(addDays(ref, sign * Math.floor((n * (unit.gran === 'hour' ? 1 : unit.gran === 'minute' ? 1 / 60 : 1 / 3600)) / 24))), type: 'date' };
    return { value: anchor(shift(ref, sign * n, unit.gran), unit.gran), type: 'date' };
  },
  // the past three years, the next two weeks
  ({ s }) => {
    const m = RE_QUANT.exec(s);
    if (!m || (!m[1] && !/s$/.test(m[2]!))) return null;
    const n = m[1] ? numOf(m[1]) : null;
    return { value: duration(n, unitOf(m[2]!)), type: 'duration' };
  },
  // three years, 24 hours, several months, a year
  ({ s }) => {
    const m = RE_DURATION.exec(s);
    if (m) {
      const n = numOf(m[1]!);
      return { value: duration(n !== null && m[3] ? n + 0.5 : n, unitOf(m[2]!)), type: 'duration' };
    }
    const bare = RE_BARE_UNIT.exec(s);
    if (bare && /s$/.test(bare[1]!)) return { value: duration(null, unitOf(bare[1]!)), type: 'duration' };
    return null;
  },
  // yesterday, today, tomorrow (+ morning), tonight, last night
  ({ s, ref }) => {
    const m = RE_DAY_WORD.exec(s);
    if (!m) return null;
    const partWord = m[3] ?? m[2] ?? (m[1] === 'tonight' || m[1] === 'last night' ? 'night' : null);
    if (!ref) return { value: null, type: partWord ? 'time' : 'date' };
    const off = m[1] === 'yesterday' || m[1] === 'last night' ? -1 : m[1] === 'tomorrow' ? 1 : 0;
    const day = fmt(addDays(ref, off));
    if (partWord) return { value: `${day}T${PARTS_OF_DAY[partWord]}`, type: 'time' };
    return { value: day, type: 'date' };
  },
  relative,
  // "the month" (left of "the end of the month"): the current one
  ({ s, ref }) => {
    const m = /^the (week|month|quarter|decade|century)$/.exec(s);
    if (!m) return null;
    return { value: ref ? anchor(ref, m[1]!) : null, type: 'date' };
  },
  // "the weekend": the one just past, or the coming one in a future clause
  ({ s, ref, dir }) => {
    if (s !== 'the weekend' && s !== 'weekend') return null;
    if (!ref) return { value: null, type: 'date' };
    const wd = weekday(ref);
    const inWeekend = wd === 0 || wd === 6;
    const d = dir > 0 || inWeekend ? ref : addDays(ref, -7);
    return { value: `${isoWeek(d)}-WE`, type: 'date' };
  },
  // the 1990s, the '90s, the nineties, the 20th century
  ({ s, ref }) => {
    let m = RE_DECADE.exec(s);
    if (m) return { value: m[2]!, type: 'date' };
    m = RE_SHORT_DECADE.exec(s);
    if (m) return { value: `19${m[1]}`, type: 'date' };
    m = RE_DECADE_WORD.exec(s);
    if (m) {
      const tens = TENS[m[1]!.replace(/ies$/, 'y')]! / 10;
      const century = ref ? Math.floor(ref.y / 100) - (tens * 10 > ref.y % 100 ? 1 : 0) : 19;
      return { value: `${century}${tens}`, type: 'date' };
    }
    m = RE_CENTURY.exec(s);
    if (m) return { value: pad(Number(m[1]) - 1), type: 'date' };
    return null;
  },
  // summer (2021)
  ({ s, ref }) => {
    const m = RE_SEASON.exec(s);
    if (!m) return null;
    const y = m[2] ?? (ref ? pad(ref.y, 4) : null);
    return { value: y ? `${y}-${SEASONS[m[1]!]}` : null, type: 'date' };
  },
  // Sunday, Tuesday morning, early Friday
  ({ s, ref, dir }) => {
    const m = RE_WEEKDAY.exec(s);
    if (!m) return null;
    if (!ref) return { value: null, type: 'date' };
    // "Friday night": a date at day granularity (AQUAINT marks these as dates; TimeBank a few as times)
    return { value: fmt(nearestWeekday(ref, WEEKDAYS[m[1]!]!, dir > 0)), type: 'date' };
  },
  // March 3, 2021 / 3 March 2021 / March 2021 / March 3 / March / mid-April / June last year
  ({ s, ref, dir }) => {
    let m = RE_MONTH_DAY.exec(s);
    let mo = 0;
    let day = 0;
    let year: string | undefined;
    if (m) {
      mo = monthOf(m[2]!);
      day = Number(m[3]);
      year = m[4];
    } else if ((m = RE_DAY_MONTH.exec(s))) {
      mo = monthOf(m[3]!);
      day = Number(m[2]);
      year = m[4];
    } else if ((m = RE_MONTH.exec(s))) {
      mo = monthOf(m[1]!);
      year = m[2];
    } else {
      const sp = spokenYear(s);
      const mm = RE_MONTH_START.exec(s);
      if (sp === null || !mm) return null;
      mo = monthOf(mm[1]!);
      year = String(sp);
    }
    if (!mo || day > 31) return null;
    let y: number | null = null;
    if (year && /^\d/.test(year)) y = Number(year);
    else if (year && ref) y = ref.y + (year.startsWith('last') ? -1 : year.startsWith('next') ? 1 : 0);
    else if (ref) y = yearFor(ref, mo, day, dir);
    if (y === null) return { value: day ? `XXXX-${pad(mo)}-${pad(day)}` : `XXXX-${pad(mo)}`, type: 'date' };
    if (day && /^the end of/.test(s)) day = 0;
    return { value: day ? `${pad(y, 4)}-${pad(mo)}-${pad(day)}` : `${pad(y, 4)}-${pad(mo)}`, type: 'date' };
  },
  year,
  // 10 a.m., 10:30 p.m. EST, noon, 10 p.m. Wednesday
  (c) => {
    const cd = RE_CLOCK_DATE.exec(c.s);
    if (!cd) return null;
    const day = compute(cd[2]!, c.ref ? fmt(c.ref) : null, c.dir, 'date', c.anchors);
    const clock = compute(cd[1]!, c.ref ? fmt(c.ref) : null, c.dir, 'time', c.anchors);
    if (!day.value || !clock.value || !/^\d{4}-\d\d-\d\d$/.test(day.value)) return { value: clock.value, type: 'time' };
    const t = clock.value.indexOf('T');
    return { value: t >= 0 ? day.value + clock.value.slice(t) : day.value, type: 'time' };
  },
  ({ s, ref }) => {
    const m = RE_TIME.exec(s);
    if (m && (m[3] || m[2])) {
      let h = Number(m[1]);
      if ((m[3]?.startsWith('p') || /afternoon|evening/.test(m[3] ?? '')) && h < 12) h += 12;
      if (m[3]?.startsWith('a') && h === 12) h = 0;
      if (h > 24) return null;
      const t = `T${pad(h)}:${m[2] ?? '00'}`;
      const off = m[4] === 'yesterday' ? -1 : m[4] === 'tomorrow' ? 1 : 0;
      return { value: ref ? `${fmt(addDays(ref, off))}${t}` : `XXXX-XX-XXT${t.slice(1)}`, type: 'time' };
    }
    if (s === 'noon' || s === 'midday') return { value: ref ? `${fmt(ref)}T12:00` : null, type: 'time' };
    if (s === 'midnight') return { value: ref ? `${fmt(ref)}T24:00` : null, type: 'time' };
    const p = RE_PART.exec(s);
    if (p) return { value: ref ? `${fmt(ref)}T${PARTS_OF_DAY[p[1]!]}` : null, type: 'time' };
    return null;
  },
];

const RE_PERIOD_YEAR_AGO = /^(.*quarter) a year (?:ago|earlier)$/;
const RE_DAY_FROM = /^(?:the )?day (before|after) (.+)$/;
const RE_PART_OF = /^(?:the )?((?:first|second|last|latter|final) half|(?:first|last|final) (?:two|2) quarters) of (.+)$/;
const MODIFIER = /^(?:early|late|earlier|later|mid|the end of|the beginning of|the middle of|the start of|end of|beginning of|middle of|start of|around|about|sometime|some time)[ -](?:in )?/;
const STRIP = /^(?:the|on|in|at|since|by|from|until|during|of) /;
const SPACES = /\s+/g;

/**
 * TIMEX3 value of a temporal expression, resolved against `ref` (ISO date). `dir` is the
 * clause's direction (1 future, -1 past, 0 no cue: a weekday then reads as past, a month or
 * a date as the nearest one). `anchors` carries what the text named before.
 */
export function normalize(expression: string, ref: string | null, dir: Direction | boolean, hint: DateType, anchors: Anchors = {}): Normalized {
  // news repeats its expressions ("Friday", "last week"): remember recent answers, per context
  const slot = cacheSlot(ref, dir === true ? 1 : dir === false ? 0 : dir, hint, anchors);
  const hit = slot.get(expression);
  if (hit) return hit;
  const r = Object.freeze(compute(expression, ref, dir, hint, anchors));
  if (++cached > CACHE_SIZE) {
    CACHE.clear();
    lastSet = false;
    cached = 0;
    return r;
  }
  slot.set(expression, r);
  return r;
}

const HINT_INDEX: Record<DateType, number> = { date: 0, time: 1, duration: 2, set: 3 };
/** Context (reference date and anchors) -> one map per direction and hint, keyed by the expression. */
const CACHE = new Map<string, Array<Map<string, Normalized>>>();
const CACHE_SIZE = 4096;
let cached = 0;
/** The context looked up last: consecutive calls share it, and no key is built for them. */
const last: { ref: string | null; q?: string; y?: number; m?: string; d?: string; ytd?: boolean; maps: Array<Map<string, Normalized>> } = { ref: null, maps: [] };
let lastSet = false;

function cacheSlot(ref: string | null, dir: Direction, hint: DateType, a: Anchors): Map<string, Normalized> {
  if (!lastSet || ref !== last.ref || a.quarter !== last.q || a.year !== last.y || a.month !== last.m || a.day !== last.d || a.yearToDate !== last.ytd) {
    const key = `${ref}|${a.quarter ?? ''}|${a.year ?? ''}|${a.month ?? ''}|${a.day ?? ''}|${a.yearToDate ? 1 : 0}`;
    let maps = CACHE.get(key);
    if (!maps) CACHE.set(key, (maps = []));
    Object.assign(last, { ref, q: a.quarter, y: a.year, m: a.month, d: a.day, ytd: a.yearToDate, maps });
    lastSet = true;
  }
  const i = (dir * 2 + 2) * 4 + HINT_INDEX[hint];
  return (last.maps[i] ??= new Map());
}

function compute(expression: string, ref: string | null, dir: Direction | boolean, hint: DateType, anchors: Anchors): Normalized {
  const lower = expression.slice(0, 80).toLowerCase().replace(SPACES, ' ').trim();
  const d: Direction = dir === true ? 1 : dir === false ? 0 : dir;
  const c: Ctx = { s: lower, ref: ref ? parseYmd(ref) : null, dir: d, anchors };
  for (const s of [lower, lower.replace(STRIP, '')]) {
    c.s = s;
    for (const p of PARSERS) {
      const r = p(c);
      if (r) return r;
    }
    if (s === lower && !STRIP.test(lower)) break;
  }
  // "the quarter a year ago": that quarter, a year back
  const yearBack = RE_PERIOD_YEAR_AGO.exec(lower);
  if (yearBack) {
    const r = compute(yearBack[1]!, ref, d, 'date', anchors);
    return { value: r.value && /^\d{4}-Q[1-4]$/.test(r.value) ? shiftQuarter(r.value, -4) : null, type: 'date' };
  }
  // "the day before Tuesday", "the day after Christmas": a day from the day named
  const dayFrom = RE_DAY_FROM.exec(lower);
  if (dayFrom) {
    const r = compute(dayFrom[2]!, ref, d, 'date', anchors);
    return { value: r.value && /^\d{4}-\d\d-\d\d$/.test(r.value) ? fmt(addDays(parseYmd(r.value), dayFrom[1] === 'before' ? -1 : 1)) : null, type: 'date' };
  }
  // "the latter half of the 1970s": a decade's part has no TIMEX3 value of its own, the decade does;
  // "the first two quarters of 2022" is its first half
  const part = RE_PART_OF.exec(lower);
  if (part) {
    const r = compute(part[2]!, ref, d, 'date', anchors);
    if (r.value && /^\d{4}$/.test(r.value)) return { value: `${r.value}-H${/first/.test(part[1]!) ? 1 : 2}`, type: 'date' };
    return { value: r.value, type: 'date' };
  }
  // "later that year", "early next week", "the end of 1990": the expression without its modifier
  const bare = lower.replace(MODIFIER, '');
  if (bare !== lower && bare.length > 0) {
    const r = compute(bare, ref, d, hint, anchors);
    if (r.value) return r;
  }
  // "earlier this year", "the end of last month": the innermost relative phrase decides
  const inner = RE_INNER.exec(lower);
  if (inner) {
    const r = relative({ ...c, s: `${inner[1]} ${inner[2]}` });
    if (r && r.value) return { value: r.value, type: hint === 'duration' ? 'date' : r.type };
  }
  if (!RE_CHRONO_WORTHY.test(lower)) return { value: null, type: hint };
  return { value: chronoValue(expression, ref, d > 0), type: hint };
}

/** chrono-node for what the rules above do not read: a date it is certain of, at its known granularity. */
function chronoValue(expression: string, ref: string | null, future: boolean): string | null {
  const refDate = ref ? new Date(`${ref}T12:00:00Z`) : undefined;
  const r = chrono.casual.parse(expression, refDate ?? new Date(0), { forwardDate: future })[0];
  if (!r) return null;
  const c = r.start;
  const y = c.isCertain('year') || ref ? c.get('year') : null;
  if (!c.isCertain('month') && !c.isCertain('day') && !c.isCertain('weekday')) {
    return c.isCertain('year') ? pad(c.get('year')!, 4) : null;
  }
  if (y === null) return null;
  const m = c.get('month')!;
  const d = c.get('day')!;
  if (!c.isCertain('day') && !c.isCertain('weekday')) return `${pad(y, 4)}-${pad(m)}`;
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}
