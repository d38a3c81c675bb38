/**
 * At most `limit` pieces of work at once; the others wait in order. Used to bound the pixel
 * decodes a process runs at once, whatever number of folders is being checked.
 */
export class Limiter {
  #running = 0;
  readonly #waiting: (() => void)[] = [];

  constructor(readonly limit: number) {
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`limit ${limit} < 1`);
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.#running >= this.limit)
      await new Promise<void>((resolve) => this.#waiting.push(resolve));
    else this.#running++;
    try {
      return await work();
    } finally {
      // A waiter takes over this slot directly, so nobody can slip in between.
      const next = this.#waiting.shift();
      if (next) next();
      else this.#running--;
    }
  }
}
