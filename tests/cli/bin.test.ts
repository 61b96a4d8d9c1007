/**
 * The built executable, end to end (`npm test` builds dist/ first). Each case spawns node,
 * which loads the language model (~0.5 s), so cases are few and run concurrently; finer
 * behaviour is covered in-process by run.test.ts and args.test.ts.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/types.js';
import { CLI, FIXTURE, ROOT, cli, jsonLines } from './exec.js';

interface Line {
  id: string;
  article: Article;
}

const fixtureText = readFileSync(join(ROOT, FIXTURE), 'utf8');
const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
let tmp: string;

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'newsparse-cli-'));
  const write = (rel: string, text: string | Uint8Array): void => {
    mkdirSync(join(tmp, rel, '..'), { recursive: true });
    writeFileSync(join(tmp, rel), text);
  };
  // Code-unit order: "B.txt" < "a.txt" < "sub/" < "sub2.txt"; non-.txt and hidden entries skipped.
  write('corpus/a.txt', 'Alpha headline\n\nThe alpha body. It has two sentences.\n');
  write('corpus/B.txt', 'Bravo headline\n\nThe bravo body.\n');
  write('corpus/sub/c.txt', fixtureText);
  write('corpus/sub2.txt', 'Delta headline\n\nThe delta body.\n');
  write('corpus/notes.md', 'not an article');
  write('corpus/.hidden/x.txt', 'hidden');
  write('bad.txt', Uint8Array.from([0x48, 0x69, 0x20, 0xff, 0xfe, 0x0a]));
  for (let i = 0; i < 40; i++) write(`many/${String(i).padStart(2, '0')}.txt`, fixtureText);
});

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Every span's text is the input's slice at its offsets. */
function expectSpansMatch(input: string, article: Article): void {
  for (const p of article.body.paragraphs) expect(input.slice(p.start, p.end)).toBe(p.text);
  const h = article.headline;
  if (h && h.start !== null && h.end !== null) expect(input.slice(h.start, h.end)).toBe(h.text);
}

describe.concurrent('newsparse (built bin)', () => {
  it('parses a file into one JSON line', async () => {
    const r = await cli([FIXTURE]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.endsWith('\n')).toBe(true);
    const lines = jsonLines(r.stdout) as Line[];
    expect(lines).toHaveLength(1);
    const { id, article } = lines[0]!;
    expect(id).toBe(FIXTURE);
    expect(article.schemaVersion).toBe(1);
    expect(article.headline?.text).toContain('Interpol');
    expect(article.body.text).toContain('Jurgen Stock');
    expect(article.publishedAt).toBeNull();
    expectSpansMatch(fixtureText, article);
  });

  it('walks a directory recursively in sorted order, *.txt only', async () => {
    const r = await cli([join(tmp, 'corpus')]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = jsonLines(r.stdout) as Line[];
    expect(lines.map((l) => l.id)).toEqual(
      ['B.txt', 'a.txt', 'sub/c.txt', 'sub2.txt'].map((f) => join(tmp, 'corpus', f)),
    );
    expect(lines[1]!.article.body.text).toContain('The alpha body.');
    expect(lines[2]!.article.body.text).toContain('Jurgen Stock');
  });

  it('reads standard input when given no input, with --title', async () => {
    const text = 'Police said on Sunday that the bridge would reopen. Traffic was light.\n';
    const r = await cli(['--title', 'Bridge to reopen'], { input: text });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const [line] = jsonLines(r.stdout) as Line[];
    expect(line!.id).toBe('-');
    expect(line!.article.headline).toMatchObject({ text: 'Bridge to reopen', start: null, end: null, source: 'option' });
    expect(line!.article.body.text).toContain('the bridge would reopen');
  });

  it('reads standard input for "-" among files, with --published-at', async () => {
    const r = await cli(['--published-at', '2017-05-14', join(tmp, 'corpus/a.txt'), '-'], { input: fixtureText });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = jsonLines(r.stdout) as Line[];
    expect(lines.map((l) => l.id)).toEqual([join(tmp, 'corpus/a.txt'), '-']);
    for (const l of lines) expect(l.article.publishedAt).toBe('2017-05-14');
    expectSpansMatch(fixtureText, lines[1]!.article);
  });

  it('reports a missing file, goes on, and exits 3', async () => {
    const missing = join(tmp, 'no-such-file.txt');
    const r = await cli([missing, FIXTURE]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(`newsparse: ${missing}: no such file or directory\n`);
    expect((jsonLines(r.stdout) as Line[]).map((l) => l.id)).toEqual([FIXTURE]);
  });

  it('rejects a file that is not valid UTF-8', async () => {
    const bad = join(tmp, 'bad.txt');
    const r = await cli([bad]);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toBe(`newsparse: ${bad}: invalid UTF-8 (not a UTF-8 text file?)`);
  });

  it('exits 2 on an unknown option, before reading anything', async () => {
    const r = await cli(['--bogus', FIXTURE]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe("newsparse: unknown option '--bogus'\nTry 'newsparse --help' for more information.\n");
  });

  it('prints usage for --help', async () => {
    const r = await cli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^Usage: newsparse \[options\] \[input\.\.\.\]\n/);
    for (const option of ['--published-at DATE', '--title TEXT', '--pretty', '--help', '--version']) {
      expect(r.stdout).toContain(option);
    }
  });

  it('prints the package version for --version', async () => {
    const r = await cli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${version}\n`);
  });

  it('indents the JSON with --pretty', async () => {
    const r = await cli(['--pretty', FIXTURE]);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('{\n  "id": ')).toBe(true);
    const parsed = JSON.parse(r.stdout) as Line;
    expect(parsed.id).toBe(FIXTURE);
    expect(parsed.article.body.text).toContain('Jurgen Stock');
  });

  it('stops quietly when the reader goes away (newsparse dir | head -1)', async () => {
    const child = spawn(process.execPath, [CLI, join(tmp, 'many')], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    let first = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => {
      first += s;
      if (first.includes('\n')) child.stdout.destroy(); // like head -1
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(first.slice(0, first.indexOf('\n')))).toMatchObject({ id: join(tmp, 'many', '00.txt') });
  });
});
