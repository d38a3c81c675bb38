import { describe, expect, it } from 'vitest';
import legibility from '../../../src/rules/attachment/legibility.js';
import { checkAttachmentFacts, fileCodes, scanFacts, sized } from '../image-facts.js';

const ofSize = (width: number, height: number) =>
  checkAttachmentFacts('a.jpg', scanFacts({ header: sized(width, height) }), [legibility]);

describe('attachment/legibility', () => {
  it('accepts a scan with a short side of 600 px or more', () => {
    expect(fileCodes(ofSize(1240, 1754))).toEqual([]);
    expect(fileCodes(ofSize(600, 849))).toEqual([]);
    expect(fileCodes(ofSize(849, 600))).toEqual([]);
  });
  it('warns for a short side under 600 px, with the sizes', () => {
    const result = ofSize(400, 566);
    expect(fileCodes(result)).toEqual(['attachment/legibility:default@a.jpg']);
    expect(result.findings[0]!.args).toMatchObject({
      width: 400,
      height: 566,
      short: 400,
      min: 600,
    });
    expect(fileCodes(ofSize(849, 599))).toEqual(['attachment/legibility:default@a.jpg']);
  });
  it('is silent on a damaged file', () => {
    const bomb = scanFacts({ header: sized(400, 566), tooLarge: true, pixels: undefined });
    expect(fileCodes(checkAttachmentFacts('a.jpg', bomb, [legibility]))).toEqual([]);
  });
});
