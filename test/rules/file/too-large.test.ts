import { describe, expect, it } from 'vitest';
import tooLarge from '../../../src/rules/file/too-large.js';
import { renderMessage } from '../../../src/messages/format.js';
import {
  checkAttachmentFacts,
  checkPhotoFacts,
  fileCodes,
  photoFacts,
  scanFacts,
  sized,
} from '../image-facts.js';

const giant = sized(6000, 6000);

describe('file/too-large', () => {
  it('is silent for an ordinary scan', () => {
    expect(fileCodes(checkAttachmentFacts('a.png', scanFacts(), [tooLarge]))).toEqual([]);
  });
  it('reports a 12000×12000 PNG with its dimensions', () => {
    const bomb = scanFacts({
      format: 'png',
      extension: 'png',
      header: { ...sized(12_000, 12_000), space: 'b-w', channels: 1 },
      tooLarge: true,
      pixels: undefined,
    });
    const result = checkAttachmentFacts('a.png', bomb, [tooLarge]);
    expect(fileCodes(result)).toEqual(['file/too-large:default@a.png']);
    expect(result.findings[0]!.args).toMatchObject({
      width: 12000,
      height: 12000,
      megapixels: 144,
      max: 100,
    });
  });
  it('warns that a progressive JPEG over the memory budget was not checked, with the numbers', () => {
    const heavy = photoFacts({
      header: giant,
      heavy: { kind: 'progressive', bytes: 216_000_000, skipped: 'photo' },
      pixels: undefined,
    });
    const result = checkPhotoFacts(heavy, [tooLarge]);
    expect(fileCodes(result)).toEqual(['file/too-large:not-checked@p.jpg']);
    const finding = result.findings[0]!;
    expect(finding.severity).toBe('warning');
    expect(finding.args).toMatchObject({
      width: 6000,
      height: 6000,
      megapixels: 36,
      budget: 96,
      memory: 206,
      fits: 16,
    });
    const zh = renderMessage(finding, { lang: 'zh', showPii: false });
    expect(zh.message).toContain('渐进式 JPEG');
    expect(zh.message).toContain('背景、颜色、清晰度');
    const en = renderMessage(finding, { lang: 'en', showPii: false });
    expect(en.message).toMatch(/progressive JPEG of 6000×6000 px .* about \d+ MB .* 96 MB limit/);
    expect(en.hint).toMatch(
      /baseline \(non-progressive\) JPEG, or scale it down to about \d+ megapixels/,
    );
  });
  it('warns for an interlaced PNG attachment over the budget', () => {
    const heavy = scanFacts({
      format: 'png',
      extension: 'png',
      header: giant,
      heavy: { kind: 'interlaced', bytes: 108_000_000, skipped: 'colour' },
      pixels: undefined,
    });
    const result = checkAttachmentFacts('a.png', heavy, [tooLarge]);
    expect(fileCodes(result)).toEqual(['file/too-large:not-checked@a.png']);
    expect(renderMessage(result.findings[0]!, { lang: 'zh', showPii: false }).message).toContain(
      '彩色/黑白',
    );
  });
  it('is silent for a heavy file whose pixels were not wanted, and a large baseline image', () => {
    const unwanted = scanFacts({
      bytes: 900_000,
      header: giant,
      heavy: { kind: 'progressive', bytes: 216_000_000 },
      pixels: undefined,
    });
    expect(fileCodes(checkAttachmentFacts('a.jpg', unwanted, [tooLarge]))).toEqual([]);
    expect(
      fileCodes(checkAttachmentFacts('a.jpg', scanFacts({ header: giant }), [tooLarge])),
    ).toEqual([]);
  });
});
