import type { ParseOptions } from './types.js';

/** Options after validation, passed from parseArticle down through every stage. */
export interface ResolvedOptions {
  publishedAt: string | null;
  title: string | null;
  url: string | null;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** Normalize a date option to an ISO date (YYYY-MM-DD), or throw a TypeError naming the option. */
export function toIsoDate(value: string | Date | undefined | null, name: string): string | null {
  if (value === undefined || value === null || value === '') return null;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new TypeError(`newsparse: ${name} is an invalid Date`);
    return value.toISOString().slice(0, 10);
  }
  if (typeof value !== 'string') throw new TypeError(`newsparse: ${name} must be a string or a Date`);
  const m = ISO_DATE.exec(value.trim());
  if (m) {
    const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
    if (d.getUTCMonth() === +m[2]! - 1 && d.getUTCDate() === +m[3]!) return `${m[1]}-${m[2]}-${m[3]}`;
    throw new TypeError(`newsparse: ${name} "${value.slice(0, 40)}" is not a calendar date`);
  }
  const parsed = new Date(value);
  if (Number.isNaN(parsed.getTime())) {
    throw new TypeError(`newsparse: ${name} "${value.slice(0, 40)}" is not a date (use ISO 8601, e.g. 2017-05-14)`);
  }
  return parsed.toISOString().slice(0, 10);
}

export function resolveOptions(options: ParseOptions | undefined): ResolvedOptions {
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    throw new TypeError('newsparse: options must be an object');
  }
  const o = options ?? {};
  if (o.title !== undefined && typeof o.title !== 'string') throw new TypeError('newsparse: options.title must be a string');
  if (o.url !== undefined && typeof o.url !== 'string') throw new TypeError('newsparse: options.url must be a string');
  const title = o.title?.trim() ? o.title.trim() : null;
  return { publishedAt: toIsoDate(o.publishedAt, 'options.publishedAt'), title, url: o.url ?? null };
}

export function assertText(text: unknown, fn: string): asserts text is string {
  if (typeof text !== 'string') {
    throw new TypeError(`newsparse: ${fn} expects a string, got ${text === null ? 'null' : typeof text}`);
  }
}
