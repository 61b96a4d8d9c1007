import fc from 'fast-check';

/** Runs per property: 10,000 in the default suite, NEWSPARSE_FUZZ_RUNS for more (npm run fuzz). */
export const RUNS = Number(process.env.NEWSPARSE_FUZZ_RUNS ?? 10_000);
/** Seeded, so a failure reproduces. */
export const SEED = Number(process.env.NEWSPARSE_FUZZ_SEED ?? 20170514);

/** Fragments of news text, so random inputs reach the deep paths (quotes, names, datelines, dates). */
const FRAGMENTS = [
  '"', '“', '”', '‘', '’', "'", '«', '»', ' ', ' ', ' ', '\n', '\n\n', '\r\n', ',', '.', ':', ' — ', ' -- ', '(', ')',
  'said', 'he said', 'she added', 'told reporters', 'according to', 'According to', 'Mr.', 'Ms.', 'Dr.',
  'Jurgen Stock', 'Stock', 'Interpol', 'Bank of England', 'Georgia Smith', 'Secretary General', 'President',
  'BEIJING, May 14 (Xinhua) --', 'NAIROBI (Reuters) -', 'WASHINGTON —', 'LONDON 1996-08-30', 'By Maria Lopez',
  'Published: March 3, 2021', 'on Sunday', 'last week', 'the third quarter', 'in 1995', 'every Monday', 'three years',
  'at 10 a.m.', 'now', 'Read more:', 'Advertisement', '© 2021 Example Media. All rights reserved.', 'Share',
  'The council voted to build a wall along the river', 'Officials', 'the ministry', 'Chinese', 'and', 'of', 'the',
  '\u0000', '\u200b', '\u200f', '\ufeff', '\ud800', '\udfff', '😀', 'é', 'ß', 'ﬁ', '\t',
];
export const newsish = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 60 }).map((parts) => parts.join(' '));
export const anyString = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ maxLength: 200 }));

