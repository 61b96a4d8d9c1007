/** The HTTP service: /parse (text and JSON), /parse/batch (NDJSON), /health, limits and 4xx errors. */
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, InputTooLargeError, NewsparseArgumentError, type ParseServer } from '../../src/index.js';
import { VERSION } from '../../src/version.js';

let server: ParseServer;
let base: string;

beforeAll(async () => {
  server = createServer({ maxBodyBytes: 10_000 });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const post = (path: string, body: string | Uint8Array, type = 'text/plain'): Promise<Response> =>
  fetch(base + path, { method: 'POST', body, headers: { 'content-type': type } });

describe('newsparse serve', () => {
  it('GET /health', async () => {
    const r = await fetch(`${base}/health`);
    expect(r.status).toBe(200);
    expect(await r.json()).toEqual({ status: 'ok', version: VERSION });
  });

  it('POST /parse with text and with JSON', async () => {
    const text = await post('/parse', 'Bridge reopens\n\nThe bridge reopened on Monday, officials said.');
    expect(text.status).toBe(200);
    expect(await text.json()).toMatchObject({ schemaVersion: 1, headline: { text: 'Bridge reopens' } });
    const json = await post('/parse', JSON.stringify({ text: 'The road closed on Sunday.', title: 'Road closed', publishedAt: '2017-05-14' }), 'application/json');
    expect(await json.json()).toMatchObject({ publishedAt: '2017-05-14', headline: { text: 'Road closed', source: 'option' } });
  });

  it('POST /parse/batch: NDJSON in, one line out per line, bad lines answered in place', async () => {
    const body = [JSON.stringify({ id: 'a', text: 'The council met on Monday.' }), '{not json', JSON.stringify({ id: 'c', title: 'no text' }), JSON.stringify('A bare string article.')].join('\n');
    const r = await post('/parse/batch', body, 'application/x-ndjson');
    expect(r.status).toBe(200);
    const lines = (await r.text()).trim().split('\n').map((l) => JSON.parse(l) as { id: string; article?: unknown; error?: { code: string } });
    expect(lines.map((l) => [l.id, l.article ? 'article' : l.error!.code])).toEqual([['a', 'article'], ['2', 'BAD_JSON'], ['c', 'INVALID_RECORD'], ['4', 'article']]);
  });

  it.each([
    ['GET', '/parse', undefined, 'text/plain', 405, 'METHOD_NOT_ALLOWED'],
    ['POST', '/nope', 'x', 'text/plain', 404, 'NOT_FOUND'],
    ['POST', '/parse', '{"text": ', 'application/json', 400, 'BAD_JSON'],
    ['POST', '/parse', '{"title": "x"}', 'application/json', 400, 'INVALID_RECORD'],
    ['POST', '/parse', '{"text": "x", "publishedAt": "someday"}', 'application/json', 400, 'INVALID_OPTIONS'],
    ['POST', '/parse', 'x', 'image/png', 415, 'UNSUPPORTED_MEDIA_TYPE'],
    ['POST', '/parse', 'x'.repeat(20_000), 'text/plain', 413, 'BODY_TOO_LARGE'],
  ])('%s %s -> %i', async (method, path, body, type, status, code) => {
    const r = await fetch(base + path, { method, body, headers: { 'content-type': type } });
    expect(r.status).toBe(status);
    expect(((await r.json()) as { error: { code: string } }).error.code).toBe(code);
  });

  it('survives garbage and keeps answering /health', async () => {
    const garbage = Array.from({ length: 200 }, (_, i) => Buffer.from(Array.from({ length: (i * 37) % 3000 }, (_, j) => (i * 31 + j * 7) % 256)));
    const types = ['text/plain', 'application/json', 'application/x-ndjson'];
    const paths = ['/parse', '/parse/batch'];
    const statuses = await Promise.all(garbage.map((g, i) => post(paths[i % 2]!, g, types[i % 3]!).then(async (r) => (await r.arrayBuffer(), r.status))));
    expect(statuses.filter((s) => ![200, 400, 415].includes(s))).toEqual([]);
    expect((await fetch(`${base}/health`)).status).toBe(200);
  });

  it('a `parse` hook runs parsing elsewhere: its failures map to 400 / 413 / 503 / 500, batches keep their order', async () => {
    const hooked = createServer({
      concurrency: 4,
      parse: async (text) => {
        if (text === 'bad options') throw new NewsparseArgumentError('newsparse: options.publishedAt is no date');
        if (text === 'slow page') throw Object.assign(new Error('timed out after 1 s'), { code: 'TIMEOUT' });
        if (text === 'crash') throw new Error('worker exited with code 1');
        if (text === 'many lines') throw new InputTooLargeError(1_000_001, 1_000_000, 'lines');
        // later lines finish first: the answer must still come back in input order
        await new Promise((resolve) => setTimeout(resolve, 40 - text.length));
        return JSON.stringify({ echo: text });
      },
    });
    await new Promise<void>((resolve) => hooked.listen(0, '127.0.0.1', resolve));
    const at = `http://127.0.0.1:${(hooked.address() as AddressInfo).port}`;
    try {
      const answer = async (body: string): Promise<[number, unknown]> => {
        const r = await fetch(`${at}/parse`, { method: 'POST', body });
        return [r.status, await r.json()];
      };
      expect(await answer('hello')).toEqual([200, { echo: 'hello' }]);
      expect(await answer('bad options')).toEqual([400, { error: { code: 'INVALID_OPTIONS', message: 'options.publishedAt is no date' } }]);
      expect(await answer('slow page')).toEqual([503, { error: { code: 'PARSE_TIMEOUT', message: 'timed out after 1 s' } }]);
      expect(await answer('crash')).toEqual([500, { error: { code: 'INTERNAL', message: 'internal error while parsing' } }]);
      expect(await answer('many lines')).toEqual([413, { error: { code: 'INPUT_TOO_LARGE', message: 'input of 1000001 non-blank lines exceeds maxLines (1000000)' } }]);
      const lines = ['a', 'bb', 'slow page', 'ccc', 'dddd', 'eeeee'].map((text, i) => JSON.stringify({ id: i, text }));
      const r = await fetch(`${at}/parse/batch`, { method: 'POST', body: lines.join('\n'), headers: { 'content-type': 'application/x-ndjson' } });
      const out = (await r.text()).trim().split('\n').map((l) => JSON.parse(l) as { id: string; article?: { echo: string }; error?: { code: string } });
      expect(out.map((o) => [o.id, o.article?.echo ?? o.error!.code])).toEqual([['0', 'a'], ['1', 'bb'], ['2', 'PARSE_TIMEOUT'], ['3', 'ccc'], ['4', 'dddd'], ['5', 'eeeee']]);
    } finally {
      hooked.closeAllConnections();
      await new Promise((resolve) => hooked.close(resolve));
    }
  });
});
