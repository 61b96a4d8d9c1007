/** Bounded, order-keeping concurrency for record streams (the CLI and `serve` share it). */

/**
 * Map `items` through `fn` with up to `window` calls in flight, yielding results in input order.
 * Pulls a new item only when a slot is free, so a slow consumer slows the producer.
 */
export async function* ordered<T, R>(items: AsyncIterable<T> | Iterable<T>, window: number, fn: (item: T) => Promise<R> | R): AsyncGenerator<R> {
  const queue: Promise<R>[] = [];
  for await (const item of items) {
    queue.push(Promise.resolve(fn(item)));
    if (queue.length >= window) yield await queue.shift()!;
  }
  while (queue.length > 0) yield await queue.shift()!;
}
