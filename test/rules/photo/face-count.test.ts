import { describe, expect, it } from 'vitest';
import faceCount from '../../../src/rules/photo/face-count.js';
import { fileCodes } from '../image-facts.js';
import { checkFace, face, reading } from './face-facts.js';

const codesOf = (r: Parameters<typeof checkFace>[0]) => fileCodes(checkFace(r, [faceCount]));

describe('photo/face-count', () => {
  it('accepts exactly one face', () => {
    expect(codesOf(reading(face()))).toEqual([]);
  });
  it('reports no face, and several faces with their count', () => {
    expect(codesOf(reading())).toEqual(['photo/face-count:none@p.jpg']);
    const two = checkFace(reading(face({ offsetPct: -25 }), face({ offsetPct: 25 })), [faceCount]);
    expect(fileCodes(two)).toEqual(['photo/face-count:several@p.jpg']);
    expect(two.findings[0]!.args).toMatchObject({ count: 2 });
    expect(two.findings[0]!.severity).toBe('error');
  });
  it('is silent without --deep and on a photo the detector could not read', () => {
    expect(codesOf(undefined)).toEqual([]);
    expect(codesOf({ status: 'unreadable', reason: 'decode' })).toEqual([]);
  });
});
