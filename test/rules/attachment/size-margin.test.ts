import { describe, expect, it } from 'vitest';
import sizeMargin from '../../../src/rules/attachment/size-margin.js';
import { checkAttachmentFacts, fileCodes, scanFacts } from '../image-facts.js';

const ofBytes = (bytes: number) =>
  checkAttachmentFacts('a.jpg', scanFacts({ bytes, pixels: undefined }), [sizeMargin]);

describe('attachment/size-margin', () => {
  it('is silent well within the limits, and over them (attachment/size reports that)', () => {
    expect(fileCodes(ofBytes(199_934))).toEqual([]);
    expect(fileCodes(ofBytes(500_000))).toEqual([]);
    expect(fileCodes(ofBytes(512_001))).toEqual([]);
    expect(fileCodes(ofBytes(20_480))).toEqual([]);
    expect(fileCodes(ofBytes(20_481))).toEqual([]);
  });
  it('warns from 500 001 to 512 000 bytes: within 500 KB at 1024 bytes, over it at 1000', () => {
    expect(fileCodes(ofBytes(500_001))).toEqual(['attachment/size-margin:default@a.jpg']);
    expect(fileCodes(ofBytes(512_000))).toEqual(['attachment/size-margin:default@a.jpg']);
  });
  it('warns at 505 000 bytes: 493.2 KB at 1024, 505.0 kB at 1000', () => {
    const result = ofBytes(505_000);
    expect(fileCodes(result)).toEqual(['attachment/size-margin:default@a.jpg']);
    expect(result.findings[0]!.args).toMatchObject({ bytes: 505_000, kib: '493.2', kb: '505.0' });
  });
  it('is silent on a file in a wrong format', () => {
    const webp = scanFacts({ bytes: 505_000, format: 'webp' });
    expect(fileCodes(checkAttachmentFacts('a.jpg', webp, [sizeMargin]))).toEqual([]);
  });
});
