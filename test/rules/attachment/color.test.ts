import { describe, expect, it } from 'vitest';
import color from '../../../src/rules/attachment/color.js';
import { checkAttachment, fileCodes } from '../../image-fixtures.js';

describe('attachment/color', () => {
  it('accepts a colour scan (JPEG or PNG, 16-bit or with alpha)', async () => {
    expect(fileCodes(await checkAttachment('a.jpg', 'scan.jpg', [color]))).toEqual([]);
    expect(fileCodes(await checkAttachment('a.png', 'scan.png', [color]))).toEqual([]);
    expect(fileCodes(await checkAttachment('a.png', 'scan-16bit.png', [color]))).toEqual([]);
    expect(fileCodes(await checkAttachment('a.png', 'scan-alpha.png', [color]))).toEqual([]);
  });
  it('warns for a grey scan, with the measure', async () => {
    const result = await checkAttachment('a.jpg', 'scan-grey.jpg', [color]);
    expect(fileCodes(result)).toEqual(['attachment/color:default@a.jpg']);
    expect(result.findings[0]!.severity).toBe('warning');
    expect(result.findings[0]!.args).toMatchObject({ spread: 0, threshold: 8 });
  });
  it('does not decode a file that attachment/size rejects', async () => {
    expect(fileCodes(await checkAttachment('a.jpg', 'scan-large.jpg', [color]))).toEqual([]);
  });
});
