import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/index.js';
import type { Quote } from '../../src/types.js';

/** Small texts of our own, one shape each: what the quote stage finds and whom it credits. */
const view = (q: Quote) => ({ text: q.text, type: q.type, speaker: q.speaker?.name ?? null, cue: q.cue?.text ?? null, parts: q.spans.length });
const quotes = (text: string) => extractQuotes(text).map(view);

function spansHold(text: string): void {
  for (const q of extractQuotes(text)) {
    expect(q.text).toBe(q.spans.map((s) => text.slice(s.start, s.end)).join(' '));
    if (q.speaker?.mention) expect(text.slice(q.speaker.mention.start, q.speaker.mention.end)).toBe(q.speaker.mention.text);
    if (q.cue) expect(text.slice(q.cue.start, q.cue.end)).toBe(q.cue.text);
  }
}

describe('direct quotes', () => {
  it('credits the speaker after the closing mark, with titles and honorifics', () => {
    const text = 'Mayor Elena Ruiz opened the bridge on Monday.\n\n"We waited eleven years for this crossing," Ms. Ruiz said.';
    expect(quotes(text)).toEqual([{ text: 'We waited eleven years for this crossing,', type: 'direct', speaker: 'Elena Ruiz', cue: 'said', parts: 1 }]);
    spansHold(text);
  });

  it('reads "said X, a title of Y" and an appositive before the cue', () => {
    const a = quotes('"The river has never been this low in April," said Tomas Berg, a hydrologist at the regional water board.');
    expect(a).toMatchObject([{ speaker: 'Tomas Berg', cue: 'said' }]);
    const b = quotes('"Nobody told the farmers about the new quotas in time," Anna Lind, who chairs the growers\' cooperative, told reporters.');
    expect(b).toMatchObject([{ speaker: 'Anna Lind', cue: 'told reporters' }]);
  });

  it('joins a quote split by its attribution into one quote with two spans', () => {
    const text = '"We will reopen the line," the rail operator\'s director, Mark Osei, said, "but not before the summer."';
    const q = extractQuotes(text);
    expect(q).toHaveLength(1);
    expect(q[0]!.spans).toHaveLength(2);
    expect(q[0]!.speaker?.name).toBe('Mark Osei');
    spansHold(text);
  });

  it('continues a quote after "he said, but"', () => {
    const text = 'Ivan Petrov, the club captain, spoke first. "I love this ground," he said, "but the pitch has not been right all season."';
    expect(quotes(text)).toMatchObject([{ speaker: 'Ivan Petrov', parts: 2 }]);
    const text2 = '"I love this ground," Ivan Petrov said, but "the pitch has not been right all season."';
    expect(quotes(text2)).toMatchObject([{ speaker: 'Ivan Petrov', parts: 2 }]);
  });

  it('continues a quote after the attribution sentence ends', () => {
    const text = '"The money is there," said Paul Adeyemi, the finance director. "Payments start this month."';
    expect(quotes(text)).toMatchObject([{ type: 'direct', speaker: 'Paul Adeyemi', parts: 2 }]);
  });

  it('reads the speaker before an opening mark: "X said: ..." and "X added, ..."', () => {
    expect(quotes('Health minister Grace Mensah said: "The vaccine is free and it is safe."')).toMatchObject([{ speaker: 'Grace Mensah', cue: 'said' }]);
    expect(quotes('Grace Mensah spoke first. She added, "Every clinic has enough doses for a month."')).toMatchObject([{ speaker: 'Grace Mensah', cue: 'added' }]);
  });

  it('reads a speaker label and a signature dash', () => {
    expect(quotes('Okafor: "We have been patient for eight months and we are done waiting."')).toMatchObject([{ speaker: 'Okafor', cue: ':' }]);
    expect(quotes('"Bread, like freedom, is never finished being made." — Ilse Brandt')).toMatchObject([{ speaker: 'Ilse Brandt', cue: '—' }]);
  });

  it('reads an attribution closing the paragraph before with a colon', () => {
    const text = 'Harbour master Daniel Frost told the council on Monday:\n\n"The channel silts up faster every winter and the dredger is forty years old."';
    expect(quotes(text)).toMatchObject([{ type: 'direct', speaker: 'Daniel Frost', cue: 'told' }]);
  });

  it('runs a quote over paragraphs when the next paragraph reopens it', () => {
    const text = 'Coach Dan Vella spoke after the game.\n\n"We were tired in the first half and it showed in every duel.\n\n"In the second half we played our football," Vella said.';
    const q = extractQuotes(text);
    expect(q).toHaveLength(1);
    expect(q[0]!.spans).toHaveLength(2);
    expect(q[0]!.speaker?.name).toBe('Dan Vella');
    spansHold(text);
  });

  it('gives a floating quote the previous speaker when nobody else was named', () => {
    const text = '"The dam will hold," said engineer Petra Novak.\n\n"We checked every joint twice last week."';
    const q = quotes(text);
    expect(q).toHaveLength(2);
    expect(q[1]).toMatchObject({ type: 'direct', speaker: 'Petra Novak', cue: null });
  });

  it('reads doubled apostrophes as quote marks', () => {
    expect(quotes("''It is a shot in the arm for the whole town,'' said Mr. Olsen.")).toMatchObject([{ text: 'It is a shot in the arm for the whole town,', speaker: 'Olsen' }]);
  });

  it('leaves scare quotes and titles alone', () => {
    expect(quotes('Under the so-called "emergency roster" nurses worked longer shifts.')).toEqual([]);
    expect(quotes('The film "Summer Rain" opened in cinemas on Friday.')).toEqual([]);
  });

  it('reads Q&A answers after questions, and not the questions', () => {
    const text = 'Q&A: the baker Lena Fischer on her first year\n\nQ: Why bread?\n\nFischer: Because it forgives you. Dough is patient with beginners.\n\nQ: And next year?\n\nFischer: A second oven, and Sundays off.';
    const q = quotes(text);
    expect(q.map((x) => x.text)).toEqual(['Because it forgives you. Dough is patient with beginners.', 'A second oven, and Sundays off.']);
    expect(q.every((x) => x.speaker === 'Lena Fischer' && x.type === 'direct')).toBe(true);
  });
});

describe('indirect and mixed quotes', () => {
  it('reads "X said (that) C" and "X told Y that C"', () => {
    expect(quotes('Finance Minister Olu Bakare said on Tuesday that the budget would be balanced by 2026.')).toEqual([
      { text: 'the budget would be balanced by 2026', type: 'indirect', speaker: 'Olu Bakare', cue: 'said', parts: 1 },
    ]);
    expect(quotes('Olu Bakare told a meeting of regional governors that the transfers would resume in May.')).toMatchObject([{ text: 'the transfers would resume in May', speaker: 'Olu Bakare', cue: 'told' }]);
  });

  it('reads "C, X said", "C, said X" and "C, according to X"', () => {
    expect(quotes('The ferry will run twice a day from June, the harbour authority said on Friday.')).toMatchObject([{ text: 'The ferry will run twice a day from June', type: 'indirect', cue: 'said' }]);
    expect(quotes('Prices rose for a third month, said Ines Duarte, an economist at the central bank.')).toMatchObject([{ speaker: 'Ines Duarte' }]);
    expect(quotes('Water use fell by a fifth last year, according to the city utility.')).toMatchObject([{ text: 'Water use fell by a fifth last year', cue: 'according to' }]);
  });

  it('reads an attribution inside the clause as one quote in two parts', () => {
    const text = 'The new museum, Carla Vidal said, would make visitors face hard truths.';
    expect(quotes(text)).toMatchObject([{ text: 'The new museum would make visitors face hard truths', speaker: 'Carla Vidal', parts: 2 }]);
    spansHold(text);
  });

  it('reads a second report by the same subject ("..., adding C", "and said C")', () => {
    const q = quotes('Mayor Elena Ruiz said the bridge was safe, adding that the inspection report would be published next week.');
    expect(q).toHaveLength(2);
    expect(q.every((x) => x.speaker === 'Elena Ruiz')).toBe(true);
  });

  it('makes a reported clause with quoted words a mixed quote', () => {
    const q = quotes('Elena Ruiz said the old crossing had been "a danger to every child in the valley" for decades.');
    expect(q).toMatchObject([{ type: 'mixed', speaker: 'Elena Ruiz', cue: 'said' }]);
  });

  it('does not take passives or belief verbs for reports, unless asked for beliefs', () => {
    expect(quotes('The bridge was said to be the longest in the region.')).toEqual([]);
    expect(quotes('Elena Ruiz believes the bridge will pay for itself within a decade.')).toEqual([]);
    const withBelief = extractQuotes('Elena Ruiz believes the bridge will pay for itself within a decade.', { includeBelief: true });
    expect(withBelief).toHaveLength(1);
  });

  it('drops "according to" a document: evidence is not a speaker', () => {
    expect(quotes('The two cities will share a tram line, according to the agreement.')).toEqual([]);
  });
});

describe('speakers', () => {
  it('resolves he and she by gender to the right earlier person', () => {
    const text =
      'Mr. Daniel Frost, the harbour master, met Ms. Amina Yusuf, the port director, on Monday.\n\n' +
      '"The channel needs dredging before winter," she said.\n\n' +
      '"We cannot dredge without the money," he said.';
    expect(quotes(text).map((q) => q.speaker)).toEqual(['Amina Yusuf', 'Daniel Frost']);
  });

  it('gives no speaker rather than a wrong one', () => {
    const q = quotes('"It was a long night for everyone here," he said.');
    expect(q).toHaveLength(1);
    expect(q[0]!.speaker).toBeNull();
  });
});
