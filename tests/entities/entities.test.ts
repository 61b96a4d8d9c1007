import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractEntities, type Entities, type EntityType } from '../../src/entities/index.js';
import { FEMALE, FIRST, MALE, ORG, PLACE, lookup } from '../../src/entities/lexicons/gazetteer.js';
import { shapeOf, TAGS } from '../../src/entities/model/features.js';
import { spansOf } from '../../src/entities/model/tagger.js';

const typed = (e: Entities, type: EntityType): string[] => e.mentions.filter((m) => m.type === type).map((m) => m.text);
const person = (e: Entities, name: string) => e.people.find((p) => p.name === name);

describe('confusables', () => {
  const text = [
    'Georgia Smith, a teacher from Atlanta, said the school would reopen in the autumn.',
    'Smith has taught there for ten years.',
    'The Bank of England raised interest rates on Thursday.',
    'Real Madrid beat Barcelona 2-1 on Sunday.',
    'Senator Maria Lopez flew to Washington on Monday to meet officials.',
  ].join('\n');
  const e = extractEntities(text);

  it('a person named like a place is a person, and her surname joins her', () => {
    expect(typed(e, 'person')).toContain('Georgia Smith');
    expect(person(e, 'Georgia Smith')?.mentions.map((m) => m.text)).toEqual(['Georgia Smith', 'Smith']);
    expect(typed(e, 'place')).not.toContain('Georgia');
  });
  it('organizations named after places, sports clubs included', () => {
    expect(typed(e, 'organization')).toEqual(expect.arrayContaining(['Bank of England', 'Real Madrid', 'Barcelona']));
    expect(typed(e, 'place')).not.toContain('England');
  });
  it('Washington as a city, the senator with her title', () => {
    expect(typed(e, 'place')).toEqual(expect.arrayContaining(['Atlanta', 'Washington']));
    expect(person(e, 'Maria Lopez')?.titles).toEqual(['Senator']);
  });
});

describe('utilities named after their region', () => {
  it('"Nova Scotia Power", "Pacific Gas and Electric" are organizations, not places; "Utilities" alone is no name', () => {
    const e = extractEntities('A storm left 40,000 Nova Scotia Power customers without electricity. Pacific Gas and Electric said repairs would take days.');
    expect(typed(e, 'organization')).toEqual(expect.arrayContaining(['Nova Scotia Power', 'Pacific Gas and Electric']));
    expect(typed(e, 'place')).toEqual([]);
    expect(extractEntities('Prices plunged.\nOne result: Utilities kept running their coal plants.').mentions).toEqual([]);
  });
});

describe('a kind of organization named before the name', () => {
  it('"automakers Mahindra (India) and Dongfeng", "Italian side Juventus", "insurer Aviva"', () => {
    const e = extractEntities('NEVS has been negotiating with automakers Mahindra (India) and Dongfeng (China). The striker joined Italian side Juventus. Shares of insurer Aviva fell.');
    expect(typed(e, 'organization')).toEqual(expect.arrayContaining(['Mahindra', 'Dongfeng', 'Juventus', 'Aviva']));
    expect(typed(e, 'person')).toEqual([]);
  });
  it('a name followed by what only organizations have ("Magna shares", "Saab\'s plant")', () => {
    const e = extractEntities('On Friday, Magna shares rose 3 percent. Saab\'s plant in Trollhattan was idle.');
    expect(typed(e, 'organization')).toEqual(expect.arrayContaining(['Magna', 'Saab']));
  });
  it('a seat written before the name, or "it" for itself ("Ontario-based Magna", "Comelf said it")', () => {
    const e = extractEntities('The deal will help Markham, Ontario-based Magna grow. On Friday, Comelf said it almost doubled output.');
    expect(typed(e, 'organization')).toEqual(expect.arrayContaining(['Magna', 'Comelf']));
    expect(typed(e, 'person')).toEqual([]);
  });
  it('a full name after such a word stays a person ("the firm Ravi Patel founded")', () => {
    expect(typed(extractEntities('It is the firm Ravi Patel founded in 2001.'), 'person')).toEqual(['Ravi Patel']);
  });
});

describe('interjections', () => {
  it('are no names, not even in capitals ("HEY, YOU! YES, YOU!")', () => {
    const e = extractEntities('HEY, YOU! YES, YOU WITH THE EYEBALLS! GO OUTSIDE.\nSeattle foraging teacher Jeremy Puma delves into it.');
    expect(e.mentions.map((m) => m.text)).toEqual(['Seattle', 'Jeremy Puma']);
  });
});

describe('landforms', () => {
  it('"Mount Wilson", "Mt Victoria" are places, whole', () => {
    const e = extractEntities('The fire could join up with the Mt Victoria blaze. Fires burned near Mount Wilson.');
    expect(typed(e, 'place')).toEqual(['Mt Victoria', 'Mount Wilson']);
    expect(typed(e, 'person')).toEqual([]);
  });
});

describe('words that look like names', () => {
  it('contractions, sentence adverbs and group nouns are no people ("I’m", "Sadly,", "Muslims")', () => {
    const e = extractEntities('Sadly, the plan failed. I’m sure of it, said Kelly. Muslims and Latinos voted. Finally, Obama spoke.');
    expect(typed(e, 'person')).toEqual(['Kelly', 'Obama']);
  });
  it('particles stay inside names ("Osama bin Laden", "Ursula von der Leyen", "Bill de Blasio")', () => {
    const e = extractEntities('U.S. forces killed Osama bin Laden in 2011. Ursula von der Leyen met Bill de Blasio.');
    expect(typed(e, 'person')).toEqual(['Osama bin Laden', 'Ursula von der Leyen', 'Bill de Blasio']);
  });
});

describe('party-state tags', () => {
  it('"(D-N.J.)", "(D-Mo.)": the state is a place, the pieces are no people', () => {
    const e = extractEntities('Robert Menendez (D-N.J.) and Sen. Claire McCaskill (D-Mo.) said so.');
    expect(typed(e, 'person')).toEqual(['Robert Menendez', 'Claire McCaskill']);
    expect(typed(e, 'place')).toEqual(['N.J.', 'Mo.']);
    expect(extractEntities('Gov. Terry McAuliffe (D) appoints him, Democrat Hillary Clinton said.').mentions.map((m) => m.text)).toEqual(['Terry McAuliffe', 'Hillary Clinton']);
  });
});

describe('organizations named "X for Y"', () => {
  it('"on" too, and capitalized words left untagged ("Council on Foreign Relations"), but no day after it', () => {
    const e = extractEntities('The Commission on Presidential Debates said so. Richard Haass heads the Council on Foreign Relations. The Treasury Department on Wednesday denied it.');
    expect(typed(e, 'organization')).toEqual(['Commission on Presidential Debates', 'Council on Foreign Relations', 'Treasury Department']);
  });
  it('"the Center for American Progress" is one organization', () => {
    const e = extractEntities('Carmel Martin, executive vice president for policy for the Center for American Progress, a liberal think tank, said so.');
    expect(typed(e, 'organization')).toEqual(['Center for American Progress']);
  });
});

describe('title-case headlines', () => {
  it('a lone headline word the article writes in lower case is no name ("Royal ... Arrogance")', () => {
    const e = extractEntities('Royal Self-Indicting Arrogance\n\nThe royal family showed its arrogance again. Lawyers for Jeffrey Epstein declined to comment.');
    expect(e.mentions.map((m) => m.text)).toEqual(['Jeffrey Epstein']);
  });
});

describe('teams', () => {
  it('"the Eagles", "the Yankees" are organizations', () => {
    const e = extractEntities('Randall thanked the Eagles and the fans. The Yankees won again.');
    expect(typed(e, 'organization')).toEqual(['Eagles', 'Yankees']);
  });
});

describe('brands', () => {
  it('one word with a capital inside is an organization ("WeWork", "PayPal")', () => {
    const e = extractEntities('Regulators are investigating WeWork, and PayPal said nothing.');
    expect(typed(e, 'organization')).toEqual(['WeWork', 'PayPal']);
  });
});

describe('initials', () => {
  it('a name with initials stays one name ("George H. W. Bush", "J. R. R. Tolkien")', () => {
    const e = extractEntities('The idea stayed academic until President George H. W. Bush championed it. Students read J. R. R. Tolkien.');
    expect(e.people.map((p) => p.name)).toEqual(['George H. W. Bush', 'J. R. R. Tolkien']);
    expect(person(e, 'George H. W. Bush')?.titles).toEqual(['President']);
  });
});

describe('all-caps headline and dateline', () => {
  const text = [
    'TENNIS - OSAKA BEATS WILLIAMS IN MELBOURNE',
    'MELBOURNE 2021-02-18',
    'Naomi Osaka beat Serena Williams in straight sets in Melbourne on Thursday to reach the final.',
    'Osaka will face Jennifer Brady of the United States.',
  ].join('\n');
  const e = extractEntities(text);

  it('the body keeps its people and places', () => {
    expect(typed(e, 'person')).toEqual(expect.arrayContaining(['Naomi Osaka', 'Serena Williams', 'Osaka', 'Jennifer Brady']));
    expect(typed(e, 'place')).toEqual(expect.arrayContaining(['Melbourne', 'United States']));
  });
  it('headline words that are not names stay out', () => {
    const all = e.mentions.map((m) => m.text);
    for (const w of ['TENNIS', 'BEATS', 'IN']) expect(all).not.toContain(w);
  });
  it('capitals join the entity named in the body, named in title case', () => {
    const melbourne = e.places.find((p) => p.name === 'Melbourne');
    expect(melbourne?.mentions.map((m) => m.text)).toEqual(['MELBOURNE', 'MELBOURNE', 'Melbourne']);
  });
});

describe('title-case headline', () => {
  it('is read like capitals: its names found, its ordinary words left out', () => {
    const e = extractEntities('Senators Reject Budget Deal Ahead Of Ohio Vote\nLawmakers in Columbus voted on Tuesday, according to the Center for Budget Research.');
    expect(typed(e, 'place')).toEqual(expect.arrayContaining(['Ohio', 'Columbus']));
    const all = e.mentions.map((m) => m.text);
    for (const w of ['Senators', 'Reject', 'Budget Deal', 'Senators Reject Budget Deal']) expect(all).not.toContain(w);
  });
  it('"X for <organization>" is one organization', () => {
    const e = extractEntities('The figures came from the Roper Center for Public Opinion Research on Friday.');
    expect(typed(e, 'organization')).toEqual(['Roper Center for Public Opinion Research']);
  });
});

describe('titles, affiliations, canonical names', () => {
  it('affiliation and title before the name, surnames and honorifics after', () => {
    const e = extractEntities('Acme Corp Chief Executive Dana Whitlow said on Tuesday that profits would rise. Whitlow added that Mr. Whitlow had hired more staff.');
    const p = person(e, 'Dana Whitlow');
    expect(p?.titles).toEqual(['Chief Executive']);
    expect(p?.affiliation).toBe('Acme Corp');
    expect(p?.mentions.map((m) => m.text)).toEqual(['Dana Whitlow', 'Whitlow', 'Whitlow']);
    expect(e.organizations.map((o) => o.name)).toEqual(['Acme Corp']);
  });
  it('an appositive gives title and affiliation', () => {
    const e = extractEntities('Ravi Patel, a spokesman for the Health Ministry, said the clinics would stay open.');
    const p = person(e, 'Ravi Patel');
    expect(p?.titles).toEqual(['spokesman']);
    expect(p?.affiliation).toBe('Health Ministry');
  });
  it('titles chained by "and" are both kept, the nationality is not a title', () => {
    const e = extractEntities('Kenyan Deputy President and Interior Minister Otieno Waweru met the delegation on Friday.');
    const p = person(e, 'Otieno Waweru');
    expect(p?.titles).toEqual(['Deputy President', 'Interior Minister']);
    expect(p?.affiliation).toBeNull();
  });
  it('an acronym joins its full form', () => {
    const e = extractEntities('The United Nations said on Monday the U.N. would send food to Lesotho.');
    const un = e.organizations.find((o) => o.name === 'United Nations');
    expect(un?.mentions.map((m) => m.text)).toEqual(['United Nations', 'U.N.']);
    expect(typed(e, 'place')).toEqual(['Lesotho']);
  });
  it('programme names and quoted campaign names are not entities', () => {
    const e = extractEntities('Ministers met to discuss the Clean Rivers and Lakes Initiative. Campaigners marched under the banner \u2018Fair Rent for Young Families,\u2019 on Saturday.');
    expect(e.mentions).toEqual([]);
  });
  it('mentions carry entity ids and exact offsets', () => {
    const text = 'Oslo hosted the talks. Negotiators left Oslo on Friday.';
    const e = extractEntities(text);
    for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(new Set(e.mentions.map((m) => m.entityId)).size).toBe(1);
  });
});

describe('tagger pieces', () => {
  it('word shapes collapse runs of one class', () => {
    expect(shapeOf('Jurgen')).toBe('Xx');
    expect(shapeOf('U.S.')).toBe('X.X.');
    expect(shapeOf('1996-08-30')).toBe('d-d-d');
    expect(shapeOf('McDonald')).toBe('XxXx');
  });
  it('BIO tags become spans; an inside tag after another type starts a new name', () => {
    const t = (name: string): number => TAGS.indexOf(name as (typeof TAGS)[number]);
    const tags = Uint8Array.from([t('B-PER'), t('I-PER'), t('O'), t('B-LOC'), t('I-ORG'), t('B-ORG')]);
    expect(spansOf(tags).map((s) => [s.first, s.last, s.type])).toEqual([
      [0, 2, 'PER'],
      [3, 4, 'LOC'],
      [4, 5, 'ORG'],
      [5, 6, 'ORG'],
    ]);
  });
});

describe('gazetteer', () => {
  it('knows first names, places and organizations without loading compromise', () => {
    expect(lookup('london') & PLACE).toBeTruthy();
    expect(lookup('mary') & FIRST && lookup('mary') & FEMALE).toBeTruthy();
    expect(lookup('john') & MALE).toBeTruthy();
    expect(lookup('nato') & ORG).toBeTruthy();
    const dir = fileURLToPath(new URL('../../src/entities/', import.meta.url));
    const files = (d: string): string[] => readdirSync(d, { withFileTypes: true }).flatMap((f) => (f.isDirectory() ? files(join(d, f.name)) : f.name.endsWith('.ts') ? [join(d, f.name)] : []));
    for (const f of files(dir)) expect(readFileSync(f, 'utf8'), f).not.toMatch(/from ['"]compromise['"]/);
  });
});
