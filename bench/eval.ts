/**
 * npm run eval -- <task> <data path> [--limit N] [--json]
 *   boilerplate <set dir>   body lines, shingles, snippets, headline (data/boilerplate/<set>)
 *   ner <file.jsonl>        PER/ORG/LOC exact-span P/R/F1 (data/ner/conll2003/testa.docs.jsonl)
 *   quotes <dir>            quotes@0.3/@0.8/exact, speakers (data/quotes/polnear-speech-dev)
 *   dates <dir>             timex relaxed/strict/value (data/timex/timebank)
 *   seed [file.txt]         field-by-field summary of one article (default: the seed fixture)
 * The data is read where it lies and never copied. Metrics: /work/shared/data/README.md.
 */
import { evalBoilerplate } from './eval/boilerplate.js';
import { evalDates } from './eval/dates.js';
import { renderTables } from './eval/format.js';
import { evalNer } from './eval/ner.js';
import { evalQuotes } from './eval/quotes.js';
import { evalSeed } from './eval/seed.js';
import type { EvalOptions, TaskResult } from './eval/task.js';

const TASKS: Record<string, (path: string | undefined, opts: EvalOptions) => TaskResult> = {
  boilerplate: (p, o) => evalBoilerplate(required(p), o),
  ner: (p, o) => evalNer(required(p), o),
  quotes: (p, o) => evalQuotes(required(p), o),
  dates: (p, o) => evalDates(required(p), o),
  seed: (p) => evalSeed(p),
};

const USAGE = 'usage: npm run eval -- <boilerplate|ner|quotes|dates|seed> <data path> [--limit N] [--json]';

function required(path: string | undefined): string {
  if (!path) throw new Error(`missing the data path\n${USAGE}`);
  return path;
}

function parseArgs(argv: string[]): { task: string; path: string | undefined; opts: EvalOptions; json: boolean } {
  const positional: string[] = [];
  const opts: EvalOptions = {};
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') json = true;
    else if (a === '--limit') {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n < 1) throw new Error(`--limit wants a positive integer\n${USAGE}`);
      opts.limit = n;
    } else if (a.startsWith('--')) throw new Error(`unknown option ${a}\n${USAGE}`);
    else positional.push(a);
  }
  const [task, path] = positional;
  if (!task || !(task in TASKS)) throw new Error(USAGE);
  return { task, path, opts, json };
}

try {
  const { task, path, opts, json } = parseArgs(process.argv.slice(2));
  const t0 = performance.now();
  const result = TASKS[task]!(path, opts);
  const seconds = (performance.now() - t0) / 1000;
  if (json) {
    process.stdout.write(`${JSON.stringify({ task, path: path ?? null, limit: opts.limit ?? null, seconds, ...result.json }, null, 2)}\n`);
  } else {
    process.stdout.write(`${renderTables(result.tables)}\n\n${[...result.notes, `total ${seconds.toFixed(1)} s`].join('\n')}\n`);
  }
} catch (err) {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(2);
}
