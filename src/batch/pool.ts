/**
 * Runs `work` over `items` with at most `limit` in flight, calling `onResult` as each finishes.
 * `signal` stops scheduling new items (what is in flight still finishes).
 */
export async function runPool<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T, index: number) => Promise<R>,
  onResult: (result: R, item: T, index: number) => void,
  signal?: AbortSignal,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length && !signal?.aborted) {
      const index = next++;
      const item = items[index]!;
      onResult(await work(item, index), item, index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
}
