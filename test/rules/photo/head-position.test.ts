import { describe, expect, it } from 'vitest';
import headPosition from '../../../src/rules/photo/head-position.js';
import { fileCodes } from '../image-facts.js';
import { checkFace, face, reading } from './face-facts.js';

const at = (offsetPct: number, topPct = 20) =>
  checkFace(reading(face({ offsetPct, topPct })), [headPosition]);

describe('photo/head-position', () => {
  it('accepts a face within 12 % of the width of the centre line, with room above it', () => {
    for (const o of [-12, -5, 0, 5, 12]) expect(fileCodes(at(o))).toEqual([]);
    expect(fileCodes(at(0, 3))).toEqual([]);
  });
  it('warns left or right beyond 12 %, with the offset and the allowance', () => {
    expect(fileCodes(at(-13))).toEqual(['photo/head-position:left@p.jpg']);
    const right = at(25);
    expect(fileCodes(right)).toEqual(['photo/head-position:right@p.jpg']);
    expect(right.findings[0]!.args).toMatchObject({ offset: 25, max: 12 });
  });
  it('warns when the face reaches the top edge (the head is cut off)', () => {
    const cut = at(0, 0);
    expect(fileCodes(cut)).toEqual(['photo/head-position:cut-off@p.jpg']);
    expect(cut.findings[0]!.args).toMatchObject({ top: 0, min: 3 });
  });
  it('is silent without exactly one face', () => {
    expect(fileCodes(checkFace(reading(), [headPosition]))).toEqual([]);
    expect(fileCodes(checkFace(undefined, [headPosition]))).toEqual([]);
  });
});
