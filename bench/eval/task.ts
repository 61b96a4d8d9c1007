import type { Table } from './format.js';

export interface EvalOptions {
  /** Only the first N documents (in file-name order). */
  limit?: number;
}

/** What a task hands back to eval.ts: tables to print, notes under them, and the --json object. */
export interface TaskResult {
  tables: Table[];
  notes: string[];
  json: Record<string, unknown>;
}

/**
 * Runs the library on one document at a time; a throw counts as an empty prediction and is
 * tallied, so a half-finished stage still yields numbers (and the first error is shown).
 */
export class Guard {
  errors = 0;
  private first: string | null = null;

  run<T>(id: string, fn: () => T, fallback: T): T {
    try {
      return fn();
    } catch (err) {
      this.errors++;
      this.first ??= `${id}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`;
      return fallback;
    }
  }

  notes(): string[] {
    return this.first ? [`${this.errors} document(s) threw; scored as empty. First: ${this.first.split('\n').slice(0, 4).join('\n  ')}`] : [];
  }
}
