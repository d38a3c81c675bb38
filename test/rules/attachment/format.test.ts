import { describe, expect, it } from 'vitest';
import format from '../../../src/rules/attachment/format.js';
import { checkAttachmentFacts, fileCodes, scanFacts } from '../image-facts.js';

const as = (name: string, real: Parameters<typeof scanFacts>[0] & object = {}) =>
  checkAttachmentFacts(
    name,
    scanFacts({ extension: name.slice(name.lastIndexOf('.') + 1).toLowerCase(), ...real }),
    [format],
  );

describe('attachment/format', () => {
  it('accepts JPEG named .jpg/.jpeg and PNG named .png', () => {
    expect(fileCodes(as('a.jpg'))).toEqual([]);
    expect(fileCodes(as('a.JPEG'))).toEqual([]);
    expect(fileCodes(as('a.png', { format: 'png' }))).toEqual([]);
  });
  it('reports a PNG renamed .jpg, and a JPEG named .png', () => {
    const png = as('a.jpg', { format: 'png' });
    expect(fileCodes(png)).toEqual(['attachment/format:extension@a.jpg']);
    expect(png.findings[0]!.args).toMatchObject({ actual: 'PNG', extension: '.jpg' });
    expect(fileCodes(as('a.png'))).toEqual(['attachment/format:extension@a.png']);
  });
  it('reports HEIC, WebP and PDF content whatever the name', () => {
    for (const real of ['heic', 'webp', 'pdf'] as const)
      expect(fileCodes(as('a.jpg', { format: real }))).toEqual(['attachment/format:content@a.jpg']);
    expect(fileCodes(as('a.heic', { format: 'heic', header: undefined }))).toEqual([
      'attachment/format:content@a.heic',
    ]);
  });
  it('leaves content that is no image at all to file/corrupt', () => {
    expect(fileCodes(as('a.jpg', { format: 'unknown', header: undefined }))).toEqual([]);
  });
});
