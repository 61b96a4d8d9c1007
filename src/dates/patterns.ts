/**
 * Regular expressions of temporal expressions, compiled once at module load. Every pattern is
 * sticky (`y`), tried only at the start of a trigger token, and linear: word alternations with
 * bounded optional parts, no nested quantifiers.
 */

export const MONTH_FULL = 'january|february|march|april|may|june|july|august|september|october|november|december';
const MONTH_ABBR = 'jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec';
/** A month name, or an abbreviation with its period (bare "Jan" is often a name) or before a day. */
export const MON = `(?:${MONTH_FULL}|(?:${MONTH_ABBR})\\.|(?:${MONTH_ABBR})(?= \\d))`;
export const WD = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
export const PART = '(?:morning|afternoon|evening|night)';
/** A day of the month not followed by more digits or a decimal part. */
const DAY = '(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\\w]|[.,:]\\d)';
export const YEAR = '(?:1[6-9]\\d\\d|20\\d\\d)(?![\\w]|[.,:]\\d)';
const UNIT_TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const DIGIT_WORD = 'one|two|three|four|five|six|seven|eight|nine';
/** "nineteen ninety-six", "two thousand" (broadcast transcripts spell years out). */
export const SPOKEN_YEAR = `(?:nineteen[ -](?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:${UNIT_TENS})(?:[ -](?:${DIGIT_WORD}))?)|two thousand(?: and (?:${DIGIT_WORD}|ten))?)(?![\\w-])`;
export const DECADE_WORD = `(?:${UNIT_TENS.replace(/y/g, 'ie')})s`;
const UNITS = '(?:week|weekend|month|year|quarter|decade|century|spring|summer|autumn|fall|winter)';

const re = (source: string): RegExp => new RegExp(source, 'iy');

/** "Sept. 30", "March 3, 2021", "March 2021", "mid-April", "January nineteen ninety-seven", "May". */
export const MONTH_RE = re(`(?:mid-)?${MON}(?: ${DAY}(?:,? (?:${YEAR}|${SPOKEN_YEAR}))?|,? (?:of )?(?:${YEAR}|${SPOKEN_YEAR}))?(?![\\w])`);
/** "3 March 2021", "the 3rd of March". */
export const DAY_MONTH_RE = re(`${DAY} (?:of )?${MON}(?:,? ${YEAR})?(?![\\w])`);
/** "Friday", "Saturday, April 25", "Tuesday morning". */
export const WEEKDAY_RE = re(`${WD}(?:,? ${MON} ${DAY}(?:,? ${YEAR})?| ${PART})?(?![\\w])`);
/** "1995", "1990s", "'90s", "mid-1996", "mid-1990s". */
export const YEAR_RE = re(`(?:mid-|post-|pre-)?(?:(?:1[6-9]|20)\\d0'?s(?![\\w])|${YEAR})`);
export const SHORT_DECADE_RE = re(`'\\d0s(?![\\w])`);
/** "fiscal 1989", "fiscal '90" */
export const FISCAL_RE = re(`(?:fiscal|calendar) (?:${YEAR}|'?\\d\\d(?![\\w]))`);
export const SPOKEN_YEAR_RE = re(SPOKEN_YEAR);
/**
 * Quarters, halves and reporting periods: "the third quarter", "third-quarter", "its fiscal first
 * quarter", "the year-ago quarter", "the latest period", "the 1988 second quarter", "the first half of 1989".
 */
export const PERIOD_RE = re(
  `(?:(?:the|this|that|its|a|last|next|(?:this|last|next) year's) )?(?:(?:latest|current|same|comparable|corresponding|year-ago|year-earlier|flat|recent|${YEAR}) ){0,2}(?:fiscal[ -])?(?:(first|second|third|fourth|1st|2nd|3rd|4th|final|last)[ -])?(?:fiscal )?(quarters?|half|period)(?![\\w-])(?: of (?:fiscal )?${YEAR})?`,
);
/** "the year", "the fiscal year", "the current fiscal year", "the following year", "the year two thousand". */
export const YEAR_NOUN_RE = re(`(?:the|that|this) (?:(?:full|fiscal|calendar|current|latest|same|previous|prior|following|past) ){0,2}year(?![\\w-])(?: (?:two thousand|${YEAR}))?`);
/** "last week", "this coming Sunday", "the following month", "this past spring", "that day", "the weekend". */
export const RELATIVE_RE = re(
  `(?:(?:the|this) )?(?:(?:last|this|next|coming|past|previous|following|same|that) ){1,2}(?:fiscal )?(?:${UNITS}|day|${WD}|${MONTH_FULL})(?![\\w-])`,
);
export const WEEKEND_RE = re('the weekend(?![\\w-])');
/** "the nineties", "the early eighties" */
export const DECADE_WORD_RE = re(`the (?:early |mid-?|late )?${DECADE_WORD}(?![\\w])`);
/** yesterday, today, tomorrow, tonight (+ part of day) */
export const DAY_WORD_RE = re(`(?:yesterday|today|tomorrow|tonight)(?: ${PART})?(?![\\w])`);
/** References: TIMEX3 PRESENT_REF / PAST_REF / FUTURE_REF. */
export const REF_RE = re(
  '(?:right now|now|currently|nowadays|these days|at present|more recently|recently|the (?:near |distant |foreseeable )?future|the past|the (?:near|short) term|(?:recent|coming|future) (?:days|weeks|months|years|quarters)|current|recent)(?![\\w-])',
);
/** "year-ago", "the year-earlier quarter" begin here at "year" (wink splits the hyphen). */
export const YEAR_AGO_RE = re('year-(?:ago|earlier)(?: (?:quarter|period))?(?![\\w-])');
/** "year-end", "year end", "year's end" */
export const YEAR_END_RE = re("year(?:-| |'s )end(?![\\w-])");
/** Holidays news dates things by. */
export const HOLIDAY_RE = re(
  "(?:thanksgiving(?: day)?|christmas(?: day| eve)?|new year's(?: day| eve)?|independence day|election day|easter(?: sunday)?|memorial day|labor day|halloween|valentine'?s day|veterans day)(?: week)?(?![\\w-])",
);
/** "two-day visit", "a four-month ordeal", "18-month": durations as adjectives (not ages: "-old"). */
export const HYPHEN_DURATION_RE = re(
  `(?:\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety|hundred)-(?:second|minute|hour|day|night|week|month|year|decade|century)(?:-long)?(?![\\w]|-old)`,
);
/** "every quarter", "each year", "every other Monday": sets wink passes over. */
export const EVERY_RE = re(`(?:every|each) (?:other |single )?(?:${WD}|${MONTH_FULL}|second|minute|hour|day|night|week|weekend|month|quarter|year|decade|morning|afternoon|evening)(?![\\w-])`);
/** Frequencies: "daily", "weekly", "every Monday" come from elsewhere. */
export const SET_WORD_RE = re('(?:daily|weekly|monthly|annually|yearly|nightly|hourly|quarterly)(?![\\w-])');

const NUM_WORD = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred';
/** How many: "three", "twenty-four", "18", "2 1/2", "a few", "several", "a couple of". */
const QUANTITY = `(?:\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?(?: 1/2)?|(?:${UNIT_TENS})[ -](?:${DIGIT_WORD})|(?:${NUM_WORD})(?: hundred)?|a (?:few|couple of|dozen|half|hundred)|an?|few|several|many|couple of|dozens of|hundreds of|thousands of)`;
/** Words before a quantity TimeBank keeps in the expression ("nearly two years", "at least 30 days"). */
export const QUANTITY_MODIFIER = 'about|nearly|almost|more than|over|just|at least|up to|less than|fewer than|no more than|another|roughly|around|only|barely|some|within|well over';
/** Units of a duration; a bare "second" is mostly the ordinal. */
const DURATION_UNIT = '(?:seconds|minutes?|hours?|days?|nights?|weeks?|weekends?|months?|quarters?|years?|decades?|century|centuries)';
/**
 * "three years", "24 hours", "nearly two weeks", "a few days", "two years ago", "a year earlier":
 * a duration, or a date when "ago", "earlier", "later" follows.
 */
export const QUANTITY_RE = re(
  `(?:(?:${QUANTITY_MODIFIER}) )?${QUANTITY}(?: (?:more|additional|full|straight|consecutive|trading|business))? ${DURATION_UNIT}(?: and a half)?(?: or so)?(?: (?:ago|earlier|later|before|from now|hence))?(?![\\w-])`,
);
/** What may follow a quantity modifier for the quantity rule to be tried ("about" + "two"). */
export const QUANTITY_START = `(?:\\d|${NUM_WORD}|an?(?![\\w])|few|several|many|couple|dozens|hundreds|thousands|than|least|to|over)`;
/** "10 a.m.", "7:15 p.m. EST", "noon", "midnight", "1700 EDT" (wire style: four digits only with a time zone). */
export const CLOCK_RE = re(
  '(?:(?:[01]\\d|2[0-3])[0-5]\\d(?= (?:gmt|utc|est|edt|pst|pdt|cst|cdt|mst|mdt|bst|cet)(?![\\w]))|(?:[01]?\\d|2[0-4])(?::[0-5]\\d)? ?(?:a\\.m\\.?|p\\.m\\.?|am|pm)|(?:[01]?\\d|2[0-4]):[0-5]\\d(?![\\d:.,]\\d)|(?:[1-9]|1[0-2])(?: o\'clock)? in the (?:morning|afternoon|evening)|noon|midnight|midday)(?: (?:gmt|utc|est|edt|pst|pdt|cst|cdt|mst|mdt|bst|cet))?(?![\\w])',
);
/** "this morning", "last night", "overnight", "mid-afternoon", "yesterday evening" are times of a day. */
export const DAY_PART_RE = re(`(?:(?:this|last|tomorrow|yesterday) ${PART}|overnight|mid[- ]?(?:morning|afternoon))(?![\\w-])`);
/** "summer", "the early summer", "winter 1990". */
export const SEASON_RE = re(`(?:spring|summer|autumn|fall|winter)(?:,? (?:of )?${YEAR})?(?![\\w-])`);
/** "the 20th century", "the 1800s" come in parts; this is "20th century". */
export const CENTURY_RE = re('(?:[12]?\\d(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)[ -]century(?![\\w-])');
/** "for years", "within weeks": a duration of unstated length. */
export const VAGUE_DURATION_RE = re('(?:for|within) (?:years|months|weeks|days|decades|centuries|hours|minutes)(?![\\w-])');
/** "end of the month": the unit meant is the current one ("the" is taken in by widening). */
export const END_OF_RE = re('(?:end|beginning|start|middle) of the (?:week|month|quarter|year|decade|century)(?![\\w-])');
