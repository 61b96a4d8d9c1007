/**
 * The package as a user gets it: `npm pack`, install the tarball into an empty project, then use
 * it from ESM, CommonJS, TypeScript (nodenext) and the installed `newsparse` bin.
 * Dependencies come from the npm cache that `npm ci` filled (the registry only if missing).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE, ROOT, exec, type Result } from '../cli/exec.js';

const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };

// npm run sets npm_* variables (npm_config_*, npm_package_*): keep them from leaking into the
// nested npm calls, which should behave as a user's would.
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));

function ok(r: Result, what: string): Result {
  if (r.code !== 0) throw new Error(`${what} exited ${r.code}\n${r.stderr}\n${r.stdout}`);
  return r;
}

let tmp: string;
let consumer: string;
let files: string[];

beforeAll(async () => {
  if (!existsSync(join(ROOT, 'dist/index.js')) || !existsSync(join(ROOT, 'dist/cli.js'))) {
    throw new Error('dist/ is not built: run `npm run build` (npm test does it first)');
  }
  tmp = mkdtempSync(join(tmpdir(), 'newsparse-pack-'));
  // --ignore-scripts: dist/ is already built, and rebuilding it (prepack) would pull it out
  // from under the test files that run the CLI at the same time.
  const pack = ok(await exec(NPM, ['pack', '--ignore-scripts', '--json', '--pack-destination', tmp], { env }), 'npm pack');
  const [info] = JSON.parse(pack.stdout) as { filename: string; files: { path: string }[] }[];
  files = info!.files.map((f) => f.path).sort();

  consumer = join(tmp, 'consumer');
  mkdirSync(consumer);
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }));
  const install = ['install', join(tmp, info!.filename), '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'];
  ok(await exec(NPM, install, { cwd: consumer, env }), 'npm install');
}, 180_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('npm package', () => {
  it('ships dist/, the schema, README, LICENSE and package.json, and no sources or tests', () => {
    const required = ['package.json', 'README.md', 'LICENSE', 'schema/article.schema.json'].concat(
      ['index.js', 'index.cjs', 'index.d.ts', 'index.d.cts', 'cli.js'].map((f) => `dist/${f}`),
    );
    expect(required.filter((f) => !files.includes(f)), 'missing from the tarball').toEqual([]);
    const stray = files.filter((f) => /^(fixtures|tests|src|bench|scratch|examples|node_modules|\.ci)\//.test(f));
    expect(stray).toEqual([]);
  });

  it('imports from ESM and CommonJS', async () => {
    const script = `
      import { createRequire } from 'node:module';
      import { parseArticle, VERSION } from 'newsparse';
      const require = createRequire(import.meta.url);
      const cjs = require('newsparse');
      const text = 'Bridge to reopen\\n\\nThe bridge will reopen on Monday, police said.\\n';
      const esm = parseArticle(text, { publishedAt: '2017-05-14' });
      console.log(JSON.stringify({
        version: VERSION,
        esm: { schemaVersion: esm.schemaVersion, body: esm.body.text, publishedAt: esm.publishedAt },
        cjsIsFunction: typeof cjs.parseArticle === 'function',
        cjsBody: cjs.parseArticle(text).body.text,
        packageVersion: require('newsparse/package.json').version,
      }));
    `;
    writeFileSync(join(consumer, 'check.mjs'), script);
    const r = ok(await exec(process.execPath, ['check.mjs'], { cwd: consumer }), 'check.mjs');
    const out = JSON.parse(r.stdout) as { esm: { body: string }; cjsBody: string };
    expect(out).toMatchObject({
      version: pkg.version,
      packageVersion: pkg.version,
      esm: { schemaVersion: 1, publishedAt: '2017-05-14' },
      cjsIsFunction: true,
    });
    expect(out.esm.body).toContain('The bridge will reopen on Monday');
    expect(out.cjsBody).toBe(out.esm.body);
  });

  it('exports the JSON Schema as newsparse/schema.json', async () => {
    const script = `const path = require.resolve('newsparse/schema.json');
      console.log(JSON.stringify({ path, dialect: typeof require(path).$schema }));`;
    const r = ok(await exec(process.execPath, ['-e', script], { cwd: consumer }), 'require.resolve');
    expect(JSON.parse(r.stdout)).toEqual({
      path: join(consumer, 'node_modules', pkg.name, 'schema/article.schema.json'),
      dialect: 'string',
    });
  });

  it('has types that resolve under nodenext, for ESM and CommonJS consumers', async () => {
    const use = `import { parseArticle, type Article, type ParseOptions } from 'newsparse';
const options: ParseOptions = { publishedAt: '2017-05-14', title: 'A title' };
const article: Article = parseArticle('Some text.', options);
const headline: string | undefined = article.headline?.text;
const speakers: (string | undefined)[] = article.quotes.map((q) => q.speaker?.name);
// @ts-expect-error schemaVersion is the literal 1: proves the types are not any
const wrong: Article['schemaVersion'] = 2;
export { headline, speakers, wrong };
`;
    writeFileSync(join(consumer, 'use-esm.mts'), use);
    writeFileSync(join(consumer, 'use-cjs.cts'), use);
    writeFileSync(
      join(consumer, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { strict: true, module: 'nodenext', moduleResolution: 'nodenext', noEmit: true, types: [] },
        files: ['use-esm.mts', 'use-cjs.cts'],
      }),
    );
    const r = await exec(process.execPath, [TSC, '-p', '.'], { cwd: consumer });
    expect(r.stdout + r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('installs a working newsparse bin', async () => {
    writeFileSync(join(consumer, 'story.txt'), readFileSync(join(ROOT, FIXTURE)));
    // Spawned directly, not through node: needs the shebang and the executable bit npm sets.
    const r = await exec(join(consumer, 'node_modules/.bin/newsparse'), ['--published-at', '2017-05-14', 'story.txt'], {
      cwd: consumer,
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const line = JSON.parse(r.stdout) as { id: string; article: { publishedAt: string; body: { text: string } } };
    expect(line.id).toBe('story.txt');
    expect(line.article.publishedAt).toBe('2017-05-14');
    expect(line.article.body.text).toContain('Jurgen Stock');
  });
});
