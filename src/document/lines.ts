import type { Line } from './types.js';

/** Split text into lines on \n, \r\n or \r; offsets exclude the break. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const push = (start: number, end: number): void => {
    lines.push({ index: lines.length, start, end, blank: !hasVisible(text, start, end) });
  };
  let start = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      push(start, i);
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  if (start < n) push(start, n);
  return lines;
}

/**
 * Whether text[start, end) holds a visible character: one that is not whitespace (what \s
 * matches) nor a zero-width space, mark or joiner (U+200B-U+200F).
 */
function hasVisible(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (!isInvisible(text.charCodeAt(k))) return true;
  return false;
}

function isInvisible(c: number): boolean {
  if (c > 32 && c < 127) return false;
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200f) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
