/**
 * Byte sources: a file or standard input, decompressed transparently when the first bytes say
 * gzip (1f 8b) or bzip2 ("BZh"). Everything is streamed in chunks; nothing is read whole.
 */
import { createReadStream } from 'node:fs';
import { PassThrough, Readable, pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';

export type Compression = 'gzip' | 'bzip2' | null;

export function compressionOf(head: Uint8Array): Compression {
  if (head[0] === 0x1f && head[1] === 0x8b) return 'gzip';
  if (head[0] === 0x42 && head[1] === 0x5a && head[2] === 0x68 && head[3]! >= 0x31 && head[3]! <= 0x39) return 'bzip2';
  return null;
}

/** A file's bytes in chunks of up to 1 MiB, reporting each chunk's size to `onBytes`. */
export async function* fileChunks(path: string, onBytes?: (n: number) => void): AsyncGenerator<Uint8Array> {
  const stream = createReadStream(path, { highWaterMark: 1 << 20 });
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    onBytes?.(chunk.length);
    yield chunk;
  }
}

/** Normalize chunks (strings become UTF-8 bytes). */
export async function* asBytes(chunks: AsyncIterable<Uint8Array | string>): AsyncGenerator<Buffer> {
  for await (const c of chunks) yield typeof c === 'string' ? Buffer.from(c) : Buffer.isBuffer(c) ? c : Buffer.from(c.buffer, c.byteOffset, c.byteLength);
}

/**
 * Peek at the first bytes of a stream and return them with the whole stream (nothing lost).
 * Reads until at least `want` bytes or the end.
 */
export async function peek(
  chunks: AsyncIterable<Buffer>,
  want = 65_536,
): Promise<{ head: Buffer; stream: AsyncGenerator<Buffer> }> {
  const it = chunks[Symbol.asyncIterator]();
  const got: Buffer[] = [];
  let size = 0;
  let done = false;
  while (size < want) {
    const n = await it.next();
    if (n.done) {
      done = true;
      break;
    }
    got.push(n.value);
    size += n.value.length;
  }
  const head = Buffer.concat(got);
  async function* all(): AsyncGenerator<Buffer> {
    if (head.length > 0) yield head;
    if (done) return;
    for (;;) {
      const n = await it.next();
      if (n.done) return;
      yield n.value;
    }
  }
  return { head, stream: all() };
}

/** Decompress gzip or bzip2 streams, pass others through. */
export async function* decompress(chunks: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  const { head, stream } = await peek(chunks, 4);
  const kind = compressionOf(head);
  if (kind === null) {
    yield* stream;
    return;
  }
  let decoder: NodeJS.ReadWriteStream;
  if (kind === 'gzip') decoder = createGunzip();
  else {
    const { default: bz2 } = await import('unbzip2-stream');
    decoder = bz2() as unknown as NodeJS.ReadWriteStream;
  }
  const out = new PassThrough();
  pipeline(Readable.from(stream), decoder, out, (err) => {
    if (err) out.destroy(err);
  });
  yield* out as AsyncIterable<Buffer>;
}
