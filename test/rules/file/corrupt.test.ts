import { describe, expect, it } from 'vitest';
import corrupt from '../../../src/rules/file/corrupt.js';
import { readFile } from 'node:fs/promises';
import { checkAttachment, checkPhoto, fileCodes, fixture } from '../../image-fixtures.js';

describe('file/corrupt', () => {
  it('is silent for sound files, and for HEIC/PDF it cannot decode (format rules report those)', async () => {
    expect(fileCodes(await checkPhoto('photo.jpg', [corrupt]))).toEqual([]);
    expect(fileCodes(await checkPhoto('photo-padded.jpg', [corrupt]))).toEqual([]);
    expect(fileCodes(await checkPhoto('photo.heic', [corrupt]))).toEqual([]);
  });
  it('reports a truncated JPEG (metadata alone would not notice)', async () => {
    const result = await checkPhoto('truncated.jpg', [corrupt]);
    expect(fileCodes(result)).toEqual(['file/corrupt:truncated@p.jpg']);
    expect(result.findings[0]!.field).toBe('basic.photo');
  });
  it('reports a truncated PNG', async () => {
    const png = await readFile(fixture('scan.png'));
    const result = await checkAttachment('a.png', png.subarray(0, png.length >> 1), [corrupt]);
    expect(fileCodes(result)).toEqual(['file/corrupt:truncated@a.png']);
  });
  it('reports a file that is no image, with its first bytes', async () => {
    const result = await checkPhoto('page.html', [corrupt]);
    expect(fileCodes(result)).toEqual(['file/corrupt:not-image@p.jpg']);
    expect(result.findings[0]!.args['head']).toBe('3C 21 44 4F 43 54 59 50');
  });
  it("reports a JPEG whose frame header is broken, with the decoder's words", async () => {
    const photo = Buffer.from(await readFile(fixture('photo.jpg')));
    const sof = photo.indexOf(Buffer.from([0xff, 0xc0]));
    photo.fill(0, sof + 5, sof + 9);
    const result = await checkPhoto(photo, [corrupt]);
    expect(fileCodes(result)).toEqual(['file/corrupt:corrupt@p.jpg']);
    expect(result.findings[0]!.args['detail']).toMatch(/JPEG/);
  });
});
