import { describe, expect, it } from 'vitest';
import minSize from '../../../src/rules/photo/min-size.js';
import { readFile } from 'node:fs/promises';
import { checkPhoto, fileCodes, fixture } from '../../image-fixtures.js';

describe('photo/min-size', () => {
  it('accepts a photo of 10 KB or more', async () => {
    expect(fileCodes(await checkPhoto('photo-295.jpg', [minSize]))).toEqual([]);
  });
  it('reports a photo under 10 KB with its size', async () => {
    const result = await checkPhoto('photo-tiny.jpg', [minSize]);
    expect(fileCodes(result)).toEqual(['photo/min-size:default@p.jpg']);
    expect(result.findings[0]!.args).toMatchObject({ min: 10 });
    expect(Number(result.findings[0]!.args['size'])).toBeLessThan(10);
  });
  it('counts KB as 1024 bytes: 10 239 bytes is too small, 10 240 is enough', async () => {
    const tiny = await readFile(fixture('photo-tiny.jpg'));
    const padTo = (n: number) => Buffer.concat([tiny, Buffer.alloc(n - tiny.length)]);
    const under = await checkPhoto(padTo(10_239), [minSize]);
    expect(fileCodes(under)).toEqual(['photo/min-size:default@p.jpg']);
    expect(under.findings[0]!.args).toMatchObject({ size: '9.9', bytes: 10_239 });
    expect(fileCodes(await checkPhoto(padTo(10_240), [minSize]))).toEqual([]);
  });
  it('is silent for a file that is no image', async () => {
    expect(fileCodes(await checkPhoto(Buffer.from('<html></html>'), [minSize]))).toEqual([]);
  });
});
