import { RegExpParser } from '@eslint-community/regexpp';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyse } from 'scslre';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Every regular expression in src/ is checked for super-linear backtracking with scslre (the
 * analysis behind eslint-plugin-regexp's no-super-linear-backtracking): regex literals found in
 * the source, and patterns our code builds at run time with `new RegExp(...)`, captured while the
 * library loads and parses a sample. Dependencies' own patterns (chrono-node's) are not ours to
 * vet: we bound the strings we hand them instead. "Move" reports (quadratic when a search restarts at every offset)
 * count too.
 *
 * A pattern may only be listed in ALLOWED when its input is bounded where it is used; say how.
 * Otherwise fix the pattern (anchor it, bound its quantifiers, or scan by hand).
 */
const ALLOWED: Record<string, string> = {
  '/\\s*(?:,|\\||\\band\\b|&|·|•|\\/)\\s*/': 'byline.ts: applied only to lines of at most 160 characters',
  '/([A-Za-z]{3})[a-z.]* (\\d{1,2})|(\\d{1,2}) ([A-Za-z]{3})/': 'dateline.ts: applied to the date part of a dateline, cut to 160 characters',
};

const root = fileURLToPath(new URL('..', import.meta.url));
const parser = new RegExpParser();

function* sources(dir: string): Generator<string> {
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) yield* sources(p);
    else if (p.endsWith('.ts')) yield p;
  }
}

function problems(literal: string): string[] {
  if (ALLOWED[literal]) return [];
  const ast = parser.parseLiteral(literal);
  return analyse(ast, { reportTypes: { Move: true } }).reports.map((r) => `${r.type}${r.exponential ? ' (exponential)' : ''}`);
}

describe('regular expressions are linear-time', () => {
  it('regex literals in src/', () => {
    const found: string[] = [];
    let count = 0;
    for (const file of sources(join(root, 'src'))) {
      const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
      const visit = (node: ts.Node): void => {
        if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
          count++;
          const text = node.getText();
          for (const p of problems(text)) found.push(`${relative(root, file)}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1} ${text} — ${p}`);
        }
        ts.forEachChild(node, visit);
      };
      visit(sf);
    }
    expect(count).toBeGreaterThan(50);
    expect(found).toEqual([]);
  });

  it('patterns built at run time with new RegExp', async () => {
    const seen = new Set<string>();
    const Native = RegExp;
    // record every pattern the library builds while it loads and parses
    const ours = (): boolean => {
      const caller = (new Error().stack ?? '').split('\n').slice(3, 4).join('');
      return caller.includes(`${join(root, 'src')}`) && !caller.includes('node_modules');
    };
    const Recording = new Proxy(Native, {
      construct(target, args: [string | RegExp, string?]) {
        const re = new target(...args);
        if (ours()) seen.add(re.toString());
        return re;
      },
      apply(target, _this, args: [string | RegExp, string?]) {
        const re = target(...args);
        if (ours()) seen.add(re.toString());
        return re;
      },
    });
    globalThis.RegExp = Recording;
    try {
      const lib = await import('../src/index.js');
      const text = readFileSync(join(root, 'fixtures', 'seed-xinhua-interpol.txt'), 'utf8');
      lib.parseArticle(`NAIROBI, March 3 (Reuters) - ${text}\nBy Maria Lopez\nPublished: March 3, 2021`, { publishedAt: '2017-05-14' });
      lib.extractDates('every Monday, last week, the third quarter, two years ago, at 10 a.m., 1995, the 1990s, summer', { referenceDate: '2021-03-03' });
    } finally {
      globalThis.RegExp = Native;
    }
    expect(seen.size).toBeGreaterThan(0);
    const found = [...seen].flatMap((literal) => problems(literal).map((p) => `${literal.slice(0, 120)} — ${p}`));
    expect(found).toEqual([]);
  });
});
