import * as chrono from 'chrono-node';
import type { DateType } from '../types.js';
import { addDays, addMonths, fmt, isoWeek, nearestWeekday, pad, parseYmd, type Ymd } from './calendar.js';
import { MONTHS, NUMBER_WORDS, PARTS_OF_DAY, REFS, SEASONS, UNITS, WEEKDAYS } from './lexicons.js';

export interface Normalized {
  value: string | null;
  type: DateType;
}

/** What a parser is given: the expression (lower-cased), the reference date, and direction. */
interface Ctx {
  s: string;
  ref: Ymd | null;
  future: boolean;
}

type Parser = (c: Ctx) => Normalized | null;

const MONTH_RE = '(jan(?:uary|\\.)?|feb(?:ruary|\\.)?|mar(?:ch|\\.)?|apr(?:il|\\.)?|may|june?|july?|aug(?:ust|\\.)?|sept?(?:ember|\\.)?|oct(?:ober|\\.)?|nov(?:ember|\\.)?|dec(?:ember|\\.)?)';
const WEEKDAY_RE = '(sunday|monday|tuesday|wednesday|thursday|friday|saturday)';
const NUM_RE = '(\\d+(?:\\.\\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred|several|few|many|couple of|half an?|a half)';
const UNIT_RE = '(seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|months?|quarters?|years?|decades?|centur(?:y|ies))';

const monthOf = (w: string): number => MONTHS[w.replace('.', '')] ?? MONTHS[w.slice(0, 3)] ?? 0;
const unitOf = (w: string): (typeof UNITS)[string] => UNITS[w.replace(/ies$/, 'y').replace(/s$/, '')]!;
const numOf = (w: string): number | null => {
  if (/^\d/.test(w)) return Number(w);
  if (w === 'several' || w === 'few' || w === 'many') return null;
  if (w.startsWith('couple')) return 2;
  if (w.startsWith('half') || w === 'a half') return 0.5;
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
  const amount = n === null ? 'X' : Number.isInteger(n) ? String(n) : String(n);
  return unit.time ? `PT${amount}${unit.code}` : `P${amount}${unit.code}`;
}

/** "last week", "this month", "next year", "the coming weekend", "last Monday", "next summer". */
function relative({ s, ref }: Ctx): Normalized | null {
    const m = new RegExp(`^(?:the )?(last|this|next|coming|past|previous|current|following|same|earlier this|later this|early this|late this|end of this|end of the|start of the|beginning of the|start of this|beginning of this) (week|weekend|month|year|quarter|decade|century|${WEEKDAY_RE.slice(1, -1)}|spring|summer|autumn|fall|winter|${MONTH_RE.slice(1, -1)})$`).exec(s);
    if (!m) return null;
    const rel = m[1]!;
    const what = m[2]!;
    if (!ref) return { value: null, type: 'date' };
    const dir = rel === 'last' || rel === 'past' || rel === 'previous' ? -1 : rel === 'next' || rel === 'coming' || rel === 'following' ? 1 : 0;
    if (WEEKDAYS[what] !== undefined) {
      const target = WEEKDAYS[what]!;
      const base = dir < 0 ? nearestWeekday(addDays(ref, -1), target, false) : dir > 0 ? nearestWeekday(addDays(ref, 1), target, true) : nearestWeekday(ref, target, false);
      return { value: fmt(base), type: 'date' };
    }
    if (SEASONS[what]) return { value: `${ref.y + dir}-${SEASONS[what]}`, type: 'date' };
    const mo = monthOf(what);
    if (mo) {
      const y = dir < 0 ? (mo >= ref.m ? ref.y - 1 : ref.y) : dir > 0 ? (mo <= ref.m ? ref.y + 1 : ref.y) : ref.y;
      return { value: `${pad(y, 4)}-${pad(mo)}`, type: 'date' };
    }
    if (what === 'weekend') {
      const week = isoWeek(shift(ref, dir, 'week'));
      return { value: `${week}-WE`, type: 'date' };
    }
    const unit = unitOf(what);
    return { value: anchor(shift(ref, dir, unit.gran), unit.gran), type: 'date' };
  }

const PARSERS: Parser[] = [
  // now, recently, in the future
  ({ s }) => (REFS[s] ? { value: REFS[s]!, type: 'date' } : null),
  // every Monday, each week, daily
  ({ s }) => {
    const simple: Record<string, string> = { daily: 'P1D', weekly: 'P1W', monthly: 'P1M', annually: 'P1Y', yearly: 'P1Y', nightly: 'P1D', hourly: 'PT1H', quarterly: 'P3M' };
    if (simple[s]) return { value: simple[s]!, type: 'set' };
    const m = new RegExp(`^(?:every|each) (?:other )?${WEEKDAY_RE}$`).exec(s);
    if (m) return { value: `XXXX-WXX-${(WEEKDAYS[m[1]!]! + 6) % 7 + 1}`, type: 'set' };
    const u = new RegExp(`^(?:every|each|per|a|an) ${UNIT_RE}$`).exec(s);
    if (u) return { value: duration(1, unitOf(u[1]!)), type: 'set' };
    return null;
  },
  // 1996-08-30
  ({ s }) => {
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
    return m ? { value: `${m[1]}-${m[2]}-${m[3]}`, type: 'date' } : null;
  },
  // two years ago, three days later
  ({ s, ref }) => {
    const m = new RegExp(`^(?:about |some |nearly |almost |more than |over |just )?${NUM_RE} ${UNIT_RE} (ago|earlier|before|later|from now|hence)$`).exec(s);
    if (!m) return null;
    const unit = unitOf(m[2]!);
    const n = numOf(m[1]!);
    if (!ref || n === null || !Number.isInteger(n)) return { value: null, type: 'date' };
    const sign = m[3] === 'later' || m[3] === 'from now' || m[3] === 'hence' ? 1 : -1;
    return { value: anchor(shift(ref, sign * n, unit.gran), unit.gran === 'hour' || unit.gran === 'minute' ? 'day' : unit.gran), type: 'date' };
  },
  // the past three years, the next two weeks, the past decade
  ({ s }) => {
    const m = new RegExp(`^(?:the )?(?:past|last|next|previous|coming|first|final|recent) (?:${NUM_RE} )?${UNIT_RE}$`).exec(s);
    if (!m || (!m[1] && !/s$/.test(m[2]!) && !/decade|century/.test(m[2]!))) return null;
    return { value: duration(m[1] ? numOf(m[1]) : m[2]!.endsWith('s') ? null : 1, unitOf(m[2]!)), type: 'duration' };
  },
  // three years, 24 hours, several months
  ({ s }) => {
    const m = new RegExp(`^(?:about |some |nearly |almost |more than |over |at least |up to |less than |just |another |the )?${NUM_RE}[ -]${UNIT_RE}(?: long| old)?$`).exec(s);
    if (m) return { value: duration(numOf(m[1]!), unitOf(m[2]!)), type: 'duration' };
    const bare = new RegExp(`^(?:for )?${UNIT_RE}$`).exec(s);
    if (bare && /s$/.test(bare[1]!)) return { value: duration(null, unitOf(bare[1]!)), type: 'duration' };
    return null;
  },
  // yesterday, today, tomorrow (+ morning), tonight, last night
  ({ s, ref }) => {
    const m = /^(yesterday|today|tomorrow|tonight|last night|this (morning|afternoon|evening))(?: (morning|afternoon|evening|night))?$/.exec(s);
    if (!m) return null;
    if (!ref) return { value: null, type: m[3] || m[2] || m[1] === 'tonight' || m[1] === 'last night' ? 'time' : 'date' };
    const off = m[1] === 'yesterday' || m[1] === 'last night' ? -1 : m[1] === 'tomorrow' ? 1 : 0;
    const day = fmt(addDays(ref, off));
    const part = m[3] ?? m[2] ?? (m[1] === 'tonight' || m[1] === 'last night' ? 'night' : null);
    if (part) return { value: `${day}T${PARTS_OF_DAY[part]}`, type: 'time' };
    // "today" in news mostly means the present
    return { value: day, type: 'date' };
  },
  // last week, this month, next year, the coming weekend, last Monday, next summer
  (c) => relative(c),
  // the third quarter (of 2021), Q3, the first half
  ({ s, ref }) => {
    const m = /^(?:the )?(first|second|third|fourth|final|last|1st|2nd|3rd|4th) (quarter|half)(?: of (?:fiscal )?(\d{4}))?$/.exec(s) ?? /^q([1-4])(?: (\d{4}))?$/.exec(s);
    if (!m) return null;
    const isQ = m[2] === 'quarter' || /^q/.test(s);
    const n = /^q/.test(s) ? Number(m[1]) : (ORDINALS[m[1]!] ?? 1);
    const year = (/^q/.test(s) ? m[2] : m[3]) ?? (ref ? pad(ref.y, 4) : null);
    if (!year) return { value: null, type: 'date' };
    return { value: isQ ? `${year}-Q${n}` : `${year}-H${Math.min(n, 2)}`, type: 'date' };
  },
  // the 1990s, the '90s, the 20th century
  ({ s }) => {
    let m = /^(?:the )?(?:early |mid-?|late )?(\d{3})0s$/.exec(s);
    if (m) return { value: m[1]!, type: 'date' };
    m = /^(?:the )?(?:early |mid-?|late )?'(\d)0s$/.exec(s);
    if (m) return { value: `19${m[1]}`, type: 'date' };
    m = /^(?:the )?(?:early |mid-?|late )?(\d{1,2})(?:st|nd|rd|th) century$/.exec(s);
    if (m) return { value: pad(Number(m[1]) - 1), type: 'date' };
    return null;
  },
  // summer (2021)
  ({ s, ref }) => {
    const m = /^(?:this |the )?(?:early |late |mid-?)?(spring|summer|autumn|fall|winter)(?: (?:of )?(\d{4}))?$/.exec(s);
    if (!m) return null;
    const y = m[2] ?? (ref ? pad(ref.y, 4) : null);
    return { value: y ? `${y}-${SEASONS[m[1]!]}` : null, type: 'date' };
  },
  // Sunday, Tuesday morning, on Monday
  ({ s, ref, future }) => {
    const m = new RegExp(`^(?:on |last |this )?${WEEKDAY_RE}(?:,)?(?: (morning|afternoon|evening|night))?$`).exec(s);
    if (!m) return null;
    const part = m[2];
    if (!ref) return { value: null, type: part ? 'time' : 'date' };
    const day = fmt(nearestWeekday(ref, WEEKDAYS[m[1]!]!, future));
    return part ? { value: `${day}T${PARTS_OF_DAY[part]}`, type: 'time' } : { value: day, type: 'date' };
  },
  // March 3, 2021 / 3 March 2021 / March 2021 / March 3 / March / mid-April
  ({ s, ref, future }) => {
    let m = new RegExp(`^(?:${WEEKDAY_RE},? )?${MONTH_RE} (\\d{1,2})(?:st|nd|rd|th)?(?:,? (\\d{4}))?$`).exec(s);
    let mo = 0;
    let day = 0;
    let year: string | undefined;
    if (m) {
      mo = monthOf(m[2]!);
      day = Number(m[3]);
      year = m[4];
    } else if ((m = new RegExp(`^(?:${WEEKDAY_RE},? )?(?:the )?(\\d{1,2})(?:st|nd|rd|th)? (?:of )?${MONTH_RE}(?:,? (\\d{4}))?$`).exec(s))) {
      mo = monthOf(m[3]!);
      day = Number(m[2]);
      year = m[4];
    } else if ((m = new RegExp(`^(?:early |mid-?|late |the end of |the beginning of |the start of |end of |early in |later in )?${MONTH_RE}(?:,? (?:of )?(\\d{4}))?$`).exec(s))) {
      mo = monthOf(m[1]!);
      year = m[2];
    } else return null;
    if (!mo || day > 31) return null;
    let y: number | null = year ? Number(year) : null;
    if (y === null && ref) {
      y = ref.y;
      const md = pad(mo) + pad(day || 1);
      const refMd = pad(ref.m) + pad(day ? ref.d : 1);
      if (!future && md > refMd) y--;
      if (future && md < refMd) y++;
    }
    if (y === null) return { value: day ? `XXXX-${pad(mo)}-${pad(day)}` : `XXXX-${pad(mo)}`, type: 'date' };
    return { value: day ? `${pad(y, 4)}-${pad(mo)}-${pad(day)}` : `${pad(y, 4)}-${pad(mo)}`, type: 'date' };
  },
  // 1995, fiscal 1998, early 2019
  ({ s }) => {
    const m = /^(?:in |fiscal |calendar |early |mid-?|late |the year |end of |the end of |fy ?)?((?:1[5-9]|20)\d\d)$/.exec(s);
    return m ? { value: m[1]!, type: 'date' } : null;
  },
  // 10 a.m., 10:30 p.m. EST, noon
  ({ s, ref }) => {
    const m = /^(?:at |about |around |before |after |by |until )?(\d{1,2})(?:[:.](\d{2}))? ?(a\.?m\.?|p\.?m\.?|h|gmt|utc)?(?: \(?[a-z]{2,4}\)?)?(?: (?:on )?(?:yesterday|today|tomorrow))?$/.exec(s);
    if (m && (m[3] || m[2])) {
      let h = Number(m[1]);
      if (m[3]?.startsWith('p') && h < 12) h += 12;
      if (m[3]?.startsWith('a') && h === 12) h = 0;
      if (h > 24) return null;
      const t = `T${pad(h)}:${m[2] ?? '00'}`;
      return { value: ref ? `${fmt(ref)}${t}` : `XXXX-XX-XX${t}`, type: 'time' };
    }
    if (s === 'noon' || s === 'midday') return { value: ref ? `${fmt(ref)}T12:00` : null, type: 'time' };
    if (s === 'midnight') return { value: ref ? `${fmt(ref)}T24:00` : null, type: 'time' };
    const p = /^(?:the |this |in the |early |late )?(morning|afternoon|evening|night|overnight|dawn|dusk)$/.exec(s);
    if (p) return { value: ref ? `${fmt(ref)}T${PARTS_OF_DAY[p[1]!]}` : null, type: 'time' };
    return null;
  },
];

/** TIMEX3 value of a temporal expression, resolved against `ref` (ISO date) in the given direction. */
export function normalize(expression: string, ref: string | null, future: boolean, hint: DateType): Normalized {
  const s = expression.slice(0, 80).toLowerCase().replace(/\s+/g, ' ').replace(/^(the|on|in|at|since|by|from|until|during|of) /, '').trim();
  const c: Ctx = { s, ref: ref ? parseYmd(ref) : null, future };
  for (const p of PARSERS) {
    const r = p(c);
    if (r) return r;
  }
  // "earlier this year", "the end of last month": the innermost relative phrase decides
  const inner = /(last|this|next|past|previous) (week|weekend|month|year|quarter|decade|century)/.exec(s);
  if (inner) {
    const r = relative({ ...c, s: `${inner[1]} ${inner[2]}` });
    if (r && r.value) return { value: r.value, type: hint === 'duration' ? 'date' : r.type };
  }
  return { value: chronoValue(expression, ref, future), type: hint };
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
