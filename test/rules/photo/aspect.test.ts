import { describe, expect, it } from 'vitest';
import aspect from '../../../src/rules/photo/aspect.js';
import { checkPhoto, fileCodes } from '../../image-fixtures.js';

describe('photo/aspect', () => {
  it('accepts 295:413 and 413:579', async () => {
    expect(fileCodes(await checkPhoto('photo-295.jpg', [aspect]))).toEqual([]);
    expect(fileCodes(await checkPhoto('photo.jpg', [aspect]))).toEqual([]);
  });
  it('reports 413×500 (0.826, +15.6 %)', async () => {
    const result = await checkPhoto('photo-wide.jpg', [aspect]);
    expect(fileCodes(result)).toEqual(['photo/aspect:default@p.jpg']);
    expect(result.findings[0]!.args).toMatchObject({ ratio: '0.826', deviation: '+15.6' });
  });
  it('leaves a landscape photo to photo/orientation', async () => {
    expect(fileCodes(await checkPhoto('photo-landscape.jpg', [aspect]))).toEqual([]);
  });
});
