/**
 * Dumps and pipelines: figures for the bars of the "Dumps and pipelines" work.
 *
 *   npm run dumps -- eval <dir> [--parse]   every sample file under <dir> (e.g. /work/shared/data/dumps):
 *                                           records, failures, share with headline / date / body filled
 *                                           (--parse: also run parseArticle and count the Article's fields)
 *   npm run dumps -- memory [--jsonl-mb 1024] [--xml-mb 200] [--parse-mb 20]
 *                                           peak RSS (/usr/bin/time -v) of the built CLI streaming a generated
 *                                           JSONL and a single XML file in /tmp (read and accounted for, --dry-run),
 *                                           and of a full parse (2 workers) over a smaller JSONL
 *   npm run dumps -- workers [--records 60000] [--texts DIR]
 *                                           records/s of --workers 1 and --workers 2 on the same JSONL (the seed
 *                                           article, or DIR's texts in turn, read as npm run bench reads them), one run each, on the first
 *                                           3,000 records and on all; next to the machine's own ceiling (the same
 *                                           loop in 1 and in 2 processes: parseArticle, a bare wink-nlp readDoc, arithmetic)
 *   npm run dumps -- bombs                  time and memory to refuse billion laughs and quadratic blowup
 *   npm run dumps -- serve [--requests 10000]
 *                                           `newsparse serve` under random garbage on loopback: statuses,
 *                                           /health still answering, RSS over the run
 *
 * Generated files go to /tmp and are deleted afterwards; nothing is written to the repository.
 * Needs the built CLI (npm run build).
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '../src/article.js';
import { loadCorpus } from './bench.js';
import { readRecords, type DumpRecord } from '../src/formats/index.js';
import { fileChunks } from '../src/formats/source.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const CLI = join(ROOT, 'dist/cli.js');

/** Known record counts of the shared samples (Reuters-21578 per its README; others by inspection). */
const EXPECTED: Record<string, number> = {
  'reuters21578/reut2-000.sgm': 1000,
  'reuters21578/reut2-017.sgm': 1000,
  'reuters21578/reut2-021.sgm': 578,
  'rss-atom/guardian.rss': 55,
  'rss-atom/feedburner.atom': 25,
  'rss-atom/heise.atom': 15,
  'rss-atom/uolNoticias.rss': 15,
  'rss-atom/content-encoded.rss': 7,
  'rss-atom/instant-article.rss': 1,
  'wordpress-wxr/wordpress_wxr.xml': 5,
  'mediawiki/dump.xml': 2,
  'mediawiki/dump.xml.bz2': 2,
  'newsml-g2/iptc_LISTING_6_Simple_NewsML-G2_Package.xml': 0,
  'newsml-g2/snep.xml': 0,
  'warc/example.warc': 1,
  'warc/example.warc.gz': 1,
  'warc/example-iana.org-chunked.warc': 1,
};

function flag(argv: string[], name: string, fallback: number): number {
  const i = argv.indexOf(name);
  return i >= 0 ? Number(argv[i + 1]) : fallback;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

const pct = (n: number, d: number): string => (d === 0 ? '-' : `${Math.round((100 * n) / d)}%`);

async function evalDumps(dir: string, parse: boolean): Promise<void> {
  const skip = /(README\.txt|README\.md|\.dtd)$/;
  const rows: string[][] = [['file', 'format', 'records', 'expected', 'failed', 'headline', 'date', 'body', ...(parse ? ['art.headline', 'art.date', 'art.body'] : [])]];
  let allOk = true;
  for (const path of walk(dir)) {
    const rel = relative(dir, path);
    if (skip.test(rel)) continue;
    const records: DumpRecord[] = [];
    let failed = 0;
    for await (const item of readRecords(fileChunks(path), path)) {
      if (item.ok) records.push(item.record);
      else failed++;
    }
    const format = String(records[0]?.meta.format ?? '-');
    const bodyOf = (r: DumpRecord): string => (r.title && r.text.startsWith(r.title) ? r.text.slice(r.title.length) : r.text).trim();
    const row = [
      rel,
      format,
      String(records.length),
      EXPECTED[rel] !== undefined ? String(EXPECTED[rel]) : '',
      String(failed),
      pct(records.filter((r) => r.title).length, records.length),
      pct(records.filter((r) => r.publishedAt).length, records.length),
      pct(records.filter((r) => bodyOf(r) !== '').length, records.length),
    ];
    if (parse) {
      const articles = records.map((r) => parseArticle(r.text, { ...(r.title && { title: r.title }), ...(r.publishedAt && { publishedAt: r.publishedAt }) }));
      row.push(
        pct(articles.filter((a) => a.headline).length, articles.length),
        pct(articles.filter((a) => a.publishedAt).length, articles.length),
        pct(articles.filter((a) => a.body.paragraphs.length > 0).length, articles.length),
      );
    }
    if (EXPECTED[rel] !== undefined && EXPECTED[rel] !== records.length) allOk = false;
    rows.push(row);
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const r of rows) console.log(r.map((c, i) => c.padEnd(widths[i]!)).join('  '));
  console.log(allOk ? '\nevery file with a known count read to that count' : '\nSOME COUNTS DIFFER from the expected ones');
  console.log('(WARC: one record per HTML response; requests, metadata, revisits are not articles; no publication date in WARC)');
}

function timeV(args: string[], stdin?: string): { seconds: number; cpu: number; maxRssMb: number; stderr: string; code: number | null } {
  const r = spawnSync('/usr/bin/time', ['-v', process.execPath, CLI, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
    ...(stdin && { input: readFileSync(stdin) }),
  });
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr);
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(r.stderr);
  const seconds = wall ? Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]) : NaN;
  const user = /User time \(seconds\): ([\d.]+)/.exec(r.stderr);
  const sys = /System time \(seconds\): ([\d.]+)/.exec(r.stderr);
  const cpu = Number(user?.[1] ?? NaN) + Number(sys?.[1] ?? NaN);
  return { seconds, cpu, maxRssMb: rss ? Number(rss[1]) / 1024 : NaN, stderr: r.stderr, code: r.status };
}

const ARTICLE = readFileSync(join(ROOT, 'fixtures/seed-xinhua-interpol.txt'), 'utf8');

async function writeFile(path: string, mb: number, piece: (i: number) => string, head = '', tail = ''): Promise<number> {
  const out = createWriteStream(path);
  let bytes = 0;
  let i = 0;
  const write = (s: string): Promise<void> | void => {
    bytes += Buffer.byteLength(s);
    if (!out.write(s)) return new Promise((resolve) => out.once('drain', () => resolve()));
  };
  await write(head);
  while (bytes < mb * 1024 * 1024) {
    i++;
    await write(piece(i));
  }
  await write(tail);
  await new Promise<void>((resolve) => out.end(resolve));
  return i;
}

const jsonlLine = (i: number): string => `${JSON.stringify({ id: `r${i}`, title: `Story ${i}`, text: ARTICLE, date: '2017-05-14', url: `https://example.test/${i}` })}\n`;
const xmlEsc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const rssItem = (i: number): string =>
  `<item><title>Story ${i}</title><guid>urn:bench:${i}</guid><pubDate>Sun, 14 May 2017 10:00:00 +0000</pubDate><description>${xmlEsc(ARTICLE)}</description></item>\n`;

async function memory(argv: string[]): Promise<void> {
  const jsonlMb = flag(argv, '--jsonl-mb', 1024);
  const xmlMb = flag(argv, '--xml-mb', 200);
  const parseMb = flag(argv, '--parse-mb', 20);
  const jsonl = '/tmp/newsparse-bench.jsonl';
  const xml = '/tmp/newsparse-bench.rss';
  const small = '/tmp/newsparse-bench-small.jsonl';
  try {
    const n1 = await writeFile(jsonl, jsonlMb, jsonlLine);
    const t1 = timeV(['--dry-run', '--workers', '0', jsonl]);
    console.log(`JSONL ${(statSync(jsonl).size / 2 ** 20).toFixed(0)} MB, ${n1} records, read and accounted (--dry-run): peak RSS ${t1.maxRssMb.toFixed(0)} MB, ${t1.seconds.toFixed(1)} s [${t1.stderr.split('\n')[0]}]`);
    rmSync(jsonl, { force: true });
    const n2 = await writeFile(xml, xmlMb, rssItem, '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>bench</title>\n', '</channel></rss>\n');
    const t2 = timeV(['--dry-run', '--workers', '0', xml]);
    console.log(`XML (one RSS file) ${(statSync(xml).size / 2 ** 20).toFixed(0)} MB, ${n2} items (--dry-run): peak RSS ${t2.maxRssMb.toFixed(0)} MB, ${t2.seconds.toFixed(1)} s [${t2.stderr.split('\n')[0]}]`);
    rmSync(xml, { force: true });
    const n3 = await writeFile(small, parseMb, jsonlLine);
    const t3 = timeV(['--workers', '2', '--out', '/dev/null', small]);
    console.log(`JSONL ${parseMb} MB, ${n3} records, fully parsed on 2 workers: peak RSS ${t3.maxRssMb.toFixed(0)} MB, ${t3.seconds.toFixed(1)} s [${t3.stderr.split('\n')[0]}]`);
  } finally {
    for (const f of [jsonl, xml, small]) rmSync(f, { force: true });
  }
}

/** Texts for the workers bench: the corpus under `--texts DIR` (as `npm run bench` reads it, where it lies), else the seed article. */
function benchTexts(argv: string[]): string[] {
  const i = argv.indexOf('--texts');
  if (i < 0) return [ARTICLE];
  const texts = loadCorpus(argv[i + 1]!);
  if (texts.length === 0) throw new Error(`no texts under ${argv[i + 1]}`);
  return texts;
}

/**
 * Records/s of --workers 1 and 2 on the same JSONL. Each worker is a fresh V8 isolate that
 * compiles the parser on its own (JIT warm-up: its first ~2,000 records run slower, and the
 * optimizing compiler's threads are busy), so a short run measures mostly that warm-up: it is
 * shown apart, on the first 3,000 records, and the bar is read on the whole run, which is what
 * a dump of millions of records sees.
 */
async function workers(argv: string[]): Promise<void> {
  const n = flag(argv, '--records', 60_000);
  const short = Math.min(n, 3000);
  const texts = benchTexts(argv);
  const path = '/tmp/newsparse-bench-workers.jsonl';
  const shortPath = '/tmp/newsparse-bench-workers-short.jsonl';
  const line = (i: number): string =>
    `${JSON.stringify({ id: `r${i}`, title: `Story ${i}`, text: texts[(i - 1) % texts.length], date: '2017-05-14', url: `https://example.test/${i}` })}\n`;
  for (const [file, count] of [[path, n], [shortPath, short]] as const) {
    await new Promise<void>((resolve) => {
      const s = createWriteStream(file);
      for (let i = 1; i <= count; i++) s.write(line(i));
      s.end(resolve);
    });
  }
  try {
    console.log(`${texts.length} distinct text(s); load average before: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
    const pair = (file: string, count: number): [ReturnType<typeof timeV>, ReturnType<typeof timeV>] => {
      const check = (r: ReturnType<typeof timeV>): typeof r => {
        if (r.code !== 0 || !r.stderr.includes(`read ${count} = written ${count}`)) throw new Error(`run failed (${r.code}): ${r.stderr.slice(0, 500)}`);
        return r;
      };
      return [check(timeV(['--workers', '1', '--out', '/dev/null', file])), check(timeV(['--workers', '2', '--out', '/dev/null', file]))];
    };
    const report = (label: string, count: number, [one, two]: [ReturnType<typeof timeV>, ReturnType<typeof timeV>], bar: string): void => {
      const r1 = count / one.seconds;
      const r2 = count / two.seconds;
      console.log(`${label}, ${count} records:`);
      console.log(`  --workers 1: ${one.seconds.toFixed(1)} s, ${r1.toFixed(1)} records/s, CPU ${one.cpu.toFixed(1)} s (${(one.cpu / one.seconds).toFixed(2)} cores busy), peak RSS ${one.maxRssMb.toFixed(0)} MB`);
      console.log(`  --workers 2: ${two.seconds.toFixed(1)} s, ${r2.toFixed(1)} records/s, CPU ${two.cpu.toFixed(1)} s (${(two.cpu / two.seconds).toFixed(2)} cores busy), peak RSS ${two.maxRssMb.toFixed(0)} MB`);
      console.log(`  ratio ${(r2 / r1).toFixed(2)}x${bar}`);
    };
    if (short < n) report('short run (mostly JIT warm-up)', short, pair(shortPath, short), '');
    report('whole run', n, pair(path, n), ' (bar: >= 1.7x)');
    console.log(`load average after: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
    // The machine's own ceiling for this work: the same loop in 1 process, then in 2 at once,
    // timed after a warm-up (steady state); for the parse, for a bare wink-nlp readDoc (about
    // half of it), and for plain arithmetic.
    for (const [name, work] of Object.entries(CEILING_WORK)) {
      const loops = name === 'arithmetic' ? 1500 : 6000;
      const warm = name === 'arithmetic' ? 50 : 3000;
      const solo = await loopSeconds(1, loops, work, warm);
      const duo = await loopSeconds(2, loops, work, warm);
      console.log(`ceiling: ${name} x${loops} after ${warm} warm-up calls, in 1 process ${solo.toFixed(1)} s, in 2 processes at once ${duo.toFixed(1)} s -> ${((2 * solo) / duo).toFixed(2)}x`);
    }
  } finally {
    rmSync(path, { force: true });
    rmSync(shortPath, { force: true });
  }
}

/** Setup and one unit of work for each ceiling loop (module code; `text` is the seed article). */
const CEILING_WORK: Record<string, { setup: string; step: string }> = {
  parseArticle: { setup: `const { parseArticle } = await import(${JSON.stringify(join(ROOT, 'dist/index.js'))});`, step: 'parseArticle(text)' },
  'wink-nlp readDoc': { setup: "const nlp = (await import('wink-nlp')).default((await import('wink-eng-lite-web-model')).default);", step: 'nlp.readDoc(text)' },
  arithmetic: { setup: 'let x = 0; const spin = () => { for (let k = 0; k < 400000; k++) x = (x * 31 + k) | 0; };', step: 'spin()' },
};

/** Seconds for `procs` processes, started together, each to run `work` on the seed article `loops` times (after loading and `warm` untimed calls). */
async function loopSeconds(procs: number, loops: number, work: { setup: string; step: string }, warm: number): Promise<number> {
  const script = `${work.setup} const text = ${JSON.stringify(ARTICLE)}; for (let i = 0; i < ${warm}; i++) ${work.step}; process.stdout.write('ready'); await new Promise((r) => process.stdin.once('data', r)); const t = performance.now(); for (let i = 0; i < ${loops}; i++) ${work.step}; process.stdout.write(String((performance.now() - t) / 1000));`;
  const children = Array.from({ length: procs }, () => spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['pipe', 'pipe', 'inherit'] }));
  const outputs = children.map((c) => {
    let out = '';
    c.stdout!.setEncoding('utf8').on('data', (d: string) => (out += d));
    return { ready: new Promise<void>((resolve) => c.stdout!.once('data', () => resolve())), done: new Promise<string>((resolve) => c.on('close', () => resolve(out))) };
  });
  await Promise.all(outputs.map((o) => o.ready));
  for (const c of children) c.stdin!.end('go');
  const seconds = (await Promise.all(outputs.map((o) => o.done))).map((out) => Number(out.replace(/^ready/, '')));
  return Math.max(...seconds);
}

function bombs(): void {
  for (const name of ['billion-laughs.rss', 'quadratic-blowup.rss']) {
    const file = join(ROOT, 'fixtures/dumps', name);
    const script = `
      import { readRecords } from '${join(ROOT, 'dist/index.js')}';
      import { readFileSync } from 'node:fs';
      const bytes = readFileSync(${JSON.stringify(file)});
      const before = process.memoryUsage().rss;
      const t0 = performance.now();
      const items = [];
      for await (const item of readRecords([bytes], 'x')) items.push(item);
      const ms = performance.now() - t0;
      const extra = (process.memoryUsage().rss - before) / 2 ** 20;
      const refused = items.filter((i) => !i.ok).map((i) => i.reason);
      console.log(JSON.stringify({ ms, extra, refused, records: items.length }));`;
    const out = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })) as { ms: number; extra: number; refused: string[]; records: number };
    console.log(`${name}: ${out.records} records, refused in ${out.ms.toFixed(1)} ms with ${out.extra.toFixed(1)} MB extra RSS: ${out.refused.join('; ')}`);
  }
}

function rssOf(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

async function serveLoad(argv: string[]): Promise<void> {
  const total = flag(argv, '--requests', 10_000);
  const child = spawn(process.execPath, [CLI, 'serve', '--port', '0', '--max-body', '65536'], { stdio: ['ignore', 'ignore', 'pipe'] });
  const port = await new Promise<number>((resolve, reject) => {
    let err = '';
    child.stderr!.setEncoding('utf8').on('data', (d: string) => {
      err += d;
      const m = /listening on http:\/\/[^:]+:(\d+)/.exec(err);
      if (m) resolve(Number(m[1]));
    });
    child.on('exit', () => reject(new Error(`serve exited: ${err}`)));
  });
  const base = `http://127.0.0.1:${port}`;
  let seed = 42;
  const rand = (n: number): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const paths = ['/parse', '/parse/batch', '/health', '/nope', '/parse?x=1'];
  const types = ['text/plain', 'application/json', 'application/x-ndjson', 'image/png', ''];
  const methods = ['POST', 'POST', 'POST', 'GET', 'PUT'];
  const statuses = new Map<number, number>();
  const samples: number[] = [];
  let sent = 0;
  const one = async (): Promise<void> => {
    const len = rand(4096);
    const body = Buffer.alloc(len);
    for (let i = 0; i < len; i++) body[i] = rand(4) === 0 ? rand(256) : 32 + rand(95);
    const method = methods[rand(methods.length)]!;
    const init: RequestInit = { method, headers: { 'content-type': types[rand(types.length)]! } };
    if (method !== 'GET') init.body = body;
    try {
      const r = await fetch(base + paths[rand(paths.length)]!, init);
      await r.arrayBuffer();
      statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
    } catch {
      statuses.set(0, (statuses.get(0) ?? 0) + 1);
    }
  };
  const t0 = performance.now();
  const workers = Array.from({ length: 16 }, async () => {
    while (sent < total) {
      sent++;
      if (sent % 1000 === 0) samples.push(rssOf(child.pid!));
      await one();
    }
  });
  await Promise.all(workers);
  const health = await fetch(`${base}/health`).then((r) => r.status, () => 0);
  const seconds = (performance.now() - t0) / 1000;
  child.kill('SIGTERM');
  console.log(`${total} garbage requests in ${seconds.toFixed(1)} s; statuses ${JSON.stringify(Object.fromEntries([...statuses].sort((a, b) => a[0] - b[0])))}`);
  console.log(`/health after: ${health}; RSS (MB) every 1000 requests: ${samples.map((m) => m.toFixed(0)).join(' ')}`);
}

const [task, ...rest] = process.argv.slice(2);
if (!existsSync(CLI)) throw new Error('build first: npm run build');
if (task === 'eval' && rest[0]) await evalDumps(rest[0], rest.includes('--parse'));
else if (task === 'memory') await memory(rest);
else if (task === 'workers') await workers(rest);
else if (task === 'bombs') bombs();
else if (task === 'serve') await serveLoad(rest);
else {
  console.error('usage: npm run dumps -- eval <dir> [--parse] | memory [--jsonl-mb N] [--xml-mb N] [--parse-mb N] | workers [--records N] | bombs | serve [--requests N]');
  process.exitCode = 2;
}
