/**
 * Issue 4's hostile files, each in its own test, all in one applicant folder checked once: every
 * file gets its own finding and the run goes on to the others.
 */
import { chmod, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CheckResult } from '../../src/engine/types.js';
import { ATTACHMENT_RULES } from '../../src/rules/attachment/index.js';
import { FILE_RULES } from '../../src/rules/file/index.js';
import { PHOTO_RULES } from '../../src/rules/photo/index.js';
import { PRIVACY_RULES } from '../../src/rules/privacy/index.js';
import { checkImages, checkPhoto, fixture, makeFolder, tempDir } from '../image-fixtures.js';

const RULES = [...FILE_RULES, ...PHOTO_RULES, ...ATTACHMENT_RULES, ...PRIVACY_RULES];

/** Each file is one education entry's proof: one slot per file. */
const FILES = [
  'empty.jpg',
  'folder.jpg',
  'locked.jpg',
  'outside.jpg',
  'truncated.jpg',
  'png-renamed.jpg',
  'webp-renamed.jpg',
  'heic-renamed.jpg',
  'pdf-renamed.jpg',
  'bomb.png',
  'deep.png',
  'alpha.png',
  'good.jpg',
];

let result: CheckResult;
let ms: number;
const of = (file: string) =>
  result.findings.filter((f) => f.file === file).map((f) => `${f.rule}:${f.messageId}`);

beforeAll(async () => {
  const outside = await tempDir();
  await writeFile(path.join(outside, 'secret.jpg'), await readFile(fixture('scan.jpg')));
  const profile = `scope: 3\nbasic:\n  photo: p.jpg\neducation:\n${FILES.map((f) => `  - proof: ${f}\n`).join('')}`;
  const dir = await makeFolder(profile, {
    'p.jpg': 'photo.jpg',
    'empty.jpg': Buffer.alloc(0),
    'folder.jpg': { dir: true },
    'locked.jpg': 'scan.jpg',
    'outside.jpg': { link: path.join(outside, 'secret.jpg') },
    'truncated.jpg': 'truncated.jpg',
    'png-renamed.jpg': 'scan.png',
    'webp-renamed.jpg': 'photo.webp',
    'heic-renamed.jpg': 'photo.heic',
    'pdf-renamed.jpg': 'photo.pdf',
    'bomb.png': 'bomb.png',
    'deep.png': 'scan-16bit.png',
    'alpha.png': 'scan-alpha.png',
    'good.jpg': 'scan.jpg',
  });
  await chmod(path.join(dir, 'locked.jpg'), 0o000);
  const started = performance.now();
  result = await checkImages(dir, RULES);
  ms = performance.now() - started;
});

describe('bad input: each file gets its finding, the run goes on', () => {
  it('0-byte file: file/empty only', () => {
    expect(of('empty.jpg')).toEqual(['file/empty:default']);
  });
  it('a folder named like an image: file/unreadable (directory)', () => {
    expect(of('folder.jpg')).toEqual(['file/unreadable:directory']);
  });
  it('no read permission: file/unreadable (as root, permissions do not stop reading)', () => {
    if (process.getuid?.() === 0) expect(of('locked.jpg')).toEqual([]);
    else expect(of('locked.jpg')).toEqual(['file/unreadable:permission']);
  });
  it('a symlink leaving the folder: not followed', () => {
    expect(of('outside.jpg')).toEqual(['file/unreadable:outside-link']);
  });
  it('truncated JPEG: file/corrupt (truncated), nothing else', () => {
    expect(of('truncated.jpg')).toEqual(['file/corrupt:truncated']);
  });
  it('PNG renamed .jpg: attachment/format (extension)', () => {
    expect(of('png-renamed.jpg')).toEqual(['attachment/format:extension']);
  });
  it('WebP, HEIC and PDF named .jpg: attachment/format (content)', () => {
    // The WebP's header is readable: it is also a small picture (413×579).
    expect(of('webp-renamed.jpg')).toEqual([
      'attachment/format:content',
      'attachment/legibility:default',
    ]);
    expect(of('heic-renamed.jpg')).toEqual(['attachment/format:content']);
    expect(of('pdf-renamed.jpg')).toEqual(['attachment/format:content']);
  });
  it('12000×12000 PNG of a few hundred KB: file/too-large, never decoded', () => {
    expect(of('bomb.png')).toEqual(['file/too-large:default']);
  });
  it('16-bit PNG and a PNG with an alpha channel: accepted', () => {
    expect(of('deep.png')).toEqual([]);
    expect(of('alpha.png')).toEqual([]);
  });
  it('the good files are checked too, and the whole folder takes well under a few seconds', () => {
    expect(of('good.jpg')).toEqual([]);
    expect(of('p.jpg')).toEqual([]);
    expect(ms).toBeLessThan(5000);
  });
});

describe('bad input as the standard photo', () => {
  const photo = async (source: string) =>
    (await checkPhoto(source, RULES)).findings
      .filter((f) => f.file === 'p.jpg')
      .map((f) => `${f.rule}:${f.messageId}`);
  it('CMYK JPEG: photo/color (cmyk)', async () => {
    expect(await photo('photo-cmyk.jpg')).toEqual(['photo/color:cmyk']);
  });
  it('EXIF orientation 6: photo/orientation (exif) only, measured upright', async () => {
    expect(await photo('photo-exif6.jpg')).toEqual(['photo/orientation:exif']);
  });
  it('8 KB of zero padding after the end: photo/trailing-data', async () => {
    expect(await photo('photo-padded.jpg')).toEqual(['photo/trailing-data:default']);
  });
  it('PNG renamed .jpg: photo/format (content), no pixel rule', async () => {
    expect(await photo('photo.png')).toEqual(['photo/format:content']);
  });
  it('truncated JPEG: file/corrupt only, no photo/min-pixels', async () => {
    expect(await photo('truncated.jpg')).toEqual(['file/corrupt:truncated']);
  });
});
