/**
 * npx tsx bench/eval/dates-errors.ts <timex dir> [value|fn|fp]
 * Error analysis for the dates stage on a folder of timex .json docs (see bench/eval/dates.ts):
 * DATE value mistakes (gold value, predicted value, text, sentence), missed timexes (fn) or
 * spurious ones (fp), grouped by the shape of the expression, largest group first. Prints to the
 * terminal only; nothing of the data is written anywhere.
 */
import { basename } from 'node:path';
import type { DateMention } from '../../src/index.js';
import { predictDates, type GoldDoc } from './dates.js';
import { listFiles, readJson } from './io.js';

const TYPE: Record<DateMention['type'], string> = { date: 'DATE', time: 'TIME', duration: 'DURATION', set: 'SET' };
/** Shapes of expressions, first match wins: the groups of the report. */
const SHAPES: Array<[string, RegExp]> = [
  ['weekday', /^(?:on )?(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i],
  ['weekday + part of day', /(?:mon|tues|wednes|thurs|fri|satur|sun)day (?:morning|afternoon|evening|night)/i],
  ['month', /^(?:early |late |mid-?)?(?:january|february|march|april|may|june|july|august|september|october|november|december|jan\.|feb\.|aug\.|sept?\.|oct\.|nov\.|dec\.)$/i],
  ['month + day', /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d+$/i],
  ['full date or year', /\d{4}$/],
  ['week', /week/i],
  ['quarter / period', /quarter|period|half/i],
  ['year-ago', /year (?:ago|earlier)|year-(?:ago|earlier)/i],
  ['ago / earlier / later', /ago|earlier|later/i],
  ['year', /year/i],
  ['month (relative)', /month/i],
  ['reference (now, recently, future)', /now|current|recent|future|past|present/i],
  ['today / yesterday / tomorrow', /today|yesterday|tomorrow|tonight/i],
  ['decade / century', /\d0s|ties$|century/i],
  ['season', /spring|summer|fall|autumn|winter/i],
];
const shapeOf = (s: string): string => SHAPES.find(([, re]) => re.test(s))?.[0] ?? 'other';

function sentenceAround(text: string, start: number, end: number): string {
  let a = start;
  while (a > 0 && start - a < 150 && text[a - 1] !== '\n') a--;
  let b = end;
  while (b < text.length && b - end < 100 && text[b] !== '\n') b++;
  return `${text.slice(a, start)}[[${text.slice(start, end)}]]${text.slice(end, b)}`.replace(/\s+/g, ' ');
}

function main(): void {
  const args = process.argv.slice(2);
  const dir = args.find((a) => !a.startsWith('--') && !['value', 'fn', 'fp'].includes(a));
  const mode = args.find((a) => ['value', 'fn', 'fp'].includes(a)) ?? 'value';
  if (!dir) throw new Error('usage: dates-errors.ts <timex dir> [value|fn|fp]');
  const groups = new Map<string, string[]>();
  const add = (key: string, line: string): void => void groups.set(key, [...(groups.get(key) ?? []), line]);
  for (const file of listFiles(dir, '.json').filter((f) => basename(f) !== 'index.json')) {
    const doc = readJson<GoldDoc>(file);
    const pred = predictDates(doc.text, doc.dct);
    const used = new Set<number>();
    for (const g of doc.timexes) {
      const i = pred.findIndex((p, k) => !used.has(k) && p.start < g.end && g.start < p.end && TYPE[p.type] === g.type);
      if (i >= 0) used.add(i);
      const p = pred[i];
      const where = `${doc.dct}\t${sentenceAround(doc.text, g.start, g.end)}`;
      if (mode === 'value' && g.type === 'DATE' && p && p.value !== g.value) add(shapeOf(p.text), `${g.value}\t${p.value}\t${g.text}\t${where}`);
      if (mode === 'fn' && !p) add(`${g.type} ${shapeOf(g.text)}`, `${g.value}\t${g.text}\t${where}`);
    }
    if (mode === 'fp') {
      pred.forEach((p, k) => {
        if (!used.has(k)) add(`${TYPE[p.type]} ${shapeOf(p.text)}`, `${p.value}\t${p.text}\t${doc.dct}\t${sentenceAround(doc.text, p.start, p.end)}`);
      });
    }
  }
  for (const [key, lines] of [...groups].sort((a, b) => b[1].length - a[1].length)) {
    process.stdout.write(`## ${key} (${lines.length})\n${lines.join('\n')}\n\n`);
  }
}

main();
