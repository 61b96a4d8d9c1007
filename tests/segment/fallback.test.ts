import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

describe('a text that is one block of prose', () => {
  it('is the body even when it ends without punctuation (a record cut off)', () => {
    const text = 'Cash-strapped StarAfrica Corporation is set to dispose of its transport company and its stake in a Botswana sugar firm for $6 million to offset part of its debt. The board approved the sale on Friday and more details are expected';
    const s = segment(text);
    expect(s.paragraphs.map((p) => p.text)).toEqual([text]);
    expect(s.boilerplate).toEqual([]);
  });

  it('a feed teaser without a full stop is the body, its "Continue reading..." is not', () => {
    const s = segment('Everything you need to know about the inquiry into the hacking and the campaign, plus the latest news\nContinue reading...', { title: 'The inquiry: key questions' });
    expect(s.paragraphs.map((p) => p.text)).toEqual(['Everything you need to know about the inquiry into the hacking and the campaign, plus the latest news']);
  });

  it('menus and notices alone still give an empty body', () => {
    const s = segment('Home | News | Sport | Weather | Contact us\nShare this\nAll rights reserved');
    expect(s.paragraphs).toEqual([]);
  });
});

describe('a wire item written in short lines', () => {
  const text = 'PALO ALTO, Calif., Oct 19 - Shr 43 cts vs 63 cts\n    Net 16,362,000 vs 24,325,000\n    Revs 589.3 mln vs 549.1 mln\n Reuter\n';

  it('starts at its dateline, which is neither a meta line nor a title, and ends at the sign-off', () => {
    const s = segment(text, { title: 'FREIGHT CARRIER 3RD QTR NET', publishedAt: '1987-10-19' });
    expect(s.paragraphs.map((p) => p.text)).toEqual(['PALO ALTO, Calif., Oct 19 - Shr 43 cts vs 63 cts', 'Net 16,362,000 vs 24,325,000', 'Revs 589.3 mln vs 549.1 mln']);
    expect(s.dateline).toMatchObject({ text: 'PALO ALTO, Calif., Oct 19 -', place: 'Palo Alto, Calif.', date: '1987-10-19' });
    expect(s.boilerplate.map((b) => b.text)).toEqual(['Reuter']);
  });

  it('without a title, the lead after the dateline stands in', () => {
    expect(segment(text, { publishedAt: '1987-10-19' }).headline).toMatchObject({ text: 'Shr 43 cts vs 63 cts', source: 'lead' });
  });

  it('a dividend notice the scorer reads as a list is the body', () => {
    const notice = 'BENTON HARBOR, MICH., Oct 19 - Qtly div 27-1/2 cts vs 27-1/2 cts prior\n    Pay December 31\n    Record December Four\n Reuter\n';
    expect(segment(notice).paragraphs.map((p) => p.text)).toEqual(['BENTON HARBOR, MICH., Oct 19 - Qtly div 27-1/2 cts vs 27-1/2 cts prior', 'Pay December 31', 'Record December Four']);
  });
});

describe('lists of other stories with counts', () => {
  it('three or more short lines ending in a parenthesized count leave the body', () => {
    const body = 'The council voted on Tuesday to fund new bike lanes across the city, a plan backed by the transport bureau.\n\nOpponents said the lanes would cut parking downtown, and the measure passed four to one.';
    const list = 'Council race tightens in the east (148)\nSchool board names a new chair (145)\nRain expected through the weekend (131)';
    const s = segment(`${list}\n\n${body}`, { title: 'Council backs bike lanes' });
    expect(s.paragraphs.map((p) => p.text).join('\n')).not.toMatch(/\(1\d\d\)/);
    expect(s.paragraphs.length).toBe(2);
    // fewer than three such lines in a row are left to the scorer
    const two = 'The measure, which passed four to one, funds the lanes for three years (2024)\nand the bureau will report to the council every six months on its progress (12)';
    const kept = segment(`${body}\n${two}`, { title: 'Council backs bike lanes' }).paragraphs.map((p) => p.text).join('\n');
    expect(kept).toContain('(2024)');
  });
});
