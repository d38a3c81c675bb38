import { describe, expect, it } from 'vitest';
import { MemoryGate } from '../../src/util/memory-gate.js';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('MemoryGate', () => {
  it('keeps the pieces in flight within the capacity, in order, a large one alone', async () => {
    const gate = new MemoryGate(100);
    let inFlight = 0;
    let peak = 0;
    const started: string[] = [];
    const holds = new Map<string, ReturnType<typeof deferred>>();
    const piece = (name: string, cost: number) => {
      const hold = deferred();
      holds.set(name, hold);
      return gate.run(cost, async () => {
        started.push(name);
        inFlight += cost;
        peak = Math.max(peak, inFlight);
        await hold.promise;
        inFlight -= cost;
      });
    };
    const tick = () => new Promise((r) => setTimeout(r, 0));
    const all = [piece('a', 60), piece('b', 30), piece('c', 50), piece('d', 500), piece('e', 5)];
    await tick();
    expect(started).toEqual(['a', 'b']);
    holds.get('a')!.resolve();
    await tick();
    // c fits beside b; e, though small, waits its turn behind d.
    expect(started).toEqual(['a', 'b', 'c']);
    holds.get('b')!.resolve();
    holds.get('c')!.resolve();
    await tick();
    expect(started).toEqual(['a', 'b', 'c', 'd']);
    holds.get('d')!.resolve();
    await tick();
    expect(started).toEqual(['a', 'b', 'c', 'd', 'e']);
    holds.get('e')!.resolve();
    await Promise.all(all);
    expect(peak).toBe(500);
  });

  it('frees the capacity when a piece throws', async () => {
    const gate = new MemoryGate(10);
    await expect(gate.run(10, () => Promise.reject(new Error('x')))).rejects.toThrow('x');
    await expect(gate.run(10, () => Promise.resolve(1))).resolves.toBe(1);
  });
});
