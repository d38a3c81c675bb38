import { describe, expect, it } from 'vitest';
import legibility from '../../../src/rules/attachment/legibility.js';
import { checkAttachment, fileCodes } from '../../image-fixtures.js';

describe('attachment/legibility', () => {
  it('accepts a scan with a short side of 600 px or more', async () => {
    expect(fileCodes(await checkAttachment('a.jpg', 'scan.jpg', [legibility]))).toEqual([]);
  });
  it('warns for a 400×566 scan', async () => {
    const result = await checkAttachment('a.jpg', 'scan-small.jpg', [legibility]);
    expect(fileCodes(result)).toEqual(['attachment/legibility:default@a.jpg']);
    expect(result.findings[0]!.args).toMatchObject({ width: 400, short: 400, min: 600 });
  });
});
