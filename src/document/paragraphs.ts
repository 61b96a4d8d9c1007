import type { LineTable } from './lines.js';
import type { Paragraph } from './types.js';

/**
 * Group lines into paragraphs.
 * Scraped pages put one block per line, so by default every non-blank line is a paragraph.
 * Hard-wrapped wire copy (blank lines between blocks, lines broken near a fixed width)
 * joins the lines of a block into one paragraph.
 */
export function groupParagraphs(text: string, lines: LineTable): Paragraph[] {
  const { count, start, end, blank } = lines;
  const wrapped = isHardWrapped(text, lines);
  const paragraphs: Paragraph[] = [];
  let i = 0;
  while (i < count) {
    if (blank[i]) {
      i++;
      continue;
    }
    let j = i + 1;
    if (wrapped) {
      while (j < count && !blank[j] && !startsNewBlock(text, start[j]!)) j++;
    }
    paragraphs.push({ index: paragraphs.length, start: trimStart(text, start[i]!, end[i]!), end: trimEnd(text, start[j - 1]!, end[j - 1]!), firstLine: i, lastLine: j });
    i = j;
  }
  return paragraphs;
}

/** Where a line's text starts, leading whitespace skipped. */
function trimStart(text: string, s: number, e: number): number {
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  return s;
}

/** Where a line's text ends, trailing whitespace dropped. */
function trimEnd(text: string, s: number, e: number): number {
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  return e;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200b) || c === 0xfeff;
}

/** An indented line inside a wrapped block starts a new paragraph (old wire style). */
function startsNewBlock(text: string, lineStart: number): boolean {
  const c = text.charCodeAt(lineStart);
  return c === 32 || c === 9;
}

/**
 * Hard-wrapped: blank lines separate blocks, and inside blocks the lines break near a fixed
 * width mid-sentence (often before a lower-case word). A list of titles breaks before capitals.
 */
function isHardWrapped(text: string, lines: LineTable): boolean {
  const { count, start, end, blank } = lines;
  let blanks = 0;
  let candidates = 0;
  let open = 0;
  let lower = 0;
  for (let i = 0; i < count; i++) {
    if (blank[i]) {
      blanks++;
      continue;
    }
    if (i + 1 >= count || blank[i + 1]) continue;
    const len = end[i]! - start[i]!;
    if (len < 40 || len > 100) continue;
    candidates++;
    const last = text.charCodeAt(end[i]! - 1);
    const nextFirst = text.charCodeAt(start[i + 1]!);
    if (!(last === 46 || last === 33 || last === 63 || last === 34 || last === 0x201d || last === 58)) open++;
    if (nextFirst >= 97 && nextFirst <= 122) lower++;
  }
  return blanks >= 1 && candidates >= 3 && open / candidates >= 0.6 && lower / candidates >= 0.25;
}
