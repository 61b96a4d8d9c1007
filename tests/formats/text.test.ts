import { describe, expect, it } from 'vitest';
import { htmlToParagraphs } from '../../src/formats/text.js';

describe('htmlToParagraphs', () => {
  it('makes paragraphs of block elements, drops scripts, decodes entities', () => {
    expect(htmlToParagraphs('<p>One &eacute;t&eacute;</p><script>x()</script><div>Two <b>bold</b></div>')).toEqual(['One été', 'Two bold']);
  });

  it('reads markup nested deeper than htmlparser2 handles in linear time, with the same text', () => {
    const depth = 20_000;
    const html = `<p>Lead &amp; more</p>${'<div><b>'.repeat(depth)}deep text${'</b></div>'.repeat(depth)}<script>skip()</script><p>Last</p>`;
    // (htmlparser2 alone is quadratic in depth here: a regression shows as a test timeout)
    expect(htmlToParagraphs(html)).toEqual(['Lead & more', 'deep text', 'Last']);
  });
});
