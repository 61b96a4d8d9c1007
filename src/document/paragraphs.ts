import type { Line, Paragraph } from './types.js';

/**
 * Group lines into paragraphs.
 * Scraped pages put one block per line, so by default every non-blank line is a paragraph.
 * Hard-wrapped wire copy (blank lines between blocks, lines broken near a fixed width)
 * joins the lines of a block into one paragraph.
 */
export function groupParagraphs(text: string, lines: Line[]): Paragraph[] {
  const wrapped = isHardWrapped(text, lines);
  const paragraphs: Paragraph[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (line.blank) {
      i++;
      continue;
    }
    let j = i + 1;
    if (wrapped) {
      while (j < lines.length && !lines[j]!.blank && !startsNewBlock(text, lines[j]!)) j++;
    }
    const first = trimmedSpan(text, line);
    const last = trimmedSpan(text, lines[j - 1]!);
    paragraphs.push({ index: paragraphs.length, start: first.start, end: last.end, firstLine: i, lastLine: j });
    i = j;
  }
  return paragraphs;
}

/** A line's span without leading/trailing whitespace. */
export function trimmedSpan(text: string, line: Line): { start: number; end: number } {
  let s = line.start;
  let e = line.end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  return { start: s, end: e };
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200b) || c === 0xfeff;
}

/** An indented line inside a wrapped block starts a new paragraph (old wire style). */
function startsNewBlock(text: string, line: Line): boolean {
  const c = text.charCodeAt(line.start);
  return c === 32 || c === 9;
}

/**
 * Hard-wrapped: blank lines separate blocks, and inside blocks the lines break near a fixed
 * width mid-sentence (often before a lower-case word). A list of titles breaks before capitals.
 */
function isHardWrapped(text: string, lines: Line[]): boolean {
  let blanks = 0;
  let candidates = 0;
  let open = 0;
  let lower = 0;
  for (let i = 0; i < lines.length; i++) {
    const a = lines[i]!;
    if (a.blank) {
      blanks++;
      continue;
    }
    const b = lines[i + 1];
    if (!b || b.blank) continue;
    const len = a.end - a.start;
    if (len < 40 || len > 100) continue;
    candidates++;
    const last = text.charCodeAt(a.end - 1);
    const nextFirst = text.charCodeAt(b.start);
    if (!(last === 46 || last === 33 || last === 63 || last === 34 || last === 0x201d || last === 58)) open++;
    if (nextFirst >= 97 && nextFirst <= 122) lower++;
  }
  return blanks >= 1 && candidates >= 3 && open / candidates >= 0.6 && lower / candidates >= 0.25;
}
