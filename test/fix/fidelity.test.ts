import { readFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { encodeToFit, loadPixels, mergeLayout } from '../../src/fix/encode.js';
import { sizeTarget } from '../../src/fix/targets.js';
import { basicProfile, fixture, makeFolder, phonePhoto, tempDir } from '../image-fixtures.js';
import { meanAbsoluteError, runFix } from './fix-helpers.js';

/**
 * The bound for "looks the same", as the mean absolute difference per channel (0–255) of both
 * pictures shrunk to 256 px wide. Measured on the 3000×4000 phone photo below: the fix's output
 * (quality 60 at 82 % of the size) differs by about 1.1, and resampling alone (a lossless copy
 * at 2400 px) by the same 1.1; visible damage starts well above: JPEG quality 30 of the whole
 * picture 2.3, quality 10 4.0, a Gaussian blur of σ 4 2.4. 2.0 lies between the two groups, and
 * the controls below check that it does on every run.
 */
const MAX_MEAN_ERROR = 2;

let phone: Buffer;
beforeAll(async () => {
  phone = await readFile(fixture('phone-3000x4000.jpg'));
});

describe('fix: visual fidelity', () => {
  it(`a 3000×4000 phone photo fitted under 480 000 bytes differs by < ${MAX_MEAN_ERROR}/255 at 256 px`, async () => {
    const dir = await makeFolder(basicProfile('p.jpg', 'front.jpg'), {
      'p.jpg': 'photo.jpg',
      'front.jpg': phone,
      'back.jpg': 'scan.jpg',
    });
    const out = path.join(await tempDir(), 'out');
    await runFix(dir, out);
    const fitted = await readFile(path.join(out, 'front.jpg'));
    expect(fitted.length).toBeLessThanOrEqual(480_000);
    expect(fitted.length).toBeLessThan(phone.length / 5);
    const error = await meanAbsoluteError(phone, fitted);
    expect(error).toBeLessThan(MAX_MEAN_ERROR);

    // The bound tells mush from a faithful copy: these fail it.
    const mush = {
      'quality 10': await sharp(phone).jpeg({ quality: 10 }).toBuffer(),
      'blur σ 4': await sharp(phone).blur(4).jpeg({ quality: 90 }).toBuffer(),
    };
    for (const [name, bytes] of Object.entries(mush))
      expect(await meanAbsoluteError(phone, bytes), name).toBeGreaterThan(MAX_MEAN_ERROR);
  });

  it('lowers the quality before the size: the highest quality that fits, full size kept', async () => {
    const photo = await phonePhoto(1500, 2000, 5);
    const px = await loadPixels(photo);
    const target = sizeTarget({ photo: false, attachment: true }, { width: 1500, height: 2000 });
    const raw = () => sharp(px.data, { raw: { width: px.width, height: px.height, channels: 3 } });
    const size = async (quality: number) => (await raw().jpeg({ quality }).toBuffer()).length;
    // Preconditions: too large at 92, small enough at 60.
    expect(await size(92)).toBeGreaterThan(480_000);
    expect(await size(60)).toBeLessThanOrEqual(480_000);

    const fitted = await encodeToFit(px, target);
    expect([fitted.width, fitted.height, fitted.miss]).toEqual([1500, 2000, undefined]);
    expect(fitted.bytes.length).toBeLessThanOrEqual(480_000);
    expect(fitted.quality).toBeGreaterThan(60);
    expect(await size(fitted.quality + 1)).toBeGreaterThan(480_000);
    expect(await meanAbsoluteError(photo, fitted.bytes)).toBeLessThan(MAX_MEAN_ERROR);
  });

  it('says when nothing honest fits, instead of padding or enlarging', async () => {
    const flat = await sharp({
      create: { width: 400, height: 300, channels: 3, background: '#f0f0f0' },
    })
      .png()
      .toBuffer();
    const px = await loadPixels(flat);
    const target = sizeTarget({ photo: false, attachment: true }, { width: 400, height: 300 });
    expect(target.mayRaise).toBe(false);
    const encoded = await encodeToFit(px, target);
    expect(encoded.miss).toBe('under');
    expect([encoded.width, encoded.height]).toEqual([400, 300]);
  });

  it('lays merged parts out without enlarging any of them', () => {
    const parts = [
      { width: 1240, height: 780 },
      { width: 1000, height: 630 },
      { width: 3000, height: 2000 },
    ];
    for (const layout of ['stack', 'row'] as const) {
      const { boxes } = mergeLayout(parts, layout);
      boxes.forEach((b, i) => {
        expect(b.width).toBeLessThanOrEqual(parts[i]!.width);
        expect(b.height).toBeLessThanOrEqual(parts[i]!.height);
      });
    }
    expect(mergeLayout(parts, 'stack').width).toBe(1000);
    expect(mergeLayout(parts, 'row').height).toBe(630);
  });
});
