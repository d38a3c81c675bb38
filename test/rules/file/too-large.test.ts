import { describe, expect, it } from 'vitest';
import tooLarge from '../../../src/rules/file/too-large.js';
import { renderMessage } from '../../../src/messages/format.js';
import { checkAttachment, checkPhoto, fileCodes } from '../../image-fixtures.js';

describe('file/too-large', () => {
  it('is silent for an ordinary scan', async () => {
    expect(fileCodes(await checkAttachment('a.png', 'scan.png', [tooLarge]))).toEqual([]);
  });
  it('reports a 12000×12000 PNG with its dimensions', async () => {
    const result = await checkAttachment('a.png', 'bomb.png', [tooLarge]);
    expect(fileCodes(result)).toEqual(['file/too-large:default@a.png']);
    expect(result.findings[0]!.args).toMatchObject({
      width: 12000,
      height: 12000,
      megapixels: 144,
      max: 100,
    });
  });
  it('warns that a progressive JPEG over the memory budget was not checked, with the numbers', async () => {
    const result = await checkPhoto('giant-progressive.jpg', [tooLarge]);
    expect(fileCodes(result)).toEqual(['file/too-large:not-checked@p.jpg']);
    const finding = result.findings[0]!;
    expect(finding.severity).toBe('warning');
    expect(finding.args).toMatchObject({ width: 6000, height: 6000, megapixels: 36, budget: 96 });
    expect(finding.args!.memory).toBeGreaterThan(96);
    expect(finding.args!.fits).toBeLessThan(36);
    const zh = renderMessage(finding, { lang: 'zh', showPii: false });
    expect(zh.message).toContain('渐进式 JPEG');
    expect(zh.message).toContain('背景、颜色、清晰度');
    const en = renderMessage(finding, { lang: 'en', showPii: false });
    expect(en.message).toMatch(/progressive JPEG of 6000×6000 px .* about \d+ MB .* 96 MB limit/);
    expect(en.hint).toMatch(
      /baseline \(non-progressive\) JPEG, or scale it down to about \d+ megapixels/,
    );
  });
  it('warns for an interlaced PNG attachment over the budget', async () => {
    const result = await checkAttachment('a.png', 'giant-interlaced.png', [tooLarge]);
    expect(fileCodes(result)).toEqual(['file/too-large:not-checked@a.png']);
  });
  it('is silent for ordinary progressive and large baseline images', async () => {
    expect(fileCodes(await checkPhoto('photo-progressive.jpg', [tooLarge]))).toEqual([]);
    expect(fileCodes(await checkAttachment('a.jpg', 'giant-baseline.jpg', [tooLarge]))).toEqual([]);
  });
});
