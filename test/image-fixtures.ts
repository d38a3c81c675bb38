/**
 * Test images made with sharp (never committed): a drawn head-and-shoulders portrait with hair
 * strands and sensor grain (sharp detail like a photo's), document scans, and the hostile files
 * of issue 4. test/global-setup.ts writes the shared set once into test/fixtures/generated/.
 */
import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import sharp from 'sharp';
import { runRules } from '../src/engine/run.js';
import type { CheckResult, FactNeed, Rule } from '../src/engine/types.js';
import { collectFacts } from '../src/facts/collect.js';
import type { Facts } from '../src/facts/types.js';

export const REPO_ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
export const GENERATED = path.join(REPO_ROOT, 'test/fixtures/generated');
/** Real portraits, Apache-2.0 (test/fixtures/portraits/README.md and NOTICE), committed. */
export const PORTRAITS = path.join(REPO_ROOT, 'test/fixtures/portraits');

/** mulberry32: the same seed draws the same picture. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Adds grain of ±strength/2 to every channel of a raw RGB(A) buffer. */
function addGrain(data: Buffer, channels: number, seed: number, strength: number): Buffer {
  const random = rng(seed);
  const out = Buffer.from(data);
  for (let p = 0; p < out.length; p += channels) {
    const n = (random() - 0.5) * strength;
    for (let c = 0; c < 3; c++)
      out[p + c] = Math.max(0, Math.min(255, Math.round(out[p + c]! + n)));
  }
  return out;
}

export interface PortraitOptions {
  readonly width?: number;
  readonly height?: number;
  /** CSS colour of the backdrop. */
  readonly background?: string;
  readonly seed?: number;
  /** Extra SVG drawn over the backdrop before the person (a shadow, a gradient). */
  readonly overlay?: string;
}

/** A portrait drawn at 413×579 and resized to the size asked; returns a PNG buffer (lossless). */
export async function portrait(options: PortraitOptions = {}): Promise<Buffer> {
  const { width = 413, height = 579, background = '#ffffff', seed = 1, overlay = '' } = options;
  const random = rng(seed);
  const W = 413;
  const H = 579;
  const strands: string[] = [];
  for (let i = 0; i < 260; i++) {
    const x = 118 + random() * 177;
    const y = 84 + random() * 50;
    const dx = (random() - 0.5) * 50;
    const dy = 20 + random() * 60;
    const shade = Math.round(20 + random() * 40);
    strands.push(
      `<path d="M${x.toFixed(1)} ${y.toFixed(1)} q ${(dx / 2).toFixed(1)} ${(dy / 2).toFixed(1)} ${dx.toFixed(1)} ${dy.toFixed(1)}" stroke="rgb(${shade},${shade - 5},${shade - 10})" stroke-width="${(0.6 + random() * 1.2).toFixed(2)}" fill="none"/>`,
    );
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}">
  <rect width="${W}" height="${H}" fill="${background}"/>${overlay}
  <path d="M20 ${H} Q 40 450 140 420 L 273 420 Q 373 450 393 ${H} Z" fill="#1d2331"/>
  <path d="M176 420 L 206 500 L 237 420 Z" fill="#f2f2f2"/>
  <rect x="176" y="330" width="61" height="95" fill="#d9a88a"/>
  <ellipse cx="206" cy="250" rx="88" ry="112" fill="#e8bda0"/>
  <path d="M112 250 Q 100 90 206 82 Q 312 90 300 250 Q 290 150 206 140 Q 122 150 112 250 Z" fill="#231a14"/>
  <path d="M160 222 q 14 -8 28 0" stroke="#2a1d16" stroke-width="4" fill="none"/>
  <path d="M224 222 q 14 -8 28 0" stroke="#2a1d16" stroke-width="4" fill="none"/>
  <ellipse cx="174" cy="240" rx="11" ry="6" fill="#fff"/><circle cx="174" cy="240" r="5" fill="#3b2a20"/>
  <ellipse cx="238" cy="240" rx="11" ry="6" fill="#fff"/><circle cx="238" cy="240" r="5" fill="#3b2a20"/>
  <path d="M206 250 l -8 38 h 16 z" fill="#d49a80"/>
  <path d="M184 318 q 22 14 44 0" stroke="#b5555a" stroke-width="5" fill="none"/>
  ${strands.join('')}
</svg>`;
  const { data, info } = await sharp(Buffer.from(svg)).raw().toBuffer({ resolveWithObject: true });
  const grained = addGrain(data, info.channels, seed * 7919, 14);
  let img = sharp(grained, { raw: { width: W, height: H, channels: info.channels } }).removeAlpha();
  if (width !== W || height !== H)
    img = sharp(await img.png().toBuffer()).resize(width, height, { fit: 'fill' });
  return img.png().toBuffer();
}

export interface ScanOptions {
  readonly width?: number;
  readonly height?: number;
  /** A red stamp and a slightly warm paper; false: everything grey. */
  readonly colour?: boolean;
  readonly seed?: number;
  readonly grain?: number;
}

/** A document page: lines of "words", a signature stroke and (in colour) a red stamp. PNG buffer. */
export async function scan(options: ScanOptions = {}): Promise<Buffer> {
  const { width = 1240, height = 1754, colour = true, seed = 11, grain = 10 } = options;
  const random = rng(seed);
  const words: string[] = [];
  for (let line = 0; line < 30; line++) {
    let x = 120;
    const y = 200 + line * 40;
    while (x < 1100) {
      const w = 20 + random() * 90;
      words.push(
        `<rect x="${x.toFixed(0)}" y="${y}" width="${w.toFixed(0)}" height="14" fill="#222"/>`,
      );
      x += w + 12;
    }
  }
  const stamp = colour
    ? `<circle cx="900" cy="1450" r="140" stroke="#d21e1e" stroke-width="12" fill="none"/><path d="M900 1360 l 26 80 h -52 z" fill="#d21e1e"/>`
    : '';
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1240" height="1754">
  <rect width="1240" height="1754" fill="${colour ? '#f6f3ea' : '#f2f2f2'}"/>
  <rect x="420" y="90" width="400" height="40" fill="#111"/>
  ${words.join('')}
  <path d="M160 1500 q 60 -80 120 0 t 120 0" stroke="#1a237e" stroke-width="5" fill="none"/>
  ${stamp}
</svg>`;
  let img = sharp(Buffer.from(svg));
  if (width !== 1240 || height !== 1754) img = img.resize(width, height, { fit: 'fill' });
  const { data, info } = await img.removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const grained = addGrain(data, info.channels, seed, grain);
  const out = sharp(grained, { raw: { width: info.width, height: info.height, channels: 3 } });
  return (colour ? out : out.greyscale()).png().toBuffer();
}

/** A phone-camera-like picture with grain at full resolution (no enlarged drawing). */
export async function phonePhoto(width: number, height: number, seed: number): Promise<Buffer> {
  const base = await scan({ width, height, seed, grain: 0 });
  const { data, info } = await sharp(base).raw().toBuffer({ resolveWithObject: true });
  return sharp(addGrain(data, info.channels, seed, 18), {
    raw: { width, height, channels: info.channels },
  })
    .jpeg({ quality: 92 })
    .toBuffer();
}

/** A PNG bomb: 1-bit grey, width × height, a few hundred KB. Written by hand, never decoded. */
export function pngBomb(width: number, height: number): Buffer {
  const rowBytes = Math.ceil(width / 8) + 1;
  const raw = Buffer.alloc(rowBytes * height);
  const random = rng(5);
  // Some incompressible rows so the file is a few hundred KB, like a real one.
  for (let i = 0; i < Math.min(raw.length, 300_000); i++)
    if (i % rowBytes !== 0) raw[i] = Math.floor(random() * 256);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([1, 0, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', deflateSync(raw, { level: 1 })),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function pngChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A large light picture with a little texture (so it is neither grey nor tiny on disk). */
function giant(width: number, height: number) {
  return sharp({
    create: { width, height, channels: 3, background: { r: 246, g: 238, b: 226 } },
  }).composite([
    {
      input: Buffer.from(
        `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect x="${width / 4}" y="${height / 4}" width="${width / 2}" height="${height / 2}" fill="#c0392b"/></svg>`,
      ),
    },
  ]);
}

/** The shared fixture set: name → bytes. */
export async function makeFixtures(): Promise<Record<string, Buffer>> {
  const white = await portrait();
  const jpeg = (png: Buffer, quality = 90) => sharp(png).jpeg({ quality }).toBuffer();
  const photo = await jpeg(white);
  const colourScan = await scan();
  // PNG scans compress only when the paper is clean: a scanner's PNG, not a photo saved as PNG.
  const cleanScan = await scan({ grain: 2 });
  const scanJpeg = await sharp(colourScan).jpeg({ quality: 80 }).toBuffer();
  const shadow = `<defs><linearGradient id="s"><stop offset="0" stop-color="#000" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity="0.12"/></linearGradient></defs><rect width="413" height="579" fill="url(#s)"/>`;
  const small = await sharp(white).resize(200, 280).jpeg({ quality: 90 }).toBuffer();
  const upright = sharp(white);
  const fixtures: Record<string, Buffer> = {
    'photo.jpg': photo,
    'photo-295.jpg': await sharp(white).resize(295, 413).jpeg({ quality: 92 }).toBuffer(),
    'photo-blue.jpg': await jpeg(await portrait({ background: '#438edb' })),
    'photo-red.jpg': await jpeg(await portrait({ background: '#d9001b' })),
    'photo-grey.jpg': await jpeg(await portrait({ background: '#808080' })),
    'photo-lightgrey.jpg': await jpeg(await portrait({ background: '#d3d3d3' })),
    'photo-cream.jpg': await jpeg(await portrait({ background: '#f7f0dc' })),
    'photo-uneven.jpg': await jpeg(await portrait({ overlay: shadow, seed: 4 })),
    'photo-small.jpg': await sharp(white).resize(250, 350).jpeg({ quality: 95 }).toBuffer(),
    'photo-tiny.jpg': await sharp(white).resize(295, 413).jpeg({ quality: 20 }).toBuffer(),
    'photo-greyscale.jpg': await sharp(white).greyscale().jpeg({ quality: 90 }).toBuffer(),
    'photo-grey-rgb.jpg': await sharp(white)
      .greyscale()
      .toColourspace('srgb')
      .jpeg({ quality: 90 })
      .toBuffer(),
    'photo-cmyk.jpg': await sharp(white).toColourspace('cmyk').jpeg({ quality: 90 }).toBuffer(),
    'photo-blur.jpg': await sharp(white).blur(3).jpeg({ quality: 90 }).toBuffer(),
    'photo-upscaled.jpg': await sharp(small).resize(413, 579).jpeg({ quality: 90 }).toBuffer(),
    'photo-wide.jpg': await sharp(white).resize(413, 500, { fit: 'fill' }).jpeg().toBuffer(),
    'photo-landscape.jpg': await sharp(white).resize(579, 413, { fit: 'fill' }).jpeg().toBuffer(),
    // Stored on its side with EXIF orientation 6: displays upright, 413×579.
    'photo-exif6.jpg': await upright
      .clone()
      .rotate(-90)
      .withMetadata({ orientation: 6 })
      .jpeg({ quality: 90 })
      .toBuffer(),
    'photo-padded.jpg': Buffer.concat([photo, Buffer.alloc(8 * 1024)]),
    'photo-gps.jpg': await sharp(white)
      .jpeg({ quality: 90 })
      .withExif({
        IFD0: { Make: 'ausm-check test' },
        IFD3: {
          GPSLatitudeRef: 'N',
          GPSLatitude: '25/1 2/1 3/1',
          GPSLongitudeRef: 'E',
          GPSLongitude: '102/1 42/1 0/1',
        },
      })
      .toBuffer(),
    'photo.png': await sharp(white).png().toBuffer(),
    'photo.webp': await sharp(white).webp().toBuffer(),
    'photo.gif': await sharp(white).gif().toBuffer(),
    'photo.heic': Buffer.concat([
      Buffer.from([0, 0, 0, 0x18]),
      Buffer.from('ftypheic\0\0\0\0mif1heic', 'latin1'),
      Buffer.alloc(20_000, 7),
    ]),
    'photo.pdf': Buffer.from(
      `%PDF-1.4\n%\xe2\xe3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n${'%'.repeat(20_000)}\n%%EOF\n`,
      'latin1',
    ),
    'page.html': Buffer.from(`<!DOCTYPE html><html><body>${'x'.repeat(20_000)}</body></html>`),
    'truncated.jpg': photo.subarray(0, Math.floor(photo.length * 0.6)),
    'bomb.png': pngBomb(12_000, 12_000),
    // The same portrait saved progressive: decoded and judged like the baseline one.
    'photo-progressive.jpg': await sharp(white).jpeg({ quality: 90, progressive: true }).toBuffer(),
    // 36 MP, a few hundred KB, under MAX_PIXELS: decoding holds the whole image (~216 MB at
    // 4:4:4, ~108 MB for the PNG), over DECODE_BUDGET_BYTES, so the pixels are not decoded.
    'giant-progressive.jpg': await giant(6000, 6000)
      .jpeg({ progressive: true, chromaSubsampling: '4:4:4' })
      .toBuffer(),
    'giant-interlaced.png': await giant(6000, 6000)
      .png({ progressive: true, compressionLevel: 9 })
      .toBuffer(),
    // 36 MP too, but baseline: shrunk on load, decoded at little cost.
    'giant-baseline.jpg': await giant(6000, 6000).jpeg().toBuffer(),
    'scan.jpg': scanJpeg,
    'scan.png': await sharp(cleanScan).resize(900).png({ palette: true, colours: 64 }).toBuffer(),
    'scan-grey.jpg': await sharp(await scan({ colour: false }))
      .jpeg({ quality: 80 })
      .toBuffer(),
    'scan-small.jpg': await sharp(colourScan).resize(400).jpeg({ quality: 90 }).toBuffer(),
    'scan-tiny.jpg': await sharp(colourScan).resize(300).jpeg({ quality: 40 }).toBuffer(),
    'scan-large.jpg': await phonePhoto(2400, 3200, 21),
    // The 12 MP phone photo of the fix tests (test/fix/), drawn once here, not in each file.
    'phone-3000x4000.jpg': await phonePhoto(3000, 4000, 7),
    'scan-16bit.png': await sharp(cleanScan)
      .resize(700)
      .toColourspace('rgb16')
      .png({ compressionLevel: 9 })
      .toBuffer(),
    'scan-alpha.png': await sharp(cleanScan).resize(700).ensureAlpha(0.8).png().toBuffer(),
  };
  // 500 001–512 000 bytes: within 500 KB at 1024 bytes per KB, over it at 1000.
  fixtures['scan-margin.jpg'] = Buffer.concat([
    scanJpeg,
    Buffer.alloc(Math.max(0, 505_000 - scanJpeg.length)),
  ]);
  return fixtures;
}

/** The fixture set's path (written by test/global-setup.ts). */
export function fixture(name: string): string {
  return path.join(GENERATED, name);
}

/** Hash of the generator sources: global-setup regenerates when they change. */
export async function fixturesStamp(): Promise<string> {
  const hash = createHash('sha256');
  for (const f of ['test/image-fixtures.ts', 'test/global-setup.ts'])
    hash.update(await readFile(path.join(REPO_ROOT, f)));
  return hash.digest('hex').slice(0, 16);
}

export type FolderFile =
  /** A fixture name (copied). */
  string | Buffer | { readonly link: string } | { readonly dir: true };

/** Set by test/global-setup.ts: one folder for the whole run, removed at its end. */
export const SCRATCH_ENV = 'AUSM_TEST_SCRATCH';

let scratch: string | undefined;
/** This test process's temporary folders, all under one. */
async function scratchDir(): Promise<string> {
  if (!scratch) {
    const parent = process.env[SCRATCH_ENV];
    const dir = await mkdtemp(path.join(parent ?? os.tmpdir(), 'ausm-img-'));
    if (!parent) process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    scratch = dir;
  }
  return scratch;
}

/** An empty temporary folder (removed when the test process exits). */
export async function tempDir(): Promise<string> {
  return mkdtemp(path.join(await scratchDir(), 'tmp-'));
}

/** A temporary applicant folder: a profile and files copied from fixtures. */
export async function makeFolder(
  profile: string,
  files: Readonly<Record<string, FolderFile>>,
): Promise<string> {
  const dir = await mkdtemp(path.join(await scratchDir(), 'folder-'));
  await writeFile(path.join(dir, 'profile.yaml'), profile);
  for (const [name, source] of Object.entries(files)) {
    const target = path.join(dir, name);
    if (typeof source === 'string') await copyFile(fixture(source), target);
    else if (Buffer.isBuffer(source)) await writeFile(target, source);
    else if ('link' in source) await symlink(source.link, target);
    else await mkdir(target);
  }
  return dir;
}

/** A minimal scope-3 profile naming the photo and the two ID sides. */
export function basicProfile(photo: string, front = 'front.jpg', back = 'back.jpg'): string {
  return `scope: 3\nbasic:\n  photo: ${JSON.stringify(photo)}\n  id_card:\n    front: ${JSON.stringify(front)}\n    back: ${JSON.stringify(back)}\n`;
}

export async function factsOf(dir: string): Promise<Facts> {
  return collectFacts(dir, { today: '2026-11-26', needs: new Set<FactNeed>(['images']) });
}

/** Real files, real facts, the given rules. */
export async function checkImages(dir: string, rules: readonly Rule[]): Promise<CheckResult> {
  return runRules(await factsOf(dir), rules);
}

/** A photo fixture checked as `basic.photo` (ID sides are a good scan). */
export async function checkPhoto(source: FolderFile, rules: readonly Rule[]): Promise<CheckResult> {
  const dir = await makeFolder(basicProfile('p.jpg'), {
    'p.jpg': source,
    'front.jpg': 'scan.jpg',
    'back.jpg': 'scan.jpg',
  });
  return checkImages(dir, rules);
}

/** A file checked as the ID card's front side (an attachment). */
export async function checkAttachment(
  name: string,
  source: FolderFile,
  rules: readonly Rule[],
): Promise<CheckResult> {
  const dir = await makeFolder(basicProfile('p.jpg', name), {
    'p.jpg': 'photo.jpg',
    [name]: source,
    'back.jpg': 'scan.jpg',
  });
  return checkImages(dir, rules);
}

/** `rule:messageId@file` for each finding (`@field` when it names no file), severity appended when not the rule's own. */
export function fileCodes(result: CheckResult): string[] {
  return result.findings.map((f) => `${f.rule}:${f.messageId}@${f.file ?? f.field ?? ''}`);
}

/** The findings of the given rule ids only. */
export function only(result: CheckResult, ...rules: string[]): string[] {
  return fileCodes(result).filter((c) => rules.some((r) => c.startsWith(`${r}:`)));
}
