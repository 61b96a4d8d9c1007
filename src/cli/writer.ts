/**
 * The output layer: JSON lines to standard output (with back-pressure and EPIPE handling) or
 * to a file. File writes are synchronous and in input order, so after a kill -9 the output and
 * the dead letter together hold exactly the records finished, in order (--resume counts on it).
 */
import { closeSync, createReadStream, ftruncateSync, openSync, writeSync } from 'node:fs';
import type { Writable } from 'node:stream';
import { isClosedOutput } from './errors.js';

export interface LineWriter {
  /**
   * Write one line (without its newline) once the stream has taken it. Resolves false when the
   * reader has gone away (EPIPE): nothing more is written and the caller should stop. Rejects
   * on any other write error.
   */
  write(line: string): Promise<boolean>;
  /** Settle after the last write; rejects if the stream failed. Closes files, never stdout. */
  close(): Promise<void>;
}

/** Lines to a stream, newline-terminated, waiting for each write (back-pressure). */
export function streamWriter(out: Writable): LineWriter {
  let closed = false;
  let failure: unknown = null;
  const onError = (err: unknown): void => {
    if (isClosedOutput(err)) closed = true;
    else failure ??= err;
  };
  // Keeps a write error from becoming an uncaught 'error' event; the next write reports it.
  out.on('error', onError);

  return {
    async write(line) {
      if (failure) throw failure;
      if (closed) return false;
      // Waiting for each write's callback keeps memory flat on a slow reader (backpressure)
      // and ties an EPIPE to the write that caused it.
      await new Promise<void>((resolve) => {
        out.write(line + '\n', (err) => {
          if (err) onError(err);
          resolve();
        });
      });
      if (failure) throw failure;
      return !closed;
    },
    async close() {
      if (failure) throw failure;
    },
  };
}

/** Lines appended to a file with one synchronous write each. `append`: keep what is there (resume). */
export function fileWriter(path: string, append: boolean): LineWriter {
  const fd = openSync(path, append ? 'a' : 'w');
  return {
    async write(line) {
      writeSync(fd, line + '\n');
      return true;
    },
    async close() {
      closeSync(fd);
    },
  };
}

/**
 * Count the complete lines of a file and cut off a partial last line (a write a kill interrupted).
 * A missing file counts 0.
 */
export async function completeLines(path: string): Promise<number> {
  let lines = 0;
  let offset = 0;
  let lastNewline = -1;
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
      let i = chunk.indexOf(10);
      while (i >= 0) {
        lines++;
        lastNewline = offset + i;
        i = chunk.indexOf(10, i + 1);
      }
      offset += chunk.length;
    }
  } catch (err) {
    if ((err as { code?: string }).code === 'ENOENT') return 0;
    throw err;
  }
  if (lastNewline + 1 < offset) {
    const fd = openSync(path, 'r+');
    try {
      ftruncateSync(fd, lastNewline + 1);
    } finally {
      closeSync(fd);
    }
  }
  return lines;
}
