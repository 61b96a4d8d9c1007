import * as chrono from 'chrono-node';

export interface AbsoluteDate {
  /** offset of the match inside the searched string */
  index: number;
  text: string;
  /** YYYY-MM-DD */
  iso: string;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/**
 * The first calendar date with a stated year, month and day in `s` ("14 May 2017",
 * "2017-05-14 10:22", "Sun May 14, 2017"), or null. Used for date lines and datelines.
 */
export function findAbsoluteDate(s: string): AbsoluteDate | null {
  if (s.length > 400) s = s.slice(0, 400);
  for (const r of chrono.strict.parse(s)) {
    const c = r.start;
    if (!c.isCertain('year') || !c.isCertain('month') || !c.isCertain('day')) continue;
    const y = c.get('year')!;
    if (y < 1800 || y > 2200) continue;
    return { index: r.index, text: r.text, iso: `${pad(y, 4)}-${pad(c.get('month')!)}-${pad(c.get('day')!)}` };
  }
  return null;
}
