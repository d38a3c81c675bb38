import { describe, expect, it } from 'vitest';
import headTilt from '../../../src/rules/photo/head-tilt.js';
import { fileCodes } from '../image-facts.js';
import { checkFace, face, reading } from './face-facts.js';

const tilted = (tiltDeg: number | undefined) => checkFace(reading(face({ tiltDeg })), [headTilt]);

describe('photo/head-tilt', () => {
  it('accepts an eye line within 8° either way', () => {
    for (const t of [-8, -4, 0, 3.9, 8]) expect(fileCodes(tilted(t))).toEqual([]);
  });
  it('warns beyond 8°, with the angle and the allowance', () => {
    expect(fileCodes(tilted(-9))).toEqual(['photo/head-tilt:default@p.jpg']);
    const r = tilted(16);
    expect(fileCodes(r)).toEqual(['photo/head-tilt:default@p.jpg']);
    expect(r.findings[0]!.args).toMatchObject({ angle: 16, max: 8 });
  });
  it('is silent when the eyes were not found, or without one face', () => {
    expect(fileCodes(tilted(undefined))).toEqual([]);
    expect(fileCodes(checkFace(reading(), [headTilt]))).toEqual([]);
  });
});
