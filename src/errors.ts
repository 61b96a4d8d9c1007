/**
 * Errors newsparse throws on purpose. Every one has a stable `code`, and every one is an
 * `instanceof NewsparseError`; argument errors are also `instanceof TypeError`, so callers that
 * only know the built-in classes keep working.
 */

const BRAND = Symbol.for('newsparse.error');

export type NewsparseErrorCode = 'ERR_NEWSPARSE_ARGUMENT' | 'ERR_NEWSPARSE_INPUT_TOO_LARGE' | (string & {});

export class NewsparseError extends Error {
  readonly code: NewsparseErrorCode;
  readonly [BRAND] = true;

  constructor(code: NewsparseErrorCode, message: string) {
    super(message);
    this.name = 'NewsparseError';
    this.code = code;
  }

  /** Argument errors extend TypeError; they still answer `instanceof NewsparseError`. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
  }
}

/** A wrong argument: not a string, an option of the wrong type, a date that is no date. */
export class NewsparseArgumentError extends TypeError {
  readonly code = 'ERR_NEWSPARSE_ARGUMENT' as const;
  readonly [BRAND] = true;

  constructor(message: string) {
    super(message);
    this.name = 'NewsparseArgumentError';
  }
}

/**
 * Input over a size limit: more UTF-8 bytes than `maxInputBytes` (counted without encoding the
 * text), or more non-blank lines than `maxLines`. `unit` says which.
 */
export class InputTooLargeError extends NewsparseError {
  constructor(
    readonly size: number,
    readonly limit: number,
    readonly unit: 'bytes' | 'lines' = 'bytes',
  ) {
    super('ERR_NEWSPARSE_INPUT_TOO_LARGE', unit === 'bytes' ? `newsparse: input of ${size} bytes exceeds maxInputBytes (${limit})` : `newsparse: input of ${size} non-blank lines exceeds maxLines (${limit})`);
    this.name = 'InputTooLargeError';
  }
}
