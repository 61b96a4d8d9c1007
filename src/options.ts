import { InputTooLargeError, NewsparseArgumentError } from './errors.js';
import { countVisibleLines } from './document/lines.js';
import type { BoilerplateMemory } from './segment/memory.js';
import type { ParseOptions } from './types.js';

/** Options after validation, passed from parseArticle down through every stage. */
export interface ResolvedOptions {
  publishedAt: string | null;
  maxInputBytes: number;
  maxLines: number;
  boilerplateMemory: BoilerplateMemory | null;
  title: string | null;
  url: string | null;
}

/** Default limit on input size: far above any article, low enough that one record cannot stall a worker. */
export const DEFAULT_MAX_INPUT_BYTES = 10 * 1024 * 1024;

/**
 * Default limit on non-blank lines. Each line becomes a block with its features, a sentence and
 * a boilerplate entry, so memory follows the lines more than the bytes: 10 MB of one-letter
 * lines (5 million) takes about 2.5 GB and 20 s to parse, while no article, nor a book-length
 * dump record, comes near a million lines.
 */
export const DEFAULT_MAX_LINES = 1_000_000;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** Normalize a date option to an ISO date (YYYY-MM-DD), or throw a TypeError naming the option. */
export function toIsoDate(value: string | Date | undefined | null, name: string): string | null {
  if (value === undefined || value === null || value === '') return null;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new NewsparseArgumentError(`newsparse: ${name} is an invalid Date`);
    return value.toISOString().slice(0, 10);
  }
  if (typeof value !== 'string') throw new NewsparseArgumentError(`newsparse: ${name} must be a string or a Date`);
  const m = ISO_DATE.exec(value.trim());
  if (m) {
    const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
    if (d.getUTCMonth() === +m[2]! - 1 && d.getUTCDate() === +m[3]!) return `${m[1]}-${m[2]}-${m[3]}`;
    throw new NewsparseArgumentError(`newsparse: ${name} "${value.slice(0, 40)}" is not a date (no such day in the calendar)`);
  }
  const parsed = new Date(value);
  if (Number.isNaN(parsed.getTime())) {
    throw new NewsparseArgumentError(`newsparse: ${name} "${value.slice(0, 40)}" is not a date (use ISO 8601, e.g. 2017-05-14)`);
  }
  return parsed.toISOString().slice(0, 10);
}

/** The keys of ParseOptions. */
const PARSE_OPTION_KEYS: ReadonlySet<string> = new Set(['publishedAt', 'title', 'url', 'maxInputBytes', 'maxLines', 'boilerplateMemory'] satisfies Array<keyof ParseOptions>);

export function resolveOptions(options: ParseOptions | undefined): ResolvedOptions {
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    throw new NewsparseArgumentError('newsparse: options must be an object');
  }
  const o = options ?? {};
  for (const key of Object.keys(o)) {
    // a misspelt option ("publishedat") would otherwise be ignored without a word
    if (!PARSE_OPTION_KEYS.has(key)) throw new NewsparseArgumentError(`newsparse: unknown option "${key.slice(0, 40)}" (options: ${[...PARSE_OPTION_KEYS].join(', ')})`);
  }
  if (o.title !== undefined && typeof o.title !== 'string') throw new NewsparseArgumentError('newsparse: options.title must be a string');
  if (o.url !== undefined && typeof o.url !== 'string') throw new NewsparseArgumentError('newsparse: options.url must be a string');
  const title = o.title?.trim() ? o.title.trim() : null;
  const max = o.maxInputBytes ?? DEFAULT_MAX_INPUT_BYTES;
  if (typeof max !== 'number' || !(max > 0)) throw new NewsparseArgumentError('newsparse: options.maxInputBytes must be a positive number');
  const maxLines = o.maxLines ?? DEFAULT_MAX_LINES;
  if (typeof maxLines !== 'number' || !(maxLines > 0)) throw new NewsparseArgumentError('newsparse: options.maxLines must be a positive number');
  const memory = o.boilerplateMemory ?? null;
  if (memory !== null && (typeof memory !== 'object' || typeof memory.isRecurring !== 'function')) {
    throw new NewsparseArgumentError('newsparse: options.boilerplateMemory must come from createBoilerplateMemory()');
  }
  return { publishedAt: toIsoDate(o.publishedAt, 'options.publishedAt'), title, url: o.url ?? null, maxInputBytes: max, maxLines, boilerplateMemory: memory };
}

export function assertText(text: unknown, fn: string): asserts text is string {
  if (typeof text !== 'string') {
    throw new NewsparseArgumentError(`newsparse: ${fn} expects a string, got ${text === null ? 'null' : typeof text}`);
  }
}

/** Throw InputTooLargeError when text is over the limit. Counts UTF-8 bytes without encoding. */
export function assertSize(text: string, limit: number): void {
  // UTF-8 takes 1-3 bytes per UTF-16 unit (a surrogate pair, 2 units, takes 4): decide cheaply first
  if (text.length * 3 <= limit) return;
  const size = Buffer.byteLength(text, 'utf8');
  if (size > limit) throw new InputTooLargeError(size, limit);
}

/** Throw InputTooLargeError when text has more than `limit` non-blank lines. */
export function assertLines(text: string, limit: number): void {
  // a non-blank line takes a visible character and, but for the last, a line break
  if ((text.length + 1) / 2 <= limit) return;
  const lines = countVisibleLines(text);
  if (lines > limit) throw new InputTooLargeError(lines, limit, 'lines');
}
