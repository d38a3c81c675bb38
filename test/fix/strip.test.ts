import { readFile } from 'node:fs/promises';
import { deflateSync } from 'node:zlib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { stripJpeg, stripPng } from '../../src/fix/strip.js';
import { fixture } from '../image-fixtures.js';

const pixels = (b: Buffer | string) => sharp(b).raw().toBuffer();

function crc32(bytes: Buffer): number {
  let c = ~0;
  for (const byte of bytes) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

describe('stripJpeg', () => {
  it('removes EXIF with GPS, keeps every pixel, and is idempotent', async () => {
    const input = await readFile(fixture('photo-gps.jpg'));
    const out = stripJpeg(input)!;
    expect((await sharp(input).metadata()).exif).toBeDefined();
    const m = await sharp(out).metadata();
    expect([m.exif, m.xmp, m.orientation]).toEqual([undefined, undefined, undefined]);
    expect((await pixels(out)).equals(await pixels(input))).toBe(true);
    expect(stripJpeg(out)!.equals(out)).toBe(true);
  });

  it('ends at the first image: padding and appended images (MPF) go', async () => {
    const photo = await readFile(fixture('photo.jpg'));
    const clean = stripJpeg(photo)!;
    expect(stripJpeg(await readFile(fixture('photo-padded.jpg')))!.equals(clean)).toBe(true);
    const appended = Buffer.concat([photo, await readFile(fixture('photo-small.jpg'))]);
    expect(stripJpeg(appended)!.equals(clean)).toBe(true);
  });

  it('keeps the ICC profile the colours depend on, drops a comment', async () => {
    const withIcc = await sharp(fixture('photo.jpg'))
      .withIccProfile('p3')
      .jpeg({ quality: 90 })
      .toBuffer();
    const commented = Buffer.concat([
      withIcc.subarray(0, 2),
      Buffer.from([0xff, 0xfe, 0x00, 0x0a]),
      Buffer.from('secret!!', 'latin1'),
      withIcc.subarray(2),
    ]);
    const out = stripJpeg(commented)!;
    expect(out.includes(Buffer.from('secret!!'))).toBe(false);
    expect((await sharp(out).metadata()).icc).toBeDefined();
    expect((await pixels(out)).equals(await pixels(withIcc))).toBe(true);
  });

  it('gives up on what it does not understand', async () => {
    expect(stripJpeg(await readFile(fixture('truncated.jpg')))).toBeUndefined();
    expect(stripJpeg(Buffer.from('not a jpeg'))).toBeUndefined();
  });
});

describe('stripPng', () => {
  it('removes text and EXIF chunks and anything after IEND, keeping the pixels', async () => {
    const png = await sharp(fixture('photo.png'))
      .withExif({ IFD0: { Make: 'ausm-check test' } })
      .png()
      .toBuffer();
    const iend = png.length - 12;
    const withText = Buffer.concat([
      png.subarray(0, 33),
      chunk('tEXt', Buffer.from('Comment\0taken at home', 'latin1')),
      chunk('zTXt', Buffer.concat([Buffer.from('Author\0\0', 'latin1'), deflateSync('me')])),
      png.subarray(33, iend),
      png.subarray(iend),
      Buffer.from('trailing'),
    ]);
    expect((await sharp(withText).metadata()).exif).toBeDefined();
    const out = stripPng(withText)!;
    expect((await sharp(out).metadata()).exif).toBeUndefined();
    for (const word of ['tEXt', 'zTXt', 'eXIf', 'trailing', 'taken at home'])
      expect(out.includes(Buffer.from(word, 'latin1')), word).toBe(false);
    expect((await pixels(out)).equals(await pixels(png))).toBe(true);
  });

  it('gives up on a PNG cut short', async () => {
    const png = await readFile(fixture('photo.png'));
    expect(stripPng(png.subarray(0, png.length - 20))).toBeUndefined();
  });
});
