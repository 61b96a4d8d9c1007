import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

describe('a text that is one block of prose', () => {
  it('is the body even when it ends without punctuation (a record cut off)', () => {
    const text = 'Cash-strapped StarAfrica Corporation is set to dispose of its transport company and its stake in a Botswana sugar firm for $6 million to offset part of its debt. The board approved the sale on Friday and more details are expected';
    const s = segment(text);
    expect(s.paragraphs.map((p) => p.text)).toEqual([text]);
    expect(s.boilerplate).toEqual([]);
  });

  it('menus and notices alone still give an empty body', () => {
    const s = segment('Home | News | Sport | Weather | Contact us\nShare this\nAll rights reserved');
    expect(s.paragraphs).toEqual([]);
  });
});
