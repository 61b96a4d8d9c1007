import { lineObjects, readLines } from './lines.js';
import { groupParagraphs } from './paragraphs.js';
import { tokenize } from './tokens.js';
import type { Document, Line } from './types.js';

/** Read the text once into a Document: lines, paragraphs, sentences, tokens, with offsets. */
export function buildDocument(text: string): Document {
  const table = readLines(text);
  const paragraphs = groupParagraphs(text, table);
  const { tokens, sentences, paragraphTokens } = tokenize(text, paragraphs);
  // no stage reads the lines after the paragraphs are made: their objects are made only when
  // asked for (a page of a million blank lines must not hold a million objects)
  let lines: Line[] | null = null;
  return {
    text,
    get lines(): Line[] {
      return (lines ??= lineObjects(table));
    },
    paragraphs,
    tokens,
    sentences,
    paragraphTokens,
  };
}

/** Text of a token. */
export function tokenText(doc: Document, i: number): string {
  return doc.text.slice(doc.tokens.start[i]!, doc.tokens.end[i]!);
}
