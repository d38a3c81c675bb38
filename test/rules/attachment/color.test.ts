import { describe, expect, it } from 'vitest';
import color from '../../../src/rules/attachment/color.js';
import { checkAttachmentFacts, fileCodes, scanFacts } from '../image-facts.js';

const spread = (p999: number) => scanFacts({ pixels: { colour: { p99: p999, p999 } } });

describe('attachment/color', () => {
  it('accepts a colour scan (JPEG or PNG), down to the threshold', () => {
    expect(fileCodes(checkAttachmentFacts('a.jpg', scanFacts(), [color]))).toEqual([]);
    const png = scanFacts({ format: 'png', extension: 'png' });
    expect(fileCodes(checkAttachmentFacts('a.png', png, [color]))).toEqual([]);
    expect(fileCodes(checkAttachmentFacts('a.jpg', spread(8), [color]))).toEqual([]);
  });
  it('judges by the 99.9th percentile: a red stamp on under 1 % of the page is colour', () => {
    const stamp = scanFacts({ pixels: { colour: { p99: 2, p999: 150 } } });
    expect(fileCodes(checkAttachmentFacts('a.jpg', stamp, [color]))).toEqual([]);
  });
  it('warns for a grey scan, with the measure', () => {
    const result = checkAttachmentFacts('a.jpg', spread(7), [color]);
    expect(fileCodes(result)).toEqual(['attachment/color:default@a.jpg']);
    expect(result.findings[0]!.severity).toBe('warning');
    expect(result.findings[0]!.args).toMatchObject({ spread: 7, threshold: 8 });
  });
  it('warns for a grey colour space from the header, without pixels', () => {
    const grey = scanFacts({ header: { space: 'b-w', channels: 1 }, pixels: undefined });
    const result = checkAttachmentFacts('a.jpg', grey, [color]);
    expect(fileCodes(result)).toEqual(['attachment/color:default@a.jpg']);
    expect(result.findings[0]!.args).toMatchObject({ spread: 0 });
  });
  it('is silent without pixels (not decoded: over the size limit), in a wrong format, or damaged', () => {
    expect(
      fileCodes(
        checkAttachmentFacts('a.jpg', scanFacts({ bytes: 900_000, pixels: undefined }), [color]),
      ),
    ).toEqual([]);
    const webp = scanFacts({ format: 'webp', pixels: { colour: { p99: 0, p999: 0 } } });
    expect(fileCodes(checkAttachmentFacts('a.jpg', webp, [color]))).toEqual([]);
    const broken = scanFacts({
      header: { space: 'b-w' },
      decodeError: { kind: 'corrupt', detail: 'VipsJpeg: Bogus marker' },
    });
    expect(fileCodes(checkAttachmentFacts('a.jpg', broken, [color]))).toEqual([]);
  });
});
