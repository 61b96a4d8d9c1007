/**
 * Site memory for dumps: lines that recur across many articles of one source are page
 * furniture (the CCNet idea), whatever they look like. Opt-in: create one memory per site (or
 * per dump) and pass it to every segment call; each call first reads the memory, then adds the
 * article's own lines to it.
 */
export interface BoilerplateMemoryOptions {
  /** a line is furniture once it stood in at least this many earlier articles (default 3) */
  minArticles?: number;
  /** most distinct lines kept; past it, lines seen only once are forgotten (default 200,000) */
  maxLines?: number;
}

export interface BoilerplateMemory {
  /** Articles learned so far. */
  readonly articles: number;
  /** In how many earlier articles this line stood. */
  count(line: string): number;
  /** Whether this line recurs across the site's articles. */
  isRecurring(line: string): boolean;
  /** Remember the lines of one article (each distinct line counts once). */
  learn(lines: Iterable<string>): void;
}

/** Lines longer than this are never furniture by recurrence (and are not stored). */
const MAX_CHARS = 300;

/** Lower case, runs of digits and of spaces folded: "12 Comments" and "3 comments" are one line. */
function key(line: string): string | null {
  const t = line.trim();
  if (!t || t.length > MAX_CHARS) return null;
  return t.toLowerCase().replace(/\d+/g, '0').replace(/\s+/g, ' ');
}

export function createBoilerplateMemory(options: BoilerplateMemoryOptions = {}): BoilerplateMemory {
  const minArticles = Math.max(1, options.minArticles ?? 3);
  const maxLines = Math.max(100, options.maxLines ?? 200_000);
  const counts = new Map<string, number>();
  let articles = 0;
  const count = (line: string): number => {
    const k = key(line);
    return k === null ? 0 : (counts.get(k) ?? 0);
  };
  return {
    get articles() {
      return articles;
    },
    count,
    isRecurring: (line) => count(line) >= minArticles,
    learn(lines) {
      const seen = new Set<string>();
      for (const line of lines) {
        const k = key(line);
        if (k === null || seen.has(k)) continue;
        seen.add(k);
        counts.set(k, (counts.get(k) ?? 0) + 1);
      }
      articles++;
      if (counts.size > maxLines) {
        for (const [k, c] of counts) if (c <= 1) counts.delete(k);
      }
    },
  };
}
