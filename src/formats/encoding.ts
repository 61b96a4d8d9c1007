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

/** True when `bytes` (a prefix of a file) is valid UTF-8, allowing a sequence cut at the end. */
export function isUtf8Prefix(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

function hasHighBytes(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b >= 0x80) return true;
  return false;
}

/** Choose an encoding from the first bytes of a stream (BOM, declaration, then the bytes). */
export function detectEncoding(head: Uint8Array): TextEncodingName {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  const declared = declaredEncoding(head);
  if (declared !== null) {
    // A Latin-1 declaration over bytes that are valid UTF-8 with multi-byte sequences is a
    // mislabelled UTF-8 file (common in agency feeds): real Latin-1 text is almost never valid UTF-8.
    if (LATIN1_NAMES.has(declared)) return hasHighBytes(head) && isUtf8Prefix(head) ? 'utf-8' : 'windows-1252';
    if (declared === 'utf-16' || declared === 'utf-16le') return 'utf-16le';
  }
  // No (usable) declaration: let the bytes decide.
  return isUtf8Prefix(head) ? 'utf-8' : 'windows-1252';
}

/**
 * Decode a stream of byte chunks, choosing the encoding from the first 64 KiB. The BOM is
 * dropped (TextDecoder does it); chunks may split multi-byte sequences anywhere.
 */
export async function* decodeStream(chunks: AsyncIterable<Uint8Array>, forced?: TextEncodingName): AsyncGenerator<string> {
  const pending: Uint8Array[] = [];
  let pendingBytes = 0;
  let decoder: InstanceType<typeof TextDecoder> | null = null;
  const start = (): string => {
    const head = Buffer.concat(pending);
    decoder = new TextDecoder(forced ?? detectEncoding(head), { fatal: false });
    return decoder.decode(head, { stream: true });
  };
  for await (const chunk of chunks) {
    if (decoder === null) {
      pending.push(chunk);
      pendingBytes += chunk.length;
      if (pendingBytes < 65_536) continue;
      const s = start();
      if (s) yield s;
      continue;
    }
    const s = (decoder as InstanceType<typeof TextDecoder>).decode(chunk, { stream: true });
    if (s) yield s;
  }
  if (decoder === null) {
    if (pendingBytes === 0) return;
    const s = start();
    if (s) yield s;
  }
  const tail = (decoder as unknown as InstanceType<typeof TextDecoder>).decode();
  if (tail) yield tail;
}

/** Decode a whole buffer the same way (BOM, declaration, bytes). */
export function decodeBytes(bytes: Uint8Array): string {
  return new TextDecoder(detectEncoding(bytes.subarray(0, 65_536)), { fatal: false }).decode(bytes);
}
