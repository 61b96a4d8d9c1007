import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/build.js';
import { buildContext, features, START, TAGS } from '../../src/entities/model/features.js';
import { PackedModel } from '../../src/entities/model/tagger.js';
import { KEYS, SCALE, WEIGHTS } from '../../src/entities/model/weights.js';

const fixtures = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const texts = [
  ...readdirSync(fixtures)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(fixtures, f), 'utf8')),
  'SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT .\nAL-AIN , United Arab Emirates 1996-12-06\nJapan began the defence of their Asian Cup title with a lucky 2-1 win against Syria.',
  'Wealthy Voters Abandon Republican Party In New York\nThe New York Times said on Sunday that Los Angeles and San Francisco voted. The Hague, U.S. Sen. Ted Cruz.',
  'Results: Bayern Munich 2 Werder Bremen 1 , Hamburg 0 Schalke 3 , Dortmund 4 Cologne 1',
  '"<s>" and "</s>" are written here, as is the word | bar.',
];

describe('the tagger scores a token by its cached parts exactly as by its feature names', () => {
  it('scoreToken equals score(features()) for every token and previous tags', () => {
    // a model per document and one shared: cold and warm caches give the same sums,
    const shared = new PackedModel(KEYS, WEIGHTS, SCALE);
    // and one whose caches are emptied every few tokens
    const small = new PackedModel(KEYS, WEIGHTS, SCALE, 300);
    const a = new Float64Array(TAGS.length);
    const b = new Float64Array(TAGS.length);
    let compared = 0;
    for (const text of texts) {
      const doc = buildDocument(text);
      const ctx = buildContext(doc);
      const fresh = new PackedModel(KEYS, WEIGHTS, SCALE);
      for (let i = 0; i < doc.tokens.count; i++) {
        for (const [t1, t2] of [[START, START], [0, START], [1, 0], [2, 1], [3, 3], [5, 0], [8, 7]] as const) {
          for (const m of [fresh, shared, small]) {
            m.scoreToken(ctx, i, t1, t2, a);
            m.score(features(ctx, i, t1, t2), b);
            expect(Array.from(a)).toEqual(Array.from(b));
            compared++;
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });
});
