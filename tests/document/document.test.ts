import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RUNS, SEED } from '../helpers/generators.js';
import { winkInstances, winkLimits } from '../../src/document/tokens.js';
import { buildDocument, tokenText } from '../../src/document/build.js';
import { countVisibleLines, readLines, splitLines } from '../../src/document/lines.js';
import { groupParagraphs } from '../../src/document/paragraphs.js';
import { regionSentences, regionTokens, tokenAt } from '../../src/document/regions.js';

describe('splitLines', () => {
  it('splits on \\n, \\r\\n and \\r with offsets that exclude the break', () => {
    const text = 'a\r\nbb\rccc\n\nd';
    const lines = splitLines(text);
    expect(lines.map((l) => text.slice(l.start, l.end))).toEqual(['a', 'bb', 'ccc', '', 'd']);
    expect(lines.map((l) => l.blank)).toEqual([false, false, false, true, false]);
  });

  it('has no line after a final break, and none for the empty string', () => {
    expect(splitLines('')).toEqual([]);
    expect(splitLines('x\n').map((l) => [l.start, l.end])).toEqual([[0, 1]]);
  });

  it('treats lines of only invisible characters as blank', () => {
    expect(splitLines(' \u200b\ufeff\t').map((l) => l.blank)).toEqual([true]);
  });
});

describe('groupParagraphs', () => {
  it('makes every non-blank line a paragraph in scraped text', () => {
    const text = 'Title line\nFirst paragraph here.\nSecond one.\n';
    const paras = groupParagraphs(text, readLines(text));
    expect(paras.map((p) => text.slice(p.start, p.end))).toEqual(['Title line', 'First paragraph here.', 'Second one.']);
  });

  it('joins hard-wrapped wire copy into paragraphs', () => {
    const text = [
      'The central bank raised its benchmark rate by a quarter point on',
      'Tuesday, the third increase this year, and signalled that more',
      'tightening could follow if prices keep rising.',
      '',
      'Analysts had expected the move after inflation data published last',
      'week showed consumer prices climbing faster than forecast in',
      'most regions of the country.',
    ].join('\n');
    const paras = groupParagraphs(text, readLines(text));
    expect(paras).toHaveLength(2);
    expect(text.slice(paras[0]!.start, paras[0]!.end)).toMatch(/^The central bank.*prices keep rising\.$/s);
  });

  it('does not join a list of titles', () => {
    const text = 'Fire brigade holds group wedding in the city centre\nTourists enjoy ice sculptures in the northern town\nSunset scenery of the old pagoda at the river bend\n\nTop 10 media buzzwords of the year in review here';
    expect(groupParagraphs(text, readLines(text))).toHaveLength(4);
  });
});

describe('buildDocument', () => {
  const text = '\nInterpol will help, Secretary General Jurgen Stock said here on Sunday.\n"It works," said Stock.\nFire brigade in Shanghai holds group wedding  ';

  it('carries every token back to its offsets in the input', () => {
    const doc = buildDocument(text);
    expect(doc.tokens.count).toBeGreaterThan(20);
    for (let i = 0; i < doc.tokens.count; i++) {
      const t = tokenText(doc, i);
      expect(t.trim()).toBe(t);
      expect(t.length).toBeGreaterThan(0);
      expect(doc.tokens.value[i]).toBe(t);
      expect(doc.tokens.lower[i]).toBe(t.toLowerCase());
      if (i > 0) expect(doc.tokens.start[i]!).toBeGreaterThanOrEqual(doc.tokens.end[i - 1]!);
    }
    expect(tokenText(doc, 0)).toBe('Interpol');
  });

  it('cuts sentences at paragraph ends', () => {
    const doc = buildDocument(text);
    const sentences = doc.sentences.map((s) => text.slice(s.start, s.end));
    expect(sentences).toContain('Fire brigade in Shanghai holds group wedding');
    for (const s of doc.sentences) expect(doc.tokens.paragraph[s.first]).toBe(doc.tokens.paragraph[s.last - 1]);
  });

  it('cuts sentences after terminal punctuation and closing quotes, not after titles, initials, dotted abbreviations or a state after a party letter', () => {
    const t =
      'Sen. David Perdue (R-Ga.) said he would. Mr. Smith met Gov. Cuomo at the U.S. Open on Jan. 5 at 3.5 percent. ' +
      '"Yes," he said. "No!" She left (finally). Then George W. Bush came... and went. It was in Selma, Ala. But Acme Inc. The end? ' +
      "''It was,'' he said. ''Yes.'' Fine. The answer was no. He lived in the U.S. He said Del. Stacey Plaskett won.";
    const doc = buildDocument(t);
    expect(doc.sentences.map((s) => t.slice(s.start, s.end))).toEqual([
      'Sen. David Perdue (R-Ga.) said he would.',
      'Mr. Smith met Gov. Cuomo at the U.S. Open on Jan. 5 at 3.5 percent.',
      '"Yes," he said.',
      '"No!"',
      'She left (finally).',
      'Then George W. Bush came... and went.',
      'It was in Selma, Ala.',
      'But Acme Inc.',
      'The end?',
      "''It was,'' he said.",
      "''Yes.''",
      'Fine.',
      'The answer was no.',
      'He lived in the U.S.',
      'He said Del. Stacey Plaskett won.',
    ]);
  });

  it('handles inputs with no tokens', () => {
    for (const t of ['', '   ', '\n\n\n']) {
      const doc = buildDocument(t);
      expect(doc.tokens.count).toBe(0);
      expect(doc.sentences).toEqual([]);
    }
  });
});

describe('regions', () => {
  const text = 'Alpha beta.\nGamma delta epsilon.\nZeta.';
  const doc = buildDocument(text);

  it('finds the first token at or after an offset', () => {
    expect(tokenText(doc, tokenAt(doc, 12))).toBe('Gamma');
    expect(tokenAt(doc, text.length)).toBe(doc.tokens.count);
  });

  it('lists the tokens and sentences inside regions only', () => {
    const region = { start: 12, end: 32 };
    const [[a, b]] = regionTokens(doc, [region]) as [[number, number]];
    expect(text.slice(doc.tokens.start[a]!, doc.tokens.end[b - 1]!)).toBe('Gamma delta epsilon.');
    expect(regionSentences(doc, [region]).map((s) => text.slice(doc.sentences[s]!.start, doc.sentences[s]!.end))).toEqual(['Gamma delta epsilon.']);
  });
});

describe('pathological input', () => {
  it('keeps offsets right past more than 65,535 spaces (wink caps its space counts)', () => {
    const text = `Hello ${' '.repeat(70_000)} world.\n${' '.repeat(70_000)}Again`;
    const doc = buildDocument(text);
    expect(Array.from({ length: doc.tokens.count }, (_, i) => tokenText(doc, i))).toEqual(['Hello', 'world', '.', 'Again']);
  });

  it('keeps words longer than 64 characters out of wink and still returns them as tokens', () => {
    const long = 'a-'.repeat(5000);
    const text = `Before ${long} after. Then ${'x'.repeat(100)}`;
    // (wink alone takes half a minute on this word: a regression shows as a test timeout)
    const doc = buildDocument(text);
    const words = Array.from({ length: doc.tokens.count }, (_, i) => tokenText(doc, i));
    expect(words).toEqual(['Before', long, 'after', '.', 'Then', 'x'.repeat(100)]);
    expect(doc.tokens.paragraph[1]).toBe(0);
  });

  it('finds long words wherever they stand: at the ends, between any spaces, 64 characters kept in wink, 65 not', () => {
    const w64 = 'b'.repeat(64);
    const w65 = 'c'.repeat(65);
    const w200 = 'd'.repeat(200);
    for (const sp of [' ', '\n', '\t', '\u00a0', '\u2003', '\u3000']) {
      const text = `${w65}${sp}Word${sp}${w64}${sp}${w200}${sp}x${sp}${w65}`;
      const doc = buildDocument(text);
      const words = Array.from({ length: doc.tokens.count }, (_, i) => tokenText(doc, i));
      expect(words).toContain(w65);
      expect(words).toContain(w200);
      expect(words.filter((w) => w === w65)).toHaveLength(2);
      expect(words.join('')).toBe(text.replace(/\s/g, ''));
      // the long ones are tokens of their own (type word, tag X), the 64-character one went through wink
      expect(doc.tokens.pos[words.indexOf(w200)]).toBe('X');
      expect(doc.tokens.pos[words.indexOf(w64)]).not.toBe('X');
    }
  });
});

describe('token forms', () => {
  it('gives lower-case forms, the same string for every occurrence of a word', () => {
    const doc = buildDocument('Paris and PARIS and paris. Éire ÉIRE. Straße.');
    const { value, lower } = doc.tokens;
    for (let i = 0; i < doc.tokens.count; i++) expect(lower[i]).toBe(value[i]!.toLowerCase());
    expect(new Set(lower.filter((l) => l === 'paris')).size).toBe(1);
  });
});

describe('word-table indices', () => {
  it('name one written form and type per word table; -1 only for tokens kept out of wink and words it forgets', () => {
    const texts = ['Paris and PARIS and paris, said Ms. Qwertyuiop’s aide.', `Then Paris. ${'z'.repeat(80)} and 12 | 3,5 © paris`];
    const seen = new Map<string, string>();
    for (const text of texts) {
      const doc = buildDocument(text);
      const { word, value, type, vocabulary } = doc.tokens;
      for (let t = 0; t < doc.tokens.count; t++) {
        if (word[t] === -1) {
          // a long word kept out of wink, or a new word a tokenizer might split, forgotten after the text
          expect(value[t]!.length > 64 || !/^(?:\p{L}+|\d+)$/u.test(value[t]!)).toBe(true);
          continue;
        }
        expect(tokenText(doc, t)).toBe(value[t]);
        const key = `${vocabulary}:${word[t]}`;
        const form = `${value[t]}\u0000${type[t]}`;
        expect(seen.get(key) ?? form).toBe(form);
        seen.set(key, form);
      }
    }
    // a word first met here that a tokenizer might split ("Zxqvbn’s") is forgotten: no index;
    // a plain new word ("Zxqvbn") is kept, with one
    const doc = buildDocument('They met Zxqvbn’s. Zxqvbn agreed.');
    expect(doc.tokens.word[doc.tokens.value.indexOf('Zxqvbn’s')]).toBe(-1);
    expect(doc.tokens.word[doc.tokens.value.indexOf('Zxqvbn')]).toBeGreaterThanOrEqual(0);
  });

  it('are dense: handed out in the order words are first met, the same id for the same word later', () => {
    const first = buildDocument('The council met on Tuesday.');
    const again = buildDocument('On Tuesday the council met.');
    const idOf = (doc: typeof first, v: string): number => doc.tokens.word[doc.tokens.value.indexOf(v)]!;
    for (const v of ['council', 'met', 'Tuesday']) expect(idOf(again, v)).toBe(idOf(first, v));
    // ids stay below the number of words met under this word table (a few texts in this file), far
    // below the table's ~91,000 entries
    const ids = [...first.tokens.word, ...again.tokens.word].filter((w) => w >= 0);
    expect(Math.max(...ids)).toBeLessThan(5_000);
  });
});

describe('wink-nlp instance', () => {
  it('reads a text the same whatever it read before (wink keeps the words it learns whole)', () => {
    const words = (text: string): string[] => {
      const doc = buildDocument(text);
      return Array.from({ length: doc.tokens.count }, (_, i) => tokenText(doc, i));
    };
    const text = 'Mr. Clinton’s plan was new, said Ms. Qwertyuiop’s aide.';
    const fresh = words(text);
    expect(fresh.slice(0, 3)).toEqual(['Mr.', 'Clinton', '’s']);
    // each of these, read once, used to teach wink the whole word "Clinton’s" for good
    for (const before of ['Clinton’s.', 'the Clinton’s', '(Clinton’s)', 'CLINTON’S', 'Qwertyuiop’s.']) {
      words(before);
      expect(words(text), before).toEqual(fresh);
    }
  });

  it('is replaced once its lexicon has learned too many new words, and reads on as before', () => {
    const saved = { ...winkLimits };
    try {
      winkLimits.maxNewWords = 50;
      const before = winkInstances;
      const text = (k: number): string => Array.from({ length: 80 }, (_, i) => `Word${k}x${i}`).join(' ') + '. Paris is in France.';
      for (let k = 0; k < 4; k++) {
        const doc = buildDocument(text(k));
        expect(doc.tokens.count).toBe(86);
        expect(tokenText(doc, 80)).toBe('.');
        expect(doc.tokens.pos[81]).toBe('PROPN');
      }
      expect(winkInstances - before).toBeGreaterThanOrEqual(3);
    } finally {
      Object.assign(winkLimits, saved);
    }
  });
});

describe('readLines (the line table)', () => {
  it('gives the same lines as splitLines, as typed arrays', () => {
    for (const text of ['', 'x', 'x\n', 'a\r\nbb\rccc\n\nd', '\r\r\n\n', ' \u200b\n\tword \n\r']) {
      const table = readLines(text);
      const lines = splitLines(text);
      expect(table.count).toBe(lines.length);
      for (let i = 0; i < lines.length; i++) {
        expect([table.start[i], table.end[i], table.blank[i] === 1]).toEqual([lines[i]!.start, lines[i]!.end, lines[i]!.blank]);
      }
      expect(countVisibleLines(text)).toBe(lines.filter((l) => !l.blank).length);
    }
  });

  it('Document.lines is made when read, the same each time', () => {
    const doc = buildDocument('Title\n\nBody text here.');
    expect(doc.lines).toBe(doc.lines);
    expect(doc.lines.map((l) => [l.start, l.end, l.blank])).toEqual([[0, 5, false], [6, 6, true], [7, 22, false]]);
  });
});

describe('the line table on generated text', () => {
  it('matches a plain split on line breaks, and counts the lines that read as non-blank', () => {
    const pieces = fc.constantFrom('\n', '\r', '\r\n', ' ', '\t', '\u200b', '\u00a0', 'x', 'Word', '.', '\u2028');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }).map((a) => a.join('')), (text) => {
        const parts = text.split(/\r\n|\r|\n/);
        if (parts[parts.length - 1] === '') parts.pop();
        const table = readLines(text);
        expect(table.count).toBe(parts.length);
        parts.forEach((part, i) => {
          expect(text.slice(table.start[i], table.end[i])).toBe(part);
          expect(table.blank[i]).toBe(/^[\s\u200b-\u200f\ufeff]*$/.test(part) ? 1 : 0);
        });
        expect(countVisibleLines(text)).toBe(parts.filter((p) => !/^[\s\u200b-\u200f\ufeff]*$/.test(p)).length);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });
});
