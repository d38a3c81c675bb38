import { describe, expect, it } from 'vitest';
import trailingData from '../../../src/rules/photo/trailing-data.js';
import { checkPhotoFacts, fileCodes, photoFacts } from '../image-facts.js';

const trailing = (bytes: number, trailingBytes: number) =>
  checkPhotoFacts(photoFacts({ bytes, jpegEnd: { found: true, trailingBytes } }), [trailingData]);

describe('photo/trailing-data', () => {
  it('accepts a JPEG that ends with its end marker, or a stray byte or two after it', () => {
    expect(fileCodes(trailing(46_670, 0))).toEqual([]);
    expect(fileCodes(trailing(46_670, 15))).toEqual([]);
  });
  it('reports 8 KB of zero padding after the end marker', () => {
    const result = trailing(46_670 + 8192, 8192);
    expect(fileCodes(result)).toEqual(['photo/trailing-data:default@p.jpg']);
    expect(result.findings[0]!.args['bytes']).toBe(8192);
    expect(fileCodes(trailing(46_670, 16))).toEqual(['photo/trailing-data:default@p.jpg']);
  });
  it('says when the padding is what lifts the file over 10 KB', () => {
    const result = trailing(6_000 + 12 * 1024, 12 * 1024);
    expect(fileCodes(result)).toEqual(['photo/trailing-data:padding@p.jpg']);
    expect(result.findings[0]!.args).toMatchObject({ without: '5.8', min: 10 });
    expect(fileCodes(trailing(10_240 + 12 * 1024, 12 * 1024))).toEqual([
      'photo/trailing-data:default@p.jpg',
    ]);
  });
  it('is silent on a truncated JPEG (no end marker: file/corrupt)', () => {
    const truncated = photoFacts({
      jpegEnd: { found: false },
      decodeError: { kind: 'truncated', detail: '', marker: 'jpeg-eoi' },
    });
    expect(fileCodes(checkPhotoFacts(truncated, [trailingData]))).toEqual([]);
    const unsearched = photoFacts({ jpegEnd: undefined });
    expect(fileCodes(checkPhotoFacts(unsearched, [trailingData]))).toEqual([]);
  });
});
