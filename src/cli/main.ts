/**
 * `newsparse` command: inputs -> format readers -> parseArticle (on worker threads) -> writer,
 * in input order, every record accounted for (read = written + failed). `run` takes its streams
 * as arguments, so tests drive it in-process; bin.ts calls it with the process's own.
 */
import { availableParallelism } from 'node:os';
import type { Writable } from 'node:stream';
import { isatty } from 'node:tty';
import { setFlagsFromString } from 'node:v8';
// Bundled into the CLI (a static import: a dynamically imported chunk could be removed by the
// library build's clean step, which runs at the same time).
import * as formats from '../formats/index.js';
import type { DumpRecord, FormatName, ReadItem } from '../formats/types.js';
import { toIsoDate } from '../options.js';
import type { ParseOptions } from '../types.js';
import { VERSION } from '../version.js';
import { helpText, parseArgs, UsageError, type CliArgs } from './args.js';
import { errorCode, reasonOf } from './errors.js';
import { inputBytes, readInputs, type InputOptions } from './inputs.js';
import { ordered } from '../stream/ordered.js';
import { WorkerPool, workerScript, type Job } from './pool.js';
import { Progress } from './progress.js';
import { SiteMemories, siteOf } from './site-memory.js';
import { completeLines, fileWriter, streamWriter, type LineWriter } from './writer.js';

export const EXIT = { ok: 0, fatal: 1, usage: 2, someFailed: 3 } as const;

export interface CliIO {
  /** Standard input, opened on first use (only when `-` is read). */
  stdin: () => AsyncIterable<Uint8Array | string>;
  stdout: Writable;
  stderr: Writable;
  /** True when standard input is a terminal: then no inputs is a usage error, not a silent wait. */
  stdinIsTTY: boolean;
  /** True when standard error is a terminal: then a progress line is shown. */
  stderrIsTTY?: boolean;
}

/** The process's own streams (standard input is opened only if it is read). */
export function processIO(): CliIO {
  return {
    stdin: () => process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    stdinIsTTY: isatty(0),
    stderrIsTTY: isatty(2),
  };
}

const FORMAT_NAMES: readonly string[] = [
  'auto', 'text', 'jsonl', 'json', 'reuters-sgml', 'nitf', 'newsml-g2', 'newsml1', 'rcv1', 'rss', 'atom', 'wordpress', 'mediawiki', 'warc',
];

/** Settings checked once, before anything is read. */
interface Settings {
  defaults: ParseOptions;
  input: InputOptions;
  maxErrors: number;
  workers: number;
  timeoutMs: number;
  deadLetter: string | null;
}

/** Run the command line `argv` (without node and script paths); resolves to the exit status. */
export async function run(argv: readonly string[], io: CliIO = processIO()): Promise<number> {
  const log = (line: string): void => void io.stderr.write(`newsparse: ${line}\n`);
  let args: CliArgs;
  let settings: Settings;
  try {
    args = parseArgs(argv);
    if (args.help) {
      io.stdout.write(helpText());
      return EXIT.ok;
    }
    if (args.version) {
      io.stdout.write(`${VERSION}\n`);
      return EXIT.ok;
    }
    settings = checkSettings(args);
    if (args.command === 'serve') return await serve(args, settings, log);
    if (args.inputs.length === 0 && io.stdinIsTTY) {
      throw new UsageError('no input: give files or directories, or pipe text to standard input');
    }
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    log(err.message);
    io.stderr.write("Try 'newsparse --help' for more information.\n");
    return EXIT.usage;
  }

  let pool: WorkerPool | null = null;
  const closers: LineWriter[] = [];
  try {
    // The parser (and its language model) is loaded here, not at the top, so --help, --version
    // and usage errors stay instant, and on the main thread only when it parses there.
    const { defaults, input, maxErrors, deadLetter } = settings;

    let skip = 0;
    if (args.resume) {
      const done = await completeLines(args.out!);
      const failedBefore = await completeLines(deadLetter!);
      skip = done + failedBefore;
      if (skip > 0) log(`resuming after ${skip} records (${done} written, ${failedBefore} failed before)`);
    }
    const out = args.out !== null ? fileWriter(args.out, args.resume) : streamWriter(io.stdout);
    closers.push(out);
    const dead = deadLetter !== null ? fileWriter(deadLetter, args.resume) : null;
    if (dead) closers.push(dead);

    const showProgress = args.progress || (io.stderrIsTTY ?? false);
    const progress = showProgress ? new Progress(io.stderr, await inputBytes(args.inputs, input)) : null;
    if (progress) input.onBytes = (n) => progress.addBytes(n);

    const script = workerScript();
    if (settings.workers > 0 && script !== null && !args.dryRun) pool = new WorkerPool(script, settings.workers, settings.timeoutMs, args.siteMemory);
    const parseArticle = pool || args.dryRun ? null : (await import('../index.js')).parseArticle;
    const memories = args.siteMemory && !pool ? new SiteMemories() : null;

    type Outcome = { ok: true; line: string } | { ok: false; id: string; source: string; code: string; reason: string; raw?: string };
    const work = (item: ReadItem): Outcome | Promise<Outcome> => {
      if (!item.ok) return { ok: false, id: item.id, source: item.source, code: item.code, reason: item.reason, ...(item.raw !== undefined && { raw: item.raw }) };
      const { record, source } = item;
      if (args.dryRun) return { ok: true, line: '' };
      const fail = (code: string, reason: string): Outcome => ({ ok: false, id: record.id, source, code, reason });
      const options = recordOptions(record, defaults);
      const site = args.siteMemory ? siteOf(record.url, source) : undefined;
      if (pool) {
        return pool
          .run({ id: record.id, source, text: record.text, options: options as Job['options'], pretty: args.pretty, ...(site !== undefined && { site }) })
          .then((r) => (r.ok ? r : fail(r.code, r.reason)));
      }
      try {
        const memory = memories && site !== undefined ? { boilerplateMemory: memories.get(site) } : {};
        const line = { id: record.id, source, article: parseArticle!(record.text, { ...options, ...memory }) };
        return { ok: true, line: args.pretty ? JSON.stringify(line, null, 2) : JSON.stringify(line) };
      } catch (err) {
        return fail(errorCode(err), reasonOf(err));
      }
    };

    let read = 0;
    let written = 0;
    let failed = 0;
    let stoppedEarly = false;
    const LOG_LIMIT = 10;
    const items = skipFirst(readInputs(formats, args.inputs, { stdin: io.stdin, warn: log }, input), skip);
    // 16 records in flight per worker: a worker keeps parsing while this thread waits for a core
    // (both cores busy parsing); 2 workers over 60,000 records ran about 2% faster than with 4.
    for await (const outcome of ordered(items, pool ? settings.workers * 16 : 1, work)) {
      read++;
      progress?.tick();
      if (outcome.ok) {
        // false: the reader went away (`newsparse dir | head -1`); stop quietly.
        if (!args.dryRun && !(await out.write(outcome.line))) break;
        written++;
        continue;
      }
      failed++;
      if (dead === null || failed <= LOG_LIMIT) log(`${outcome.id}: ${outcome.reason}`);
      else if (failed === LOG_LIMIT + 1) log(`further failures are written only to ${deadLetter}`);
      if (dead) {
        const { ok: _ok, code, reason, ...rest } = outcome;
        await dead.write(JSON.stringify({ ...rest, error: { code, message: reason } }));
      }
      if (failed > maxErrors) {
        log(maxErrors === 0 ? 'stopped at the first failure (--fail-fast)' : `stopped: more than ${maxErrors} records failed (--max-errors)`);
        stoppedEarly = true;
        break;
      }
    }
    progress?.done();
    if (failed > 0 || stoppedEarly) {
      log(`${failed} of ${read} inputs failed (read ${read} = written ${written} + failed ${failed})`);
      return EXIT.someFailed;
    }
    if (args.out !== null || showProgress || args.dryRun) log(`read ${read} = written ${written} + failed 0${args.dryRun ? ' (dry run: nothing parsed or written)' : ''}`);
    return EXIT.ok;
  } catch (err) {
    log(reasonOf(err));
    return EXIT.fatal;
  } finally {
    await pool?.close();
    for (const w of closers) await w.close().catch(() => {});
  }
}

/** A record's own title / date / URL win over the command line's. */
function recordOptions(record: DumpRecord, defaults: ParseOptions): ParseOptions {
  return {
    ...defaults,
    ...(record.title !== undefined && { title: record.title }),
    ...(record.publishedAt !== undefined && { publishedAt: record.publishedAt }),
    ...(record.url !== undefined && { url: record.url }),
  };
}

async function* skipFirst<T>(items: AsyncIterable<T>, n: number): AsyncGenerator<T> {
  let seen = 0;
  for await (const item of items) {
    if (seen++ < n) continue;
    yield item;
  }
}

function count(value: string | null, option: string, fallback: number, min = 0): number {
  if (value === null) return fallback;
  if (!/^\d+$/.test(value.trim()) || Number(value) < min) throw new UsageError(`option '--${option}' needs a whole number${min > 0 ? ` >= ${min}` : ''}, not "${value}"`);
  return Number(value);
}

/** Everything on the command line checked and converted; a bad value is a usage error. */
function checkSettings(args: CliArgs): Settings {
  const defaults: ParseOptions = {};
  if (args.publishedAt !== null) {
    if (args.publishedAt.trim() === '') throw new UsageError("option '--published-at' needs a date");
    try {
      defaults.publishedAt = toIsoDate(args.publishedAt, '--published-at') ?? undefined;
    } catch (err) {
      throw new UsageError(reasonOf(err));
    }
  }
  if (args.title !== null) defaults.title = args.title;
  if (args.format !== null && !FORMAT_NAMES.includes(args.format)) {
    throw new UsageError(`unknown format '${args.format}' (one of: ${FORMAT_NAMES.join(', ')})`);
  }
  if (args.resume && args.out === null) throw new UsageError('--resume needs --out FILE (the output it continues)');
  if (args.resume && args.pretty) throw new UsageError('--resume cannot be used with --pretty (it counts output lines)');
  const input: InputOptions = { format: args.format as FormatName | null };
  if (args.textField !== null) input.textField = args.textField;
  if (args.titleField !== null) input.titleField = args.titleField;
  if (args.dateField !== null) input.dateField = args.dateField;
  if (args.idField !== null) input.idField = args.idField;
  if (args.urlField !== null) input.urlField = args.urlField;
  if (args.maxRecordBytes !== null) input.maxRecordBytes = count(args.maxRecordBytes, 'max-record-bytes', 0, 1);
  const maxErrors = args.failFast ? 0 : count(args.maxErrors, 'max-errors', Infinity);
  const workers = count(args.workers, 'workers', availableParallelism());
  const deadLetter = args.deadLetter ?? (args.resume ? `${args.out}.dead-letter.jsonl` : null);
  let timeoutMs = 60_000;
  if (args.timeout !== null) {
    const seconds = Number(args.timeout);
    if (args.timeout.trim() === '' || !Number.isFinite(seconds) || seconds < 0) throw new UsageError(`option '--timeout' needs a number of seconds, not "${args.timeout}"`);
    timeoutMs = seconds * 1000;
  }
  count(args.port, 'port', 8080);
  count(args.maxBody, 'max-body', 0, 1);
  return { defaults, input, maxErrors, workers, timeoutMs, deadLetter };
}

/** `newsparse serve`: listen until SIGINT/SIGTERM. */
async function serve(args: CliArgs, { workers, timeoutMs }: Settings, log: (line: string) => void): Promise<number> {
  const port = count(args.port, 'port', 8080);
  if (port > 65535) throw new UsageError(`option '--port' must be at most 65535`);
  const host = args.host ?? '127.0.0.1';
  // A long-running service: V8's memory-saving heuristics (smaller heap growth steps, earlier
  // full collections) keep RSS flat under sustained load instead of letting garbage pile up to a
  // far-off limit. Measured with `npm run dumps -- serve`: 120,000 garbage requests, RSS 190-205 MB
  // with it, rising 207 -> 257 MB without. Set before the workers start, so they share it.
  setFlagsFromString('--optimize-for-size');
  const lib = await import('../index.js');
  // Parsing runs on worker threads (the HTTP thread stays free for /health and new requests, and
  // --timeout can cut off a runaway page); from sources (tests) or with --workers 0, on this thread.
  const script = workerScript();
  const pool = workers > 0 && script !== null ? new WorkerPool(script, workers, timeoutMs) : null;
  const parse = pool
    ? (text: string, options: ParseOptions): Promise<string> =>
        pool.run({ id: 'request', source: 'serve', text, options: options as Job['options'], pretty: false, bare: true }).then((r) => {
          if (r.ok) return r.line;
          throw Object.assign(new Error(r.reason), { code: r.code });
        })
    : undefined;
  const server = lib.createServer({ maxBodyBytes: count(args.maxBody, 'max-body', 10 * 1024 * 1024, 1), ...(parse && { parse, concurrency: workers * 4 }) });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  log(`listening on http://${host}:${actual} (POST /parse, POST /parse/batch, GET /health)`);
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      server.close(() => void (pool ? pool.close().then(resolve) : resolve()));
      server.closeAllConnections();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return EXIT.ok;
}
