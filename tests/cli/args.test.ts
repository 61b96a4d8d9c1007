import { describe, expect, it } from 'vitest';
import { OPTIONS, UsageError, emptyArgs, helpText, parseArgs } from '../../src/cli/args.js';

const base = emptyArgs();

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
    [
      ['--format', 'jsonl', '--text-field', 'body', '--title-field=head', '--date-field', 'when', '--id-field', 'key', '--url-field', 'link'],
      { ...base, format: 'jsonl', textField: 'body', titleField: 'head', dateField: 'when', idField: 'key', urlField: 'link' },
    ],
    [
      ['-o', 'out.jsonl', '--dead-letter', 'dl.jsonl', '--max-errors', '5', '--fail-fast', '--resume', '-j', '2', 'dump.xml'],
      { ...base, out: 'out.jsonl', deadLetter: 'dl.jsonl', maxErrors: '5', failFast: true, resume: true, workers: '2', inputs: ['dump.xml'] },
    ],
    [['serve', '--port', '0', '--max-body', '100'], { ...base, command: 'serve', port: '0', maxBody: '100' }],
    [['--progress', 'serve'], { ...base, progress: true, inputs: ['serve'] }],
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
    [['serve', 'a.txt'], "serve takes no inputs (got 'a.txt')"],
  ])('rejects %j', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(new UsageError(message));
  });
});

describe('helpText', () => {
  it('lists every option with its short name and value placeholder', () => {
    const options = helpText().split('\nOptions:\n')[1]!.split('\n\n')[0]!;
    for (const o of OPTIONS) {
      const line = options.split('\n').find((l) => new RegExp(`--${o.long}( |$)`).test(l));
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
