import { describe, expect, it } from 'vitest';

describe('corrupt compressed input', () => {
  it('ends in one READ_ERROR item instead of a throw (gzip and bzip2 magic, broken body)', async () => {
    const { readRecords } = await import('../../src/formats/index.js');
    for (const head of [[0x1f, 0x8b, 1, 2, 3], [0x42, 0x5a, 0x68, 0x39, 1, 2, 3]]) {
      const bytes = new Uint8Array(head);
      const chunks = (async function* () {
        yield bytes;
      })();
      const items = [];
      for await (const item of readRecords(chunks, 'broken', { format: 'jsonl' })) items.push(item);
      expect(items).toEqual([expect.objectContaining({ ok: false, code: 'READ_ERROR', id: 'broken#input' })]);
    }
  });
});
