import { describe, expect, it } from 'vitest';
import { OPTIONS, UsageError, helpText, parseArgs } from '../../src/cli/args.js';

const base = { inputs: [], publishedAt: null, title: null, pretty: false, help: false, version: false };

describe('parseArgs', () => {
  it.each([
    [[], base],
    [['a.txt', 'dir'], { ...base, inputs: ['a.txt', 'dir'] }],
    [['-'], { ...base, inputs: ['-'] }],
    [['--published-at', '2017-05-14', 'a'], { ...base, publishedAt: '2017-05-14', inputs: ['a'] }],
    [['--published-at=2017-05-14'], { ...base, publishedAt: '2017-05-14' }],
    [['--title', 'A title', '--pretty'], { ...base, title: 'A title', pretty: true }],
    [['--title=--dashes--'], { ...base, title: '--dashes--' }],
    [['--title', '-'], { ...base, title: '-' }],
    [['-h'], { ...base, help: true }],
    [['--help', 'x'], { ...base, help: true, inputs: ['x'] }],
    [['-V'], { ...base, version: true }],
    [['--version'], { ...base, version: true }],
    [['--title', 'one', '--title', 'two'], { ...base, title: 'two' }],
    [['a', '--', '--pretty', '-h', '-'], { ...base, inputs: ['a', '--pretty', '-h', '-'] }],
  ])('%j', (argv, expected) => {
    expect(parseArgs(argv)).toEqual(expected);
  });

  it.each([
    [['--bogus'], "unknown option '--bogus'"],
    [['--bogus=1'], "unknown option '--bogus'"],
    [['-x'], "unknown option '-x'"],
    [['-hV'], "unknown option '-hV'"],
    [['--published-at'], "option '--published-at' needs a value (DATE)"],
    [['--title', '--pretty'], "option '--title' needs a value (TEXT)"],
    [['--pretty=yes'], "option '--pretty' takes no value"],
    [['-', 'a', '-'], "standard input ('-') can be read only once"],
  ])('rejects %j', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(new UsageError(message));
  });
});

describe('helpText', () => {
  it('lists every option with its short name and value placeholder', () => {
    const help = helpText();
    for (const o of OPTIONS) {
      const line = help.split('\n').find((l) => l.includes(`--${o.long}`));
      expect(line, o.long).toBeDefined();
      if (o.short) expect(line).toContain(`-${o.short}, --${o.long}`);
      if ('value' in o) expect(line).toContain(`--${o.long} ${o.value}`);
      expect(line).toContain(o.help);
    }
  });

  it('documents the exit statuses', () => {
    expect(helpText()).toMatch(/0 +every input was parsed\n +1 +fatal error\n +2 +usage error.*\n +3 +finished, but some inputs failed/);
  });
});
