/**
 * npm run bench:adversarial — linear-time check. Each adversarial input is parsed and timed
 * against a normal article of the same size (fixture prose repeated), in the same run; the
 * bar is a ratio, not a time. Prints a table, or JSON with --json.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle, readRecords } from '../src/index.js';

const MB = 1024 * 1024;
const json = process.argv.includes('--json');
const sizeArg = process.argv.find((a) => /^--size=\d+$/.test(a));
const SIZE = sizeArg ? Number(sizeArg.slice(7)) : MB;

function fill(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

const fixtures = join(import.meta.dirname, '..', 'fixtures');
const prose = readdirSync(fixtures)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(fixtures, f), 'utf8'))
  .join('\n\n');

const inputs: Record<string, string> = {
  'normal article (fixtures repeated)': fill(prose + '\n\n', SIZE),
  'one character': fill('a', SIZE),
  'quote storm ("word )': fill('"word ', SIZE),
  'curly quote storm': fill('“word ‘x ', SIZE),
  'Mr. Mr. Mr.': fill('Mr. ', SIZE),
  'capitalized words': fill('Alpha Beta Gamma Delta ', SIZE),
  'one line of words (no breaks)': fill('the council said on Sunday that ', SIZE),
  'one line without spaces': fill('abcdefghij', SIZE),
  '100,000 short lines': fill('Home\n', SIZE),
  'repeated nav line': fill('Share this article on Facebook\n', SIZE),
  'only newlines': fill('\n', SIZE),
  'said storm': fill('he said, ', SIZE),
  'dates storm': fill('on Sunday last week in 1995 ', SIZE),
  'NUL and controls': fill('\u0000\u0001\u0002 x', SIZE),
};

function time(text: string): number {
  const t = performance.now();
  parseArticle(text, { publishedAt: '2017-05-14', maxInputBytes: 64 * MB });
  return performance.now() - t;
}

// warm up the models, then take the best of two runs per input
time(inputs['normal article (fixtures repeated)']!.slice(0, 20_000));
const rows = Object.entries(inputs).map(([name, text]) => ({ name, ms: Math.min(time(text), time(text)) }));
const base = rows[0]!.ms;
const table = rows.map((r) => ({ ...r, ratio: r.ms / base }));

// XML readers: one RSS item whose description is deeply nested markup, against one whose
// description is the same amount of flat paragraphs.
function rss(description: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>t</title><item><title>Nested</title><description><![CDATA[${description}]]></description></item></channel></rss>`;
}
async function readTime(xml: string): Promise<number> {
  const bytes = Buffer.from(xml);
  const t = performance.now();
  const chunks = (async function* () {
    yield bytes;
  })();
  for await (const item of readRecords(chunks, 'bench.rss', { format: 'auto' })) void item;
  return performance.now() - t;
}
const depth = Math.floor(SIZE / 20);
const flat = rss('<p>some words here</p>'.repeat(depth));
const nested = rss('<div><b>'.repeat(depth) + 'text' + '</b></div>'.repeat(depth));
await readTime(flat.slice(0, 10_000) + '</description></item></channel></rss>');
const flatMs = Math.min(await readTime(flat), await readTime(flat));
const nestedMs = Math.min(await readTime(nested), await readTime(nested));
table.push({ name: 'RSS, flat markup body (reader only)', ms: flatMs, ratio: 1 }, { name: `RSS, markup nested ${depth} deep`, ms: nestedMs, ratio: nestedMs / flatMs });

if (json) console.log(JSON.stringify({ size: SIZE, rows: table }, null, 2));
else {
  console.log(`input size ${(SIZE / MB).toFixed(2)} MB; ratio = time / normal article time (bar: <= 5)`);
  for (const r of table) console.log(`${r.name.padEnd(36)} ${r.ms.toFixed(0).padStart(7)} ms  ${r.ratio.toFixed(2).padStart(6)}x${r.ratio > 5 ? '  OVER' : ''}`);
}
