#!/usr/bin/env node
// Writes test/fixtures/faces/ (issue 16): photos for the `--deep` face rules, derived from the
// real portraits in test/fixtures/portraits/ (Apache-2.0 sample images of HivisionIDPhotos; the
// NOTICE there and in test/fixtures/faces/ says so). Run: node scripts/make-face-fixtures.js
// Deterministic for one sharp version; the committed files are what the tests read.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const FROM = path.join(ROOT, 'test/fixtures/portraits');
const TO = path.join(ROOT, 'test/fixtures/faces');
const W = 413;
const H = 579;
const WHITE = '#fefefd';
const src = (name) => path.join(FROM, name);
const out = (name) => path.join(TO, name);
const jpeg = (s) => s.jpeg({ quality: 88, mozjpeg: true });

await mkdir(TO, { recursive: true });
const white = src('id-photo-white-background.jpg');

// Framed as ID photos: the white one at the platform's usual size, two wide portraits cropped
// around the face (face ≈ 57 % of the height, its top ≈ 20 % below the edge, centred).
await jpeg(sharp(white).resize(W, H)).toFile(out('framed-white.jpg'));
await jpeg(
  sharp(src('beige-background.jpg')).extract({ left: 318, top: 65, width: 343, height: 480 }),
).toFile(out('framed-beige.jpg'));
await jpeg(
  sharp(src('outdoor-background.jpg'))
    .extract({ left: 75, top: 123, width: 660, height: 925 })
    .resize(W, H),
).toFile(out('framed-outdoor.jpg'));

// Placed badly: each fails one face rule.
const tiny = await sharp(white).resize(120, 170).toBuffer();
await jpeg(
  sharp({ create: { width: W, height: H, channels: 3, background: WHITE } }).composite([
    { input: tiny, left: 146, top: 60 },
  ]),
).toFile(out('head-tiny.jpg'));
await jpeg(
  sharp(white).extract({ left: 170, top: 200, width: 260, height: 364 }).resize(W, H),
).toFile(out('face-filling.jpg'));
const widened = await sharp(white).extend({ right: 300, background: WHITE }).toBuffer();
await jpeg(
  sharp(widened).extract({ left: 240, top: 0, width: 599, height: 851 }).resize(W, H),
).toFile(out('head-shifted.jpg'));
const rotated = await sharp(white).rotate(16, { background: WHITE }).toBuffer();
const r = await sharp(rotated).metadata();
await jpeg(
  sharp(rotated)
    .extract({
      left: Math.round((r.width - 599) / 2),
      top: Math.round((r.height - 851) / 2),
      width: 599,
      height: 851,
    })
    .resize(W, H),
).toFile(out('head-rotated-16.jpg'));
const a = await sharp(white).resize(300, 425).toBuffer();
const b = await sharp(src('id-photo-red-background.jpg')).flop().resize(300, 425).toBuffer();
const pair = await sharp({ create: { width: 600, height: 425, channels: 3, background: WHITE } })
  .composite([
    { input: a, left: 0, top: 0 },
    { input: b, left: 300, top: 0 },
  ])
  .png()
  .toBuffer();
await jpeg(
  sharp(pair).extract({ left: 90, top: 0, width: 420, height: 425 }).resize(W, H, { fit: 'cover' }),
).toFile(out('two-people.jpg'));

// A real photograph with nobody in it: the street and trees beside the outdoor portrait's head.
await jpeg(
  sharp(src('outdoor-background.jpg'))
    .extract({ left: 0, top: 0, width: 190, height: 266 })
    .resize(W, H),
).toFile(out('no-person.jpg'));
