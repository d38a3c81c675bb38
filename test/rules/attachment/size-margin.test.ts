import { describe, expect, it } from 'vitest';
import sizeMargin from '../../../src/rules/attachment/size-margin.js';
import { checkAttachment, fileCodes } from '../../image-fixtures.js';

describe('attachment/size-margin', () => {
  it('is silent well within the limits, and over them (attachment/size reports that)', async () => {
    expect(fileCodes(await checkAttachment('a.jpg', 'scan.jpg', [sizeMargin]))).toEqual([]);
    expect(fileCodes(await checkAttachment('a.jpg', 'scan-large.jpg', [sizeMargin]))).toEqual([]);
  });
  it('warns at 505 000 bytes: 493.2 KB at 1024, 505.0 kB at 1000', async () => {
    const result = await checkAttachment('a.jpg', 'scan-margin.jpg', [sizeMargin]);
    expect(fileCodes(result)).toEqual(['attachment/size-margin:default@a.jpg']);
    expect(result.findings[0]!.args).toMatchObject({ bytes: 505_000, kib: '493.2', kb: '505.0' });
  });
});
