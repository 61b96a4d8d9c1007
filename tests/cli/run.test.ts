/** `run` in-process, with its streams faked: the paths a spawned process can't easily reach. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { capture } from './capture.js';
import { VERSION } from '../../src/version.js';

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'newsparse-run-'));
  mkdirSync(join(tmp, 'empty'));
  mkdirSync(join(tmp, 'docs'));
  for (const name of ['1.txt', '2.txt', '3.txt']) writeFileSync(join(tmp, 'docs', name), `Headline ${name}\n\nBody ${name}.\n`);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('run', () => {
  it('answers --help and --version without parsing', async () => {
    const help = capture();
    expect(await run(['--help'], help.io)).toBe(0);
    expect(help.stdout()).toMatch(/^Usage: newsparse/);
    const version = capture();
    expect(await run(['-V'], version.io)).toBe(0);
    expect(version.stdout()).toBe(`${VERSION}\n`);
  });

  it.each([
    [['--published-at', 'someday'], 'newsparse: --published-at "someday" is not a date (use ISO 8601, e.g. 2017-05-14)'],
    [['--published-at', '2017-13-45'], 'newsparse: --published-at "2017-13-45" is not a date'],
    [['--published-at='], "newsparse: option '--published-at' needs a date"],
    [['--nope'], "newsparse: unknown option '--nope'"],
  ])('exits 2 for %j', async (argv, message) => {
    const c = capture();
    expect(await run(argv, c.io)).toBe(2);
    expect(c.stdout()).toBe('');
    expect(c.stderr()).toContain(message);
    expect(c.stderr()).toContain("Try 'newsparse --help'");
  });

  it('refuses to wait on a terminal when given no input', async () => {
    const c = capture({ stdinIsTTY: true });
    expect(await run([], c.io)).toBe(2);
    expect(c.stderr()).toContain('newsparse: no input');
  });

  it('reads standard input, dropping a byte order mark', async () => {
    const c = capture({ stdin: '\uFEFFA headline\n\nThe body.\n' });
    expect(await run(['--published-at', '2017-05-14T08:00:00Z'], c.io)).toBe(0);
    const line = JSON.parse(c.stdout()) as { id: string; article: { publishedAt: string; body: { paragraphs: { start: number; end: number; text: string }[] } } };
    expect(line.id).toBe('-');
    expect(line.article.publishedAt).toBe('2017-05-14');
    const text = 'A headline\n\nThe body.\n';
    for (const p of line.article.body.paragraphs) expect(text.slice(p.start, p.end)).toBe(p.text);
  });

  it('reports invalid UTF-8 on standard input', async () => {
    const c = capture({ stdin: Uint8Array.from([0xc3, 0x28]) });
    expect(await run(['-'], c.io)).toBe(3);
    expect(c.stderr()).toBe(
      'newsparse: -: invalid UTF-8 (not a UTF-8 text file?)\nnewsparse: 1 of 1 inputs failed (read 1 = written 0 + failed 1)\n',
    );
  });

  it('warns about a folder without .txt files but does not fail', async () => {
    const c = capture();
    expect(await run([join(tmp, 'empty')], c.io)).toBe(0);
    expect(c.stdout()).toBe('');
    expect(c.stderr()).toBe(`newsparse: ${join(tmp, 'empty')}: no .txt files found (to read the dump files in a folder, pass --format auto)\n`);
  });

  it('names a path that is neither file nor folder, and counts the failures', async () => {
    const c = capture();
    const missing = join(tmp, 'missing');
    expect(await run([missing, join(tmp, 'docs'), `${missing}.txt`], c.io)).toBe(3);
    expect(c.stdout().trim().split('\n')).toHaveLength(3);
    expect(c.stderr()).toBe(
      `newsparse: ${missing}: no such file or directory\n` +
        `newsparse: ${missing}.txt: no such file or directory\n` +
        'newsparse: 2 of 5 inputs failed (read 5 = written 3 + failed 2)\n',
    );
  });

  it('stops at the first write once the reader has gone away (EPIPE)', async () => {
    let writes = 0;
    const stdout = new Writable({
      write(_chunk, _enc, callback) {
        writes++;
        callback(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
      },
    });
    const c = capture({ stdout });
    expect(await run([join(tmp, 'docs')], c.io)).toBe(0);
    expect(writes).toBe(1);
    expect(c.stderr()).toBe('');
  });

  it('exits 1 when standard output fails otherwise', async () => {
    const stdout = new Writable({
      write(_chunk, _enc, callback) {
        callback(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }));
      },
    });
    const c = capture({ stdout });
    expect(await run([join(tmp, 'docs')], c.io)).toBe(1);
    expect(c.stderr()).toBe('newsparse: ENOSPC: no space left on device, write\n');
  });
});
