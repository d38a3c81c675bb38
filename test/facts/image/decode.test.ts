import { describe, expect, it } from 'vitest';
import { errorText } from '../../../src/facts/image/decode.js';

describe('errorText', () => {
  it("keeps the decoder's words on one line, each repeated line once", () => {
    const error = new Error('VipsJpeg: Bogus marker\nVipsJpeg: Bogus marker\nread failed\n');
    expect(errorText(error, 'JPEG header unreadable')).toBe('VipsJpeg: Bogus marker read failed');
  });

  it('says what failed when libvips left its message empty', () => {
    const error = new Error('Input buffer has corrupt header: ');
    expect(errorText(error, 'JPEG header unreadable')).toBe(
      'Input buffer has corrupt header: JPEG header unreadable',
    );
    expect(errorText(new Error(''), 'PNG data unreadable')).toBe('PNG data unreadable');
  });
});
