/** Turning errors into the short reasons the CLI prints after `newsparse: <input>: `. */

const REASONS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory',
  ENOTDIR: 'not a directory',
  ELOOP: 'too many levels of symbolic links',
  EMFILE: 'too many open files',
  ERR_ENCODING_INVALID_ENCODED_DATA: 'invalid UTF-8 (not a UTF-8 text file?)',
};

/** A one-line reason for an error: a plain phrase for common system errors, else the message. */
export function reasonOf(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && code in REASONS) return REASONS[code]!;
  const message = err instanceof Error ? err.message : String(err);
  // Library errors already carry the program name; the CLI adds its own prefix.
  return message.replace(/^newsparse: /, '').split('\n')[0]!;
}

/** True for the errors a write gets once the reader has gone away (`newsparse dir | head -1`). */
export function isClosedOutput(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === 'EPIPE' || code === 'ERR_STREAM_DESTROYED';
}

/** The code of a library error (InputTooLargeError, ...), else PARSE_ERROR. */
export function errorCode(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : 'PARSE_ERROR';
}
