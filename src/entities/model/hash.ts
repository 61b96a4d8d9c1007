export const FNV_OFFSET = 0x811c9dc5 | 0;

/** 32-bit FNV-1a hash of a feature name (UTF-16 code units): the model keys its weights by it. */
export function featureHash(s: string): number {
  return hashOn(FNV_OFFSET, s);
}

/**
 * The hash of a name continued over `s`: hashOn(featureHash(a), b) === featureHash(a + b), so a
 * feature's hash is built from its parts without building its name.
 */
export function hashOn(h: number, s: string): number {
  for (let k = 0; k < s.length; k++) {
    h ^= s.charCodeAt(k);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/** hashOn for one code unit. */
export function hashOnCode(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193);
}

/** Bytes of a base64 string (atob: Node 20 and browsers alike). */
export function fromBase64(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let k = 0; k < bin.length; k++) out[k] = bin.charCodeAt(k);
  return out;
}
