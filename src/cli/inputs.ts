/**
 * The input layer: turns command-line inputs (files, directories, `-`) into a lazy stream of
 * records, one per article. Other sources (a JSONL or WARC reader, a watched folder) can yield
 * the same InputItem shape, with per-record title / publishedAt when they carry them.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { reasonOf } from './errors.js';

/** One article to parse. */
export interface InputRecord {
  /** Where the text came from: the path as given (joined for files found in a directory), or `-`. */
  id: string;
  text: string;
  /** Per-record metadata; when set it wins over the command-line option. */
  title?: string;
  publishedAt?: string;
}

/** A record, or an input that could not be read (reported, counted, and skipped). */
export type InputItem = { ok: true; record: InputRecord } | { ok: false; id: string; reason: string };

export interface InputSources {
  /** Standard input, read only when `-` is given (or there are no inputs). */
  stdin: () => AsyncIterable<Uint8Array | string>;
  /** Non-fatal notices, e.g. a directory without any .txt file. */
  warn: (message: string) => void;
}

export const STDIN_ID = '-';

// fatal: invalid UTF-8 is an error, not U+FFFD; a leading BOM is dropped (offsets count from after it).
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decode bytes as strict UTF-8; throws an error whose code is ERR_ENCODING_INVALID_ENCODED_DATA. */
export function decodeUtf8(bytes: Uint8Array): string {
  return utf8.decode(bytes);
}

/**
 * Yield one item per article, in order: each input in the order given; a directory's *.txt
 * files (recursively, hidden entries skipped) sorted by path. Files are read one at a time,
 * as the consumer pulls, so a large folder is never held in memory.
 */
export async function* readInputs(inputs: readonly string[], sources: InputSources): AsyncGenerator<InputItem> {
  const list = inputs.length > 0 ? inputs : [STDIN_ID];
  for (const input of list) {
    if (input === STDIN_ID) {
      yield await readStdin(sources.stdin);
      continue;
    }
    let isDir: boolean;
    try {
      isDir = (await stat(input)).isDirectory();
    } catch (err) {
      yield { ok: false, id: input, reason: reasonOf(err) };
      continue;
    }
    if (!isDir) {
      yield await readTextFile(input);
      continue;
    }
    let found = 0;
    for await (const item of walkTextFiles(input)) {
      if (item.ok) {
        found++;
        yield await readTextFile(item.path);
      } else yield item;
    }
    if (found === 0) sources.warn(`${input}: no .txt files found`);
  }
}

async function readTextFile(path: string): Promise<InputItem> {
  try {
    return { ok: true, record: { id: path, text: decodeUtf8(await readFile(path)) } };
  } catch (err) {
    return { ok: false, id: path, reason: reasonOf(err) };
  }
}

async function readStdin(stdin: InputSources['stdin']): Promise<InputItem> {
  try {
    const chunks: Uint8Array[] = [];
    for await (const chunk of stdin()) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
    return { ok: true, record: { id: STDIN_ID, text: decodeUtf8(Buffer.concat(chunks)) } };
  } catch (err) {
    return { ok: false, id: STDIN_ID, reason: reasonOf(err) };
  }
}

type WalkItem = { ok: true; path: string } | { ok: false; id: string; reason: string };

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Paths of the *.txt files below `dir`, depth first with each folder's entries sorted by name
 * (code-unit order, so the result does not depend on the locale). Symbolic links to files are
 * followed; links to folders are not (as `find` does), so a link cycle cannot loop.
 */
async function* walkTextFiles(dir: string): AsyncGenerator<WalkItem> {
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
    if (entry.isDirectory()) yield* walkTextFiles(path);
    else if ((entry.isFile() || entry.isSymbolicLink()) && /\.txt$/i.test(entry.name)) yield { ok: true, path };
  }
}
