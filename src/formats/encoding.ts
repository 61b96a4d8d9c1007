/**
 * Bytes to text for dump readers: a byte order mark is stripped, the encoding comes from the
 * BOM, else an XML declaration (`encoding="ISO-8859-1"`), else the bytes themselves (text that is
 * not valid UTF-8 but has high bytes reads as Windows-1252, a superset of Latin-1). Invalid
 * UTF-8 becomes U+FFFD instead of failing the whole file.
 */

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

const LATIN1_NAMES = new Set(['iso-8859-1', 'iso8859-1', 'latin1', 'latin-1', 'l1', 'windows-1252', 'cp1252', 'us-ascii', 'ascii', 'iso-8859-15']);

/** The encoding an XML declaration names, lower-cased, or null. Looks only at the first 200 bytes. */
export function declaredEncoding(head: Uint8Array): string | null {
  const start = head.subarray(0, 200);
  let s = '';
  for (const b of start) s += String.fromCharCode(b);
  if (!s.startsWith('<?xml')) return null;
  const end = s.indexOf('?>');
  const decl = end < 0 ? s : s.slice(0, end);
  const m = /encoding\s*=\s*["']([A-Za-z0-9._-]{1,40})["']/.exec(decl);
  return m ? m[1]!.toLowerCase() : null;
}

/** True when `bytes` is valid UTF-8; unless `complete`, a sequence cut at the end is allowed (a prefix). */
export function isUtf8Prefix(bytes: Uint8Array, complete = false): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: !complete });
    return true;
  } catch {
    return false;
  }
}

// Windows-1252's 0x80-0x9F (curly quotes, dashes, euro); Node's TextDecoder reads them as C1 controls.
const CP1252 = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';
const C1 = /[\u0080-\u009f]/g;
const fromCp1252 = (s: string): string => s.replace(C1, (c) => CP1252[c.charCodeAt(0) - 0x80]!);

/** A decoder for `encoding` whose output is fixed up for Windows-1252. */
function decoderFor(encoding: TextEncodingName): (bytes: Uint8Array, stream: boolean) => string {
  const d = new TextDecoder(encoding, { fatal: false });
  if (encoding !== 'windows-1252') return (b, stream) => d.decode(b, { stream });
  return (b, stream) => fromCp1252(d.decode(b, { stream }));
}

function hasHighBytes(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b >= 0x80) return true;
  return false;
}

/**
 * Choose an encoding from the first bytes of a stream (BOM, declaration, then the bytes).
 * `complete`: `head` is the whole stream (a multi-byte sequence cut at its end is then an error).
 */
export function detectEncoding(head: Uint8Array, complete = false): TextEncodingName {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  const declared = declaredEncoding(head);
  if (declared !== null) {
    // A Latin-1 declaration over bytes that are valid UTF-8 with multi-byte sequences is a
    // mislabelled UTF-8 file (common in agency feeds): real Latin-1 text is almost never valid UTF-8.
    if (LATIN1_NAMES.has(declared)) return hasHighBytes(head) && isUtf8Prefix(head, complete) ? 'utf-8' : 'windows-1252';
    if (declared === 'utf-16' || declared === 'utf-16le') return 'utf-16le';
  }
  // No (usable) declaration: let the bytes decide.
  return isUtf8Prefix(head, complete) ? 'utf-8' : 'windows-1252';
}

/**
 * Decode a stream of byte chunks, choosing the encoding from the first 64 KiB. The BOM is
 * dropped (TextDecoder does it); chunks may split multi-byte sequences anywhere.
 */
export async function* decodeStream(chunks: AsyncIterable<Uint8Array>, forced?: TextEncodingName): AsyncGenerator<string> {
  const pending: Uint8Array[] = [];
  let pendingBytes = 0;
  let decoder: ((bytes: Uint8Array, stream: boolean) => string) | null = null;
  const start = (complete: boolean): string => {
    const head = Buffer.concat(pending);
    decoder = decoderFor(forced ?? detectEncoding(head, complete));
    return decoder(head, true);
  };
  for await (const chunk of chunks) {
    if (decoder === null) {
      pending.push(chunk);
      pendingBytes += chunk.length;
      if (pendingBytes < 65_536) continue;
      const s = start(false);
      if (s) yield s;
      continue;
    }
    const s = (decoder as (bytes: Uint8Array, stream: boolean) => string)(chunk, true);
    if (s) yield s;
  }
  if (decoder === null) {
    if (pendingBytes === 0) return;
    const s = start(true);
    if (s) yield s;
  }
  const tail = (decoder as unknown as (bytes: Uint8Array, stream: boolean) => string)(new Uint8Array(0), false);
  if (tail) yield tail;
}

/** Decode a whole buffer the same way (BOM, declaration, bytes). */
export function decodeBytes(bytes: Uint8Array): string {
  return decoderFor(detectEncoding(bytes.subarray(0, 65_536), bytes.length <= 65_536))(bytes, false);
}
