/** parseStream and createParseStream: inputs of every kind, bad records in the flow, back-pressure. */
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { Readable, Writable, type Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { describe, expect, it } from 'vitest';
import { createParseStream, parseStream, type StreamResult } from '../../src/index.js';
import { ROOT } from '../cli/exec.js';

async function all(results: AsyncIterable<StreamResult>): Promise<StreamResult[]> {
  const out: StreamResult[] = [];
  for await (const r of results) out.push(r);
  return out;
}

describe('parseStream', () => {
  it('parses strings and record objects from an async iterable, in order; a bad item fails alone', async () => {
    async function* items(): AsyncGenerator<unknown> {
      yield 'Bridge reopens\n\nThe bridge reopened on Monday, officials said.';
      yield { id: 'r2', text: 'The library will open late on Friday.', title: 'Library hours', publishedAt: '2021-03-05' };
      yield { title: 'no text' };
      yield 42;
    }
    const results = await all(parseStream(items(), { source: 'test' }));
    expect(results.map((r) => [r.id, r.ok])).toEqual([['test#1', true], ['r2', true], ['test#3', false], ['test#4', false]]);
    const second = results[1]!;
    expect(second.ok && second.article.headline?.text).toBe('Library hours');
    expect(second.ok && second.article.publishedAt).toBe('2021-03-05');
    expect(results[2]!.ok ? null : results[2]!.error.code).toBe('INVALID_RECORD');
  });

  it('takes a sync iterable (an array) and defaults', async () => {
    const results = await all(parseStream(['Police said on Sunday the road was closed.'], { defaults: { publishedAt: '2017-05-14', title: 'Road closed' } }));
    expect(results[0]).toMatchObject({ ok: true, article: { publishedAt: '2017-05-14', headline: { text: 'Road closed' } } });
  });

  it('reads a byte stream as a dump (format sniffed), bad records included', async () => {
    const results = await all(parseStream(createReadStream(join(ROOT, 'fixtures/dumps/bad-records.jsonl')), { source: 'bad.jsonl' }));
    expect(results).toHaveLength(20);
    expect(results.filter((r) => !r.ok).map((r) => r.id)).toEqual(['bad.jsonl:17', 'bad.jsonl:18', 'bad.jsonl:19', 'bad.jsonl:20']);
    const xml = await all(parseStream(createReadStream(join(ROOT, 'fixtures/dumps/nitf.xml'))));
    expect(xml[0]).toMatchObject({ ok: true, id: 'fixture-nitf-1', article: { headline: { text: 'Dam opens floodgates after heavy rain' } } });
  });

  it('pulls lazily: stopping early reads no further', async () => {
    let pulled = 0;
    async function* items(): AsyncGenerator<string> {
      for (let i = 0; i < 1000; i++) {
        pulled++;
        yield `Story ${i} was filed on Monday.`;
      }
    }
    for await (const r of parseStream(items())) {
      expect(r.ok).toBe(true);
      if (pulled >= 3) break;
    }
    expect(pulled).toBeLessThanOrEqual(4);
  });
});

describe('createParseStream', () => {
  it('is an object-mode Transform: records in, results out, in order', async () => {
    const results: StreamResult[] = [];
    await pipeline(
      Readable.from([{ id: 'a', text: 'The council met on Monday.' }, 'The mayor spoke on Tuesday.', null as unknown as string].filter((x) => x !== null)),
      createParseStream({ source: 'pipe' }) as unknown as Transform,
      new Writable({
        objectMode: true,
        write(r: StreamResult, _e, cb) {
          results.push(r);
          cb();
        },
      }),
    );
    expect(results.map((r) => [r.id, r.source, r.ok])).toEqual([['a', 'pipe', true], ['pipe#2', 'pipe', true]]);
  });

  it('applies back-pressure: write() returns false while nobody reads', () => {
    const t = createParseStream();
    let accepted = 0;
    for (let i = 0; i < 200; i++) {
      if (!t.write(`Story ${i}.`)) break;
      accepted++;
    }
    expect(accepted).toBeLessThan(200);
    t.destroy();
  });
});
