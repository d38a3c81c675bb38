import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createFaceReader, packages } from '../../../src/deep/face/engine.js';
import type { FaceReading } from '../../../src/deep/face/types.js';
import { REPO } from '../../cli/run-cli.js';

const FACES = path.join(REPO, 'test/fixtures/faces');
let readFace: Awaited<ReturnType<typeof createFaceReader>>;
const printed: unknown[] = [];

beforeAll(async () => {
  // Loading and reading print nothing: the CLI owns stdout and stderr.
  for (const stream of [process.stdout, process.stderr])
    vi.spyOn(stream, 'write').mockImplementation((chunk) => (printed.push(chunk), true));
  vi.spyOn(console, 'log').mockImplementation((...a) => void printed.push(a));
  vi.spyOn(console, 'warn').mockImplementation((...a) => void printed.push(a));
  readFace = await createFaceReader();
}, 60_000);
afterAll(() => vi.restoreAllMocks());

async function read(name: string): Promise<FaceReading> {
  return readFace({ name, data: await readFile(path.join(FACES, name)) });
}

describe('the --deep face reader (real detector, real photos)', () => {
  it('finds the one face of a framed ID photo, with its box and both eyes', async () => {
    const r = await read('framed-white.jpg');
    expect(r.status).toBe('read');
    if (r.status !== 'read') return;
    expect([r.width, r.height]).toEqual([413, 579]);
    expect(r.faces).toHaveLength(1);
    const [f] = r.faces;
    expect(f!.score).toBeGreaterThan(0.8);
    expect(f!.box.height / r.height).toBeGreaterThan(0.5);
    expect(f!.eyes!.left.x).toBeLessThan(f!.eyes!.right.x);
  });
  it('finds no face in a photograph of a street, and two in a photo of two people', async () => {
    expect(await read('no-person.jpg')).toMatchObject({ status: 'read', faces: [] });
    const two = await read('two-people.jpg');
    expect(two.status === 'read' && two.faces.length).toBe(2);
  });
  it('gives each photo its own answer when several are read at once (batch --jobs 2)', async () => {
    const names = ['two-people.jpg', 'framed-white.jpg', 'no-person.jpg'];
    const one = [];
    for (const n of names) one.push(await read(n));
    expect(await Promise.all(names.map(read))).toEqual(one);
    expect(one.map((r) => r.status === 'read' && r.faces.length)).toEqual([2, 1, 0]);
  });
  it('says unreadable, never throws, for bytes that are no image', async () => {
    expect(await readFace({ name: 'x.jpg', data: Buffer.from('not an image') })).toEqual({
      status: 'unreadable',
      reason: 'decode',
    });
    expect(printed).toEqual([]);
  });
  it('names its packages with their versions, for the one install line', () => {
    expect(packages).toContain('@vladmandic/human@3.3.6');
    expect(packages.every((p) => /^@?[\w./-]+@\d/.test(p))).toBe(true);
  });
});
