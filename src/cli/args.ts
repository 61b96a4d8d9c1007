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
  /** `parse` (the default) or `serve` (`newsparse serve ...`). */
  command: 'parse' | 'serve';
  /** Files, directories and `-` (standard input), in the order given. */
  inputs: string[];
  /** Raw `--published-at` value; validated by the caller. */
  publishedAt: string | null;
  title: string | null;
  pretty: boolean;
  help: boolean;
  version: boolean;
  /** Raw values of the dump and batch options; validated by the caller (null: not given). */
  format: string | null;
  out: string | null;
  deadLetter: string | null;
  maxErrors: string | null;
  failFast: boolean;
  resume: boolean;
  workers: string | null;
  textField: string | null;
  titleField: string | null;
  dateField: string | null;
  idField: string | null;
  urlField: string | null;
  maxRecordBytes: string | null;
  timeout: string | null;
  progress: boolean;
  /** Read and account for every record without parsing or writing articles. */
  dryRun: boolean;
  /** Learn lines that recur across a site's records and treat them as boilerplate. */
  siteMemory: boolean;
  port: string | null;
  host: string | null;
  maxBody: string | null;
}

type FlagKey = 'pretty' | 'help' | 'version' | 'failFast' | 'resume' | 'progress' | 'dryRun' | 'siteMemory';
type ValueKey =
  | 'publishedAt' | 'title' | 'format' | 'out' | 'deadLetter' | 'maxErrors' | 'workers' | 'textField' | 'titleField'
  | 'dateField' | 'idField' | 'urlField' | 'maxRecordBytes' | 'port' | 'host' | 'maxBody' | 'timeout';

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
  {
    long: 'format',
    key: 'format',
    value: 'NAME',
    help: 'input format: auto (sniffed), text, jsonl, json, reuters-sgml, nitf, newsml-g2, newsml1, rcv1, rss, atom, wordpress, mediawiki, warc',
  },
  { long: 'text-field', key: 'textField', value: 'FIELD', help: 'JSON field with the article text (default: text, maintext, body_text, content, ...)' },
  { long: 'title-field', key: 'titleField', value: 'FIELD', help: 'JSON field with the headline (default: title, headline)' },
  { long: 'date-field', key: 'dateField', value: 'FIELD', help: 'JSON field with the publication date (default: date_publish, published, date, timestamp, ...)' },
  { long: 'id-field', key: 'idField', value: 'FIELD', help: 'JSON field with the record id (default: id, guid, uri; else <file>:<line>)' },
  { long: 'url-field', key: 'urlField', value: 'FIELD', help: 'JSON field with the source URL (default: url, link)' },
  { long: 'out', short: 'o', key: 'out', value: 'FILE', help: 'write the JSON lines to FILE instead of standard output' },
  { long: 'dead-letter', key: 'deadLetter', value: 'FILE', help: 'write every record that failed, with its error, to FILE (JSON lines)' },
  { long: 'max-errors', key: 'maxErrors', value: 'N', help: 'stop once more than N records have failed' },
  { long: 'fail-fast', key: 'failFast', help: 'stop at the first record that fails (same as --max-errors 0)' },
  {
    long: 'resume',
    key: 'resume',
    help: 'make the run resumable and continue an interrupted one: skips the records already in --out and the dead letter (default <out>.dead-letter.jsonl)',
  },
  { long: 'workers', short: 'j', key: 'workers', value: 'N', help: 'parse on N worker threads, also in serve (default: one per core; 0 parses on the main thread)' },
  { long: 'max-record-bytes', key: 'maxRecordBytes', value: 'N', help: 'largest record or text file read, in bytes (default 33554432); larger ones fail' },
  {
    long: 'timeout',
    key: 'timeout',
    value: 'SECONDS',
    help: 'fail a record still parsing after SECONDS and restart its worker (default 60; 0: no limit; worker threads only; serve answers 503)',
  },
  { long: 'dry-run', key: 'dryRun', help: 'read every record and report the counts, without parsing or writing articles' },
  {
    long: 'site-memory',
    key: 'siteMemory',
    help: "treat lines that recur across a site's records (site: the record's URL host, else its input file) as boilerplate; output then depends on record order and --workers",
  },
  { long: 'progress', key: 'progress', help: 'show progress on standard error even when it is not a terminal' },
  { long: 'port', short: 'p', key: 'port', value: 'PORT', help: 'serve: port to listen on (default 8080; 0 picks a free one)' },
  { long: 'host', key: 'host', value: 'HOST', help: 'serve: address to listen on (default 127.0.0.1)' },
  { long: 'max-body', key: 'maxBody', value: 'BYTES', help: 'serve: largest request body accepted (default 10485760)' },
  { long: 'help', short: 'h', key: 'help', help: 'show this help and exit' },
  { long: 'version', short: 'V', key: 'version', help: 'print the version and exit' },
];

const takesValue = (spec: OptionSpec): spec is ValueOption => 'value' in spec;

/** Parse `argv` (without the node and script paths). Throws UsageError on a malformed command line. */
export function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = emptyArgs();
  let onlyInputs = false;
  let i = 0;
  if (argv[0] === 'serve') {
    args.command = 'serve';
    i = 1;
  }
  for (; i < argv.length; i++) {
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
  if (args.command === 'serve' && args.inputs.length > 0) throw new UsageError(`serve takes no inputs (got '${args.inputs[0]}')`);
  return args;
}

/** Every option unset. */
export function emptyArgs(): CliArgs {
  return {
    command: 'parse',
    inputs: [],
    publishedAt: null,
    title: null,
    pretty: false,
    help: false,
    version: false,
    format: null,
    out: null,
    deadLetter: null,
    maxErrors: null,
    failFast: false,
    resume: false,
    workers: null,
    textField: null,
    titleField: null,
    dateField: null,
    idField: null,
    urlField: null,
    maxRecordBytes: null,
    timeout: null,
    progress: false,
    dryRun: false,
    siteMemory: false,
    port: null,
    host: null,
    maxBody: null,
  };
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
       newsparse serve [--port PORT] [--host HOST] [--max-body BYTES] [--workers N] [--timeout SECONDS]

Parse raw news text into structured articles: headline, dateline, byline, body,
boilerplate, people, organizations, places, quotes and dates, with UTF-16 offsets.

Inputs are files, directories, glob patterns and "-" (standard input). A .txt
file is one article (UTF-8 text); other files are sniffed: JSON Lines (C4,
CC-News, news-please, RealNews), JSON (ninjs), Reuters-21578 SGML, NITF,
NewsML-G2, NewsML 1, RCV1, RSS, Atom, WordPress and MediaWiki exports, WARC
(HTML pages), gzip or bzip2 compressed. Without --format a directory is
searched recursively for *.txt files; with --format it takes every dump file
(.jsonl .json .xml .rss .atom .sgm .warc .txt, also .gz/.bz2), in sorted
order, skipping hidden entries. "-", or no input at all, reads standard input:
one article, or records with --format (e.g. --format jsonl: the stdin ->
stdout mode for Spark, Hadoop, GNU parallel).

Writes one JSON line per record, in input order, to standard output (or --out):
  {"id": "<record id, or the path>", "source": "<input path, or ->", "article": {...}}
Errors and warnings go to standard error as "newsparse: <id>: <reason>"; a bad
record is reported (and written to --dead-letter) and the run goes on.

Options:
${options}

Exit status:
  0  every input was parsed
  1  fatal error
  2  usage error (unknown option, missing value, bad date)
  3  finished, but some inputs failed

Examples:
  newsparse story.txt
  newsparse --out articles.jsonl --dead-letter failed.jsonl cc-news.jsonl.gz
  newsparse --format jsonl --text-field body --workers 4 < dump.jsonl > out.jsonl
  newsparse --resume --out out.jsonl enwikinews-pages-articles.xml.bz2
  newsparse serve --port 8080
  newsparse --published-at 2017-05-14 --pretty story.txt
  newsparse corpus/ > articles.jsonl
  cat story.txt | newsparse --title "Interpol to help Belt and Road security"
`;
}
