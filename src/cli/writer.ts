/**
 * The output layer: writes parsed articles to a stream. JSON Lines today; another format or an
 * `--out` file is another RecordWriter.
 */
import type { Writable } from 'node:stream';
import type { Article } from '../types.js';
import { isClosedOutput } from './errors.js';

export interface OutputRecord {
  id: string;
  article: Article;
}

export interface RecordWriter {
  /**
   * Write one record once the stream has taken it. Resolves false when the reader has gone
   * away (EPIPE): nothing more is written and the caller should stop. Rejects on any other
   * write error.
   */
  write(record: OutputRecord): Promise<boolean>;
  /** Settle after the last write; rejects if the stream failed. Does not end the stream. */
  close(): Promise<void>;
}

/** One JSON document per record, newline-terminated (indented with `pretty`). */
export function jsonWriter(out: Writable, options: { pretty: boolean }): RecordWriter {
  let closed = false;
  let failure: unknown = null;
  const onError = (err: unknown): void => {
    if (isClosedOutput(err)) closed = true;
    else failure ??= err;
  };
  // Keeps a write error from becoming an uncaught 'error' event; the next write reports it.
  out.on('error', onError);

  return {
    async write(record) {
      if (failure) throw failure;
      if (closed) return false;
      const json = options.pretty ? JSON.stringify(record, null, 2) : JSON.stringify(record);
      // Waiting for each write's callback keeps memory flat on a slow reader (backpressure)
      // and ties an EPIPE to the write that caused it.
      await new Promise<void>((resolve) => {
        out.write(json + '\n', (err) => {
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
