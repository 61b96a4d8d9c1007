/** Words of temporal expressions, as data. */
export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11,
  december: 12, dec: 12,
};

export const WEEKDAYS: Record<string, number> = {
  sunday: 0, sun: 0, monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3, thursday: 4, thu: 4,
  thurs: 4, friday: 5, fri: 5, saturday: 6, sat: 6,
};

export const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, hundred: 100, single: 1, couple: 2,
  half: 0.5, 'a half': 0.5,
};

/** Duration units -> TIMEX3 unit letter (with T for time units) and calendar granularity. */
export const UNITS: Record<string, { code: string; time: boolean; gran: 'day' | 'week' | 'month' | 'year' | 'decade' | 'century' | 'quarter' | 'hour' | 'minute' | 'second' }> = {
  second: { code: 'S', time: true, gran: 'second' }, minute: { code: 'M', time: true, gran: 'minute' },
  hour: { code: 'H', time: true, gran: 'hour' }, day: { code: 'D', time: false, gran: 'day' },
  night: { code: 'D', time: false, gran: 'day' }, week: { code: 'W', time: false, gran: 'week' },
  weekend: { code: 'WE', time: false, gran: 'week' }, month: { code: 'M', time: false, gran: 'month' },
  quarter: { code: 'Q', time: false, gran: 'quarter' }, year: { code: 'Y', time: false, gran: 'year' },
  decade: { code: 'DE', time: false, gran: 'decade' }, century: { code: 'CE', time: false, gran: 'century' },
};

export const SEASONS: Record<string, string> = { spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI' };

export const PARTS_OF_DAY: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', tonight: 'NI', overnight: 'NI', midday: 'MI', noon: 'MI', dawn: 'MO', dusk: 'EV' };

/** Words that make a bare weekday or month point forward. */
export const FUTURE_CUES = new Set(['will', "'ll", 'shall', 'scheduled', 'schedule', 'slated', 'expected', 'plans', 'plan', 'planning', 'due', 'soon', 'upcoming', 'next', 'coming', 'ahead', 'going', 'intends', 'hopes', 'aims', 'expect', 'expects', 'hope', 'intend', 'aim', 'promises', 'pledges', 'would', 'tomorrow', 'expire', 'expires', 'payable', 'effective', 'begins', 'starts', 'ends', 'opens', 'wo']);

/** Past cues that are no participles: no auxiliary before them makes them present. */
export const PAST_ADVERBS = new Set(['ago', 'last', 'earlier', 'previously', 'since']);

/** Weak future cues: they decide only when no stronger cue does ("until Thursday, they had not"). */
export const WEAK_FUTURE_CUES = new Set(['until', 'till', 'by']);

/** Words that make a clause past: "said", "was", irregular past forms (regular ones end in -ed). */
export const PAST_CUES = new Set(['said', 'says', 'was', 'were', 'had', 'did', 'ago', 'last', 'told', 'met', 'began', 'came', 'went', 'took', 'made', 'gave', 'held', 'left', 'got', 'saw', 'found', 'fell', 'rose', 'won', 'lost', 'sent', 'spoke', 'wrote', 'led', 'ran', 'brought', 'became', 'struck', 'paid', 'sold', 'bought', 'hit', 'put', 'set', 'cut', 'quit', 'shot', 'fled', 'flew', 'built', 'broke', 'chose', 'drew', 'drove', 'fought', 'heard', 'kept', 'knew', 'meant', 'read', 'stood', 'taught', 'thought', 'understood', 'woke', 'wore', 'earlier', 'previously', 'since']);

/** Words for reference points: TIMEX3 PRESENT_REF / PAST_REF / FUTURE_REF. */
export const REFS: Record<string, string> = {
  now: 'PRESENT_REF', currently: 'PRESENT_REF', 'right now': 'PRESENT_REF', 'at present': 'PRESENT_REF',
  'these days': 'PRESENT_REF', nowadays: 'PRESENT_REF', presently: 'PRESENT_REF', 'the present': 'PRESENT_REF',
  recently: 'PAST_REF', lately: 'PAST_REF', 'in the past': 'PAST_REF', previously: 'PAST_REF', formerly: 'PAST_REF',
  'the past': 'PAST_REF', 'in the future': 'FUTURE_REF', 'the future': 'FUTURE_REF', soon: 'FUTURE_REF',
  'more recently': 'PAST_REF', future: 'FUTURE_REF', 'near future': 'FUTURE_REF', 'the near future': 'FUTURE_REF',
  'the distant future': 'FUTURE_REF', 'the foreseeable future': 'FUTURE_REF', 'the near term': 'FUTURE_REF',
  'the short term': 'FUTURE_REF', current: 'PRESENT_REF', recent: 'PAST_REF', 'recent days': 'PAST_REF',
  'recent weeks': 'PAST_REF', 'recent months': 'PAST_REF', 'recent years': 'PAST_REF', 'coming days': 'FUTURE_REF',
  'coming weeks': 'FUTURE_REF', 'coming months': 'FUTURE_REF', 'coming years': 'FUTURE_REF', 'coming quarters': 'FUTURE_REF', 'recent quarters': 'PAST_REF', 'future quarters': 'FUTURE_REF',
  'future days': 'FUTURE_REF', 'future weeks': 'FUTURE_REF', 'future months': 'FUTURE_REF', 'future years': 'FUTURE_REF',
  'the coming days': 'FUTURE_REF', 'the coming weeks': 'FUTURE_REF', 'the coming months': 'FUTURE_REF', 'the coming years': 'FUTURE_REF',
};
