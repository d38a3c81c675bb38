import { describe, expect, it } from 'vitest';
import trailingData from '../../../src/rules/photo/trailing-data.js';
import { checkPhoto, fileCodes, fixture } from '../../image-fixtures.js';
import { readFile } from 'node:fs/promises';

describe('photo/trailing-data', () => {
  it('accepts a JPEG that ends with its end marker', async () => {
    expect(fileCodes(await checkPhoto('photo.jpg', [trailingData]))).toEqual([]);
  });
  it('reports 8 KB of zero padding after the end marker', async () => {
    const result = await checkPhoto('photo-padded.jpg', [trailingData]);
    expect(fileCodes(result)).toEqual(['photo/trailing-data:default@p.jpg']);
    expect(result.findings[0]!.args['bytes']).toBe(8192);
  });
  it('says when the padding is what lifts the file over 10 KB', async () => {
    const tiny = await readFile(fixture('photo-tiny.jpg'));
    const padded = Buffer.concat([tiny, Buffer.alloc(12 * 1024)]);
    const result = await checkPhoto(padded, [trailingData]);
    expect(fileCodes(result)).toEqual(['photo/trailing-data:padding@p.jpg']);
    expect(Number(result.findings[0]!.args['without'])).toBeLessThan(10);
  });
  it('is silent on a truncated JPEG (no end marker: file/corrupt)', async () => {
    expect(fileCodes(await checkPhoto('truncated.jpg', [trailingData]))).toEqual([]);
  });
});
