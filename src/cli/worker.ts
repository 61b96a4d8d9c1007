/** The worker-thread side of the pool: parse a record, return its finished JSON line. */
import { parentPort } from 'node:worker_threads';
import type { Job, JobResult } from './pool.js';
import { errorCode, reasonOf } from './errors.js';
import { SiteMemories } from './site-memory.js';

export async function startWorker(): Promise<void> {
  const { parseArticle } = await import('../index.js');
  const port = parentPort!;
  const memories = new SiteMemories();
  port.on('message', ({ seq, job }: { seq: number; job: Job }) => {
    let result: JobResult;
    try {
      const options = job.site === undefined ? job.options : { ...job.options, boilerplateMemory: memories.get(job.site) };
      const article = parseArticle(job.text, options);
      const out = job.bare ? article : { id: job.id, source: job.source, article };
      result = { ok: true, line: job.pretty ? JSON.stringify(out, null, 2) : JSON.stringify(out) };
    } catch (err) {
      result = { ok: false, code: errorCode(err), reason: reasonOf(err) };
    }
    port.postMessage({ seq, result });
  });
  port.postMessage({ ready: true });
}
