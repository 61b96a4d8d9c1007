import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/build.js';
import { coreOverlap } from '../../src/segment/cohesion.js';
import { readBlocks } from '../../src/segment/features.js';

/** Lines of our own: two article paragraphs, a caption, a menu line, a teaser, a counter. */
const LINES = [
  'The harbour commission approved the new ferry terminal on Monday after two years of planning.',
  'Commissioners said the ferry terminal would open next spring and carry four hundred passengers an hour.',
  'ferry terminal plans: harbour commission',
  'Weather Sports Opinion',
  'Ten recipes for a quick weekday dinner that your children will love.',
  '12',
];

/** overlap of each line when the given lines are the core (first-stage log-odds 1, the others -1) */
function overlaps(lines: string[], core: number[]): number[] {
  const doc = buildDocument(lines.join('\n'));
  const { features, words } = readBlocks(doc);
  const l1 = Float64Array.from(features, (_, i) => (core.includes(i) ? 1 : -1));
  return Array.from(coreOverlap(words, features, l1));
}

describe('coreOverlap', () => {
  it('a caption shares its words with the article; a menu line and a teaser share none', () => {
    const ov = overlaps(LINES, [0, 1]);
    // "ferry", "terminal", "harbour", "commission" are the article's; "plans" is not ("planning" is)
    expect(ov[2]).toBeCloseTo(4 / 5);
    expect(ov[3]).toBe(0);
    expect(ov[4]).toBe(0);
  });

  it('a line without content words has none to share (-1)', () => {
    expect(overlaps(LINES, [0, 1])[5]).toBe(-1);
  });

  it("a core paragraph's own words do not count for it: only the other core paragraphs'", () => {
    const ov = overlaps(LINES, [0, 1]);
    // paragraph 1 shares "ferry" and "terminal" with paragraph 0, and none of its other words
    expect(ov[1]).toBeGreaterThan(0);
    expect(ov[1]).toBeLessThan(0.5);
    // alone in the core, a paragraph shares nothing
    expect(overlaps(LINES, [0])[0]).toBe(0);
  });

  it('only paragraphs of eight words or more are core, whatever their score', () => {
    // the caption (five words) scored as core lends its words to no one
    expect(overlaps(LINES, [2])[0]).toBe(0);
  });

  it('a line repeated on the page has the words of its first reading', () => {
    const lines = [LINES[0]!, 'ferry terminal', LINES[1]!, 'ferry terminal'];
    const ov = overlaps(lines, [0, 2]);
    expect(ov[1]).toBe(1);
    expect(ov[3]).toBe(1);
  });

  it('words are compared as written: "Ferry" is not "ferry" (case-folded keys measured worse)', () => {
    expect(overlaps([LINES[0]!, 'Ferry Terminal', LINES[1]!], [0, 2])[1]).toBe(0);
  });

  it('pages in turn do not see each other: a word of an earlier page is not core on the next', () => {
    overlaps(LINES, [0, 1]);
    expect(overlaps(['ferry terminal', 'Nothing here is about boats at all, only about the weather today.'], [1])[0]).toBe(0);
  });

  it('an empty page gives no overlap', () => {
    expect(overlaps([''], [])).toEqual([]);
  });
});
