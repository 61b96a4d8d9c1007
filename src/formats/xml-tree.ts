/** A small order-preserving element tree for one XML record, and helpers to read it. */
import { BLOCK_ELEMENTS, ParagraphBuilder, htmlToParagraphs, squash } from './text.js';

export interface XNode {
  /** Qualified name as written (`content:encoded`). */
  name: string;
  /** Name without its prefix (`encoded`). */
  local: string;
  attrs: Record<string, string>;
  children: (XNode | string)[];
}

export const localName = (name: string): string => {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
};

/** First descendant (depth first, document order) with this local name, or with this qualified name when it has a colon. */
export function find(node: XNode, name: string): XNode | undefined {
  const qualified = name.includes(':');
  const stack: XNode[] = [node];
  while (stack.length > 0) {
    const cur = stack.pop()!;
    if (cur !== node && (qualified ? cur.name === name : cur.local === name)) return cur;
    for (let i = cur.children.length - 1; i >= 0; i--) {
      const c = cur.children[i]!;
      if (typeof c !== 'string') stack.push(c);
    }
  }
  return undefined;
}

/** Walk a path of direct children by local name. */
export function child(node: XNode | undefined, ...path: string[]): XNode | undefined {
  let cur = node;
  for (const name of path) {
    if (cur === undefined) return undefined;
    cur = cur.children.find((c): c is XNode => typeof c !== 'string' && (name.includes(':') ? c.name === name : c.local === name));
  }
  return cur;
}

export function children(node: XNode | undefined, name: string): XNode[] {
  if (!node) return [];
  return node.children.filter((c): c is XNode => typeof c !== 'string' && c.local === name);
}

/** All text below a node, concatenated. */
export function textOf(node: XNode | undefined): string {
  if (!node) return '';
  const parts: string[] = [];
  const walk = (n: XNode): void => {
    for (const c of n.children) typeof c === 'string' ? parts.push(c) : walk(c);
  };
  walk(node);
  return parts.join('');
}

/** Text of a node with whitespace collapsed; undefined when empty. */
export function cleanText(node: XNode | undefined): string | undefined {
  const s = squash(textOf(node));
  return s === '' ? undefined : s;
}

/** Paragraphs of mixed content: block elements (p, hl2, li, br, ...) end paragraphs. */
export function paragraphsOf(node: XNode | undefined, skip: ReadonlySet<string> = new Set()): string[] {
  if (!node) return [];
  const out = new ParagraphBuilder();
  const walk = (n: XNode): void => {
    for (const c of n.children) {
      if (typeof c === 'string') {
        out.text(c);
        continue;
      }
      if (skip.has(c.local)) continue;
      const block = BLOCK_ELEMENTS.has(c.local);
      if (block) out.flush();
      walk(c);
      if (block) out.flush();
    }
  };
  walk(node);
  return out.result();
}

/** Paragraphs of an element holding HTML as text (RSS content:encoded, escaped description). */
export function htmlParagraphsOf(node: XNode | undefined): string[] {
  if (!node) return [];
  // XHTML children (Atom type="xhtml") are already elements.
  if (node.children.some((c) => typeof c !== 'string')) return paragraphsOf(node);
  return htmlToParagraphs(textOf(node));
}
