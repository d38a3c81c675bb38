/**
 * At most `capacity` (bytes, estimated) of work at once; the others wait in order, so that a
 * large piece is not starved by small ones slipping past it. A piece larger than the capacity
 * runs alone. Used to bound the memory of the pixel decodes in flight in the whole process,
 * whatever number of files or folders is being checked (`Limiter` bounds their number).
 */
export class MemoryGate {
  #used = 0;
  #running = 0;
  readonly #waiting: { readonly cost: number; readonly start: () => void }[] = [];

  constructor(readonly capacity: number) {
    if (!(capacity > 0)) throw new RangeError(`capacity ${capacity} ≤ 0`);
  }

  async run<T>(cost: number, work: () => Promise<T>): Promise<T> {
    const weight = Math.min(Math.max(0, cost), this.capacity);
    if (this.#waiting.length > 0 || !this.#fits(weight))
      await new Promise<void>((start) => this.#waiting.push({ cost: weight, start }));
    else this.#take(weight);
    try {
      return await work();
    } finally {
      this.#used -= weight;
      this.#running--;
      while (this.#waiting.length > 0 && this.#fits(this.#waiting[0]!.cost)) {
        const next = this.#waiting.shift()!;
        this.#take(next.cost);
        next.start();
      }
    }
  }

  #fits(weight: number): boolean {
    return this.#running === 0 || this.#used + weight <= this.capacity;
  }

  #take(weight: number): void {
    this.#used += weight;
    this.#running++;
  }
}
