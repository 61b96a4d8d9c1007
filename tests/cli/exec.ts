/** Helpers for tests that run the built package as a child process. */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
export const FIXTURE = 'fixtures/seed-xinhua-interpol.txt';

export interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run a command to completion, feeding `input` to its standard input (empty when not given). */
export function exec(
  command: string,
  args: readonly string[],
  options: { cwd?: string; input?: string | Uint8Array; env?: NodeJS.ProcessEnv } = {},
): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd ?? ROOT, env: options.env ?? process.env });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.on('error', () => {}); // the child may exit without reading its input
    child.stdin.end(options.input ?? '');
  });
}

/** Run the built CLI (`node dist/cli.js ...args`). */
export function cli(args: readonly string[], options: { cwd?: string; input?: string | Uint8Array } = {}): Promise<Result> {
  return exec(process.execPath, [CLI, ...args], options);
}

/** Parse JSON Lines output. */
export function jsonLines(stdout: string): unknown[] {
  return stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as unknown);
}
