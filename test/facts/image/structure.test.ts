import { describe, expect, it } from 'vitest';
import { sniffFormat } from '../../../src/facts/image/structure.js';

describe('sniffFormat', () => {
  it('knows formats by their first bytes', () => {
    const b = (...parts: (string | number[])[]) =>
      Buffer.concat(
        parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))),
      );
    expect(sniffFormat(b([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpeg');
    expect(sniffFormat(b([0x89], 'PNG\r\n\x1a\n'))).toBe('png');
    expect(sniffFormat(b('RIFF', [1, 2, 3, 4], 'WEBPVP8 '))).toBe('webp');
    expect(sniffFormat(b([0, 0, 0, 0x18], 'ftypheic\0\0\0\0mif1heic'))).toBe('heic');
    expect(sniffFormat(b([0, 0, 0, 0x1c], 'ftypavif\0\0\0\0mif1avifmiaf'))).toBe('avif');
    expect(sniffFormat(b('%PDF-1.7\n'))).toBe('pdf');
    expect(sniffFormat(b('GIF89a'))).toBe('gif');
    expect(sniffFormat(b('BM', [0x36, 0, 1, 0, 0, 0, 0, 0, 0x36, 0, 0, 0]))).toBe('bmp');
    expect(sniffFormat(b('II*\0'))).toBe('tiff');
    expect(sniffFormat(b('<!DOCTYPE html>'))).toBeUndefined();
    expect(sniffFormat(b([]))).toBeUndefined();
  });
});
