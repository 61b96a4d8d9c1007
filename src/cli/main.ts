/**
 * `newsparse` command: inputs -> parseArticle -> writer. `run` takes its streams as arguments,
 * so tests drive it in-process; bin.ts calls it with the process's own.
 */
import type { Writable } from 'node:stream';
import { isatty } from 'node:tty';
import { toIsoDate } from '../options.js';
import type { ParseOptions } from '../types.js';
import { VERSION } from '../version.js';
import { helpText, parseArgs, UsageError, type CliArgs } from './args.js';
import { reasonOf } from './errors.js';
import { readInputs, type InputRecord } from './inputs.js';
import { jsonWriter } from './writer.js';

export const EXIT = { ok: 0, fatal: 1, usage: 2, someFailed: 3 } as const;

export interface CliIO {
  /** Standard input, opened on first use (only when `-` is read). */
  stdin: () => AsyncIterable<Uint8Array | string>;
  stdout: Writable;
  stderr: Writable;
  /** True when standard input is a terminal: then no inputs is a usage error, not a silent wait. */
  stdinIsTTY: boolean;
}

/** The process's own streams (standard input is opened only if it is read). */
export function processIO(): CliIO {
  return {
    stdin: () => process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    stdinIsTTY: isatty(0),
  };
}

/** Run the command line `argv` (without node and script paths); resolves to the exit status. */
export async function run(argv: readonly string[], io: CliIO = processIO()): Promise<number> {
  const log = (line: string): void => void io.stderr.write(`newsparse: ${line}\n`);
  let args: CliArgs;
  let defaults: ParseOptions;
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
    defaults = parseDefaults(args);
    if (args.inputs.length === 0 && io.stdinIsTTY) {
      throw new UsageError('no input: give files or directories, or pipe text to standard input');
    }
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    log(err.message);
    io.stderr.write("Try 'newsparse --help' for more information.\n");
    return EXIT.usage;
  }

  try {
    // Loaded here, not at the top, so --help, --version and usage errors stay instant.
    const { parseArticle } = await import('../index.js');
    const writer = jsonWriter(io.stdout, { pretty: args.pretty });
    let total = 0;
    let failed = 0;
    const fail = (id: string, reason: string): void => {
      failed++;
      log(`${id}: ${reason}`);
    };
    for await (const item of readInputs(args.inputs, { stdin: io.stdin, warn: log })) {
      total++;
      if (!item.ok) {
        fail(item.id, item.reason);
        continue;
      }
      const { record } = item;
      let article;
      try {
        article = parseArticle(record.text, recordOptions(record, defaults));
      } catch (err) {
        fail(record.id, reasonOf(err));
        continue;
      }
      // false: the reader went away (`newsparse dir | head -1`); stop quietly.
      if (!(await writer.write({ id: record.id, article }))) break;
    }
    await writer.close();
    if (failed > 0) {
      log(`${failed} of ${total} inputs failed`);
      return EXIT.someFailed;
    }
    return EXIT.ok;
  } catch (err) {
    log(reasonOf(err));
    return EXIT.fatal;
  }
}

/** Options from the command line that apply to every record; a bad date is a usage error. */
function parseDefaults(args: CliArgs): ParseOptions {
  const options: ParseOptions = {};
  if (args.publishedAt !== null) {
    if (args.publishedAt.trim() === '') throw new UsageError("option '--published-at' needs a date");
    try {
      options.publishedAt = toIsoDate(args.publishedAt, '--published-at') ?? undefined;
    } catch (err) {
      throw new UsageError(reasonOf(err));
    }
  }
  if (args.title !== null) options.title = args.title;
  return options;
}

function recordOptions(record: InputRecord, defaults: ParseOptions): ParseOptions {
  return {
    ...defaults,
    ...(record.title !== undefined && { title: record.title }),
    ...(record.publishedAt !== undefined && { publishedAt: record.publishedAt }),
  };
}
