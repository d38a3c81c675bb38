import { describe, expect, it } from 'vitest';
import tooLarge from '../../../src/rules/file/too-large.js';
import { checkAttachment, fileCodes } from '../../image-fixtures.js';

describe('file/too-large', () => {
  it('is silent for an ordinary scan', async () => {
    expect(fileCodes(await checkAttachment('a.png', 'scan.png', [tooLarge]))).toEqual([]);
  });
  it('reports a 12000×12000 PNG with its dimensions', async () => {
    const result = await checkAttachment('a.png', 'bomb.png', [tooLarge]);
    expect(fileCodes(result)).toEqual(['file/too-large:default@a.png']);
    expect(result.findings[0]!.args).toMatchObject({
      width: 12000,
      height: 12000,
      megapixels: 144,
      max: 100,
    });
  });
});
