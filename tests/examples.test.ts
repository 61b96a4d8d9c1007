/** The examples/ scripts run as documented, so they can't rot. They need dist/ (npm test builds it). */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, exec } from './cli/exec.js';

describe.concurrent('examples', () => {
  it('parse-article.mjs summarizes the fixture through the package API', async () => {
    const r = await exec(process.execPath, [join(ROOT, 'examples/parse-article.mjs')]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Headline: .*Interpol/m);
    expect(r.stdout).toMatch(/^Published: +2017-05-14$/m);
    expect(r.stdout).toMatch(/^Body: +\d+ paragraphs, \d+ characters$/m);
    for (const label of ['People:', 'Organizations:', 'Places:', 'Quotes:', 'Dates:']) expect(r.stdout).toContain(label);
  });

  it('cli-over-folder.sh prints a headline per fixture and a count', async () => {
    const r = await exec('bash', [join(ROOT, 'examples/cli-over-folder.sh')]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // What the CLI reads from a folder: *.txt files at any depth, hidden entries skipped.
    const fixtures = readdirSync(join(ROOT, 'fixtures'), { recursive: true, encoding: 'utf8' }).filter(
      (f) => /\.txt$/i.test(f) && !f.split(/[\\/]/).some((part) => part.startsWith('.')),
    );
    const seed = `${join(ROOT, 'fixtures/seed-xinhua-interpol.txt')}: `;
    expect(r.stdout.split('\n').find((line) => line.startsWith(seed))).toContain('Interpol');
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe(`${fixtures.length} article(s)`);
  });
});
