/**
 * The batch CLI over dumps: formats, field options, dead letter and error limits (in-process),
 * worker threads, kill -9 and --resume, and the stdin -> stdout mode that Spark, Hadoop
 * Streaming and GNU parallel run (built bin).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { capture as captureIO } from './capture.js';
import { CLI, ROOT, cli, exec, jsonLines } from './exec.js';

interface OutLine {
  id: string;
  source: string;
  article: { headline: { text: string } | null; publishedAt: string | null; body: { text: string } };
}

const capture = (stdin: string | Uint8Array = '') => captureIO({ stdin });
const DUMPS = join(ROOT, 'fixtures/dumps');
const story = (i: number): string => JSON.stringify({ id: `s${i}`, title: `Story ${i}`, text: `Story ${i}: the council met on Monday and voted to fund ${i} new buses, the mayor said.`, date: '2021-03-05' });

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'newsparse-dumps-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('newsparse over dumps (in-process)', () => {
  it('reads JSON Lines from standard input with --format jsonl: {id, source, article} in input order', async () => {
    const c = capture([1, 2, 3].map(story).join('\n') + '\n');
    expect(await run(['--format', 'jsonl', '--workers', '0'], c.io)).toBe(0);
    expect(c.stderr()).toBe('');
    const lines = jsonLines(c.stdout()) as OutLine[];
    expect(lines.map((l) => [l.id, l.source])).toEqual([['s1', '-'], ['s2', '-'], ['s3', '-']]);
    expect(lines[0]!.article.headline?.text).toBe('Story 1');
    expect(lines[0]!.article.publishedAt).toBe('2021-03-05');
  });

  it('expands a glob the shell left alone (quoted, or no shell as under Spark pipe), in path order', async () => {
    const c = capture();
    expect(await run(['--format', 'jsonl', '--workers', '0', join(DUMPS, '{c4,ccnews}.jsonl'), join(DUMPS, 'nothing-*.jsonl')], c.io)).toBe(3);
    const sources = [...new Set((jsonLines(c.stdout()) as OutLine[]).map((l) => l.source.slice(DUMPS.length + 1)))];
    expect(sources).toEqual(['c4.jsonl', 'ccnews.jsonl']);
    expect(c.stderr()).toContain(`newsparse: ${join(DUMPS, 'nothing-*.jsonl')}: no files match this pattern`);
  });

  it('takes --text-field, --title-field, --date-field, --id-field', async () => {
    const c = capture();
    const argv = ['--text-field', 'doc.body', '--title-field', 'doc.head', '--date-field', 'when', '--id-field', 'key', join(DUMPS, 'custom-fields.jsonl')];
    expect(await run(argv, c.io)).toBe(0);
    const [line] = jsonLines(c.stdout()) as OutLine[];
    expect(line).toMatchObject({ id: 'rec-1', article: { headline: { text: 'Budget approved' }, publishedAt: '2020-01-14' } });
  });

  it('reads every fixture format in a folder with --format auto', async () => {
    const c = capture();
    expect(await run(['--format', 'auto', '--dead-letter', join(tmp, 'auto-dl.jsonl'), DUMPS], c.io)).toBe(3);
    const lines = jsonLines(c.stdout()) as OutLine[];
    const dead = readFileSync(join(tmp, 'auto-dl.jsonl'), 'utf8').trim().split('\n');
    expect(c.stderr()).toContain(`(read ${lines.length + dead.length} = written ${lines.length} + failed ${dead.length})`);
    const sources = new Set(lines.map((l) => l.source.slice(DUMPS.length + 1)));
    for (const f of ['ccnews.jsonl', 'crawl.warc', 'crawl.warc.gz', 'feed.atom', 'feed.rss', 'mediawiki.xml', 'mediawiki.xml.bz2', 'newsml-g2.xml', 'newsml1.xml', 'ninjs.json', 'nitf.xml', 'rcv1.xml', 'reuters.sgm', 'wordpress.xml']) {
      expect(sources, f).toContain(f);
    }
    expect(lines.find((l) => l.id === 'fixture-nitf-1')!.article.headline?.text).toBe('Dam opens floodgates after heavy rain');
  });

  it('accounts for every record: 5% broken -> dead letter, exact counts, exit 3', async () => {
    const input = join(tmp, 'five-percent.jsonl');
    const rows: (string | Buffer)[] = [];
    for (let i = 1; i <= 200; i++) {
      if (i % 50 === 7) rows.push('{"id": "broken", "text": '); // 4 bad JSON
      else if (i % 50 === 27) rows.push(JSON.stringify({ id: `m${i}`, title: 'no text' })); // 4 missing text
      else if (i % 100 === 50) rows.push(Buffer.from([0x00, 0xff, 0x9c, 0x13, 0x80])); // 2 binary
      else rows.push(story(i));
    }
    writeFileSync(input, Buffer.concat(rows.map((r) => Buffer.concat([Buffer.from(r), Buffer.from('\n')]))));
    const c = capture();
    const out = join(tmp, 'five.out.jsonl');
    const dl = join(tmp, 'five.dl.jsonl');
    expect(await run(['--workers', '0', '--out', out, '--dead-letter', dl, input], c.io)).toBe(3);
    const written = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as OutLine);
    const failed = readFileSync(dl, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; source: string; error: { code: string } });
    expect(written).toHaveLength(190);
    expect(failed).toHaveLength(10);
    expect(failed.map((f) => f.id)).toEqual([7, 27, 50, 57, 77, 107, 127, 150, 157, 177].map((i) => `${input}:${i}`));
    expect(failed.map((f) => f.error.code)).toEqual(['BAD_JSON', 'MISSING_TEXT', 'BAD_JSON', 'BAD_JSON', 'MISSING_TEXT', 'BAD_JSON', 'MISSING_TEXT', 'BAD_JSON', 'BAD_JSON', 'MISSING_TEXT']);
    expect(written.map((l) => l.id)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1).filter((i) => i % 50 !== 7 && i % 50 !== 27 && i % 100 !== 50).map((i) => `s${i}`));
    expect(c.stderr()).toContain('newsparse: 10 of 200 inputs failed (read 200 = written 190 + failed 10)');
    expect(c.stdout()).toBe('');
  });

  it('a record of over a million lines fails with its code (not the run), and the next is parsed', async () => {
    const input = join(tmp, 'many-lines.jsonl');
    writeFileSync(input, [story(1), JSON.stringify({ id: 'lines', text: 'x\n'.repeat(1_000_001) }), story(3)].join('\n') + '\n');
    const c = capture();
    const dl = join(tmp, 'many-lines.dl.jsonl');
    expect(await run(['--workers', '0', '--dead-letter', dl, input], c.io)).toBe(3);
    expect((jsonLines(c.stdout()) as OutLine[]).map((l) => l.id)).toEqual(['s1', 's3']);
    const failed = readFileSync(dl, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; error: { code: string; message: string } });
    expect(failed.map((f) => [f.id, f.error.code])).toEqual([['lines', 'ERR_NEWSPARSE_INPUT_TOO_LARGE']]);
    expect(failed[0]!.error.message).toContain('exceeds maxLines');
  });

  it('stops after --max-errors N failures, and at the first with --fail-fast', async () => {
    const input = join(DUMPS, 'bad-records.jsonl');
    const a = capture();
    expect(await run(['--max-errors', '1', input], a.io)).toBe(3);
    expect(a.stderr()).toContain('stopped: more than 1 records failed (--max-errors)');
    expect(a.stderr()).toContain('2 of 18 inputs failed (read 18 = written 16 + failed 2)');
    const b = capture();
    expect(await run(['--fail-fast', input], b.io)).toBe(3);
    expect(b.stderr()).toContain('stopped at the first failure (--fail-fast)');
    expect(b.stderr()).toContain('1 of 17 inputs failed (read 17 = written 16 + failed 1)');
  });

  it('shows progress on stderr with --progress (never on stdout)', async () => {
    const c = capture([1, 2].map(story).join('\n'));
    expect(await run(['--format', 'jsonl', '--workers', '0', '--progress'], c.io)).toBe(0);
    expect(c.stderr()).toMatch(/\rnewsparse: 2 records, [\d.]+ records\/s/);
    expect(c.stderr()).toContain('read 2 = written 2 + failed 0');
    expect(jsonLines(c.stdout())).toHaveLength(2);
  });

  it('--dry-run reads and counts without parsing', async () => {
    const c = capture();
    expect(await run(['--dry-run', join(DUMPS, 'reuters.sgm'), join(DUMPS, 'malformed.rss')], c.io)).toBe(3);
    expect(c.stdout()).toBe('');
    expect(c.stderr()).toContain('1 of 6 inputs failed (read 6 = written 5 + failed 1)');
  });

  it.each([
    [['--resume', 'x.jsonl'], '--resume needs --out FILE'],
    [['--resume', '--out', 'o', '--pretty', 'x'], '--resume cannot be used with --pretty'],
    [['--format', 'docx', 'x'], "unknown format 'docx'"],
    [['--workers', 'many', 'x'], "option '--workers' needs a whole number"],
    [['--max-errors', '-1', 'x'], "option '--max-errors' needs a whole number"],
  ])('usage error for %j', async (argv, message) => {
    const c = capture();
    expect(await run(argv, c.io)).toBe(2);
    expect(c.stderr()).toContain(message);
  });
});

function manyStories(path: string, n: number, broken: (i: number) => boolean = () => false): string[] {
  const ids: string[] = [];
  const rows: string[] = [];
  for (let i = 1; i <= n; i++) {
    if (broken(i)) rows.push('{"id": "bad", "text": ');
    else rows.push(story(i));
    ids.push(broken(i) ? `${path}:${i}` : `s${i}`);
  }
  writeFileSync(path, rows.join('\n') + '\n');
  return ids;
}

describe.concurrent('newsparse over dumps (built bin, worker threads)', () => {
  it('gives the same output, in input order, on 2 workers as on the main thread', async () => {
    const input = join(tmp, 'order.jsonl');
    manyStories(input, 40);
    const [one, two] = await Promise.all([cli(['--workers', '0', input]), cli(['--workers', '2', input])]);
    expect(two.stderr).toBe('');
    expect(two.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect((jsonLines(two.stdout) as OutLine[]).map((l) => l.id)).toEqual(Array.from({ length: 40 }, (_, i) => `s${i + 1}`));
  });

  it('--site-memory: a line that recurs across a site\'s records becomes boilerplate, the same on every run', async () => {
    const input = join(tmp, 'site.jsonl');
    const leads = [
      'The city council approved the budget on Monday after a long debate, officials said.',
      'The old river bridge reopened to traffic on Tuesday after eight months of repairs.',
      'The school board named a new superintendent on Wednesday, ending a search of six months.',
      'The central library will stay open until nine on weekdays from next month, its director said.',
      'A new playground opened in Riverside Park on Saturday, paid for by a neighborhood fund.',
      'Bus fares will rise by ten cents in July, the transit authority announced on Thursday.',
      'Firefighters rescued two hikers from the ridge above the reservoir late on Friday.',
      'The farmers market moves to the old rail yard this summer while the square is repaved.',
    ];
    const promo = 'Our reporters cover every council meeting, and readers like you make that work possible.';
    const follow = ['budget', 'bridge', 'school', 'library', 'playground', 'fares', 'rescue', 'market'];
    const rows = leads.map((lead, i) => JSON.stringify({ id: `r${i}`, url: `https://www.example-gazette.com/local/${i}`, text: `${lead}\n\nMore details on the ${follow[i]} plans were expected from city hall later in the week.\n\n${promo}` }));
    writeFileSync(input, rows.join('\n') + '\n');
    const promoIsBody = (stdout: string): boolean[] => (jsonLines(stdout) as OutLine[]).map((l) => l.article.body.text.includes(promo));
    const [plain, remembered, again, inProcess] = await Promise.all([
      cli(['--workers', '1', input]),
      cli(['--workers', '2', '--site-memory', input]),
      cli(['--workers', '2', '--site-memory', input]),
      cli(['--workers', '0', '--site-memory', input]),
    ]);
    expect(promoIsBody(plain.stdout)).toEqual(leads.map(() => true));
    // 2 workers, records striped: each worker learns the promo from its first 3 records
    expect(promoIsBody(remembered.stdout)).toEqual([true, true, true, true, true, true, false, false]);
    expect(again.stdout).toBe(remembered.stdout);
    expect(promoIsBody(inProcess.stdout)).toEqual([true, true, true, false, false, false, false, false]);
  });

  it('--resume after kill -9 loses nothing and writes nothing twice', async () => {
    const input = join(tmp, 'resume.jsonl');
    const expected = manyStories(input, 400, (i) => i % 50 === 0);
    const out = join(tmp, 'resume.out.jsonl');
    const dl = `${out}.dead-letter.jsonl`;
    const args = [CLI, '--resume', '--out', out, '--workers', '1', input];
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: 'ignore' });
    // kill -9 once some (not all) output is there
    await new Promise<void>((resolve, reject) => {
      const timer = setInterval(() => {
        if (existsSync(out) && statSync(out).size > 20_000) {
          clearInterval(timer);
          child.kill('SIGKILL');
          resolve();
        }
      }, 20);
      child.on('exit', () => {
        clearInterval(timer);
        reject(new Error('the run finished before it could be killed'));
      });
    });
    await new Promise((resolve) => child.on('close', resolve));
    const before = readFileSync(out, 'utf8').split('\n').length - 1;
    expect(before).toBeGreaterThan(0);
    expect(before).toBeLessThan(392);
    const second = await exec(process.execPath, args.slice(0));
    expect(second.code).toBe(3); // the 8 broken records
    expect(second.stderr).toMatch(/resuming after \d+ records/);
    const ids = readFileSync(out, 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as OutLine).id);
    const failedIds = readFileSync(dl, 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expected.filter((id) => id.startsWith('s')));
    expect(failedIds).toEqual(expected.filter((id) => !id.startsWith('s')));
  });

  it('--timeout fails a record that parses too long, restarts its worker, and goes on', async () => {
    const r = await cli(['--workers', '1', '--timeout', '0.001', join(DUMPS, 'newsplease.jsonl'), join(DUMPS, 'c4.jsonl')]);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`newsparse: ${join(DUMPS, 'c4.jsonl')}:1: timed out after 0.001 s (worker restarted)`);
    expect(r.stderr).toContain('2 of 2 inputs failed (read 2 = written 0 + failed 2)');
  });

  const startServe = (...flags: string[]): { child: ReturnType<typeof spawn>; port: Promise<number> } => {
    const child = spawn(process.execPath, [CLI, 'serve', '--port', '0', ...flags], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    const port = new Promise<number>((resolve, reject) => {
      let err = '';
      child.stderr.setEncoding('utf8').on('data', (d: string) => {
        err += d;
        const m = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(err);
        if (m) resolve(Number(m[1]));
      });
      child.on('exit', () => reject(new Error(err)));
    });
    return { child, port };
  };

  it('newsparse serve answers /health, /parse and /parse/batch (parsing on worker threads), and stops on SIGTERM', async () => {
    const { child, port } = startServe();
    const base = `http://127.0.0.1:${await port}`;
    expect((await fetch(`${base}/health`)).status).toBe(200);
    const r = await fetch(`${base}/parse`, { method: 'POST', body: 'Bridge reopens\n\nThe bridge reopened on Monday.' });
    expect(((await r.json()) as { schemaVersion: number }).schemaVersion).toBe(1);
    const bad = await fetch(`${base}/parse`, { method: 'POST', body: '{"text": "x", "publishedAt": "someday"}', headers: { 'content-type': 'application/json' } });
    expect([bad.status, ((await bad.json()) as { error: { code: string } }).error.code]).toEqual([400, 'INVALID_OPTIONS']);
    const batch = Array.from({ length: 12 }, (_, i) => JSON.stringify({ id: `s${i}`, text: `The council met on Monday for meeting number ${i}, officials said.` })).join('\n');
    const b = await fetch(`${base}/parse/batch`, { method: 'POST', body: batch, headers: { 'content-type': 'application/x-ndjson' } });
    const ids = (await b.text()).trim().split('\n').map((l) => (JSON.parse(l) as { id: string; article: { headline: { text: string } } }));
    expect(ids.map((l) => [l.id, l.article.headline.text])).toEqual(Array.from({ length: 12 }, (_, i) => [`s${i}`, `The council met on Monday for meeting number ${i}, officials said.`]));
    child.kill('SIGTERM');
    expect(await new Promise((resolve) => child.on('close', resolve))).toBe(0);
  });

  it('newsparse serve --timeout: a parse cut off answers 503, and the service goes on', async () => {
    const { child, port } = startServe('--workers', '1', '--timeout', '0.001');
    const base = `http://127.0.0.1:${await port}`;
    const r = await fetch(`${base}/parse`, { method: 'POST', body: 'A long story.\n\n' + 'The council met on Monday, officials said. '.repeat(2000) });
    expect([r.status, ((await r.json()) as { error: { code: string } }).error.code]).toEqual([503, 'PARSE_TIMEOUT']);
    expect((await fetch(`${base}/health`)).status).toBe(200);
    child.kill('SIGTERM');
    expect(await new Promise((resolve) => child.on('close', resolve))).toBe(0);
  });

  it('the BullMQ worker example exits cleanly without bullmq or Redis', async () => {
    const r = await exec(process.execPath, [join(ROOT, 'examples/bullmq-worker.mjs')], { env: { ...process.env, REDIS_URL: 'redis://127.0.0.1:1' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/bullmq is not installed|no Redis at/);
  });

  it('stdin -> stdout JSONL: shards run in parallel (split) merge to exactly a single run', async () => {
    const dir = join(tmp, 'shards');
    mkdirSync(join(dir, 'in'), { recursive: true });
    mkdirSync(join(dir, 'out'));
    const input = join(dir, 'all.jsonl');
    manyStories(input, 60);
    const script = [
      'set -e',
      `cd ${JSON.stringify(dir)}`,
      'split -n l/4 -d all.jsonl in/part-',
      `for f in in/part-*; do "${process.execPath}" ${JSON.stringify(CLI)} --format jsonl --workers 1 < "$f" > "out/$(basename "$f").jsonl" & done`,
      'wait',
      'cat out/part-*.jsonl > merged.jsonl',
      `"${process.execPath}" ${JSON.stringify(CLI)} --format jsonl --workers 1 < all.jsonl > single.jsonl`,
    ].join('\n');
    const r = await exec('bash', ['-c', script]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const merged = readFileSync(join(dir, 'merged.jsonl'), 'utf8');
    expect(merged.trim().split('\n')).toHaveLength(60);
    expect(merged).toBe(readFileSync(join(dir, 'single.jsonl'), 'utf8'));
  });
});
