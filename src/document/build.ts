import { splitLines } from './lines.js';
import { groupParagraphs } from './paragraphs.js';
import { tokenize } from './tokens.js';
import type { Document } from './types.js';

/** Read the text once into a Document: lines, paragraphs, sentences, tokens, with offsets. */
export function buildDocument(text: string): Document {
  const lines = splitLines(text);
  const paragraphs = groupParagraphs(text, lines);
  const { tokens, sentences, paragraphTokens } = tokenize(text, paragraphs);
  return { text, lines, paragraphs, tokens, sentences, paragraphTokens };
}

/** Text of a token. */
export function tokenText(doc: Document, i: number): string {
  return doc.text.slice(doc.tokens.start[i]!, doc.tokens.end[i]!);
}
