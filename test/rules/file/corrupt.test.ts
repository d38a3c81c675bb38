import { describe, expect, it } from 'vitest';
import { renderMessage } from '../../../src/messages/format.js';
import corrupt from '../../../src/rules/file/corrupt.js';
import {
  checkAttachmentFacts,
  checkPhotoFacts,
  fileCodes,
  photoFacts,
  scanFacts,
} from '../image-facts.js';

describe('file/corrupt', () => {
  it('is silent for sound files, and for HEIC/PDF it cannot decode (format rules report those)', () => {
    expect(fileCodes(checkPhotoFacts(photoFacts(), [corrupt]))).toEqual([]);
    const padded = photoFacts({ jpegEnd: { found: true, trailingBytes: 8192 } });
    expect(fileCodes(checkPhotoFacts(padded, [corrupt]))).toEqual([]);
    const heic = photoFacts({ format: 'heic', header: undefined, pixels: undefined });
    expect(fileCodes(checkPhotoFacts(heic, [corrupt]))).toEqual([]);
  });
  it('reports a truncated JPEG (metadata alone would not notice)', () => {
    const truncated = photoFacts({
      jpegEnd: { found: false },
      decodeError: { kind: 'truncated', detail: '', marker: 'jpeg-eoi' },
      pixels: undefined,
    });
    const result = checkPhotoFacts(truncated, [corrupt]);
    expect(fileCodes(result)).toEqual(['file/corrupt:truncated@p.jpg']);
    expect(result.findings[0]!.field).toBe('basic.photo');
    // The marker is a code, worded in the chosen language (issue 14 item 4).
    const zh = renderMessage(result.findings[0]!, { lang: 'zh', showPii: false }).message;
    expect(zh).toBe(
      'p.jpg 不完整（缺少 JPEG 结束标记 FF D9）：文件被截断，可能是复制或下载没有完成',
    );
  });
  it('reports a truncated PNG, as an attachment too', () => {
    const png = scanFacts({
      format: 'png',
      extension: 'png',
      decodeError: { kind: 'truncated', detail: '', marker: 'png-iend' },
      pixels: undefined,
    });
    const result = checkAttachmentFacts('a.png', png, [corrupt]);
    expect(fileCodes(result)).toEqual(['file/corrupt:truncated@a.png']);
    expect(result.findings[0]!.field).toBe('basic.id_card.front');
  });
  it('reports a file that is no image, with its first bytes', () => {
    const html = photoFacts({
      format: 'unknown',
      head: '3C 21 44 4F 43 54 59 50',
      header: undefined,
      pixels: undefined,
    });
    const result = checkPhotoFacts(html, [corrupt]);
    expect(fileCodes(result)).toEqual(['file/corrupt:not-image@p.jpg']);
    expect(result.findings[0]!.args['head']).toBe('3C 21 44 4F 43 54 59 50');
  });
  it("reports a JPEG the decoder refuses, with the decoder's words", () => {
    const broken = photoFacts({
      header: undefined,
      pixels: undefined,
      decodeError: { kind: 'corrupt', detail: 'VipsJpeg: Bogus marker JPEG header unreadable' },
    });
    const result = checkPhotoFacts(broken, [corrupt]);
    expect(fileCodes(result)).toEqual(['file/corrupt:corrupt@p.jpg']);
    expect(result.findings[0]!.args['detail']).toMatch(/JPEG/);
  });
  // Issue 14 item 4: the decoder's English is kept in en; zh says the cause in Chinese.
  it.each([
    ['truncated', 'truncated', 'VipsJpeg: Premature end of input file', /被截断|中断/],
    ['corrupt', 'unsupported', 'Input file contains unsupported image format', /不受支持/],
    ['corrupt', 'header', 'VipsJpeg: Bogus marker JPEG header unreadable', /文件头/],
    ['corrupt', 'data', 'pngload: libspng read error', /图像数据/],
  ] as const)(
    'words a %s (%s) decode error in zh, the decoder’s own in en',
    (kind, cause, detail, zhWords) => {
      const broken = photoFacts({ pixels: undefined, decodeError: { kind, detail, cause } });
      const finding = checkPhotoFacts(broken, [corrupt]).findings[0]!;
      const zh = renderMessage(finding, { lang: 'zh', showPii: false }).message;
      const en = renderMessage(finding, { lang: 'en', showPii: false }).message;
      expect(zh).toMatch(zhWords);
      expect(zh).not.toMatch(/[A-Za-z]{4,}/);
      expect(en).toContain(detail);
    },
  );
});
