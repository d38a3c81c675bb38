/**
 * The image rules on real files: facts gathered with sharp from the generated images
 * (test/image-fixtures.ts), then every image rule at once. One case per rule at least, plus the
 * cases where the facts decide which rule speaks (a truncated file, an EXIF-rotated photo, a file
 * too large to decode). The rules' thresholds are tested on hand-built facts beside each rule.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { ATTACHMENT_RULES } from '../../src/rules/attachment/index.js';
import { FILE_RULES } from '../../src/rules/file/index.js';
import { PHOTO_RULES } from '../../src/rules/photo/index.js';
import { PRIVACY_RULES } from '../../src/rules/privacy/index.js';
import {
  basicProfile,
  checkAttachment,
  checkImages,
  checkPhoto,
  fileCodes,
  fixture,
  makeFolder,
  type FolderFile,
} from '../image-fixtures.js';

const RULES = [...PHOTO_RULES, ...ATTACHMENT_RULES, ...FILE_RULES, ...PRIVACY_RULES];

describe('image rules on real photos (basic.photo)', () => {
  const cases: [FolderFile | (() => Promise<FolderFile>), string[]][] = [
    ['photo.jpg', []],
    ['photo-295.jpg', []],
    ['photo-progressive.jpg', []],
    ['photo-wide.jpg', ['photo/aspect:default@p.jpg']],
    ['photo-blue.jpg', ['photo/background:tinted@p.jpg']],
    ['photo-grey.jpg', ['photo/background:not-white@p.jpg']],
    ['photo-lightgrey.jpg', ['photo/background:off-white@p.jpg']],
    ['photo-cream.jpg', ['photo/background:cast@p.jpg']],
    ['photo-uneven.jpg', ['photo/background:uneven@p.jpg']],
    ['photo-blur.jpg', ['photo/blur:default@p.jpg']],
    ['photo-greyscale.jpg', ['photo/color:greyscale@p.jpg']],
    ['photo-grey-rgb.jpg', ['photo/color:greyscale@p.jpg']],
    ['photo-cmyk.jpg', ['photo/color:cmyk@p.jpg']],
    ['photo.png', ['photo/format:content@p.jpg']],
    ['photo.webp', ['photo/format:content@p.jpg']],
    ['photo.heic', ['photo/format:content@p.jpg']],
    ['photo-small.jpg', ['photo/min-pixels:default@p.jpg']],
    ['photo-tiny.jpg', ['photo/min-size:default@p.jpg']],
    // Stored 579×413 with EXIF orientation 6: measured as displayed, so only the tag is reported.
    ['photo-exif6.jpg', ['photo/orientation:exif@p.jpg']],
    ['photo-landscape.jpg', ['photo/orientation:landscape@p.jpg']],
    ['photo-padded.jpg', ['photo/trailing-data:default@p.jpg']],
    ['photo-upscaled.jpg', ['photo/upscaled:default@p.jpg']],
    ['photo-gps.jpg', ['privacy/gps:default@p.jpg']],
    // No end marker: only file/corrupt speaks, not the header or trailing-data rules.
    ['truncated.jpg', ['file/corrupt:truncated@p.jpg']],
    ['page.html', ['file/corrupt:not-image@p.jpg']],
    [
      async () => {
        const photo = Buffer.from(await readFile(fixture('photo.jpg')));
        const sof = photo.indexOf(Buffer.from([0xff, 0xc0]));
        photo.fill(0, sof + 5, sof + 9);
        return photo;
      },
      ['file/corrupt:corrupt@p.jpg'],
    ],
    ['giant-progressive.jpg', ['file/too-large:not-checked@p.jpg', 'photo/aspect:default@p.jpg']],
  ];
  for (const [source, expected] of cases)
    it(`${typeof source === 'string' ? source : 'a JPEG with a broken frame header'}: ${expected.join(', ') || 'nothing'}`, async () => {
      const file = typeof source === 'function' ? await source() : source;
      expect(fileCodes(await checkPhoto(file, RULES)).sort()).toEqual([...expected].sort());
    });

  it('a JPEG named .png is photo/format:extension', async () => {
    const dir = await makeFolder(basicProfile('p.png'), {
      'p.png': 'photo.jpg',
      'front.jpg': 'scan.jpg',
      'back.jpg': 'scan.jpg',
    });
    expect(fileCodes(await checkImages(dir, RULES))).toEqual(['photo/format:extension@p.png']);
  });
});

describe('image rules on real attachments (basic.id_card.front)', () => {
  const cases: [string, FolderFile | (() => Promise<FolderFile>), string[]][] = [
    ['a.jpg', 'scan.jpg', []],
    ['a.png', 'scan.png', []],
    ['a.png', 'scan-16bit.png', []],
    ['a.png', 'scan-alpha.png', []],
    // 36 MP but baseline: shrunk on load, decoded at little cost.
    ['a.jpg', 'giant-baseline.jpg', []],
    ['a.jpg', 'scan-grey.jpg', ['attachment/color:default@a.jpg']],
    ['a.jpg', 'scan.png', ['attachment/format:extension@a.jpg']],
    [
      'a.jpg',
      'photo.webp',
      ['attachment/format:content@a.jpg', 'attachment/legibility:default@a.jpg'],
    ],
    ['a.jpg', 'scan-small.jpg', ['attachment/legibility:default@a.jpg']],
    // Over 500 KB: not decoded, so attachment/color stays silent.
    ['a.jpg', 'scan-large.jpg', ['attachment/size:too-large@a.jpg']],
    [
      'a.jpg',
      'scan-tiny.jpg',
      ['attachment/size:too-small@a.jpg', 'attachment/legibility:default@a.jpg'],
    ],
    ['a.jpg', 'scan-margin.jpg', ['attachment/size-margin:default@a.jpg']],
    [
      'a.jpg',
      'photo-gps.jpg',
      ['privacy/gps:default@a.jpg', 'attachment/legibility:default@a.jpg'],
    ],
    [
      'a.png',
      async () => {
        const png = await readFile(fixture('scan.png'));
        return png.subarray(0, png.length >> 1);
      },
      ['file/corrupt:truncated@a.png'],
    ],
    ['a.png', 'bomb.png', ['file/too-large:default@a.png']],
    ['a.png', 'giant-interlaced.png', ['file/too-large:not-checked@a.png']],
  ];
  for (const [name, source, expected] of cases)
    it(`${typeof source === 'string' ? source : 'a PNG cut in half'} as ${name}: ${expected.join(', ') || 'nothing'}`, async () => {
      const file = typeof source === 'function' ? await source() : source;
      expect(fileCodes(await checkAttachment(name, file, RULES)).sort()).toEqual(
        [...expected].sort(),
      );
    });
});
