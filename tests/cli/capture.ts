/** `run` in-process with its streams faked: standard output and error captured as strings. */
import { PassThrough, Readable, type Writable } from 'node:stream';
import type { CliIO } from '../../src/cli/main.js';

export interface Captured {
  io: CliIO;
  stdout: () => string;
  stderr: () => string;
}

export function capture(options: { stdin?: string | Uint8Array; stdinIsTTY?: boolean; stdout?: Writable } = {}): Captured {
  const collect = (): [PassThrough, () => string] => {
    const stream = new PassThrough();
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    return [stream, () => Buffer.concat(chunks).toString('utf8')];
  };
  const [stdout, out] = collect();
  const [stderr, err] = collect();
  const io: CliIO = {
    stdin: () => Readable.from([Buffer.from(options.stdin ?? '')]),
    stdout: options.stdout ?? stdout,
    stderr,
    stdinIsTTY: options.stdinIsTTY ?? false,
  };
  return { io, stdout: out, stderr: err };
}
