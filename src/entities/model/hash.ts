/** 32-bit FNV-1a hash of a feature name (UTF-16 code units): the model keys its weights by it. */
export function featureHash(s: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < s.length; k++) {
    h ^= s.charCodeAt(k);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/** Bytes of a base64 string (atob: Node 20 and browsers alike). */
export function fromBase64(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let k = 0; k < bin.length; k++) out[k] = bin.charCodeAt(k);
  return out;
}
