import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ParseOptions } from '../../src/types.js';

/** One input for the contract tests: a fixture, or an edge case written here. */
export interface Case {
  name: string;
  text: string;
  options?: ParseOptions;
}

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));

/** Every `fixtures/*.txt`, with the options of `fixtures/<name>.expected.json` when it has any. */
export function fixtureCases(): Case[] {
  return readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const name = f.slice(0, -4);
      const expected = `${FIXTURES}${name}.expected.json`;
      const options = existsSync(expected) ? (JSON.parse(readFileSync(expected, 'utf8')) as { options?: ParseOptions }).options : undefined;
      return { name: `fixture ${name}`, text: readFileSync(`${FIXTURES}${f}`, 'utf8'), ...(options ? { options } : {}) };
    });
}

/** mulberry32: a small seeded PRNG, so the noise input is the same on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function noise(bytes: number, seed: number): string {
  const next = prng(seed);
  const buf = Buffer.alloc(bytes);
  for (let i = 0; i < bytes; i++) buf[i] = Math.floor(next() * 256);
  return buf.toString('latin1');
}

// A made-up wire story (no real text): title, byline, dateline, quotes, dates, a footer.
const STORY = [
  'Harbour town votes to rebuild storm-hit pier',
  'By Maria Lopez and Tom Hale, Reuters',
  'PORTSMOUTH, May 14 (Reuters) - The council of the harbour town voted on Sunday to rebuild the old pier, Mayor Jane Whitfield said.',
  '"We will start in June and finish before next summer," Whitfield told reporters at the town hall.',
  'The Harbour Trust, which owns the land, said it would pay a third of the cost of 12 million pounds over three years.',
  'Engineers from Atlantic Marine Ltd inspected the pier every week last winter, according to the trust.',
  'Related: Ferry services resume after storm',
  'Share this article',
  '© 2017 Reuters. All rights reserved.',
];

// The same kind of story, hard-wrapped near 64 columns with blank lines between paragraphs.
const WRAPPED = `Harbour town votes to rebuild storm-hit pier

PORTSMOUTH, May 14 (Reuters) - The council of the harbour town
voted on Sunday to rebuild the old pier that the winter storms
had broken in two, the mayor said after a long meeting.

The trust which owns the land said it would pay a third of the
cost and that work could begin in the first week of June, once
the engineers had finished their last survey of the structure.

"We have waited long enough for this," the mayor told reporters
outside the town hall, adding that the ferry would run as usual
while the builders were at work on the northern end of the pier.
`;

/** Inputs at the edges of what parseArticle must take without breaking the contract. */
export function edgeCases(): Case[] {
  return [
    { name: 'empty', text: '' },
    { name: 'spaces only', text: '   ' },
    { name: 'newlines only', text: '\n\n\n' },
    { name: 'invisible lines', text: '\u200b\n\u00a0\t\n\ufeff\n' + STORY[2] + '\n\u2028\n' },
    { name: 'binary noise (latin1, seeded)', text: noise(64 * 1024, 0x5eed) },
    { name: '5 MB single line', text: 'word '.repeat(1024 * 1024) },
    { name: 'no newline', text: STORY.slice(0, 6).join(' ') },
    { name: 'lone surrogates', text: `\ud800${STORY[0]}\n${STORY[2]!.replace('pier', 'pier \udfff')}\n\udbff${STORY[3]}\n\ud83d` },
    { name: 'NUL chars', text: `${STORY[0]}\u0000\n\u0000\n${STORY.slice(2, 5).join('\n\u0000')}\n\u0000` },
    { name: 'CRLF', text: STORY.join('\r\n') + '\r\n' },
    { name: 'CR only', text: STORY.join('\r') },
    { name: 'wire story', text: STORY.join('\n') + '\n' },
    { name: 'wire story with publishedAt', text: STORY.join('\n'), options: { publishedAt: '2017-05-15' } },
    { name: 'title option matching a line', text: STORY.join('\n'), options: { title: STORY[0]! } },
    { name: 'title option not in text', text: STORY.slice(1).join('\n'), options: { title: 'Pier to be rebuilt' } },
    { name: 'title option matching the byline', text: STORY.slice(1).join('\n'), options: { title: STORY[1]! } },
    { name: 'hard-wrapped wire copy', text: WRAPPED },
  ];
}

/** Fixtures first, then the edge cases. */
export function allCases(): Case[] {
  return [...fixtureCases(), ...edgeCases()];
}
