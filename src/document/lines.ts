import type { Line } from './types.js';

const VISIBLE = /[^\s\u200b-\u200f\u2028\u2029\ufeff]/;

/** Split text into lines on \n, \r\n or \r; offsets exclude the break. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const push = (start: number, end: number): void => {
    lines.push({ index: lines.length, start, end, blank: !VISIBLE.test(text.slice(start, end)) });
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
