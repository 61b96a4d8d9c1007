/**
 * The input layer: turns command-line inputs (files, directories, `-`) into one lazy stream of
 * records, in order. A .txt file (or standard input without --format) is one article; other
 * files go through the format readers (sniffed with `auto`), which yield one item per record.
 * The format readers are passed in (loaded on first use, without the parser and its language
 * model: with worker threads only the workers load those), so --help and usage errors stay instant.
 */
import { readdir, stat } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import type { FormatName, ReadItem, ReaderOptions } from '../formats/types.js';
import { reasonOf } from './errors.js';

type Library = typeof import('../formats/index.js');

export interface InputSources {
  /** Standard input, read only when `-` is given (or there are no inputs). */
  stdin: () => AsyncIterable<Uint8Array | string>;
  /** Non-fatal notices, e.g. a directory without any .txt file. */
  warn: (message: string) => void;
}

export interface InputOptions extends ReaderOptions {
  /** null: not given (a folder holds *.txt articles, standard input is one article). */
  format: FormatName | null;
}

export const STDIN_ID = '-';

/**
 * An input that names no file but is a glob pattern (`'dumps/*.jsonl.gz'`, `data/**\/*.xml`),
 * expanded to the matching files sorted by path; else the input itself. Engines that run the
 * command without a shell (Spark's `RDD.pipe`) and quoted patterns need this.
 */
async function expand(input: string): Promise<string[]> {
  if (input === STDIN_ID || !isDynamicPattern(input)) return [input];
  try {
    await stat(input);
    return [input]; // a file really named like a pattern
  } catch {
    const paths = await glob(input, { onlyFiles: true, expandDirectories: false, followSymbolicLinks: false, absolute: isAbsolute(input) });
    return paths.sort(byCodeUnit);
  }
}

/** Total size in bytes of the files the inputs name (for a progress ETA); null when unknown (stdin). */
export async function inputBytes(inputs: readonly string[], options: InputOptions): Promise<number | null> {
  let total = 0;
  const expanded: string[] = [];
  for (const input of inputs.length > 0 ? inputs : [STDIN_ID]) expanded.push(...(await expand(input)));
  for (const input of expanded) {
    if (input === STDIN_ID) return null;
    try {
      const s = await stat(input);
      if (s.isDirectory()) {
        for await (const item of walk(input, pattern(options))) if (item.ok) total += (await stat(item.path)).size;
      } else total += s.size;
    } catch {
      // reported when read
    }
  }
  return total;
}

const pattern = (options: InputOptions): RegExp => (options.format === null ? /\.txt$/i : DUMP_FILES);
const DUMP_FILES = /\.(txt|jsonl|ndjson|json|xml|rss|atom|sgml?|nitf|warc)(\.(gz|bz2))?$/i;

/**
 * Yield one item per record, in order: each input in the order given; a directory's files
 * (recursively, hidden entries skipped) sorted by path. Files are streamed as the consumer
 * pulls, so neither a large folder nor a large dump is held in memory.
 */
export async function* readInputs(
  lib: Library,
  inputs: readonly string[],
  sources: InputSources,
  options: InputOptions,
): AsyncGenerator<ReadItem> {
  for (const given of inputs.length > 0 ? inputs : [STDIN_ID]) {
    const files = await expand(given);
    if (files.length === 0) yield failure(given, 'no files match this pattern');
    for (const input of files) yield* readInput(lib, input, sources, options);
  }
}

/** The records of one input: standard input, a file or a directory. */
async function* readInput(lib: Library, input: string, sources: InputSources, options: InputOptions): AsyncGenerator<ReadItem> {
  if (input === STDIN_ID) {
    yield* readOne(lib, STDIN_ID, sources.stdin(), { ...options, format: options.format ?? 'text' });
    return;
  }
  let isDir: boolean;
  try {
    isDir = (await stat(input)).isDirectory();
  } catch (err) {
    yield failure(input, err);
    return;
  }
  if (!isDir) {
    yield* readOne(lib, input, lib.fileChunks(input, options.onBytes), { ...options, format: options.format ?? 'auto' });
    return;
  }
  let found = 0;
  for await (const item of walk(input, pattern(options))) {
    if (item.ok) {
      found++;
      yield* readOne(lib, item.path, lib.fileChunks(item.path, options.onBytes), { ...options, format: options.format ?? 'text' });
    } else yield failure(item.id, item.reason);
  }
  if (found === 0) sources.warn(options.format === null ? `${input}: no .txt files found (to read the dump files in a folder, pass --format auto)` : `${input}: no dump files found`);
}

function failure(id: string, err: unknown): ReadItem {
  return { ok: false, id, source: id, code: 'READ_ERROR', reason: typeof err === 'string' ? err : reasonOf(err) };
}

/** The records of one file or stream; a read error ends that input (with an item saying so), not the run. */
async function* readOne(
  lib: Library,
  source: string,
  bytes: AsyncIterable<Uint8Array | string>,
  options: InputOptions & { format: FormatName },
): AsyncGenerator<ReadItem> {
  try {
    yield* lib.readRecords(toBytes(bytes), source, options);
  } catch (err) {
    yield failure(source, err);
  }
}

async function* toBytes(chunks: AsyncIterable<Uint8Array | string>): AsyncGenerator<Uint8Array> {
  for await (const c of chunks) yield typeof c === 'string' ? Buffer.from(c) : c;
}

type WalkItem = { ok: true; path: string } | { ok: false; id: string; reason: string };

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Paths of the files below `dir` whose names match, depth first with each folder's entries
 * sorted by name (code-unit order, so the result does not depend on the locale). Symbolic links
 * to files are followed; links to folders are not (as `find` does), so a link cycle cannot loop.
 */
async function* walk(dir: string, match: RegExp): AsyncGenerator<WalkItem> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    yield { ok: false, id: dir, reason: reasonOf(err) };
    return;
  }
  entries.sort((a, b) => byCodeUnit(a.name, b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path, match);
    else if ((entry.isFile() || entry.isSymbolicLink()) && match.test(entry.name)) yield { ok: true, path };
  }
}
