/**
 * A pool of worker_threads that parse records into finished output lines (the JSON is built on
 * the worker too). Workers start as work arrives, up to `size`; a worker that dies fails only
 * the records it held, and a new one takes its place. Results come back by sequence number;
 * `ordered` (below) puts them back in input order.
 */
import { Worker } from 'node:worker_threads';

export interface Job {
  id: string;
  source: string;
  text: string;
  options: { title?: string; publishedAt?: string; url?: string };
  pretty: boolean;
  /** Answer the Article's JSON alone (for `serve`), not the `{id, source, article}` line. */
  bare?: boolean;
  /** With --site-memory: the record's site (see site-memory.ts). */
  site?: string;
}

export type JobResult = { ok: true; line: string } | { ok: false; code: string; reason: string };

interface Pending {
  seq: number;
  job: Job;
  resolve: (r: JobResult) => void;
}

interface Slot {
  worker: Worker;
  /** Jobs sent to this worker, in the order it works through them (the first is the one running). */
  pending: Map<number, Pending>;
  timer: NodeJS.Timeout | null;
  dead: boolean;
  /** The worker has loaded the parser: the clock runs only from then on. */
  ready: boolean;
}

export const WORKER_FLAG = 'newsparse-worker';

/**
 * Heap limits for each worker. Setting an old-generation limit (far above what parsing needs)
 * makes V8 size the heap conservatively, and a small young generation keeps garbage short-lived:
 * measured on 2 workers, peak RSS 250 MB instead of 310 MB at the same speed. The limit must
 * hold the worst input the parse options let in (10 MB of quote marks, a million one-word
 * lines: up to about 900 MB): a worker that runs out of heap inside one of wink-nlp's growing
 * arrays can abort the whole process, not just itself (nodejs/node#47224). 1024 MB holds them,
 * and ordinary runs keep the RSS they had at 512 MB (330 MB on 2 workers); 1536 MB added 30 MB.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 1024 };

/** The script worker threads run: the built CLI itself (null when running from sources, e.g. under vitest). */
export function workerScript(): URL | null {
  const url = new URL(import.meta.url);
  return url.pathname.endsWith('.js') ? url : null;
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private seq = 0;
  private closed = false;

  /**
   * @param timeoutMs a record still parsing after this long fails ("timed out") and its worker is
   *   replaced; the records queued behind it go to other workers. 0: no limit.
   */
  /**
   * @param striped send job k to worker k mod size, not to the least busy one: each worker then
   *   sees a fixed share of the records in input order, so per-worker state (--site-memory)
   *   gives the same output on every run.
   */
  constructor(
    private readonly script: URL,
    private readonly size: number,
    private readonly timeoutMs = 0,
    private readonly striped = false,
  ) {}

  run(job: Job): Promise<JobResult> {
    if (this.closed) return Promise.resolve({ ok: false, code: 'PARSE_ERROR', reason: 'worker pool closed' });
    return new Promise((resolve) => this.dispatch({ seq: this.seq++, job, resolve }));
  }

  private dispatch(p: Pending): void {
    const slot = this.striped ? this.stripe(p.seq) : this.pick();
    slot.pending.set(p.seq, p);
    slot.worker.postMessage({ seq: p.seq, job: p.job });
    if (slot.pending.size === 1) this.arm(slot);
  }

  /** Start the clock on the job the worker is now parsing. */
  private arm(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    if (this.timeoutMs <= 0 || slot.pending.size === 0 || !slot.ready) return;
    slot.timer = setTimeout(() => {
      const seconds = this.timeoutMs / 1000;
      this.retire(slot, `timed out after ${seconds} s (worker restarted)`, 'TIMEOUT');
    }, this.timeoutMs);
    slot.timer.unref();
  }

  /**
   * Take a worker out: the job it was parsing fails with `reason`; the jobs queued behind it are
   * sent to other workers.
   */
  private retire(slot: Slot, reason: string, code: string): void {
    if (slot.dead) return;
    slot.dead = true;
    if (slot.timer) clearTimeout(slot.timer);
    const i = this.slots.indexOf(slot);
    if (i >= 0) this.slots.splice(i, 1);
    void slot.worker.terminate();
    const [culprit, ...rest] = slot.pending.values();
    slot.pending.clear();
    culprit?.resolve({ ok: false, code, reason });
    for (const p of rest) {
      if (this.closed) p.resolve({ ok: false, code: 'PARSE_ERROR', reason: 'worker pool closed' });
      else this.dispatch(p);
    }
  }

  /** The least busy worker, starting a new one while there are fewer than `size` and all are busy. */
  private pick(): Slot {
    let best: Slot | undefined;
    for (const s of this.slots) if (!best || s.pending.size < best.pending.size) best = s;
    if ((!best || best.pending.size > 0) && this.slots.length < this.size) return this.spawn();
    return best ?? this.spawn();
  }

  /** The worker for job `seq` in striped mode (starting workers until there are `size`). */
  private stripe(seq: number): Slot {
    while (this.slots.length < this.size) this.spawn();
    return this.slots[seq % this.slots.length]!;
  }

  private spawn(): Slot {
    const worker = new Worker(this.script, { workerData: { [WORKER_FLAG]: true }, resourceLimits: WORKER_LIMITS });
    const slot: Slot = { worker, pending: new Map(), timer: null, dead: false, ready: false };
    worker.on('message', (msg: { seq: number; result: JobResult } | { ready: true }) => {
      if ('ready' in msg) {
        slot.ready = true;
        this.arm(slot);
        return;
      }
      const p = slot.pending.get(msg.seq);
      if (!p || slot.dead) return;
      slot.pending.delete(msg.seq);
      p.resolve(msg.result);
      this.arm(slot);
    });
    worker.on('error', (err) => this.retire(slot, `worker crashed: ${err.message}`, 'WORKER_CRASHED'));
    worker.on('exit', (code) => this.retire(slot, `worker exited with code ${code}`, 'WORKER_CRASHED'));
    this.slots.push(slot);
    return slot;
  }

  async close(): Promise<void> {
    this.closed = true;
    const slots = this.slots.splice(0);
    for (const s of slots) {
      s.dead = true;
      if (s.timer) clearTimeout(s.timer);
    }
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }
}
