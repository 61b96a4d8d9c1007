import type { Line } from './types.js';

/**
 * The lines of a text as parallel typed arrays: 9 bytes a line instead of an object each, so a
 * page of a million short or blank lines costs megabytes, not hundreds of them.
 */
export interface LineTable {
  count: number;
  start: Int32Array;
  /** exclusive, without the line break */
  end: Int32Array;
  /** 1 when the line holds no visible character */
  blank: Uint8Array;
}

/** Split text into lines on \n, \r\n or \r; offsets exclude the break. */
export function readLines(text: string): LineTable {
  const n = text.length;
  // without '\r' (most text) the breaks are found by indexOf, which scans far faster than a loop
  const cr = text.includes('\r');
  let breaks = 0;
  if (!cr) for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) breaks++;
  else {
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) breaks++;
      else if (c === 13 && text.charCodeAt(i + 1) !== 10) breaks++;
    }
  }
  // every line but the last ends at a break
  const size = breaks + 1;
  const start = new Int32Array(size);
  const end = new Int32Array(size);
  const blank = new Uint8Array(size);
  let count = 0;
  const push = (s: number, e: number): void => {
    start[count] = s;
    end[count] = e;
    blank[count] = hasVisible(text, s, e) ? 0 : 1;
    count++;
  };
  let s = 0;
  if (!cr) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', s)) {
      push(s, i);
      s = i + 1;
    }
  } else {
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || c === 13) {
        push(s, i);
        if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
        s = i + 1;
      }
    }
  }
  if (s < n) push(s, n);
  return { count, start, end, blank };
}

/** The lines as objects (Document.lines, made when first read). */
export function lineObjects(table: LineTable): Line[] {
  const lines: Line[] = new Array(table.count);
  for (let i = 0; i < table.count; i++) lines[i] = { index: i, start: table.start[i]!, end: table.end[i]!, blank: table.blank[i] === 1 };
  return lines;
}

/** Split text into lines on \n, \r\n or \r; offsets exclude the break. */
export function splitLines(text: string): Line[] {
  return lineObjects(readLines(text));
}

/** How many lines of `text` hold a visible character (counted without making the lines). */
export function countVisibleLines(text: string): number {
  let count = 0;
  let visible = false;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      if (visible) count++;
      visible = false;
    } else if (!visible && !isInvisible(c)) visible = true;
  }
  return visible ? count + 1 : count;
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
