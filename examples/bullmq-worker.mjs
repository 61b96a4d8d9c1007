// A BullMQ worker on Redis that parses news articles: jobs {text, title?, publishedAt?, url?} in,
// the Article out (as the job's return value). Not part of newsparse's dependencies:
//   npm install bullmq
//   REDIS_URL=redis://localhost:6379 node examples/bullmq-worker.mjs
// Add jobs from any language BullMQ speaks (Node, Python): queue "newsparse", job data {text, ...}.
// Without bullmq installed, or without a reachable Redis, it says so and exits (status 0).
const QUEUE = process.env.NEWSPARSE_QUEUE ?? 'newsparse';
const url = new URL(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');

let bullmq;
try {
  bullmq = await import('bullmq');
} catch {
  console.log('bullmq is not installed: npm install bullmq (this example needs it and a Redis server)');
  process.exit(0);
}

const { parseArticle } = await import('newsparse');
const connection = { host: url.hostname, port: Number(url.port || 6379), maxRetriesPerRequest: null, lazyConnect: true };
const worker = new bullmq.Worker(
  QUEUE,
  async (job) => {
    const { text, title, publishedAt, url: source } = job.data ?? {};
    if (typeof text !== 'string') throw new Error('job data needs a string "text"');
    // A thrown error marks the job failed (BullMQ keeps it, with the reason, for retry or inspection).
    return parseArticle(text, { ...(title && { title }), ...(publishedAt && { publishedAt }), ...(source && { url: source }) });
  },
  { connection, concurrency: 1, autorun: false },
);

worker.on('failed', (job, err) => console.error(`job ${job?.id} failed: ${err.message}`));
worker.on('error', (err) => {
  console.log(`no Redis at ${url.host} (${err.message}); start one, or set REDIS_URL`);
  process.exit(0);
});

// Parsing is CPU-bound: run one worker process per core (or use BullMQ's sandboxed processors).
const stop = async () => {
  await worker.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

try {
  await worker.waitUntilReady();
} catch (err) {
  console.log(`no Redis at ${url.host} (${err.message}); start one, or set REDIS_URL`);
  process.exit(0);
}
console.log(`newsparse worker on queue "${QUEUE}" at ${url.host}`);
worker.run();
