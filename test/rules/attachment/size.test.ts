import { describe, expect, it } from 'vitest';
import size from '../../../src/rules/attachment/size.js';
import { checkAttachment, fileCodes } from '../../image-fixtures.js';

describe('attachment/size', () => {
  it('accepts 20–500 KB', async () => {
    expect(fileCodes(await checkAttachment('a.jpg', 'scan.jpg', [size]))).toEqual([]);
    expect(fileCodes(await checkAttachment('a.jpg', 'scan-margin.jpg', [size]))).toEqual([]);
  });
  it('reports a phone photo of over 500 KB with its size', async () => {
    const result = await checkAttachment('a.jpg', 'scan-large.jpg', [size]);
    expect(fileCodes(result)).toEqual(['attachment/size:too-large@a.jpg']);
    expect(result.findings[0]!.args).toMatchObject({ max: 500 });
    expect(Number(result.findings[0]!.args['size'])).toBeGreaterThan(500);
  });
  it('reports 20 KB or less', async () => {
    const result = await checkAttachment('a.jpg', 'scan-tiny.jpg', [size]);
    expect(fileCodes(result)).toEqual(['attachment/size:too-small@a.jpg']);
    expect(result.findings[0]!.args['field']).toBeUndefined();
    expect(result.findings[0]!.field).toBe('basic.id_card.front');
  });
});
