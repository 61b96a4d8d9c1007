/** The `newsparse` executable (built to dist/cli.js with a shebang); also the worker threads' script. */
import { isMainThread, workerData } from 'node:worker_threads';
import { isClosedOutput } from './errors.js';
import { run } from './main.js';
import { WORKER_FLAG } from './pool.js';
import { startWorker } from './worker.js';

if (!isMainThread && (workerData as Record<string, unknown> | null)?.[WORKER_FLAG]) {
  void startWorker();
} else {
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
}
