import { chmod, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectFacts } from '../../src/facts/collect.js';
import { Limiter } from '../../src/util/limiter.js';
import { gatherImageFacts } from '../../src/facts/image.js';
import { measurePixels } from '../../src/facts/image/decode.js';
import { readGps } from '../../src/facts/image/header.js';
import type { ImageRole } from '../../src/facts/image-types.js';
import { DECODE_BUDGET_BYTES } from '../../src/platform/limits.js';
import { basicProfile, factsOf, fixture, makeFolder, tempDir } from '../image-fixtures.js';

async function gather(file: string, roles: ImageRole[] = ['photo']) {
  const size = (await stat(file)).size;
  return gatherImageFacts(file, { size, roles: new Set(roles) });
}

describe('gatherImageFacts', () => {
  it('reads header and pixels of a good photo', async () => {
    const f = await gather(fixture('photo.jpg'));
    expect(f).toMatchObject({ format: 'jpeg', extension: 'jpg', tooLarge: false });
    expect(f.jpegEnd).toEqual({ found: true, trailingBytes: 0 });
    expect(f.header).toMatchObject({ width: 413, height: 579, displayWidth: 413, space: 'srgb' });
    expect(f.pixels).toMatchObject({ width: 295, height: 413 });
    expect(f.pixels!.background).toMatchObject({ brightness: 253, tint: 0 });
    expect(f.decodeError).toBeUndefined();
  });

  it('decodes no pixels when no role needs them, or when a header check already fails', async () => {
    expect((await gather(fixture('photo.jpg'), [])).pixels).toBeUndefined();
    // A 2 MB phone picture as an attachment: over 500 KB, attachment/size rejects it unseen.
    const phone = await gather(fixture('scan-large.jpg'), ['attachment']);
    expect(phone.header).toMatchObject({ width: 2400, height: 3200 });
    expect(phone.pixels).toBeUndefined();
    // A photo under 295×413 or 10 KB, or in the wrong format.
    expect((await gather(fixture('photo-small.jpg'))).pixels).toBeUndefined();
    expect((await gather(fixture('photo-tiny.jpg'))).pixels).toBeUndefined();
    expect((await gather(fixture('photo.png'))).pixels).toBeUndefined();
    // The same PNG is worth decoding as an attachment.
    expect((await gather(fixture('scan.png'), ['attachment'])).pixels).toBeDefined();
  });

  it('counts the bytes after the JPEG end marker (8 KB of zero padding)', async () => {
    const f = await gather(fixture('photo-padded.jpg'));
    expect(f.jpegEnd).toEqual({ found: true, trailingBytes: 8192 });
    expect(f.decodeError).toBeUndefined();
  });

  it('finds truncation by the missing end marker, without throwing', async () => {
    const f = await gather(fixture('truncated.jpg'));
    expect(f.header).toMatchObject({ width: 413, height: 579 }); // metadata() does not notice
    expect(f.jpegEnd).toEqual({ found: false });
    // A code, worded in zh or en when rendered (issue 14 item 4), not English prose.
    expect(f.decodeError).toEqual({ kind: 'truncated', detail: '', marker: 'jpeg-eoi' });
    expect(f.pixels).toBeUndefined();
  });

  it('finds damage while decoding when the end marker is intact (a PNG cut in its data)', async () => {
    const png = await readFile(fixture('scan.png'));
    const dir = await tempDir();
    const file = path.join(dir, 'x.png');
    await writeFile(file, Buffer.concat([png.subarray(0, png.length >> 1), png.subarray(-12)]));
    const f = await gather(file, ['attachment']);
    expect(f.header).toBeDefined();
    expect(f.decodeError).toMatchObject({ kind: 'corrupt', cause: 'data' });
    expect(f.decodeError!.detail).toMatch(/png/i);
    expect(f.pixels).toBeUndefined();
  });

  it('does not take an EXIF thumbnail’s end marker for the image’s', async () => {
    const thumbless = await readFile(fixture('photo-gps.jpg'));
    expect((await gather(fixture('photo-gps.jpg'))).jpegEnd).toEqual({
      found: true,
      trailingBytes: 0,
    });
    // A copy cut in the scan data, whose EXIF block holds an FF D9 before the scan starts.
    const sos = thumbless.indexOf(Buffer.from([0xff, 0xda]));
    const withThumb = Buffer.from(thumbless);
    withThumb.set([0xff, 0xd9], sos - 8);
    const dir = await tempDir();
    const file = path.join(dir, 'x.jpg');
    await writeFile(file, withThumb.subarray(0, sos + 2000));
    expect((await gather(file)).jpegEnd).toEqual({ found: false });
  });

  it('reads a JPEG whose header segments run past the first bytes read (large APP segments)', async () => {
    const photo = await readFile(fixture('photo-gps.jpg'));
    const app = Buffer.alloc(65_535 + 2);
    app.set([0xff, 0xef, 0xff, 0xff]); // APP15, 65 535 bytes
    const big = Buffer.concat([photo.subarray(0, 2), app, app, photo.subarray(2)]);
    const dir = await tempDir();
    const file = path.join(dir, 'x.jpg');
    await writeFile(file, big);
    const f = await gather(file);
    expect(f.header).toMatchObject({ width: 413, height: 579 });
    expect(f.header!.gps).toBeDefined();
    expect(f.jpegEnd).toEqual({ found: true, trailingBytes: 0 });
    expect(f.pixels).toBeDefined();
  });

  it('refuses a 12000×12000 PNG fast, reporting its size, with flat memory', async () => {
    const before = process.memoryUsage().rss;
    const started = performance.now();
    const f = await gather(fixture('bomb.png'), ['photo', 'attachment']);
    const ms = performance.now() - started;
    expect(f.tooLarge).toBe(true);
    expect(f.header).toMatchObject({ width: 12000, height: 12000 });
    expect(f.pixels).toBeUndefined();
    expect(ms).toBeLessThan(500);
    expect(process.memoryUsage().rss - before).toBeLessThan(50 * 1024 * 1024);
  });

  it('does not decode a progressive JPEG whose coefficients would exceed the memory budget', async () => {
    const f = await gather(fixture('giant-progressive.jpg'));
    expect(f.header).toMatchObject({ width: 6000, height: 6000 });
    expect(f.tooLarge).toBe(false);
    expect(f.pixels).toBeUndefined();
    expect(f.decodeError).toBeUndefined();
    expect(f.heavy).toMatchObject({ kind: 'progressive', skipped: 'photo' });
    expect(f.heavy!.bytes).toBeGreaterThan(DECODE_BUDGET_BYTES);
    const scan = await gather(fixture('giant-progressive.jpg'), ['attachment']);
    expect(scan.heavy).toMatchObject({ kind: 'progressive', skipped: 'colour' });
  });

  it('does not decode an interlaced PNG over the budget; decodes the same size baseline', async () => {
    const png = await gather(fixture('giant-interlaced.png'), ['attachment']);
    expect(png.heavy).toMatchObject({ kind: 'interlaced', skipped: 'colour' });
    expect(png.pixels).toBeUndefined();
    const baseline = await gather(fixture('giant-baseline.jpg'), ['attachment']);
    expect(baseline.heavy).toBeUndefined();
    expect(baseline.pixels).toMatchObject({ width: 256, height: 256 });
  });

  it('decodes an ordinary progressive photo like the baseline one', async () => {
    const progressive = await gather(fixture('photo-progressive.jpg'));
    const baseline = await gather(fixture('photo.jpg'));
    expect(progressive.heavy).toBeUndefined();
    expect(progressive.pixels!.background).toEqual(baseline.pixels!.background);
    expect(progressive.pixels!.colour).toEqual(baseline.pixels!.colour);
  });

  it('reads CMYK, 16-bit and alpha images into 8-bit sRGB on white', async () => {
    const cmyk = await gather(fixture('photo-cmyk.jpg'));
    expect(cmyk.header).toMatchObject({ space: 'cmyk', channels: 4 });
    expect(cmyk.pixels!.background!.brightness).toBeGreaterThan(245);
    expect(cmyk.pixels!.colour.p99).toBeGreaterThan(30);

    const deep = await gather(fixture('scan-16bit.png'), ['attachment']);
    expect(deep.header).toMatchObject({ depth: 'ushort', space: 'rgb16' });
    expect(deep.pixels!.colour.p999).toBeGreaterThan(100);

    const alpha = await gather(fixture('scan-alpha.png'), ['attachment']);
    expect(alpha.header).toMatchObject({ hasAlpha: true, channels: 4 });
    expect(alpha.pixels!.colour.p999).toBeGreaterThan(100);
    const onWhite = await measurePixels(fixture('scan-alpha.png'));
    expect(onWhite.background!.brightness).toBeGreaterThan(240);
  });

  it('reads an attachment for its colour only, from a smaller copy', async () => {
    const scan = await gather(fixture('scan.jpg'), ['attachment']);
    expect(scan.pixels).toMatchObject({ width: 181, height: 256 });
    expect(scan.pixels!.background).toBeUndefined();
    expect(scan.pixels!.sharpness).toBeUndefined();
    // The same file used as the photo too gets everything.
    const both = await gather(fixture('photo.jpg'), ['photo', 'attachment']);
    expect(both.pixels!.background).toBeDefined();
  });

  it('judges grey from pixels: a grey picture stored as RGB has 3 channels and no spread', async () => {
    const f = await gather(fixture('photo-grey-rgb.jpg'));
    expect(f.header!.channels).toBe(3);
    expect(f.pixels!.colour).toEqual({ p99: 0, p999: 0 });
  });

  it('applies EXIF orientation 6: the displayed picture is measured', async () => {
    const turned = await gather(fixture('photo-exif6.jpg'));
    expect(turned.header).toMatchObject({
      orientation: 6,
      width: 579,
      height: 413,
      displayWidth: 413,
      displayHeight: 579,
    });
    const upright = await gather(fixture('photo.jpg'));
    expect(turned.pixels).toMatchObject({ width: 295, height: 413 });
    expect(turned.pixels!.background!.bands).toEqual(upright.pixels!.background!.bands);
    expect(turned.pixels!.sharpness! / upright.pixels!.sharpness!).toBeCloseTo(1, 1);
  });

  it('reads GPS coordinates from EXIF', async () => {
    const f = await gather(fixture('photo-gps.jpg'));
    expect(f.header!.gps!.latitude).toBeCloseTo(25.034, 3);
    expect(f.header!.gps!.longitude).toBeCloseTo(102.7, 3);
    expect((await gather(fixture('photo.jpg'))).header!.gps).toBeUndefined();
    expect(readGps(Buffer.from('not exif'))).toBeUndefined();
  });

  it('names formats by content whatever the extension', async () => {
    const dir = await makeFolder('scope: 3\n', {
      'a.jpg': 'photo.png',
      'b.jpg': 'photo.webp',
      'c.jpg': 'photo.heic',
      'd.jpg': 'photo.pdf',
      'e.jpg': 'page.html',
    });
    const formats = await Promise.all(
      ['a', 'b', 'c', 'd', 'e'].map(async (n) => (await gather(path.join(dir, `${n}.jpg`))).format),
    );
    expect(formats).toEqual(['png', 'webp', 'heic', 'pdf', 'unknown']);
    const html = await gather(path.join(dir, 'e.jpg'));
    expect(html.head).toBe('3C 21 44 4F 43 54 59 50');
    expect(html.decodeError).toBeUndefined();
    const heic = await gather(path.join(dir, 'c.jpg'));
    expect(heic.header).toBeUndefined();
    expect(heic.decodeError).toBeUndefined();
  });

  it('never throws, even for a path that cannot be read as a file', async () => {
    const dir = await tempDir();
    const f = await gatherImageFacts(dir, { size: 4096, roles: new Set(['photo']) });
    expect(f.format).toBe('unknown');
    expect(f.decodeError?.kind).toBe('corrupt');
  });
});

describe('collectFacts with images', () => {
  it('gathers image facts only when a rule needs them', async () => {
    const dir = await makeFolder(basicProfile('p.jpg'), { 'p.jpg': 'photo.jpg' });
    const without = await collectFacts(dir, { today: '2026-11-26', needs: new Set() });
    expect(without.files.get('p.jpg')!.image).toBeUndefined();
    const withImages = await factsOf(dir);
    expect(withImages.files.get('p.jpg')!.image!.format).toBe('jpeg');
    expect(Object.isFrozen(withImages.files.get('p.jpg')!.image)).toBe(true);
  });

  it('decodes through the limiter a batch passes, one file at a time when told so', async () => {
    const dir = await makeFolder(basicProfile('p.jpg', 'f.jpg', 'b.jpg'), {
      'p.jpg': 'photo.jpg',
      'f.jpg': 'scan.jpg',
      'b.jpg': 'scan.jpg',
    });
    let running = 0;
    let most = 0;
    let decodes = 0;
    class Counting extends Limiter {
      override async run<T>(work: () => Promise<T>): Promise<T> {
        decodes++;
        return super.run(async () => {
          most = Math.max(most, ++running);
          try {
            return await work();
          } finally {
            running--;
          }
        });
      }
    }
    const facts = await collectFacts(dir, {
      today: '2026-11-26',
      needs: new Set(['images']),
      images: { filesInFlight: 1, decodes: new Counting(1) },
    });
    expect(decodes).toBe(3);
    expect(most).toBe(1);
    expect(facts.files.get('p.jpg')!.image!.pixels).toBeDefined();
  });

  it('skips empty, unreadable, directory and outside-link files, and goes on', async () => {
    const outside = await tempDir();
    await writeFile(path.join(outside, 'x.jpg'), await readFile(fixture('photo.jpg')));
    const dir = await makeFolder(basicProfile('p.jpg', 'front.jpg', 'back.jpg'), {
      'p.jpg': Buffer.alloc(0),
      'front.jpg': { dir: true },
      'back.jpg': { link: path.join(outside, 'x.jpg') },
    });
    const facts = await factsOf(dir);
    expect(facts.files.get('p.jpg')).toMatchObject({ access: { status: 'ok', size: 0 } });
    expect(facts.files.get('p.jpg')!.image).toBeUndefined();
    expect(facts.files.get('front.jpg')!.access).toMatchObject({ reason: 'directory' });
    expect(facts.files.get('back.jpg')!.access).toMatchObject({ reason: 'outside-link' });
    expect(facts.files.get('back.jpg')!.image).toBeUndefined();
  });

  it('handles a file without read permission (as root, it is still read)', async () => {
    const dir = await makeFolder(basicProfile('p.jpg'), { 'p.jpg': 'photo.jpg' });
    await chmod(path.join(dir, 'p.jpg'), 0o000);
    const facts = await factsOf(dir);
    const file = facts.files.get('p.jpg')!;
    if (process.getuid?.() === 0) {
      // root bypasses file permissions: nothing stops the read, so the photo is checked normally.
      expect(file.access.status).toBe('ok');
      expect(file.image!.format).toBe('jpeg');
    } else {
      expect(file.access).toMatchObject({ status: 'unreadable', reason: 'permission' });
      expect(file.image).toBeUndefined();
    }
  });
});
