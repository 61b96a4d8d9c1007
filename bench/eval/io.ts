import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Files of `dir` ending in `ext`, sorted by name, full paths. */
export function listFiles(dir: string, ext: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => join(dir, f));
}

export function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/** One JSON value a non-empty line. */
export function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

export const readText = (path: string): string => readFileSync(path, 'utf8');

export function isDir(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}

/** The first `limit` items (all when limit is undefined). */
export function take<T>(items: T[], limit: number | undefined): T[] {
  return limit === undefined ? items : items.slice(0, limit);
}

/** Fail with a message naming what was expected where (caught by eval.ts and printed). */
export function need(cond: unknown, message: string): asserts cond {
  if (!cond) throw new Error(message);
}
