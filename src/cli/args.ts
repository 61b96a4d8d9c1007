/**
 * Command-line argument parsing for `newsparse`. No dependencies: a table of options drives
 * both the parser and the help text, so adding an option (`--format`, `--workers`, ...) is one
 * row here plus its use in main.ts.
 */

/** A mistake in how the command was called: reported with a hint to `--help`, exit status 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export interface CliArgs {
  /** Files, directories and `-` (standard input), in the order given. */
  inputs: string[];
  /** Raw `--published-at` value; validated by the caller. */
  publishedAt: string | null;
  title: string | null;
  pretty: boolean;
  help: boolean;
  version: boolean;
}

type FlagKey = 'pretty' | 'help' | 'version';
type ValueKey = 'publishedAt' | 'title';

interface OptionBase {
  long: string;
  short?: string;
  help: string;
}
interface FlagOption extends OptionBase {
  key: FlagKey;
}
interface ValueOption extends OptionBase {
  key: ValueKey;
  /** Placeholder shown in the help text, e.g. DATE. */
  value: string;
}
export type OptionSpec = FlagOption | ValueOption;

export const OPTIONS: readonly OptionSpec[] = [
  {
    long: 'published-at',
    key: 'publishedAt',
    value: 'DATE',
    help: 'publication date, ISO 8601 (e.g. 2017-05-14); relative dates such as "on Sunday" resolve against it',
  },
  { long: 'title', key: 'title', value: 'TEXT', help: 'headline to use when the text has no title line' },
  { long: 'pretty', key: 'pretty', help: 'indent the JSON (meant for reading a single article)' },
  { long: 'help', short: 'h', key: 'help', help: 'show this help and exit' },
  { long: 'version', short: 'V', key: 'version', help: 'print the version and exit' },
];

const takesValue = (spec: OptionSpec): spec is ValueOption => 'value' in spec;

/** Parse `argv` (without the node and script paths). Throws UsageError on a malformed command line. */
export function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = { inputs: [], publishedAt: null, title: null, pretty: false, help: false, version: false };
  let onlyInputs = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (onlyInputs || arg === '-' || !arg.startsWith('-')) {
      args.inputs.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyInputs = true;
      continue;
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq < 0 ? arg : arg.slice(0, eq);
    const spec = findOption(name);
    if (!spec) throw new UsageError(`unknown option '${name}'`);
    const label = `--${spec.long}`;
    if (!takesValue(spec)) {
      if (eq >= 0) throw new UsageError(`option '${label}' takes no value`);
      args[spec.key] = true;
      continue;
    }
    let value: string | undefined;
    if (eq >= 0) value = arg.slice(eq + 1);
    else {
      const next = argv[i + 1];
      // `--title --pretty` is a forgotten value, not a title; `--title=--x` still works.
      if (next !== undefined && !next.startsWith('--')) {
        value = next;
        i++;
      }
    }
    if (value === undefined) throw new UsageError(`option '${label}' needs a value (${spec.value})`);
    args[spec.key] = value;
  }
  if (args.inputs.filter((x) => x === '-').length > 1) {
    throw new UsageError("standard input ('-') can be read only once");
  }
  return args;
}

function findOption(name: string): OptionSpec | undefined {
  if (name.startsWith('--')) return OPTIONS.find((o) => o.long === name.slice(2));
  return name.length === 2 ? OPTIONS.find((o) => o.short === name[1]) : undefined;
}

/** The `--help` text, options listed from OPTIONS. */
export function helpText(): string {
  const rows = OPTIONS.map((o) => {
    const names = (o.short ? `-${o.short}, ` : '    ') + `--${o.long}` + (takesValue(o) ? ` ${o.value}` : '');
    return [names, o.help] as const;
  });
  const width = Math.max(...rows.map(([names]) => names.length)) + 2;
  const options = rows.map(([names, help]) => `  ${names.padEnd(width)}${help}`).join('\n');
  return `Usage: newsparse [options] [input...]

Parse raw news text into structured articles: headline, dateline, byline, body,
boilerplate, people, organizations, places, quotes and dates, with UTF-16 offsets.

Each input file is one article (UTF-8 text). A directory is searched recursively
for *.txt files, in sorted order, skipping hidden entries. "-", or no input at
all, reads one article from standard input.

Writes one JSON line per article to standard output:
  {"id": "<path, or - for standard input>", "article": {...}}
Errors and warnings go to standard error as "newsparse: <input>: <reason>";
a bad input is reported and skipped, and the run goes on.

Options:
${options}

Exit status:
  0  every input was parsed
  1  fatal error
  2  usage error (unknown option, missing value, bad date)
  3  finished, but some inputs failed

Examples:
  newsparse story.txt
  newsparse --published-at 2017-05-14 --pretty story.txt
  newsparse corpus/ > articles.jsonl
  cat story.txt | newsparse --title "Interpol to help Belt and Road security"
`;
}
