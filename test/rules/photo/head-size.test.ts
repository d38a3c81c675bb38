import { describe, expect, it } from 'vitest';
import headSize from '../../../src/rules/photo/head-size.js';
import { fileCodes } from '../image-facts.js';
import { checkFace, face, reading } from './face-facts.js';

const sizeOf = (heightPct: number) =>
  fileCodes(checkFace(reading(face({ heightPct })), [headSize]));

describe('photo/head-size', () => {
  it('accepts a face 30 %–80 % of the photo’s height (framed ID photos measure 54–61 %)', () => {
    for (const h of [30, 45, 57, 61, 80]) expect(sizeOf(h)).toEqual([]);
  });
  it('warns, with the measured height and the range, below 30 % and above 80 %', () => {
    expect(sizeOf(29)).toEqual(['photo/head-size:small@p.jpg']);
    expect(sizeOf(81)).toEqual(['photo/head-size:large@p.jpg']);
    const tiny = checkFace(reading(face({ heightPct: 19 })), [headSize]);
    expect(tiny.findings[0]!.args).toMatchObject({ height: 19, min: 30, max: 80 });
    expect(tiny.findings[0]!.severity).toBe('warning');
  });
  it('is silent with no face, several faces (photo/face-count’s) or without --deep', () => {
    expect(fileCodes(checkFace(reading(), [headSize]))).toEqual([]);
    const two = reading(face({ heightPct: 10 }), face({ heightPct: 10 }));
    expect(fileCodes(checkFace(two, [headSize]))).toEqual([]);
    expect(fileCodes(checkFace(undefined, [headSize]))).toEqual([]);
  });
});
