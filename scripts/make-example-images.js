#!/usr/bin/env node
// Generates the example folders' images deterministically with sharp, so that examples/ holds
// honest materials (a white-background colour photo >= 295x413 and >= 10 KB; colour scans of
// 20-500 KB) without committing photographs of anyone. Run: node scripts/make-example-images.js
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { parse } from 'yaml';
import { drawnPortrait, grain, rng, seedOf } from './drawing.js';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const examples = path.join(root, 'examples');

async function portrait(file, { width = 413, height = 579, seed }) {
  const random = rng(seed);
  const hair = ['#2b1d16', '#1c1410', '#3a2a1e'][Math.floor(random() * 3)];
  const shirt = ['#2f4f7f', '#1f1f2a', '#5a6b7c'][Math.floor(random() * 3)];
  const drawn = await drawnPortrait({ width, height, seed, random, hair, shirt });
  const out = await drawn.jpeg({ quality: 92, chromaSubsampling: '4:4:4' }).toBuffer();
  await writeFile(file, out);
}

/** A scanned document: paper, lines of "text", a red seal; coloured like the photo the guide asks for. */
async function scan(file, { width = 1240, height = 877, seed, title = '', seal = true }) {
  const random = rng(seed);
  const lines = [];
  for (let y = 170; y < height - 140; y += 42) {
    let x = 110;
    while (x < width - 160) {
      const w = 14 + Math.floor(random() * 22);
      lines.push(
        `<rect x="${x}" y="${y}" width="${w}" height="20" rx="2" fill="#1b1b1b" opacity="${(0.6 + random() * 0.35).toFixed(2)}"/>`,
      );
      x += w + 6 + Math.floor(random() * 6);
    }
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <rect width="100%" height="100%" fill="#f6f1e4"/>
    <rect x="40" y="40" width="${width - 80}" height="${height - 80}" fill="none" stroke="#b8962e" stroke-width="10"/>
    <rect x="${width / 2 - 200}" y="80" width="400" height="44" fill="#7a1f1f" opacity="0.85"/>
    ${lines.join('')}
    ${seal ? `<circle cx="${width - 260}" cy="${height - 220}" r="110" fill="none" stroke="#d11a1a" stroke-width="9" opacity="0.85"/><path d="M${width - 260} ${height - 285} l 18 52 h 55 l -44 32 l 17 52 l -46 -32 l -46 32 l 17 -52 l -44 -32 h 55 z" fill="#d11a1a" opacity="0.85"/>` : ''}
    <text x="60" y="${height - 60}" font-size="18" fill="#555">${title}</text>
  </svg>`;
  const out = await sharp(Buffer.from(svg))
    .composite([{ input: await grain(width, height, seed + 7, 24), blend: 'soft-light' }])
    .jpeg({ quality: 82 })
    .toBuffer();
  await writeFile(file, out);
}

/**
 * A real ID photo for the ready examples, so that `--deep` finds a real face in them: the white
 * one of test/fixtures/portraits (Apache-2.0 sample image of HivisionIDPhotos; examples/NOTICE).
 */
async function realPortrait(file) {
  const source = path.join(root, 'test/fixtures/portraits/id-photo-white-background.jpg');
  await sharp(source).resize(413, 579).jpeg({ quality: 90 }).toFile(file);
}

/** What each material's file looks like. */
const KINDS = {
  photo: (file, seed) => portrait(file, { seed }),
  realPhoto: (file) => realPortrait(file),
  smallPhoto: (file, seed) => portrait(file, { seed, width: 200, height: 280 }),
  idCard: (file, seed) => scan(file, { width: 1012, height: 638, seed, seal: false }),
  document: (file, seed) => scan(file, { seed }),
};

/** Each example's `images.yaml` says which files to generate and of what kind. */
async function main() {
  const folders = (await readdir(examples, { withFileTypes: true })).filter((d) => d.isDirectory());
  let count = 0;
  for (const folder of folders) {
    const spec = path.join(examples, folder.name, 'images.yaml');
    let list;
    try {
      list = parse(await readFile(spec, 'utf8'));
    } catch {
      continue;
    }
    for (const [name, kind] of Object.entries(list ?? {})) {
      const make = KINDS[kind];
      if (!make) throw new Error(`${spec}: unknown kind ${kind} for ${name}`);
      await make(path.join(examples, folder.name, name), seedOf(`${folder.name}/${name}`));
      count++;
    }
  }
  console.log(`wrote ${count} images`);
}

await main();
