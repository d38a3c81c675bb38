import { describe, expect, it } from 'vitest';
import size from '../../../src/rules/attachment/size.js';
import { checkAttachmentFacts, fileCodes, scanFacts } from '../image-facts.js';

const ofBytes = (bytes: number) =>
  checkAttachmentFacts('a.jpg', scanFacts({ bytes, pixels: undefined }), [size]);

describe('attachment/size', () => {
  it('accepts more than 20 KB up to 500 KB (1024 bytes each)', () => {
    expect(fileCodes(ofBytes(199_934))).toEqual([]);
    expect(fileCodes(ofBytes(20_481))).toEqual([]);
    expect(fileCodes(ofBytes(505_000))).toEqual([]);
    expect(fileCodes(ofBytes(512_000))).toEqual([]);
  });
  it('reports a phone photo of over 500 KB with its size', () => {
    const result = ofBytes(2_400_000);
    expect(fileCodes(result)).toEqual(['attachment/size:too-large@a.jpg']);
    expect(result.findings[0]!.args).toMatchObject({ max: 500, size: '2344', bytes: 2_400_000 });
    expect(fileCodes(ofBytes(512_001))).toEqual(['attachment/size:too-large@a.jpg']);
  });
  it('reports 20 KB or less', () => {
    const result = ofBytes(20_480);
    expect(fileCodes(result)).toEqual(['attachment/size:too-small@a.jpg']);
    expect(result.findings[0]!.args).toMatchObject({ min: 20, size: '20.0' });
    expect(result.findings[0]!.args['field']).toBeUndefined();
    expect(result.findings[0]!.field).toBe('basic.id_card.front');
  });
  it('is silent on a file in a wrong format or damaged', () => {
    const heic = scanFacts({
      bytes: 2_400_000,
      format: 'heic',
      header: undefined,
      pixels: undefined,
    });
    expect(fileCodes(checkAttachmentFacts('a.jpg', heic, [size]))).toEqual([]);
    const bomb = scanFacts({ bytes: 900_000, tooLarge: true, pixels: undefined });
    expect(fileCodes(checkAttachmentFacts('a.jpg', bomb, [size]))).toEqual([]);
  });
});
