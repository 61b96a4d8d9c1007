import { describe, expect, it } from 'vitest';
import { segment, segmentDocument } from '../../src/segment/index.js';
import { parseByline } from '../../src/segment/byline.js';
import { findDateline } from '../../src/segment/dateline.js';
import { resolveOptions } from '../../src/options.js';
import type { Document } from '../../src/document/types.js';
import { buildDocument } from '../../src/document/build.js';
import { readBlocks } from '../../src/segment/features.js';
import { winkInstances, winkLimits } from '../../src/document/tokens.js';
import { BODY, body } from '../helpers/body.js';


const bodyTexts = (text: string): string[] => segment(text).paragraphs.map((p) => p.text);
const kindOf = (text: string, line: string): string | undefined => segment(text).boilerplate.find((b) => b.text === line)?.kind;

describe('datelines', () => {
  const shapes: Array<[string, string, string, string | null]> = [
    ['BEIJING, May 14 (Xinhua) -- ', 'BEIJING, May 14 (Xinhua) --', 'Beijing', '2017-05-14'],
    ['NAIROBI, March 3 (Reuters) - ', 'NAIROBI, March 3 (Reuters) -', 'Nairobi', '2017-03-03'],
    ['WASHINGTON (AP) — ', 'WASHINGTON (AP) —', 'Washington', null],
    ['LONDON 1996-08-30 ', 'LONDON 1996-08-30', 'London', '1996-08-30'],
  ];
  for (const [prefix, text, place, date] of shapes) {
    it(`"${text}" at the start of the first paragraph`, () => {
      const seg = segment(prefix + body, { publishedAt: '2017-05-20' });
      expect(seg.dateline).toMatchObject({ text, place, date, start: 0, end: text.length });
      // the dateline stays inside the first body paragraph
      expect(seg.paragraphs[0]!.text.startsWith(text)).toBe(true);
    });
  }

  it('a dateline on a line of its own above the body (CoNLL style)', () => {
    const text = `SOCCER - TOWN BUDGET PASSES\nLONDON 1996-08-30\n${body}`;
    const seg = segment(text);
    expect(seg.dateline).toMatchObject({ text: 'LONDON 1996-08-30', place: 'London', date: '1996-08-30' });
    expect(seg.headline?.text).toBe('SOCCER - TOWN BUDGET PASSES');
    expect(seg.publishedAt).toBe('1996-08-30');
  });

  it('no dateline in an ordinary sentence', () => {
    expect(findDateline('The council met on Tuesday.', 0, 27, null)).toBeNull();
    expect(segment(body).dateline).toBeNull();
  });
});

describe('bylines', () => {
  const shapes: Array<[string, string[]]> = [
    ['By Maria Lopez', ['Maria Lopez']],
    ['By Maria Lopez and Tom Hale, Staff Writers', ['Maria Lopez', 'Tom Hale']],
    ['Maria Lopez | Reuters', ['Maria Lopez']],
  ];
  for (const [line, authors] of shapes) {
    it(`"${line}"`, () => {
      expect(parseByline(line, 0, line.length)?.authors).toEqual(authors);
      const text = `Town approves new budget\n${line}\n${body}`;
      const seg = segment(text);
      expect(seg.byline).toMatchObject({ text: line, authors });
      // a byline line is not body, nor boilerplate
      expect(seg.paragraphs.map((p) => p.text)).toEqual(BODY);
      expect(seg.boilerplate.some((b) => b.text === line)).toBe(false);
      expect(seg.headline?.text).toBe('Town approves new budget');
    });
  }

  it('a sentence is not a byline', () => {
    const s = 'By Tuesday the council had voted.';
    expect(parseByline(s, 0, s.length)).toBeNull();
  });
});

describe('publishedAt', () => {
  it('from a date line near the top', () => {
    const seg = segment(`Town approves new budget\nPublished: March 3, 2021\n${body}`);
    expect(seg.publishedAt).toBe('2021-03-03');
    expect(seg.paragraphs.map((p) => p.text)).toEqual(BODY);
  });
  it('options win over the text', () => {
    expect(segment(`Town approves new budget\nPublished: March 3, 2021\n${body}`, { publishedAt: '2021-03-04' }).publishedAt).toBe('2021-03-04');
  });
});

describe('boilerplate kinds', () => {
  it('navigation: a menu of one- and two-word lines before the title', () => {
    const text = `Home\nNews\nSport\nBusiness\nSign in\nTown approves new budget\n${body}`;
    expect(bodyTexts(text)).toEqual(BODY);
    expect(kindOf(text, 'Sport')).toBe('navigation');
    expect(segment(text).headline?.text).toBe('Town approves new budget');
  });

  it('link-list: a run of other articles\' titles after the body', () => {
    const text = `Town approves new budget\n${body}\nRiver festival returns after two years\nLibrary extends its opening hours\nNew bus line links the two hospitals\nSchool choir wins regional contest`;
    expect(bodyTexts(text)).toEqual(BODY);
    expect(kindOf(text, 'Library extends its opening hours')).toBe('link-list');
  });

  it('promo: "Read more" teasers and newsletter boxes, also inside the body', () => {
    const lines = [...BODY.slice(0, 2), 'Read more: Council delays vote on parking fees', ...BODY.slice(2), 'Sign up for our daily newsletter'];
    const text = `Town approves new budget\n${lines.join('\n')}`;
    expect(bodyTexts(text)).toEqual(BODY);
    expect(kindOf(text, 'Read more: Council delays vote on parking fees')).toBe('promo');
    expect(kindOf(text, 'Sign up for our daily newsletter')).toBe('promo');
  });

  it('caption: a photo credit line inside the body', () => {
    const caption = 'Council members listen during the meeting on Tuesday. (Photo: Jane Roe/Example News)';
    const text = `Town approves new budget\n${BODY.slice(0, 2).join('\n')}\n${caption}\n${BODY.slice(2).join('\n')}`;
    expect(bodyTexts(text)).toEqual(BODY);
    expect(kindOf(text, caption)).toBe('caption');
  });

  it('legal: copyright and cookie lines after the body', () => {
    const text = `Town approves new budget\n${body}\n© 2021 Example Media. All rights reserved.\nWe use cookies to improve your experience.`;
    expect(bodyTexts(text)).toEqual(BODY);
    expect(kindOf(text, '© 2021 Example Media. All rights reserved.')).toBe('legal');
  });

  it('other: anything else outside the body keeps a kind', () => {
    const seg = segment(`Town approves new budget\n${body}\nThis page was printed from the web edition`);
    for (const b of seg.boilerplate) expect(['link-list', 'navigation', 'promo', 'caption', 'legal', 'other']).toContain(b.kind);
  });

  it('a comment section after the body is not body', () => {
    const comments = [
      '3 Comments',
      'jsmith says:',
      'May 4, 2021 at 6:34 am',
      'I do not think the forecasts are realistic at all, and the council should have waited for the audit.',
      'maria_k says:',
      'May 4, 2021 at 7:02 am',
      'Twelve teachers is a good start, but the schools in the east end need far more than that.',
    ];
    const text = `Town approves new budget\n${body}\n${comments.join('\n')}`;
    expect(bodyTexts(text)).toEqual(BODY);
  });

  it('German navigation and legal lines around a German article', () => {
    const de = [
      'Der Gemeinderat hat am Dienstag einen neuen Haushalt beschlossen, der mehr Geld für Schulen und Straßen vorsieht.',
      'Bürgermeisterin Helena Ortmann sagte, der Plan komme ohne neue Steuern aus und die Stadt werde zwölf Lehrer einstellen.',
      'Kritiker im Rat sagten, der Haushalt beruhe auf zu optimistischen Schätzungen der Steuereinnahmen.',
    ];
    const text = `Startseite\nPolitik\nWirtschaft\nSport\nAnmelden\nGemeinderat beschließt neuen Haushalt\n${de.join('\n')}\nLesen Sie auch: Stadt verschiebt Entscheidung über Parkgebühren\nImpressum\nDatenschutz\n© 2021 Beispiel Verlag. Alle Rechte vorbehalten.`;
    expect(bodyTexts(text)).toEqual(de);
    expect(segment(text).headline?.text).toBe('Gemeinderat beschließt neuen Haushalt');
  });

  it('a sentence that ends inside German or Japanese closing quotes („...“, ‚...‘, 「...」) ends a sentence', () => {
    const lines = [
      'Die Bürgermeisterin sagte: „Wir haben lange beraten und sind mit dem Ergebnis zufrieden.“',
      'Ein Sprecher fügte hinzu: ‚Das war keine leichte Entscheidung.‘',
      '彼は「予算は承認された。」',
      'Ein Satz ohne Punkt „in Anführungszeichen“',
    ];
    const f = readBlocks(buildDocument(lines.join('\n'))).features;
    expect(f.map((b) => b.endsSentence)).toEqual([true, true, true, false]);
  });
});

describe('headline', () => {
  it('the title line, from the text', () => {
    const seg = segment(`Town approves new budget\n${body}`);
    expect(seg.headline).toMatchObject({ text: 'Town approves new budget', source: 'text', start: 0 });
  });

  it('never a navigation line', () => {
    const seg = segment(`Home\nNews\nSport\nShare this article\n${body}`);
    expect(seg.headline?.source).toBe('lead');
    expect(seg.headline?.text).toBe(BODY[0]);
  });

  it('options.title when the text has no title line', () => {
    expect(segment(body, { title: 'Budget approved' }).headline).toMatchObject({ text: 'Budget approved', source: 'option', start: null });
  });

  it('options.title found as a line of the text', () => {
    const seg = segment(`Town approves new budget\n${body}`, { title: 'Town approves new budget' });
    expect(seg.headline).toMatchObject({ source: 'text', start: 0 });
  });

  it('not a long question that opens the body: the title line above the share bar and byline', () => {
    const question = 'Why is it that some towns manage to fix their roads and schools every year while others talk about it for a decade and never start?';
    const text = ['Home', 'Council budgets: how it works', '258 Shares', 'Buffer', 'Share', 'Pin', 'Tweet', 'Share', 'Email', 'Maria Lopez', question, body, 'Share'].join('\n');
    const seg = segment(text);
    expect(seg.headline?.text).toBe('Council budgets: how it works');
    expect(seg.paragraphs[0]?.text).toBe(question);
  });

  it('the title above a standfirst', () => {
    const text = `Town approves new budget\nSchools and roads get more money as the council backs the mayor's plan without new taxes\n${body}`;
    expect(segment(text).headline?.text).toBe('Town approves new budget');
  });
});

describe('list-shaped bodies and inline furniture', () => {
  it('a rule between two body paragraphs ("___", "* * *") stays in the body; one after the body does not', () => {
    const text = `Town approves new budget\n${BODY.slice(0, 2).join('\n')}\n___\n${BODY[2]}\n* * *\n${BODY[3]}\n______\nShare\nTweet\nMore news`;
    expect(bodyTexts(text)).toEqual([...BODY.slice(0, 2), '___', BODY[2], '* * *', BODY[3]]);
  });

  it('an embedded tweet inside the body, and one after it, stay in the body', () => {
    const tweet1 = ['the budget passed!! schools win https://t.co/abc123', '— Helen Ortiz (@mayorortiz) May 4, 2019'];
    const tweet2 = ['Road repairs next. Stay tuned', '— Town Hall (@townhall) May 5, 2019'];
    const text = `Town approves new budget\n${BODY.slice(0, 2).join('\n')}\n${tweet1.join('\n')}\n${BODY.slice(2).join('\n')}\n${tweet2.join('\n')}\nShare\nTweet\nMore news\nCouncil names new clerk\nPark reopens after repairs`;
    expect(bodyTexts(text)).toEqual([...BODY.slice(0, 2), ...tweet1, ...BODY.slice(2), ...tweet2]);
  });

  it('a table flattened to one cell a line stays in the body', () => {
    const table = ['Pos.', 'Team', 'Points', 'Wins', '1', 'Harbor City', '41', '12', '2', 'Old Mill', '37', '11', '3', 'Riverside', '30', '9'];
    const lead = 'The final standings of the county league after the last round on Saturday are below:';
    const text = `Harbor City wins the county league\n${BODY.slice(0, 2).join('\n')}\n${lead}\n${table.join('\n')}\n${BODY.slice(2).join('\n')}`;
    expect(bodyTexts(text)).toEqual([...BODY.slice(0, 2), lead, ...table, ...BODY.slice(2)]);
  });

  it('a dated list right after the body stays in the body', () => {
    const dates = ['June 9 – Harbor City, Civic Arena', 'June 12 – Old Mill, Town Hall Park', 'June 15 – Riverside, The Pavilion', 'June 20 – Lakeport, Music Hall'];
    const text = `Town choir announces summer tour\n${body}\nSummer tour dates:\n${dates.join('\n')}\n© 2021 Example Media. All rights reserved.`;
    expect(bodyTexts(text)).toEqual([...BODY, 'Summer tour dates:', ...dates]);
  });

  it('a capitals-only teaser and an "(Image: ...)" caption inside the body are not body', () => {
    const teaser = 'SEE ALSO: COUNCIL DELAYS VOTE ON PARKING FEES AGAIN';
    const caption = 'Council members listen during the meeting on Tuesday (Image: Example News)';
    const text = `Town approves new budget\n${BODY.slice(0, 2).join('\n')}\n${caption}\n${teaser}\n${BODY.slice(2).join('\n')}`;
    expect(bodyTexts(text)).toEqual(BODY);
    expect(kindOf(text, caption)).toBe('caption');
  });

  it('a comment section longer than the article does not take the body', () => {
    const remarks = [
      'I have lived in this town for thirty years and I have never seen the roads in such a poor state, so this is welcome news for all of us.',
      'The council keeps promising new teachers every year, and every year the classes in the east end get bigger, so forgive me if I wait and see.',
      'Four percent sounds like a lot until you remember what happened to the sales tax revenue last year, which the article mentions only briefly.',
      'My children walk to school along the main road and the pavement there has been broken for years, I hope some of this money goes there.',
      'It would be good to know how the forecasts were made, because the last budget was built on numbers that turned out to be far too hopeful.',
      'The mayor has done a decent job overall and I think people should give the plan a chance before they complain about it in the comments.',
    ];
    const comments = [...remarks, ...remarks.map((r) => `I agree. ${r}`)].flatMap((r, i) => [`Comment by reader${i + 1} — 17.05.2021 @ ${10 + i}:04`, r]);
    const text = `Town approves new budget\n${body}\n12 Comments\n${comments.join('\n')}`;
    expect(bodyTexts(text)).toEqual(BODY);
  });

  it('the title is the line above the byline, not a related headline nearer the body', () => {
    const text = [
      'Home', 'News', 'Town approves new budget', 'By Maria Lopez', 'May 4, 2021', 'Share', 'Tweet',
      'Library extends its opening hours', 'River festival returns after two years', body,
    ].join('\n');
    expect(segment(text).headline?.text).toBe('Town approves new budget');
  });

  it('the title right above a "By" byline wins over a longer line above the date (a follow prompt)', () => {
    const text = ['Home', 'Search', 'The Impeachment Clock', 'By Maria Lopez', 'About Maria Lopez', 'Follow Maria Lopez on Twitter', 'November 19, 2019 6:30 AM', 'Council members listen during a budget hearing at City Hall in Springfield on Monday.', body].join('\n');
    const seg = segment(text);
    expect(seg.byline?.authors).toEqual(['Maria Lopez']);
    expect(seg.headline?.text).toBe('The Impeachment Clock');
  });

  it('the title over the standfirst, with a photo caption between them', () => {
    const caption = 'The council chamber on Tuesday. Photograph: Jane Roe for the Example Times';
    for (const [title, standfirst] of [
      ['What is the sea telling us?', 'Whale watchers worry that changes in the ocean are behind the spike in strandings'],
      ['Whales and the sea', 'Whale watchers worry that changes in the ocean are behind the spike in strandings across the north coast'],
    ]) {
      expect(segment(['Home', 'Digital Archive', title, caption, standfirst, 'By Maria Lopez', body].join('\n')).headline?.text).toBe(title);
    }
  });

  it('a photo credit ("Jane Roe | Bloomberg | Getty Images") is no byline', () => {
    expect(segment(['Town approves new budget', 'Jane Roe | Bloomberg | Getty Images', body].join('\n')).byline).toBeNull();
  });
});

describe('bad input', () => {
  it('an empty page gives an empty body', () => {
    for (const text of ['', '\n\n', '   \n\t\n']) {
      const seg = segment(text);
      expect(seg.paragraphs).toEqual([]);
      expect(seg.headline).toBeNull();
    }
  });

  it('a text of one short sentence is its own body', () => {
    const s = 'Officials met on Sunday to discuss the plan.';
    expect(segment(s).paragraphs.map((p) => p.text)).toEqual([s]);
  });

  it('only boilerplate gives an empty body', () => {
    expect(segment('Home\nNews\nSport\nSign in\n© 2021 Example Media').paragraphs).toEqual([]);
  });

  it('5 MB of one repeated nav line segments in well under a second (segment stage only)', () => {
    const line = 'Home | World | Business | Sign in';
    const n = Math.ceil(5e6 / (line.length + 1));
    const doc = syntheticDocument(line, n);
    segmentDocument(syntheticDocument(line, 2000), resolveOptions({})); // warm up the JIT
    const t0 = process.cpuUsage();
    const seg = segmentDocument(doc, resolveOptions({}));
    expect(cpuMs(t0)).toBeLessThan(1000);
    expect(seg.paragraphs).toEqual([]);
  });

  it('5 MB in one line without spaces segments in well under a second (segment stage only)', () => {
    const doc = syntheticDocument('x'.repeat(5e6), 1);
    const t0 = process.cpuUsage();
    segmentDocument(doc, resolveOptions({}));
    expect(cpuMs(t0)).toBeLessThan(1000);
  });
});

/** CPU milliseconds spent by this process since `from` (steadier than wall time on a busy machine). */
function cpuMs(from: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(from);
  return (d.user + d.system) / 1000;
}

/**
 * A Document of `count` copies of `line`, one word token per space-separated word, built
 * without wink-nlp: the timing tests measure the segment stage alone.
 */
function syntheticDocument(line: string, count: number): Document {
  const text = `${line}\n`.repeat(count);
  const words: Array<[number, number]> = [];
  for (let i = 0; i < line.length; ) {
    while (i < line.length && line.charCodeAt(i) === 32) i++;
    const s = i;
    while (i < line.length && line.charCodeAt(i) !== 32) i++;
    if (i > s) words.push([s, i]);
  }
  const per = words.length;
  const total = per * count;
  const start = new Int32Array(total);
  const end = new Int32Array(total);
  const paragraph = new Int32Array(total);
  const pos: string[] = new Array<string>(total);
  const type: string[] = new Array<string>(total);
  const value: string[] = new Array<string>(total);
  const lower: string[] = new Array<string>(total);
  const lines = [];
  const paragraphs = [];
  const paragraphTokens = new Int32Array(count * 2);
  for (let k = 0; k < count; k++) {
    const off = k * (line.length + 1);
    lines.push({ index: k, start: off, end: off + line.length, blank: false });
    paragraphs.push({ index: k, start: off, end: off + line.length, firstLine: k, lastLine: k + 1 });
    paragraphTokens[k * 2] = k * per;
    paragraphTokens[k * 2 + 1] = (k + 1) * per;
    for (let w = 0; w < per; w++) {
      const t = k * per + w;
      start[t] = off + words[w]![0];
      end[t] = off + words[w]![1];
      paragraph[t] = k;
      const v = line.slice(words[w]![0], words[w]![1]);
      value[t] = v;
      lower[t] = v.toLowerCase();
      pos[t] = v === '|' ? 'PUNCT' : 'PROPN';
      type[t] = v === '|' ? 'punctuation' : 'word';
    }
  }
  return { text, lines, paragraphs, tokens: { count: total, start, end, value, lower, pos, type, paragraph, word: new Int32Array(total).fill(-1), vocabulary: -1 }, sentences: [], paragraphTokens };
}

describe('per-word token facts', () => {
  it('read the same block features whatever the wink instance, and for Documents built before an instance change', () => {
    const text = 'MENU | Home | News\nBy Jane Doe\nThe minister said on Tuesday that the plan, which was new, would go ahead.\nDie Regierung hat das Gesetz am Montag beschlossen, sagte er.\n12 comments';
    const strip = (doc: Document) => readBlocks(doc).features.map((f) => ({ ...f }));
    const first = buildDocument(text);
    const expected = strip(first);
    const saved = { ...winkLimits };
    try {
      winkLimits.maxNewWords = 5;
      const before = winkInstances;
      const docs = [0, 1, 2].map((k) => buildDocument(`${text}\nNewword${k}a Newword${k}b Newword${k}c Newword${k}d Newword${k}e Newword${k}f.`));
      expect(winkInstances).toBeGreaterThan(before);
      // an older Document (another word table) after newer ones, and the other way round
      expect(strip(first)).toEqual(expected);
      for (const d of docs) expect(strip(d).slice(0, 5)).toEqual(expected);
      expect(strip(buildDocument(text))).toEqual(expected);
    } finally {
      Object.assign(winkLimits, saved);
    }
  });
});
