import { describe, expect, it } from 'vitest';
import { createBoilerplateMemory, segment } from '../../src/segment/index.js';

/** A made-up site: every page ends with the same sentence-like footer lines. */
const FOOTER = [
  'The Valley Ledger is an independent newspaper serving the river towns since 1901.',
  'Our reporters are paid by readers like you, so please consider a subscription today.',
];

const TOWNS = ['Ashford', 'Bellview', 'Carrow', 'Dunmere'];
const article = (n: number): string => {
  const town = TOWNS[n - 1]!;
  return [
    `${town} board weighs bridge repair`,
    `The ${town} board met on Tuesday to discuss the repair of the old stone bridge over the river, which closed in spring.`,
    `A ${town} board member said the state would pay most of the cost, and that work could start before the end of the year.`,
    `Residents of ${town} asked the board to keep one lane open for school buses while the work goes on.`,
    ...FOOTER,
  ].join('\n');
};

describe('createBoilerplateMemory', () => {
  it('without memory, a sentence-like footer reads as body', () => {
    const body = segment(article(1)).paragraphs.map((p) => p.text);
    expect(body).toContain(FOOTER[0]);
  });

  it('lines recurring across a site\'s articles become boilerplate', () => {
    const memory = createBoilerplateMemory({ minArticles: 3 });
    for (let n = 1; n <= 3; n++) segment(article(n), { boilerplateMemory: memory });
    expect(memory.articles).toBe(3);
    expect(memory.count(FOOTER[0]!)).toBe(3);
    const seg = segment(article(4), { boilerplateMemory: memory });
    const body = seg.paragraphs.map((p) => p.text);
    expect(body).not.toContain(FOOTER[0]);
    expect(body).not.toContain(FOOTER[1]);
    expect(body).toHaveLength(3);
    expect(seg.boilerplate.map((b) => b.text)).toEqual(expect.arrayContaining(FOOTER));
  });

  it('a story the site runs again (a repeat, an update) keeps its body', () => {
    const memory = createBoilerplateMemory({ minArticles: 3 });
    for (let n = 0; n < 4; n++) segment(article(1), { boilerplateMemory: memory });
    const body = segment(article(1), { boilerplateMemory: memory }).paragraphs.map((p) => p.text);
    expect(body).toHaveLength(5); // a repeat: nothing can be told apart, so the model decides alone
    for (let n = 2; n <= 4; n++) segment(article(n), { boilerplateMemory: memory });
    const update = article(1).replace('closed in spring.', 'closed in spring and reopens in May.');
    const again = segment(update, { boilerplateMemory: memory }).paragraphs.map((p) => p.text);
    expect(again).toContain('Residents of Ashford asked the board to keep one lane open for school buses while the work goes on.');
    expect(again.length).toBeGreaterThanOrEqual(3);
  });

  it('counts digits-only differences as the same line, and each line once per article', () => {
    const memory = createBoilerplateMemory();
    memory.learn(['12 Comments', '12 Comments', 'Share']);
    memory.learn(['3 comments']);
    expect(memory.count('7 comments')).toBe(2);
    expect(memory.count('Share')).toBe(1);
    expect(memory.isRecurring('Share')).toBe(false);
  });

  it('stays bounded', () => {
    const memory = createBoilerplateMemory({ maxLines: 100 });
    for (let a = 0; a < 50; a++) memory.learn(Array.from({ length: 20 }, (_, i) => `line ${String.fromCharCode(97 + (i % 26))} ${a}x${i}`.replace(/\d/g, 'q')));
    memory.learn(['kept line']);
    memory.learn(['kept line']);
    expect(memory.count('kept line')).toBe(2);
  });
});

describe('parseArticle with a site memory', () => {
  it('takes the memory through options and rejects anything else', async () => {
    const { parseArticle } = await import('../../src/index.js');
    const memory = createBoilerplateMemory({ minArticles: 3 });
    for (let n = 1; n <= 3; n++) parseArticle(article(n), { boilerplateMemory: memory });
    expect(memory.articles).toBe(3);
    expect(() => parseArticle('x', { boilerplateMemory: {} as never })).toThrow(/createBoilerplateMemory/);
  });
});
