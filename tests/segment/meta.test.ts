import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';
import { BODY, body } from '../helpers/body.js';

/**
 * Where segment looks for the byline and date lines (src/segment/meta.ts): near the body, further
 * up, right after it, a name over a date.
 */

describe('where the byline is looked for', () => {
  // a share bar, a photo credit and a gallery: more than a dozen lines between byline and body
  const furniture = ['Share on Facebook', 'Share on Twitter', 'Email', 'Print', 'Comments', 'Photo: Jane Roe/Example Images', 'View Photos', 'Next', 'Previous', 'Autoplay', 'Close', 'Skip Ad', 'Advertisement', 'Subscribe'];

  it('"By ..." further up than the meta lines, past a share bar and a gallery', () => {
    const seg = segment(['Town approves new budget', 'By Maria Lopez', ...furniture, body].join('\n'));
    expect(seg.byline?.authors).toEqual(['Maria Lopez']);
    expect(seg.paragraphs.map((p) => p.text)).toEqual(BODY);
    // its date, when it has one, is the publication date
    expect(segment(['Town approves new budget', 'By MARIA LOPEZ JULY 29, 2016', ...furniture, body].join('\n')).publishedAt).toBe('2016-07-29');
  });

  it('a name and a date right after the body (a blog\'s footer)', () => {
    const seg = segment([body, 'Maria Lopez — 2013-09-29 — in Politics — Permalink', 'Home', 'About', 'Contact'].join('\n'));
    expect(seg.byline?.authors).toEqual(['Maria Lopez']);
  });

  it('far up, only a line that says "by": a name and a number there is no byline', () => {
    const seg = segment(['Example Books AG, Hauptstrasse 32', ...furniture, 'Town approves new budget', body].join('\n'));
    expect(seg.byline).toBeNull();
  });

  it('a name alone on its line, over the date or the reading time', () => {
    for (const below of ['December 18, 2020', 'Oct 18, 2019 · 8 min read', '1:39 PM ET']) {
      const seg = segment(['Town approves new budget', 'Maria Lopez', below, body].join('\n'));
      expect(seg.byline).toMatchObject({ text: 'Maria Lopez', authors: ['Maria Lopez'] });
      expect(seg.paragraphs.map((p) => p.text)).toEqual(BODY);
    }
  });

  it('no name alone without a date below it, nor title words over a date', () => {
    expect(segment(['Town approves new budget', 'Maria Lopez', body].join('\n')).byline).toBeNull();
    expect(segment(['Town approves new budget', 'Related Coverage', 'December 18, 2020', body].join('\n')).byline).toBeNull();
  });

  it('a byline without "By" gives way to one with "By" below it', () => {
    const seg = segment(['Example News — 02.01.23 09:51', 'Town approves new budget', 'By Maria Lopez, Staff Writer', body].join('\n'));
    expect(seg.byline?.text).toBe('By Maria Lopez, Staff Writer');
  });

  it('the byline above the story when the body span began with a list of linked titles that is dropped', () => {
    const list = ['Council candidates meet voters in the park on Sunday (12)', 'Bridge closure to last until the end of the summer (48)', 'Library extends opening hours for the exam season (7)', 'School board names a new superintendent for the district (31)'];
    const seg = segment([...list, 'Town approves new budget', 'Posted by Maria Lopez on March 3, 2021, 6:21 AM EST', body].join('\n'));
    expect(seg.byline?.authors).toEqual(['Maria Lopez']);
  });
});
