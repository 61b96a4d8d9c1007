import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';
import type { Article } from '../src/types.js';
import { allCases, type Case } from './helpers/inputs.js';
import { coverageProblems, headlineProblems, overlapProblems, quoteTextProblems } from './helpers/invariants.js';
import { spanProblems } from './helpers/spans.js';

const first = (problems: string[]): string[] => problems.slice(0, 10);

function check(c: Case): void {
  let parsed: Article | undefined;
  const article = (): Article => (parsed ??= parseArticle(c.text, c.options));

  describe(c.name, () => {
    it('every span is input.slice(start, end), inside the input', () => {
      expect(first(spanProblems(c.text, article()))).toEqual([]);
    });
    it('body.text is the paragraphs joined by newlines', () => {
      const a = article();
      expect(a.body.text).toBe(a.body.paragraphs.map((p) => p.text).join('\n'));
    });
    it('quote texts are their spans joined by a space', () => {
      expect(first(quoteTextProblems(c.text, article()))).toEqual([]);
    });
    it('headline offsets agree with its source', () => {
      expect(headlineProblems(article())).toEqual([]);
    });
    it('body paragraphs and boilerplate do not overlap', () => {
      expect(first(overlapProblems(article()))).toEqual([]);
    });
    it('every non-blank line is in exactly one of body, boilerplate, headline, byline', () => {
      expect(first(coverageProblems(c.text, article()))).toEqual([]);
    });
    it('is deterministic', () => {
      expect(parseArticle(c.text, c.options)).toEqual(article());
    });
  });
}

for (const c of allCases()) check(c);
