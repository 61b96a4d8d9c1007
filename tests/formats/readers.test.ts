/**
 * Format readers over the fixtures in fixtures/dumps (written for this project; the licensed
 * samples are checked by `npm run dumps -- eval <dir>`, not here).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readRecords, sniffFormat, normalizeDate, type ReadItem, type ReadRecordsOptions } from '../../src/formats/index.js';
import { decodeBytes, detectEncoding } from '../../src/formats/encoding.js';
import { fileChunks } from '../../src/formats/source.js';
import { wikitextToParagraphs } from '../../src/formats/wikitext.js';
import { ROOT } from '../cli/exec.js';

const DUMPS = join(ROOT, 'fixtures/dumps');

async function read(name: string, options: ReadRecordsOptions = {}): Promise<ReadItem[]> {
  const items: ReadItem[] = [];
  for await (const item of readRecords(fileChunks(join(DUMPS, name)), name, options)) items.push(item);
  return items;
}

async function readBytes(bytes: Uint8Array, name: string, options: ReadRecordsOptions = {}): Promise<ReadItem[]> {
  const items: ReadItem[] = [];
  // split into small chunks so records and multi-byte characters straddle chunk boundaries
  async function* chunks(): AsyncGenerator<Uint8Array> {
    for (let i = 0; i < bytes.length; i += 7) yield bytes.subarray(i, i + 7);
  }
  for await (const item of readRecords(chunks(), name, options)) items.push(item);
  return items;
}

const ok = (items: ReadItem[]) => items.filter((i): i is Extract<ReadItem, { ok: true }> => i.ok).map((i) => i.record);
const failed = (items: ReadItem[]) => items.filter((i): i is Extract<ReadItem, { ok: false }> => !i.ok);

describe('sniffFormat', () => {
  it.each([
    ['ccnews.jsonl', 'jsonl'],
    ['ninjs.json', 'json'],
    ['reuters.sgm', 'reuters-sgml'],
    ['nitf.xml', 'nitf'],
    ['newsml-g2.xml', 'newsml-g2'],
    ['newsml1.xml', 'newsml1'],
    ['rcv1.xml', 'rcv1'],
    ['feed.rss', 'rss'],
    ['feed.atom', 'atom'],
    ['wordpress.xml', 'wordpress'],
    ['mediawiki.xml', 'mediawiki'],
    ['billion-laughs.rss', 'rss'],
    ['crawl.warc', 'warc'],
  ])('%s is %s', (name, format) => {
    expect(sniffFormat(name, readFileSync(join(DUMPS, name)))).toBe(format);
  });

  it('reads content when the name says nothing', () => {
    expect(sniffFormat('dump', Buffer.from('{"text": "a"}\n{"text": "b"}\n'))).toBe('jsonl');
    expect(sniffFormat('dump', Buffer.from('{\n  "text": "a"\n}\n'))).toBe('json');
    expect(sniffFormat('dump', Buffer.from('<!DOCTYPE lewis SYSTEM "lewis.dtd">\n<REUTERS NEWID="1">'))).toBe('reuters-sgml');
    expect(sniffFormat('story', Buffer.from('Just a story.\n'))).toBe('text');
    expect(sniffFormat('story.txt', Buffer.from('<p>html-ish text file</p>'))).toBe('text');
  });
});

describe('JSON Lines', () => {
  it('reads the CC-News layout: title, text, date, url; a headline "1984" stays a string', async () => {
    const records = ok(await read('ccnews.jsonl'));
    expect(records).toHaveLength(3);
    expect(records[0]).toMatchObject({ id: 'ccnews.jsonl:1', title: 'Harbour bridge to reopen on Monday', publishedAt: '2021-03-05', url: 'https://news.example.test/bridge' });
    expect(records[0]!.text).toContain('said Mayor Ana Ortiz');
    expect(records[2]!.title).toBe('1984');
  });

  it('reads news-please (maintext, date_publish) and C4 (text, timestamp)', async () => {
    expect(ok(await read('newsplease.jsonl'))[0]).toMatchObject({ title: 'Rail strike called off', publishedAt: '2022-07-01' });
    expect(ok(await read('c4.jsonl'))[0]).toMatchObject({ publishedAt: '2019-04-21', url: 'https://blog.example.test/trees' });
  });

  it('takes configured fields, dotted paths included', async () => {
    const options = { textField: 'doc.body', titleField: 'doc.head', dateField: 'when', idField: 'key' };
    expect(ok(await read('custom-fields.jsonl', options))[0]).toMatchObject({ id: 'rec-1', title: 'Budget approved', publishedAt: '2020-01-14', text: 'The council approved the budget on Tuesday.' });
    expect(failed(await read('custom-fields.jsonl'))[0]!.code).toBe('MISSING_TEXT');
  });

  it('accounts for every broken line: bad JSON, missing or null text, binary', async () => {
    const items = await read('bad-records.jsonl');
    expect(items).toHaveLength(20);
    expect(ok(items)).toHaveLength(16);
    expect(failed(items).map((f) => [f.id, f.code])).toEqual([
      ['bad-records.jsonl:17', 'BAD_JSON'],
      ['bad-records.jsonl:18', 'MISSING_TEXT'],
      ['bad-records.jsonl:19', 'MISSING_TEXT'],
      ['bad-records.jsonl:20', 'BAD_JSON'],
    ]);
    expect(failed(items)[0]!.raw).toBe('{"title": "truncated", "text": ');
  });

  it('reads gzip transparently, strips a BOM, survives any chunking', async () => {
    const plain = readFileSync(join(DUMPS, 'ccnews.jsonl'));
    expect(ok(await readBytes(gzipSync(plain), 'ccnews.jsonl.gz'))).toEqual(ok(await readBytes(plain, 'ccnews.jsonl')).map((r) => ({ ...r, id: r.id.replace('ccnews.jsonl', 'ccnews.jsonl.gz') })));
    expect(ok(await read('bom.jsonl'))[0]!.title).toBe('BOM');
  });

  it('refuses a line over the record limit without holding it', async () => {
    const line = JSON.stringify({ text: 'x'.repeat(5000) });
    const items = await readBytes(Buffer.from(`${line}\n{"text":"short"}\n`), 'big.jsonl', { maxRecordBytes: 1000 });
    expect(items.map((i) => (i.ok ? 'ok' : i.code))).toEqual(['RECORD_TOO_LARGE', 'ok']);
  });
});

describe('XML formats', () => {
  it('NITF: hl1, date.issue, paragraphs, entities (&eacute; too), byline and dateline in meta', async () => {
    const [r] = ok(await read('nitf.xml'));
    expect(r).toMatchObject({ id: 'fixture-nitf-1', title: 'Dam opens floodgates after heavy rain', publishedAt: '2021-03-05' });
    expect(r!.text.split('\n\n')).toEqual([
      'Dam opens floodgates after heavy rain',
      'RIVERTON (Fixture Wire) — Engineers opened the floodgates of the Riverton dam on Friday, the water board said.',
      '“The reservoir is at 98 percent,” said board chair Marie Café.',
      'Residents downstream were told to stay alert.',
    ]);
    expect(r!.meta).toMatchObject({ format: 'nitf', byline: 'By Jo Rivers', dateline: 'RIVERTON' });
  });

  it('NewsML-G2: one record per newsItem, XHTML and NITF bodies, headline "1984" a string', async () => {
    const records = ok(await read('newsml-g2.xml'));
    expect(records.map((r) => [r.id, r.title, r.publishedAt])).toEqual([
      ['urn:fixture:g2:1', 'Ferry service resumes', '2022-01-10'],
      ['urn:fixture:g2:2', '1984', '2022-01-11'],
    ]);
    expect(records[0]!.text).toBe('Ferry service resumes\n\nFerry service to the island resumed on Monday after storms.\n\nThe operator said all sailings would run.');
  });

  it('NewsML 1 (declared ISO-8859-1) and RCV1', async () => {
    const [n1] = ok(await read('newsml1.xml'));
    expect(n1).toMatchObject({ id: 'urn:fixture:newsml1:1', title: 'Marché aux fleurs rouvre', publishedAt: '2023-02-14' });
    expect(n1!.text).toContain('Les commerçants sont satisfaits.');
    const [rcv] = ok(await read('rcv1.xml'));
    expect(rcv).toMatchObject({ id: '9001', title: 'Grain exports rise.', publishedAt: '1996-08-21' });
    expect(rcv!.text).toContain('"Demand was strong," said analyst Sam Reed.');
  });

  it('RSS: content:encoded as paragraphs (scripts dropped), escaped description as a fallback', async () => {
    const records = ok(await read('feed.rss'));
    expect(records).toHaveLength(3);
    expect(records[0]).toMatchObject({ id: 'https://feed.example.test/1', title: 'Item 1 headline', publishedAt: '2021-03-01', url: 'https://feed.example.test/1' });
    expect(records[0]!.text).toBe('Item 1 headline\n\nItem 1 body: the council met on Monday.\n\nIt voted 5–2 & adjourned.');
    expect(records[2]!.text).toBe('Escaped description only\n\nParagraph one of the escaped HTML.\n\nParagraph two été.');
  });

  it('RSS in undeclared Latin-1 bytes, with a Portuguese date', async () => {
    const [r] = ok(await read('latin1-undeclared.rss'));
    expect(r).toMatchObject({ title: 'Eleição marcada para outubro', publishedAt: '2018-09-24' });
  });

  it('Atom: html content and title, plain summary', async () => {
    const records = ok(await read('feed.atom'));
    expect(records[0]).toMatchObject({ title: 'Storm closes schools', publishedAt: '2021-02-02', url: 'https://atom.example.test/storm' });
    expect(records[0]!.text).toBe('Storm closes schools\n\nSchools closed on Tuesday as the storm hit.\n\nBuses will run on Wednesday.');
    expect(records[1]!.text).toBe('Plain summary entry\n\nOnly a summary here, in plain text.');
  });

  it('WordPress export and MediaWiki export (latest revision; plain and .bz2)', async () => {
    expect(ok(await read('wordpress.xml'))[0]).toMatchObject({ title: 'Market day returns', publishedAt: '2021-06-05', meta: { postType: 'post' } });
    const wiki = ok(await read('mediawiki.xml'));
    expect(wiki.map((r) => [r.id, r.title, r.publishedAt])).toEqual([
      ['101', 'Town hall clock restored', '2020-05-02'],
      ['102', 'Second story', '2020-05-03'],
    ]);
    expect(wiki[0]!.text).toBe('Town hall clock restored\n\nThe town hall clock was restored on Saturday, the council said.\n\nSources\n\nCouncil notice');
    expect(ok(await read('mediawiki.xml.bz2')).map((r) => r.text)).toEqual(wiki.map((r) => r.text));
  });

  it('a malformed record fails alone; its neighbours come out', async () => {
    const items = await read('malformed.rss');
    expect(items.map((i) => (i.ok ? i.record.id : `${i.id} ${i.code}`))).toEqual([
      'https://feed.example.test/1',
      'https://feed.example.test/broken MALFORMED_XML',
      'https://feed.example.test/3',
    ]);
  });

  it('refuses billion laughs and quadratic blowup per record, naming it, fast', async () => {
    for (const [name, id, word] of [
      ['billion-laughs.rss', 'urn:fixture:billion-laughs', 'billion laughs'],
      ['quadratic-blowup.rss', 'urn:fixture:quadratic-blowup', 'quadratic blowup'],
    ] as const) {
      const t0 = performance.now();
      const items = await read(name);
      const ms = performance.now() - t0;
      expect(items.map((i) => (i.ok ? 'ok' : i.id))).toEqual(['ok', id, 'ok']);
      const bomb = failed(items)[0]!;
      expect(bomb.code).toBe('XML_ENTITY_EXPANSION');
      expect(bomb.reason).toContain(word);
      expect(ms).toBeLessThan(2000); // generous: the bench measures the real figure
    }
    // internal entities within limits still expand
    expect(ok(await read('billion-laughs.rss'))[0]!.text).toContain('Item 1 body');
  });

  it('never reads external entities', async () => {
    const items = await read('external-entity.rss');
    expect(failed(items)).toEqual([expect.objectContaining({ id: 'urn:fixture:xxe', code: 'XML_EXTERNAL_ENTITY' })]);
    expect(JSON.stringify(items)).not.toContain('root:');
  });

  it('names an unknown root element and rejects binary', async () => {
    const items = await readBytes(Buffer.from('<?xml version="1.0"?><catalog><book/></catalog>'), 'catalog.xml');
    expect(items).toEqual([expect.objectContaining({ ok: false, code: 'UNSUPPORTED_FORMAT', reason: expect.stringContaining('<catalog>') })]);
    expect(failed(await read('binary.xml'))).toHaveLength(1);
    expect(failed(await readBytes(Buffer.from('<rss><channel><item><title>x</title>'), 'cut.rss'))[0]!.code).toBe('MALFORMED_XML');
  });
});

describe('Reuters-21578 SGML', () => {
  it('reads TITLE, DATELINE, BODY, DATE; BRIEF documents too', async () => {
    const records = ok(await read('reuters.sgm'));
    expect(records.map((r) => [r.id, r.title, r.publishedAt])).toEqual([
      ['9001', 'FIXTURE GRAIN OUTPUT SEEN HIGHER', '1987-03-02'],
      ['9002', 'FIXTURE BRIEF ITEM', '1987-03-03'],
      ['9003', 'FIXTURE THIRD', '1987-03-04'],
    ]);
    expect(records[0]!.text).toBe(
      'FIXTURE GRAIN OUTPUT SEEN HIGHER\n\nKANSAS CITY, March 2 - Grain output is seen higher this\nyear, the fixture board said on Monday.\n\n' +
        'It said wheat & corn would lead the rise, with AT&T\nshipping data < expected.\n Reuter',
    );
    expect(records[1]!.text).toBe('FIXTURE BRIEF ITEM\n\nBlah blah blah.');
  });
});

describe('WARC', () => {
  it('one record per HTML response: chunked, gzip-encoded, Latin-1 by <meta>; .warc.gz per-record gzip', async () => {
    const records = ok(await read('crawl.warc'));
    expect(records.map((r) => [r.id, r.title, r.url, r.publishedAt])).toEqual([
      ['urn:uuid:fixture-tram', 'Tram line opens', 'https://tram.example.test/', undefined],
      ['urn:uuid:fixture-cafe', 'Café reopens', 'https://cafe.example.test/', undefined],
    ]);
    expect(records[0]!.text).toContain('The new tram line opened on Sunday, the transit authority said.\n\n“Ridership is strong,” said director Ana Ruiz.');
    expect(records[0]!.text).not.toContain('x()');
    expect(records[0]!.meta.crawledAt).toBe('2021-06-01T10:00:00Z');
    expect(ok(await read('crawl.warc.gz'))).toEqual(records.map((r) => ({ ...r })));
  });

  it('fails a truncated record and refuses what is not WARC', async () => {
    const bytes = readFileSync(join(DUMPS, 'crawl.warc'));
    const cut = await readBytes(bytes.subarray(0, bytes.length - 60), 'cut.warc', { format: 'warc' });
    expect(cut.map((i) => (i.ok ? 'ok' : i.code))).toEqual(['ok', 'READ_ERROR']);
    expect(failed(await readBytes(Buffer.from('not a warc\r\n\r\n'), 'x.warc'))[0]!.reason).toBe('not a WARC record header');
  });
});

describe('JSON documents (ninjs)', () => {
  it('reads an item envelope: body_html to paragraphs, body_text as is', async () => {
    const records = ok(await read('ninjs.json'));
    expect(records.map((r) => [r.id, r.title, r.publishedAt, r.text])).toEqual([
      ['urn:fixture:ninjs:1', 'Council backs new park', '2018-05-28', 'The council backed a new park on Monday.\n\nWork starts in June.'],
      ['urn:fixture:ninjs:2', 'Text only', '2018-05-29', 'A plain text body.'],
    ]);
  });
});

describe('encodings and dates', () => {
  it('detects encodings from BOM, declaration and bytes', () => {
    expect(detectEncoding(Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><a>caf\xe9</a>', 'latin1'))).toBe('windows-1252');
    expect(detectEncoding(Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><a>café</a>'))).toBe('utf-8'); // mislabelled
    expect(detectEncoding(Buffer.from('caf\xe9', 'latin1'), true)).toBe('windows-1252');
    expect(decodeBytes(Buffer.from([0xef, 0xbb, 0xbf, 0x41]))).toBe('A');
    expect(decodeBytes(Buffer.from([0x41, 0xc3, 0x28, 0x42, 0x42, 0x42, 0xe2, 0x82, 0xac]))).toBe('A\u00c3(BBB\u00e2\u201a\u00ac'); // not UTF-8: cp1252
  });

  it('normalizes the date styles dumps use', () => {
    expect(normalizeDate('20151210T191044Z')).toBe('2015-12-10');
    expect(normalizeDate('26-FEB-1987 15:01:01.79')).toBe('1987-02-26');
    expect(normalizeDate('Mon, 29 Jul 2013 16:03:54 +0000')).toBe('2013-07-29');
    expect(normalizeDate('2016-10-18T11:12:00-05:00')).toBe('2016-10-18');
    expect(normalizeDate(1_600_000_000)).toBe('2020-09-13');
    expect(normalizeDate('None')).toBeUndefined();
    expect(normalizeDate('2021-02-30')).toBeUndefined();
  });

  it('strips wikitext in linear passes', () => {
    expect(wikitextToParagraphs("{{a|{{b}}}}'''Bold''' [[x|y]] [[File:a.jpg|thumb|[[z]]]] <!-- c -->end")).toEqual(['Bold y end']);
    const t0 = performance.now();
    wikitextToParagraphs('{{'.repeat(100_000) + '[['.repeat(100_000) + '<!--'.repeat(50_000) + '<ref'.repeat(50_000));
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
