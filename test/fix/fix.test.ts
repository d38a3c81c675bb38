import { cp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { runRules } from '../../src/engine/run.js';
import { loadPixels } from '../../src/fix/encode.js';
import { planFix } from '../../src/fix/plan.js';
import { FIX_MAX_PIXELS } from '../../src/platform/limits.js';
import type { FileJob } from '../../src/fix/types.js';
import { RULES } from '../../src/rules/index.js';
import {
  REPO_ROOT,
  basicProfile,
  factsOf,
  fixture,
  makeFolder,
  portrait,
  scan,
  tempDir,
  type FolderFile,
} from '../image-fixtures.js';
import {
  hashTree,
  meanAbsoluteError,
  recheck,
  rulesAbout,
  runFix,
  withGps,
} from './fix-helpers.js';

/** A folder, fixed into a fresh OUT; DIR hashed before and after. */
async function fixFolder(
  profile: string,
  files: Readonly<Record<string, FolderFile>>,
  options: Parameters<typeof runFix>[2] = {},
) {
  const dir = await makeFolder(profile, files);
  const out = path.join(await tempDir(), 'out');
  const before = await recheck(dir);
  const hashes = await hashTree(dir);
  const plan = planFix(await factsOf(dir), before);
  const run = await runFix(dir, out, options);
  expect(await hashTree(dir), 'DIR must be byte-for-byte unchanged').toEqual(hashes);
  await expectInvariants(dir, out, plan.jobs);
  return { dir, out, before, run, after: await recheck(out) };
}

/**
 * What holds for every file fix writes: never more pixels than its input (for a merge, than
 * its parts together), never a longer side; and a file it rewrote carries no EXIF (no GPS).
 */
async function expectInvariants(dir: string, out: string, jobs: readonly FileJob[]) {
  for (const job of jobs) {
    const written = await meta(path.join(out, job.output)).catch(() => undefined);
    if (!written) continue;
    const inputs = await Promise.all(job.inputs.map((n) => meta(path.join(dir, n))));
    const shown = inputs.map((m) => ({
      width: m.autoOrient?.width ?? m.width,
      height: m.autoOrient?.height ?? m.height,
    }));
    const pixels = shown.reduce((n, s) => n + s.width * s.height, 0);
    expect(written.width * written.height, job.output).toBeLessThanOrEqual(pixels);
    if (job.inputs.length === 1) {
      expect(written.width, job.output).toBeLessThanOrEqual(shown[0]!.width);
      expect(written.height, job.output).toBeLessThanOrEqual(shown[0]!.height);
    }
    if (job.method !== 'copy') {
      expect(written.exif, job.output).toBeUndefined();
      expect(written.xmp, job.output).toBeUndefined();
    }
  }
}

/** The scope-3 profile of image-fixtures with good ID scans, and the photo under test. */
async function fixPhoto(name: string, source: FolderFile) {
  return fixFolder(basicProfile(name), {
    [name]: source,
    'front.jpg': 'scan.jpg',
    'back.jpg': 'scan.jpg',
  });
}

/** The photo is fine; the file under test is the ID card's front side. */
async function fixAttachment(name: string, source: FolderFile) {
  return fixFolder(basicProfile('p.jpg', name), {
    'p.jpg': 'photo.jpg',
    [name]: source,
    'back.jpg': 'scan.jpg',
  });
}

async function meta(file: string | Buffer) {
  return sharp(file).metadata();
}

async function pixelsOf(file: string | Buffer): Promise<Buffer> {
  return sharp(file).raw().toBuffer();
}

/** Mean of each channel in a region (sharp's stats() would describe the whole input). */
async function regionMean(
  file: string,
  region: { left: number; top: number; width: number; height: number },
): Promise<number[]> {
  const { data, info } = await sharp(file)
    .extract(region)
    .raw()
    .toBuffer({ resolveWithObject: true });
  const sums = new Array<number>(info.channels).fill(0);
  for (let i = 0; i < data.length; i++) sums[i % info.channels]! += data[i]!;
  return sums.map((s) => s / (data.length / info.channels));
}

/** Every output is no larger in pixels than the inputs it came from. */
async function expectNotEnlarged(dir: string, out: string, pairs: [string, string][]) {
  for (const [input, output] of pairs) {
    const a = await meta(path.join(dir, input));
    const b = await meta(path.join(out, output));
    const w = a.autoOrient?.width ?? a.width;
    const h = a.autoOrient?.height ?? a.height;
    expect(b.width * b.height, `${output} from ${input}`).toBeLessThanOrEqual(w * h);
    expect(Math.max(b.width, b.height)).toBeLessThanOrEqual(Math.max(w, h));
  }
}

let phone: Buffer;
beforeAll(async () => {
  phone = await readFile(fixture('phone-3000x4000.jpg'));
});

describe('fix: the standard photo', () => {
  it('converts a PNG photo to JPEG, renames it .jpg and points profile.yaml at it', async () => {
    const r = await fixPhoto('证件照.png', 'photo.png');
    expect(rulesAbout(r.before, '证件照.png')).toContain('photo/format');
    expect(r.after.findings.filter((f) => f.rule.startsWith('photo/'))).toEqual([]);
    const m = await meta(path.join(r.out, '证件照.jpg'));
    expect(m.format).toBe('jpeg');
    expect(m.exif).toBeUndefined();
    const profile = await readFile(path.join(r.out, 'profile.yaml'), 'utf8');
    expect(profile).toMatch(/photo: "?证件照\.jpg"?\n/);
    expect(await readdir(r.out)).not.toContain('证件照.png');
    expect(r.run.stdout).toMatch(/修复前\s+证件照\.png\s.*标准证件照应是 \.jpg 格式的 JPEG 图片/);
    expect(r.run.stdout).toMatch(/修复后\s+证件照\.jpg\s.*无/);
    await expectNotEnlarged(r.dir, r.out, [['证件照.png', '证件照.jpg']]);
  });

  it('bakes EXIF orientation 6 into the pixels', async () => {
    const r = await fixPhoto('p.jpg', 'photo-exif6.jpg');
    expect(rulesAbout(r.before, 'p.jpg')).toContain('photo/orientation');
    expect(rulesAbout(r.after, 'p.jpg')).toEqual([]);
    const m = await meta(path.join(r.out, 'p.jpg'));
    expect([m.width, m.height, m.orientation, m.exif]).toEqual([413, 579, undefined, undefined]);
    // Upright: the same picture as the original displayed.
    expect(
      await meanAbsoluteError(
        await sharp(fixture('photo-exif6.jpg')).autoOrient().png().toBuffer(),
        path.join(r.out, 'p.jpg'),
      ),
    ).toBeLessThan(2);
  });

  it('removes GPS and all EXIF without re-encoding the picture', async () => {
    const r = await fixPhoto('p.jpg', 'photo-gps.jpg');
    expect(rulesAbout(r.before, 'p.jpg')).toEqual(['privacy/gps']);
    expect(rulesAbout(r.after, 'p.jpg')).toEqual([]);
    const out = path.join(r.out, 'p.jpg');
    const m = await meta(out);
    expect([m.exif, m.xmp, m.iptc]).toEqual([undefined, undefined, undefined]);
    expect(await readFile(out)).not.toContain(Buffer.from('ausm-check test'));
    expect((await pixelsOf(out)).equals(await pixelsOf(fixture('photo-gps.jpg')))).toBe(true);
    expect(r.run.stdout).toContain('无损处理');
  });

  it('turns a CMYK photo into sRGB colour', async () => {
    const r = await fixPhoto('p.jpg', 'photo-cmyk.jpg');
    expect(rulesAbout(r.before, 'p.jpg')).toContain('photo/color');
    expect(rulesAbout(r.after, 'p.jpg')).toEqual([]);
    const m = await meta(path.join(r.out, 'p.jpg'));
    expect([m.space, m.channels, m.depth]).toEqual(['srgb', 3, 'uchar']);
  });

  it('drops padding after the end marker, keeping the picture bit for bit', async () => {
    const r = await fixPhoto('p.jpg', 'photo-padded.jpg');
    expect(rulesAbout(r.before, 'p.jpg')).toEqual(['photo/trailing-data']);
    expect(rulesAbout(r.after, 'p.jpg')).toEqual([]);
    const original = await readFile(fixture('photo.jpg'));
    expect((await readFile(path.join(r.out, 'p.jpg'))).length).toBeLessThanOrEqual(original.length);
    expect((await pixelsOf(path.join(r.out, 'p.jpg'))).equals(await pixelsOf(original))).toBe(true);
  });
});

describe('fix: attachments', () => {
  it('recompresses a 3000×4000 phone photo under 480 000 bytes, never below 1200 px', async () => {
    const r = await fixAttachment('front.jpg', phone);
    expect(rulesAbout(r.before, 'front.jpg')).toContain('attachment/size');
    expect(rulesAbout(r.after, 'front.jpg')).toEqual([]);
    const file = path.join(r.out, 'front.jpg');
    const bytes = (await stat(file)).size;
    expect(bytes).toBeLessThanOrEqual(480_000);
    expect(bytes).toBeGreaterThan(21 * 1024);
    const m = await meta(file);
    expect(Math.max(m.width, m.height)).toBeGreaterThanOrEqual(1200);
    expect(m.width / m.height).toBeCloseTo(3000 / 4000, 2);
    await expectNotEnlarged(r.dir, r.out, [['front.jpg', 'front.jpg']]);
  });

  it('turns a 16-bit PNG with transparency into an 8-bit sRGB JPEG on white', async () => {
    const { data, info } = await sharp(await scan({ width: 1240, height: 1754 }))
      .ensureAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    // The top-left 200×200 corner fully transparent.
    for (let y = 0; y < 200; y++)
      for (let x = 0; x < 200; x++) data[(y * info.width + x) * 4 + 3] = 0;
    const png = await sharp(data, { raw: { width: info.width, height: info.height, channels: 4 } })
      .toColourspace('rgb16')
      .png()
      .toBuffer();
    const input = await meta(png);
    expect([input.depth, input.hasAlpha]).toEqual(['ushort', true]);

    const r = await fixAttachment('back-16.png', png);
    expect(rulesAbout(r.before, 'back-16.png')).toContain('attachment/size');
    expect(rulesAbout(r.after, 'back-16.jpg')).toEqual([]);
    const out = path.join(r.out, 'back-16.jpg');
    const m = await meta(out);
    expect([m.format, m.depth, m.hasAlpha, m.channels, m.space]).toEqual([
      'jpeg',
      'uchar',
      false,
      3,
      'srgb',
    ]);
    const corner = await regionMean(out, { left: 10, top: 10, width: 50, height: 50 });
    for (const mean of corner) expect(mean).toBeGreaterThan(250);
    expect(await readFile(path.join(r.out, 'profile.yaml'), 'utf8')).toContain(
      'front: back-16.jpg',
    );
  });

  it('merges two files of one ID side into one image of the same content', async () => {
    const sideA = await sharp(await scan({ width: 1240, height: 780, seed: 3 }))
      .jpeg({ quality: 90 })
      .toBuffer();
    const sideB = await sharp(await scan({ width: 1000, height: 630, seed: 4 }))
      .jpeg({ quality: 90 })
      .toBuffer();
    const profile = `scope: 3\nbasic:\n  photo: p.jpg\n  id_card:\n    # two photos of the portrait side\n    front: [a.jpg, b.jpg] # keep this comment\n    back: back.jpg\n`;
    const r = await fixFolder(profile, {
      'p.jpg': 'photo.jpg',
      'a.jpg': sideA,
      'b.jpg': sideB,
      'back.jpg': 'scan.jpg',
    });
    expect(r.before.findings.map((f) => f.rule)).toContain('attachment/merge');
    expect(r.after.findings.map((f) => f.rule)).not.toContain('attachment/merge');
    const text = await readFile(path.join(r.out, 'profile.yaml'), 'utf8');
    expect(text).toContain('front: a-merged.jpg # keep this comment');
    expect(text).toContain('# two photos of the portrait side');
    expect((await readdir(r.out)).sort()).toEqual(
      ['a-merged.jpg', 'back.jpg', 'p.jpg', 'profile.yaml'].sort(),
    );

    // Landscape parts one under the other, at the narrower part's width (never enlarged).
    const merged = path.join(r.out, 'a-merged.jpg');
    const m = await meta(merged);
    expect(m.width).toBe(1000);
    expect(m.height).toBe(629 + 20 + 630);
    const region = (top: number, height: number) =>
      sharp(merged).extract({ left: 0, top, width: 1000, height }).png().toBuffer();
    const partA = await sharp(sideA).resize(1000, 629, { fit: 'fill' }).png().toBuffer();
    expect(await meanAbsoluteError(partA, await region(0, 629))).toBeLessThan(2);
    expect(await meanAbsoluteError(sideB, await region(649, 630))).toBeLessThan(2);
    const gap = await regionMean(merged, { left: 0, top: 632, width: 1000, height: 14 });
    for (const mean of gap) expect(mean).toBeGreaterThan(250);
  });

  it('renames a JPEG named .png to .jpg without recompressing it', async () => {
    const jpeg = await readFile(fixture('scan.jpg'));
    const r = await fixAttachment('front.png', jpeg);
    expect(rulesAbout(r.before, 'front.png')).toContain('attachment/format');
    expect(rulesAbout(r.after, 'front.jpg')).toEqual([]);
    const out = await readFile(path.join(r.out, 'front.jpg'));
    expect(out.equals(jpeg)).toBe(true);
  });

  it('converts a WebP attachment to JPEG', async () => {
    const webp = await sharp(fixture('scan.jpg')).webp({ quality: 90 }).toBuffer();
    const r = await fixAttachment('front.webp', webp);
    expect(rulesAbout(r.before, 'front.webp')).toContain('attachment/format');
    expect(rulesAbout(r.after, 'front.jpg')).toEqual([]);
  });

  it('re-encodes a too-small scan at a higher quality when it has the pixels, without padding', async () => {
    const small = await sharp(await scan({ width: 620, height: 877, grain: 10 }))
      .jpeg({ quality: 5 })
      .toBuffer();
    expect(small.length).toBeLessThanOrEqual(20 * 1024);
    const r = await fixAttachment('front.jpg', small);
    expect(rulesAbout(r.before, 'front.jpg')).toContain('attachment/size');
    expect(rulesAbout(r.after, 'front.jpg')).toEqual([]);
    const out = await readFile(path.join(r.out, 'front.jpg'));
    const m = await meta(path.join(r.out, 'front.jpg'));
    expect([m.width, m.height]).toEqual([620, 877]);
    // All of it is picture: nothing after the end-of-image marker.
    expect(out.subarray(-2).equals(Buffer.from([0xff, 0xd9]))).toBe(true);
    expect(r.after.findings.map((f) => f.rule)).not.toContain('photo/trailing-data');
  });

  it('keeps a name taken by another material: the converted file gets a new one', async () => {
    const profile = `scope: 3\nbasic:\n  photo: p.png\n  id_card:\n    front: p.jpg\n    back: back.jpg\n`;
    const r = await fixFolder(profile, {
      'p.png': 'photo.png',
      'p.jpg': 'scan.jpg',
      'back.jpg': 'scan.jpg',
    });
    expect((await readdir(r.out)).sort()).toEqual(
      ['back.jpg', 'p-2.jpg', 'p.jpg', 'profile.yaml'].sort(),
    );
    const text = await readFile(path.join(r.out, 'profile.yaml'), 'utf8');
    expect(text).toContain('photo: p-2.jpg');
    expect(text).toContain('front: p.jpg');
    expect(
      (await readFile(path.join(r.out, 'p.jpg'))).equals(await readFile(fixture('scan.jpg'))),
    ).toBe(true);
    expect(rulesAbout(r.after, 'p-2.jpg')).toEqual([]);
  });
});

describe('fix: what it must not fix', () => {
  it('never enlarges a 200×280 photo: says to use the original, does not call it fixed', async () => {
    const tiny = await sharp(await portrait())
      .resize(200, 280)
      .jpeg({ quality: 90 })
      .toBuffer();
    const r = await fixPhoto('p.jpg', tiny);
    expect(rulesAbout(r.before, 'p.jpg')).toContain('photo/min-pixels');
    expect(rulesAbout(r.after, 'p.jpg')).toContain('photo/min-pixels');
    const m = await meta(path.join(r.out, 'p.jpg'));
    expect([m.width, m.height]).toEqual([200, 280]);
    expect(r.run.code).toBe(1);
    expect(r.run.stdout).toContain('无法自动修复');
    expect(r.run.stdout).toContain('禁止将像素数量不满足要求的照片进行放大后使用');
    const plan = planFix(await factsOf(r.dir), r.before);
    expect(plan.jobs.flatMap((j) => j.fixes).map((f) => f.rule)).not.toContain('photo/min-pixels');
    expect(plan.unfixable.map((u) => [u.finding.rule, u.advice])).toContainEqual([
      'photo/min-pixels',
      'never-enlarge',
    ]);
  });

  it('leaves a blue background to the person: retake on white, no background replacement', async () => {
    const r = await fixPhoto('p.jpg', 'photo-blue.jpg');
    expect(rulesAbout(r.after, 'p.jpg')).toContain('photo/background');
    expect(
      (await readFile(path.join(r.out, 'p.jpg'))).equals(await readFile(fixture('photo-blue.jpg'))),
    ).toBe(true);
    expect(r.run.stdout).toContain('在白色背景前重新拍摄');
    expect(r.run.stdout).toContain('本工具不替换背景');
    expect(r.run.stdout).toMatch(/原样复制/);
  });

  it('does not inflate a scan with too few pixels: asks for a better scan', async () => {
    const r = await fixAttachment('front.jpg', 'scan-tiny.jpg');
    expect(rulesAbout(r.before, 'front.jpg')).toContain('attachment/size');
    expect(rulesAbout(r.after, 'front.jpg')).toContain('attachment/size');
    expect(
      (await readFile(path.join(r.out, 'front.jpg'))).equals(
        await readFile(fixture('scan-tiny.jpg')),
      ),
    ).toBe(true);
    expect(r.run.stdout).toContain('短边不少于 600 像素');
  });
});

describe('fix: bounded memory', () => {
  it('shrinks a photo over FIX_MAX_PIXELS on load and says so', async () => {
    const big = await sharp({
      create: { width: 3000, height: 4500, channels: 3, background: '#f4f4f4' },
    })
      .png()
      .toBuffer();
    const r = await fixPhoto('p.png', big);
    const m = await meta(path.join(r.out, 'p.jpg'));
    expect(m.width * m.height).toBeLessThanOrEqual(FIX_MAX_PIXELS);
    expect(m.width / m.height).toBeCloseTo(3000 / 4500, 2);
    expect(r.run.stdout).toMatch(/缩小到 \d+%/);
  });

  it('does not decode a progressive JPEG over the memory budget: copied, with the advice', async () => {
    const r = await fixPhoto('p.jpg', 'giant-progressive.jpg');
    expect(rulesAbout(r.before, 'p.jpg')).toContain('file/too-large');
    const plan = planFix(await factsOf(r.dir), r.before);
    expect(plan.jobs.find((j) => j.output === 'p.jpg')?.method).toBe('copy');
    expect(plan.unfixable.map((u) => [u.finding.rule, u.advice])).toContainEqual([
      'file/too-large',
      'too-large-file',
    ]);
    await expect(loadPixels(fixture('giant-progressive.jpg'))).rejects.toThrow(/over 96 MB/);
  });

  it('loadPixels keeps an image within maxPixels, the aspect and the scale', async () => {
    const px = await loadPixels(fixture('photo.jpg'), 60_000);
    expect(px.width * px.height).toBeLessThanOrEqual(60_000);
    expect(px.scale).toBeCloseTo(px.width / 413, 5);
    const full = await loadPixels(fixture('photo.jpg'));
    expect([full.width, full.height, full.scale]).toEqual([413, 579, undefined]);
  });
});

describe('fix: the command', () => {
  it('exit 0 when OUT is ready: an example folder with a PNG photo and a GPS-tagged scan', async () => {
    const dir = path.join(await tempDir(), 'applicant');
    await cp(path.join(REPO_ROOT, 'examples/scope-2-qualified'), dir, { recursive: true });
    await sharp(path.join(dir, '证件照.jpg')).png().toFile(path.join(dir, '证件照.png'));
    await rm(path.join(dir, '证件照.jpg'));
    const gps = await withGps(path.join(dir, '毕业证.jpg'));
    await writeFile(path.join(dir, '毕业证.jpg'), gps);
    const before = await recheck(dir);
    expect(before.ready).toBe(false);
    expect(before.findings.map((f) => f.rule)).toEqual(
      expect.arrayContaining(['photo/format', 'privacy/gps']),
    );
    const hashes = await hashTree(dir);
    const out = path.join(path.dirname(dir), 'fixed');
    const run = await runFix(dir, out);
    expect(run.stderr).toBe('');
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toContain('可以提交');
    expect(await hashTree(dir)).toEqual(hashes);
    const after = await recheck(out);
    expect(after.ready).toBe(true);
    expect(after.findings.map((f) => f.rule)).not.toContain('privacy/gps');
    // The photo was found by file name; its new name is now written into the profile.
    const text = await readFile(path.join(out, 'profile.yaml'), 'utf8');
    expect(text).toMatch(/photo: "?证件照\.jpg"?/);
    expect(text).toContain('# 示例：采集范围 ②');
    expect((await meta(path.join(out, '毕业证.jpg'))).exif).toBeUndefined();
  });

  it('refuses, exit 2 with one line and nothing written: no --out, OUT = DIR, inside DIR, around DIR, not empty', async () => {
    const dir = await makeFolder(basicProfile('p.png'), { 'p.png': 'photo.png' });
    const hashes = await hashTree(dir);
    const parent = path.dirname(dir);
    const notEmpty = await tempDir();
    await writeFile(path.join(notEmpty, 'x.txt'), 'x');
    for (const [out, words] of [
      [undefined, '--out'],
      [dir, '不能是申请人文件夹'],
      [path.join(dir, 'fixed'), '不能是申请人文件夹'],
      [parent, '包含申请人文件夹'],
      [notEmpty, '--force'],
    ] as const) {
      const run = await runFix(dir, out);
      expect(run.code, String(out)).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toContain(words);
    }
    expect(await hashTree(dir)).toEqual(hashes);
    expect(await readdir(notEmpty)).toEqual(['x.txt']);
    expect((await runFix(path.join(dir, 'nope'), path.join(parent, 'o'))).code).toBe(2);
  });

  it('--force writes into a folder that is not empty', async () => {
    const dir = await makeFolder(basicProfile('p.png'), { 'p.png': 'photo.png' });
    const out = await tempDir();
    await writeFile(path.join(out, 'notes.txt'), 'mine');
    const run = await runFix(dir, out, { force: true });
    expect(run.code).not.toBe(2);
    expect(await readdir(out)).toEqual(expect.arrayContaining(['notes.txt', 'p.jpg']));
  });

  it('--dry-run prints the plan and writes nothing', async () => {
    const dir = await makeFolder(basicProfile('p.png'), {
      'p.png': 'photo.png',
      'front.jpg': phone,
      'back.jpg': 'photo-blue.jpg',
    });
    const hashes = await hashTree(dir);
    const out = path.join(await tempDir(), 'out');
    const run = await runFix(dir, out, { dryRun: true });
    expect(run.stdout).toContain('--dry-run');
    expect(run.stdout).toContain('p.png → p.jpg');
    expect(run.stdout).toContain('PNG 转为 JPEG');
    expect(run.stdout).toContain('重新压缩到 480 000 字节以内');
    expect(run.stdout).toContain('profile.yaml：basic.photo 改为 p.jpg');
    await expect(stat(out)).rejects.toThrow();
    expect(await hashTree(dir)).toEqual(hashes);
  });

  it('speaks English with --lang en', async () => {
    const r = await fixFolder(
      basicProfile('p.png'),
      { 'p.png': 'photo.png', 'front.jpg': 'scan.jpg', 'back.jpg': 'scan.jpg' },
      { lang: 'en' },
    );
    expect(r.run.stdout).toContain('before');
    expect(r.run.stdout).toContain('after');
    expect(r.run.stdout).toContain('Findings');
    expect(r.run.stdout).not.toMatch(/修复|原样/);
  });

  it('writes only into OUT, including sub-folders the profile names', async () => {
    const dir = await makeFolder(basicProfile('photos/p.png', 'scans/front.jpg'), {
      photos: { dir: true },
      scans: { dir: true },
      'back.jpg': 'scan.jpg',
    });
    await writeFile(path.join(dir, 'photos/p.png'), await readFile(fixture('photo.png')));
    await writeFile(path.join(dir, 'scans/front.jpg'), await readFile(fixture('photo-gps.jpg')));
    const out = path.join(await tempDir(), 'out');
    const hashes = await hashTree(dir);
    const run = await runFix(dir, out);
    expect(await hashTree(dir)).toEqual(hashes);
    expect(Object.keys(await hashTree(out)).sort()).toEqual(
      ['back.jpg', 'photos/p.jpg', 'profile.yaml', 'scans/front.jpg'].sort(),
    );
    expect(run.stdout).toContain('photos/p.png');
    const after = await recheck(out);
    expect(after.findings.filter((f) => f.file !== undefined && f.rule === 'privacy/gps')).toEqual(
      [],
    );
    expect(after.findings.filter((f) => f.rule === 'material/not-found')).toEqual([]);
  });

  it('copies files found ambiguously as they are, but never one a link brings in from outside DIR', async () => {
    const outside = path.join(await tempDir(), 'elsewhere.jpg');
    await writeFile(outside, await readFile(fixture('photo.jpg')));
    const dir = await makeFolder('scope: 3\n', {
      '证件照1.jpg': 'photo.jpg',
      '证件照2.jpg': { link: outside },
    });
    const before = await recheck(dir);
    expect(before.findings.map((f) => f.rule)).toContain('material/ambiguous');
    const out = path.join(await tempDir(), 'out');
    const run = await runFix(dir, out);
    expect(run.code).toBe(1);
    expect((await readdir(out)).sort()).toEqual(['profile.yaml', '证件照1.jpg']);
  });

  it('plans from the same facts and findings as check (runRules on collectFacts)', async () => {
    const dir = await makeFolder(basicProfile('p.jpg'), {
      'p.jpg': 'photo-gps.jpg',
      'front.jpg': 'scan.jpg',
      'back.jpg': 'scan.jpg',
    });
    const facts = await factsOf(dir);
    const plan = planFix(facts, runRules(facts, RULES));
    const job = plan.jobs.find((j) => j.output === 'p.jpg')!;
    expect(job.method).toBe('lossless');
    expect(job.steps).toEqual([{ kind: 'strip', gps: true }]);
    expect(
      plan.jobs
        .filter((j) => j.method === 'copy')
        .map((j) => j.output)
        .sort(),
    ).toEqual(['back.jpg', 'front.jpg']);
  });
});

describe('fix: a file the decoder refuses', () => {
  it('is copied as it is and reported, not half-fixed', async () => {
    // Cut in the middle of the scan data, with an end marker added: the header and the end
    // look whole, and only decoding the pixels shows the picture stops halfway.
    const broken = Buffer.concat([
      phone.subarray(0, Math.floor(phone.length / 2)),
      Buffer.from([0xff, 0xd9]),
    ]);
    const r = await fixAttachment('front.jpg', broken);
    expect(r.run.code).toBe(1);
    expect(r.run.stdout).toContain('无法解码');
    // The decoder's reason in Chinese, not libvips' English inside a Chinese sentence.
    const line = r.run.stdout.split('\n').find((l) => l.includes('的像素无法解码'))!;
    expect(line).toMatch(
      /（(文件在图像数据结束前中断|图像数据已损坏|文件头已损坏[^）]*|图片的编码方式不受支持|读取文件时出错)）/,
    );
    expect(line.replace('front.jpg', '')).not.toMatch(/[A-Za-z]{4,}/);
    expect((await readFile(path.join(r.out, 'front.jpg'))).equals(broken)).toBe(true);
  });
});
