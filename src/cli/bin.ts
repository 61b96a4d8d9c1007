/** The `newsparse` executable (built to dist/cli.js with a shebang). */
import { isClosedOutput } from './errors.js';
import { run } from './main.js';

// A reader that goes away early (`newsparse --help | head -1`) is not an error worth a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err) => {
    if (!isClosedOutput(err)) process.exitCode = 1;
  });
}

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`newsparse: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
  },
);
