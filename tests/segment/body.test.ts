import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/build.js';
import { selectBody } from '../../src/segment/body.js';
import { readBlocks } from '../../src/segment/features.js';
import { segment } from '../../src/segment/index.js';

/** Paragraphs of our own (no evaluation data is copied into tests). */
const BODY = [
  'The town council voted on Tuesday to approve a new budget that raises spending on schools and roads by four percent.',
  'Mayor Helen Ortiz said the plan would be paid for without new taxes, and that the district would hire twelve teachers.',
  'Critics on the council said the budget relied on optimistic forecasts of sales tax revenue, which fell last year.',
  'A final vote on the road repairs is expected at the next meeting, which is scheduled for the first week of June.',
];

const bodyTexts = (text: string): string[] => segment(text).paragraphs.map((p) => p.text);

describe('selectBody: span edges', () => {
  it('the lead paragraph above the byline, date and share lines joins the body', () => {
    const lead = 'The mayor wins the vote on her spending plan after a long night of debate in the town hall.';
    const text = ['Home', 'News', 'Town approves new budget', lead, 'By Maria Lopez', 'May 4, 2021', 'Share', ...BODY, 'More news', 'Contact us'].join('\n');
    expect(bodyTexts(text)).toEqual([lead, ...BODY]);
  });

  it('a lead paragraph above the byline leaves the byline found and out of the body', () => {
    const lead = 'The mayor wins the vote on her spending plan after a long night of debate in the town hall.';
    const text = ['Home', 'News', 'Town approves new budget', lead, 'Share', 'Tweet', 'By Maria Lopez | Example Media for example.com', ...BODY, 'More news'].join('\n');
    const seg = segment(text);
    expect(seg.byline?.authors).toEqual(['Maria Lopez']);
    expect(seg.paragraphs.map((p) => p.text)).toEqual([lead, ...BODY]);
  });

  it('a list introduced by a line ending in a colon right after the body joins it', () => {
    const lead = 'Residents who want to apply for the repair grant will need the following papers:';
    const items = ['A copy of the lease or deed', 'Two recent utility bills', 'Proof of income for the last year'];
    const text = ['Town approves new budget', ...BODY, lead, ...items, 'Share', 'Tweet', 'More news'].join('\n');
    expect(bodyTexts(text)).toEqual([...BODY, lead, ...items]);
  });

  it('an introduction above a table of contents joins the article below it', () => {
    const intro = [
      'Our town has changed a great deal over the last fifty years, and so have the people who run it from the old council chamber.',
      'In this guide we look back at the twelve mayors who shaped the town, from the first elected council to the one sitting today.',
      'Each of them left something behind: a school, a bridge, a park, or a quarrel that the town still talks about at every election.',
    ];
    const contents = ['Helen Ortiz', 'Tom Hale', 'Maria Lopez', 'Ravi Patel', 'Jane Doe', 'Carlos Ruiz', 'Anna Berg', 'Li Wei', 'Sara Cohen', 'Omar Haddad'];
    const sections = contents.flatMap((name, i) => [name, `${name} served ${i + 2} years as mayor and is remembered for the work on the harbour, the schools and the roads of the old town.`, BODY[i % 4]!]);
    const text = ['Home', 'Guides', 'Twelve mayors of our town', ...intro, ...contents, ...sections, 'Share', 'Tweet', 'More news'].join('\n');
    const got = bodyTexts(text);
    expect(got.slice(0, intro.length)).toEqual(intro);
    expect(got).toContain(sections[1]);
  });

  it('an about box at the end of the article ("About ...", then a profile) is not body', () => {
    const profile = 'Example Media is a regional publisher of news and guides, founded in 1998 and based in Harbor City, with offices in four counties.';
    const text = ['Town approves new budget', ...BODY, 'About Example Media', profile, 'Share', 'Tweet'].join('\n');
    expect(bodyTexts(text)).toEqual(BODY);
  });

  it('a second span longer than the search window (a standings table) stays whole', () => {
    const drivers = ['Ana Costa', 'Bruno Lima', 'Carla Dias', 'Davi Rocha', 'Eva Nunes', 'Fabio Reis', 'Gina Melo', 'Hugo Alves', 'Iris Pinto', 'Joao Cruz'];
    const rows: string[] = ['Pos.', 'Driver', 'Points', 'Wins'];
    for (let r = 0; r < 3; r++) drivers.forEach((d, i) => rows.push(String(r * 10 + i + 1), `${d} ${r + 1}`, String(5000 - (r * 10 + i) * 7), String(i % 3)));
    const text = ['Home', 'Standings', ...BODY.slice(0, 2), 'Ana Costa', 'Final standings of the 2019 season after 36 races:', ...rows, 'Share', 'Tweet', 'More news', 'Contact us'].join('\n');
    const got = bodyTexts(text);
    expect(got.slice(0, 2)).toEqual(BODY.slice(0, 2));
    expect(got.slice(-4)).toEqual(rows.slice(-4));
  });

  it('a long table of one- and two-word cells below the article does not take the body from it', () => {
    const teams = ['Harbor City', 'Old Mill', 'Riverside', 'Lakeport', 'Fairview', 'Eastgate', 'Westbrook', 'Northfield'];
    const rows: string[] = [];
    for (let r = 0; r < 6; r++) teams.forEach((t, i) => rows.push(String(i + 1).padStart(2, '0'), t, String(40 - i * 3 - r)));
    const text = ['Home', 'News', 'Sport', 'Town approves new budget', ...BODY, 'Share', 'Tweet', 'More news', 'Contact us', 'Newsletter', 'League table', ...rows, 'Full table', 'Imprint'].join('\n');
    expect(bodyTexts(text).slice(0, 4)).toEqual(BODY);
  });
});

describe('selectBody: inline link lists', () => {
  it('the headlines under a promo header inside the body are not body', () => {
    const links = ['Library extends its opening hours for the summer', 'River festival returns after two years away'];
    const text = ['Town approves new budget', ...BODY.slice(0, 2), 'More:', ...links, ...BODY.slice(2), 'Share'].join('\n');
    expect(bodyTexts(text)).toEqual(BODY);
  });

  it('a headline that stands twice on the page (linked from two lists) is not body', () => {
    const linked = 'Library extends its opening hours for the summer after record visitor numbers';
    const text = ['Town approves new budget', linked, ...BODY.slice(0, 2), linked, ...BODY.slice(2), 'Share'].join('\n');
    expect(bodyTexts(text)).toEqual(BODY);
  });

  it('a headline that stands twice in a row (an image, then its link) inside the body is not body', () => {
    const linked = 'Library extends its opening hours for the summer after record visitor numbers';
    const text = ['Town approves new budget', ...BODY.slice(0, 2), linked, linked, ...BODY.slice(2), 'Share'].join('\n');
    expect(bodyTexts(text)).toEqual(BODY);
  });

  it("a line repeated only inside the body, apart (a deals post's shop link), is body", () => {
    const deals = [
      'Harbor Audio Buds for $49',
      'The buds were $79 last month, and this is the lowest price we have tracked since they came out in the spring.',
      'See it now: Example Shop',
      'Old Mill Kettle for $25',
      'A kettle that boils a litre in under three minutes, and the steel body stays cool enough to touch while it works.',
      'See it now: Example Shop',
      'Riverside Desk Lamp for $30',
      'The lamp has three colour settings and a dimmer, and the arm folds flat so it fits on a crowded desk or shelf.',
      'See it now: Example Shop',
    ];
    const text = ['Home', 'Deals', 'The best deals this week', BODY[0]!, ...deals, BODY[3]!, 'Share', 'Tweet', 'More news'].join('\n');
    expect(bodyTexts(text)).toEqual([BODY[0], ...deals, BODY[3]]);
  });

  it("three short lines between two paragraphs (a deals post's product, shop links) stay in the body", () => {
    const product = ['Get it on Example Shop for $139', 'Also at Riverside Store', 'New Price Drop: Harbor Audio Buds 2 for $49 (Originally $79)'];
    const text = ['Town approves new budget', BODY[0]!, ...product, ...BODY.slice(1), 'Share', 'Tweet'].join('\n');
    expect(bodyTexts(text)).toEqual([BODY[0], ...product, ...BODY.slice(1)]);
  });

  it('a "read also" teaser in another language inside the body is not body', () => {
    const teaser = 'Czytaj też: Rada miasta przyjmuje budżet na przyszły rok';
    const text = ['Town approves new budget', ...BODY.slice(0, 2), teaser, ...BODY.slice(2), 'Share'].join('\n');
    expect(bodyTexts(text)).toEqual(BODY);
  });
});

/**
 * selectBody over log-odds (and shares of the core's words) set by hand, block by block: the
 * rules, not the model, under test. The body blocks' texts.
 */
function pickWith(lines: string[], logit: (line: string, i: number) => number, share: (line: string) => number = () => -1): string[] {
  const text = lines.join('\n');
  const doc = buildDocument(text);
  const { features } = readBlocks(doc);
  const logits = Float64Array.from(doc.paragraphs, (p, i) => logit(text.slice(p.start, p.end), i));
  const overlap = Float64Array.from(doc.paragraphs, (p) => share(text.slice(p.start, p.end)));
  return selectBody(features, logits, overlap).body.map((i) => text.slice(doc.paragraphs[i]!.start, doc.paragraphs[i]!.end));
}

describe('selectBody: rules over given log-odds', () => {
  const cells: string[] = [];
  ['Ana Costa', 'Bruno Lima', 'Carla Dias', 'Davi Rocha', 'Eva Nunes', 'Fabio Reis', 'Gina Melo', 'Hugo Alves'].forEach((d, i) => cells.push(String(i + 1), d, String(400 - i * 9)));

  it('a second span that ends inside a table runs to the end of the table', () => {
    const lines = [...BODY, 'Share', 'Tweet', ...cells, 'Sign up for our newsletter'];
    // the table's first rows score as body, the rest a little below the span's offset
    const got = pickWith(lines, (line, i) => (i < 4 ? 3 : i < 6 || i >= 6 + cells.length ? -4 : i < 6 + 9 ? 1 : -0.7));
    expect(got).toEqual([...BODY, ...cells]);
  });

  it('the span runs on past an ad line to a paragraph the model takes for body', () => {
    const lines = ['Home', ...BODY.slice(0, 3), 'ADVERTISEMENT', BODY[3]!, 'Share', 'Tweet'];
    const got = pickWith(lines, (line) => (BODY.includes(line) ? (line === BODY[3] ? 0.8 : 3) : -4));
    expect(got).toEqual(BODY);
  });

  it('a lead set apart from the article by a photo, its caption and the share bar joins it when it shares its words', () => {
    const lead = 'The council approves a budget that raises spending on schools and roads without new taxes.';
    const lines = ['Home', lead, 'Photo: Jane Doe', 'The town hall at night.', 'By Maria Lopez', 'May 4, 2021', 'Share', 'Tweet', ...BODY, 'More news'];
    const logit = (line: string): number => (BODY.includes(line) ? 3 : line === lead ? -0.5 : -3);
    const shares = (leadShare: number) => (line: string): number => (line === lead ? leadShare : BODY.includes(line) ? 0.5 : 0);
    expect(pickWith(lines, logit, shares(0.6))).toEqual([lead, ...BODY]);
    // a teaser of another story there shares little with the article
    expect(pickWith(lines, logit, shares(0.1))).toEqual(BODY);
  });

  it('a one-word line above an article of table cells is no second span, whatever its share', () => {
    const lines = ['Home', 'Standings', ...BODY.slice(0, 2), 'Ana Costa', 'Final standings after 36 races:', ...cells, 'Share'];
    const got = pickWith(lines, (line, i) => (i === 1 ? -0.1 : BODY.includes(line) ? 0.6 : i >= 5 && i < lines.length - 1 ? -0.45 : -3));
    expect(got[0]).toBe(BODY[0]);
  });
});
