/** Small UTC calendar helpers over ISO dates (YYYY-MM-DD). */

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

export const pad = (n: number, w = 2): string => String(Math.abs(n)).padStart(w, '0');

export function parseYmd(iso: string): Ymd {
  return { y: Number(iso.slice(0, 4)), m: Number(iso.slice(5, 7)), d: Number(iso.slice(8, 10)) };
}

export function fmt(d: Ymd): string {
  return `${pad(d.y, 4)}-${pad(d.m)}-${pad(d.d)}`;
}

function toDate(d: Ymd): Date {
  return new Date(Date.UTC(d.y, d.m - 1, d.d));
}

function fromDate(dt: Date): Ymd {
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

export function addDays(d: Ymd, n: number): Ymd {
  const dt = toDate(d);
  dt.setUTCDate(dt.getUTCDate() + n);
  return fromDate(dt);
}

export function addMonths(d: Ymd, n: number): Ymd {
  const total = d.y * 12 + (d.m - 1) + n;
  return { y: Math.floor(total / 12), m: (total % 12) + 1, d: 1 };
}

/** 0 = Sunday ... 6 = Saturday */
export function weekday(d: Ymd): number {
  return toDate(d).getUTCDay();
}

/** ISO 8601 week: "2017-W19". */
export function isoWeek(d: Ymd): string {
  const dt = toDate(d);
  const day = (dt.getUTCDay() + 6) % 7; // Monday = 0
  dt.setUTCDate(dt.getUTCDate() - day + 3); // Thursday of this week
  const year = dt.getUTCFullYear();
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const week = 1 + Math.round(((dt.getTime() - jan4.getTime()) / 86400000 - 3 + ((jan4.getUTCDay() + 6) % 7)) / 7);
  return `${pad(year, 4)}-W${pad(week)}`;
}

/** The weekday `target` (0 = Sunday) nearest `ref` in the given direction; the same day counts. */
export function nearestWeekday(ref: Ymd, target: number, future: boolean): Ymd {
  const diff = target - weekday(ref);
  if (future) return addDays(ref, (diff + 7) % 7);
  return addDays(ref, -((-diff + 7) % 7));
}
