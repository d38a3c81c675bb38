import { describe, expect, it } from 'vitest';
import aspect from '../../../src/rules/photo/aspect.js';
import { checkPhotoFacts, fileCodes, photoFacts, sized } from '../image-facts.js';

const aspectOf = (width: number, height: number) =>
  fileCodes(checkPhotoFacts(photoFacts({ header: sized(width, height) }), [aspect]));

describe('photo/aspect', () => {
  it('accepts 295:413 and 413:579', () => {
    expect(aspectOf(295, 413)).toEqual([]);
    expect(aspectOf(413, 579)).toEqual([]);
  });
  it('allows ±5 % of 295:413 and no more', () => {
    expect(aspectOf(434, 579)).toEqual([]);
    expect(aspectOf(435, 579)).toEqual(['photo/aspect:default@p.jpg']);
    expect(aspectOf(393, 579)).toEqual([]);
    expect(aspectOf(392, 579)).toEqual(['photo/aspect:default@p.jpg']);
  });
  it('reports 413×500 (0.826, +15.6 %)', () => {
    const result = checkPhotoFacts(photoFacts({ header: sized(413, 500) }), [aspect]);
    expect(fileCodes(result)).toEqual(['photo/aspect:default@p.jpg']);
    expect(result.findings[0]!.args).toMatchObject({
      width: 413,
      height: 500,
      ratio: '0.826',
      deviation: '+15.6',
    });
  });
  it('measures as displayed, and leaves a landscape photo to photo/orientation', () => {
    const turned = {
      width: 579,
      height: 413,
      displayWidth: 413,
      displayHeight: 579,
      orientation: 6,
    };
    expect(fileCodes(checkPhotoFacts(photoFacts({ header: turned }), [aspect]))).toEqual([]);
    expect(aspectOf(579, 413)).toEqual([]);
  });
  it('is silent on a damaged file', () => {
    const truncated = photoFacts({
      header: sized(413, 500),
      decodeError: { kind: 'truncated', detail: '', marker: 'jpeg-eoi' },
    });
    expect(fileCodes(checkPhotoFacts(truncated, [aspect]))).toEqual([]);
  });
});
