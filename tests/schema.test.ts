import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import schema from '../schema/article.schema.json';
import { parseArticle } from '../src/index.js';
import { allCases } from './helpers/inputs.js';

const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);

function schemaErrors(value: unknown): string[] {
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`);
}

describe('schema/article.schema.json', () => {
  it('is draft-07 with a stable $id and schemaVersion 1', () => {
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.$id).toBe('https://newsparse.dev/schema/article-1.json');
    expect(schema.properties.schemaVersion).toEqual({ const: 1 });
  });

  it('rejects what the contract forbids', () => {
    const ok = parseArticle('Officials said on Sunday that the bridge would reopen next week after repairs.');
    expect(schemaErrors(ok)).toEqual([]);
    expect(schemaErrors({ ...ok, extra: true })).not.toEqual([]);
    expect(schemaErrors({ ...ok, schemaVersion: 2 })).not.toEqual([]);
    expect(schemaErrors({ ...ok, publishedAt: 'May 14' })).not.toEqual([]);
    expect(schemaErrors({ ...ok, boilerplate: [{ text: 'x', start: 0, end: 1, kind: 'ad' }] })).not.toEqual([]);
    expect(schemaErrors({ ...ok, body: { text: '', paragraphs: [{ text: '', start: -1, end: 0 }] } })).not.toEqual([]);
    expect(schemaErrors({ ...ok, body: { text: '', paragraphs: [{ text: '', start: 0.5, end: 1 }] } })).not.toEqual([]);
    expect(schemaErrors({ ...ok, dates: [{ text: 'x', start: 0, end: 1, value: null, type: 'DATE' }] })).not.toEqual([]);
    const { quotes: _q, ...missing } = ok;
    expect(schemaErrors(missing)).not.toEqual([]);
  });
});

describe('parseArticle output matches the schema', () => {
  for (const c of allCases()) {
    it(c.name, () => {
      expect(schemaErrors(parseArticle(c.text, c.options))).toEqual([]);
    });
  }
});

describe('parseArticle rejects non-strings', () => {
  const bad: Array<[string, unknown]> = [
    ['undefined', undefined],
    ['null', null],
    ['42', 42],
    ['{}', {}],
    ['Buffer', Buffer.from('Officials said on Sunday.')],
  ];
  for (const [name, value] of bad) {
    it(name, () => {
      expect(() => parseArticle(value as string)).toThrow(TypeError);
    });
  }
});
