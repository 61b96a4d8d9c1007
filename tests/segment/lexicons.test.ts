import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/build.js';
import { lexiconKind, readBlocks } from '../../src/segment/features.js';
import { KIND_LEXICONS } from '../../src/segment/lexicons/boilerplate.js';
import { ANCHOR, tokenFlags } from '../../src/segment/words.js';

/** Lines of our own, in the shapes the lexicons name. */
const kind = (line: string): string | null => lexiconKind(line, line.split(' ').length);

describe('boilerplate lexicons', () => {
  it('"read also" teasers and related-story headers in other languages are promo lines', () => {
    for (const line of ['Lea también: El concejo aprueba el presupuesto', 'Czytaj też: Rada miasta przyjmuje budżet', 'Leggi anche: il consiglio approva il bilancio', 'Das könnte Sie auch interessieren', 'Artículos relacionados', 'Veja também: Câmara aprova orçamento', 'Related', 'Related Posts']) {
      expect(kind(line)).toBe('promo');
    }
  });

  it('photo credits in other forms ("Photograph by ...", "Fot. ...", "Vergrößern ...") are captions', () => {
    for (const line of ['Photograph by Jane Doe, Example Agency', 'Fot. Jan Kowalski / Agencja Przykład', 'Vergrößern Der neue Bahnhof am Abend']) {
      expect(kind(line)).toBe('caption');
    }
  });

  it('caption openings ("This illustration ...", "In this photo ...", "An artist\'s impression ...") are captions; prose about a picture is not', () => {
    for (const line of ["This illustration shows the planned bridge seen from the north bank.", 'In this photo provided by the city, crews clear the flooded underpass.', "An artist's impression of the new stadium at night."]) {
      expect(kind(line)).toBe('caption');
    }
    expect(kind('The photo was taken minutes before the roof collapsed, the fire chief said.')).toBeNull();
  });

  it('calls to follow, subscribe or send a tip are promo lines', () => {
    for (const line of ['Follow us on Instagram for more pictures from the festival.', 'Keep an eye on your inbox for the latest news.', 'Have a tip? Write to the newsroom.', 'Jetzt unseren Newsletter bestellen und nichts verpassen.']) {
      expect(kind(line)).toBe('promo');
    }
  });

  it('legal lines in other languages and the comment-spam notice are legal', () => {
    for (const line of ['Wszelkie prawa zastrzeżone.', 'Todos os direitos reservados.', 'Tutti i diritti riservati.', 'This site uses Akismet to reduce spam.', 'Korzystamy z cookies, aby strona działała lepiej.']) {
      expect(kind(line)).toBe('legal');
    }
  });
});

describe('the anchor gate (words.ts): lines the lexicons would name are never skipped', () => {
  const phrases = KIND_LEXICONS.flatMap((lex) => lex.anywhere);
  it.each([
    ['alone', (p: string) => p],
    ['inside a line', (p: string) => `Tap here: ${p} today`],
    ['in capitals after a mark', (p: string) => `— ${p.toUpperCase()}`],
  ])('every `anywhere` phrase, %s, gets the kind lexiconKind gives the line unread', (_, place) => {
    const lines = phrases.map(place);
    const doc = buildDocument(lines.join('\n'));
    const { features } = readBlocks(doc);
    const got = doc.paragraphs.map((p, i) => [doc.text.slice(p.start, p.end), features[i]!.lexiconKind]);
    const want = doc.paragraphs.map((p, i) => [doc.text.slice(p.start, p.end), lexiconKind(doc.text.slice(p.start, p.end), features[i]!.words)]);
    expect(got).toEqual(want);
  });

  it('a word that only holds an anchor inside it is no anchor ("department", "designed", "profile")', () => {
    const doc = buildDocument('The department designed a profile. EPA signed it (c) 2019.');
    const bits = (w: string): number => tokenFlags(doc.text, doc.tokens, doc.tokens.value.indexOf(w)) & ANCHOR;
    expect(['department', 'designed', 'profile'].map(bits)).toEqual([0, 0, 0]);
    expect(['EPA', 'signed', 'c'].map(bits)).toEqual([ANCHOR, ANCHOR, ANCHOR]);
  });
});
