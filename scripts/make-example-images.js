#!/usr/bin/env node
// Generates the example folders' images deterministically with sharp, so that examples/ holds
// honest materials (a white-background colour photo >= 295x413 and >= 10 KB; colour scans of
// 20-500 KB) without committing photographs of anyone. Run: node scripts/make-example-images.js
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { parse } from 'yaml';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const examples = path.join(root, 'examples');

/** A small deterministic PRNG (mulberry32), so the same script writes the same bytes. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function seedOf(text) {
  let h = 2166136261;
  for (const ch of text) h = Math.imul(h ^ ch.codePointAt(0), 16777619);
  return h >>> 0;
}

/** Fine grain like a camera sensor's: a real photo is never perfectly smooth. */
async function grain(width, height, seed, strength) {
  const random = rng(seed);
  const data = Buffer.alloc(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    const v = Math.round(128 + (random() - 0.5) * 2 * strength);
    data[i * 4] = v;
    data[i * 4 + 1] = v;
    data[i * 4 + 2] = v;
    data[i * 4 + 3] = 255;
  }
  return sharp(data, { raw: { width, height, channels: 4 } })
    .png()
    .toBuffer();
}

async function portrait(file, { width = 413, height = 579, seed }) {
  const random = rng(seed);
  const hair = ['#2b1d16', '#1c1410', '#3a2a1e'][Math.floor(random() * 3)];
  const shirt = ['#2f4f7f', '#1f1f2a', '#5a6b7c'][Math.floor(random() * 3)];
  const cx = width / 2;
  // Strands of hair and a collar give the detail of a real photo (sharpness checks look for it).
  const strands = Array.from({ length: 120 }, () => {
    const x = cx - 95 + random() * 190;
    const y = 95 + random() * 60;
    return `<path d="M${x.toFixed(1)} ${y.toFixed(1)} q ${(random() * 20 - 10).toFixed(1)} 30 ${(random() * 16 - 8).toFixed(1)} 60" stroke="#0d0906" stroke-width="1" fill="none" opacity="0.6"/>`;
  }).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <rect width="100%" height="100%" fill="#ffffff"/>
    <path d="M0 ${height} L0 ${height - 90} Q ${cx} ${height - 210} ${width} ${height - 90} L ${width} ${height} Z" fill="${shirt}"/>
    <path d="M${cx - 40} ${height - 150} L ${cx} ${height - 95} L ${cx + 40} ${height - 150}" fill="#f4f4f4" stroke="#cccccc" stroke-width="2"/>
    <rect x="${cx - 38}" y="${height - 230}" width="76" height="90" fill="#e0b49a"/>
    <ellipse cx="${cx}" cy="${height * 0.42}" rx="92" ry="118" fill="#eac0a4"/>
    <path d="M${cx - 100} ${height * 0.4} Q ${cx - 105} 70 ${cx} 80 Q ${cx + 105} 70 ${cx + 100} ${height * 0.4} Q ${cx + 80} 150 ${cx} 140 Q ${cx - 80} 150 ${cx - 100} ${height * 0.4} Z" fill="${hair}"/>
    ${strands}
    <ellipse cx="${cx - 36}" cy="${height * 0.42}" rx="13" ry="7" fill="#ffffff"/><circle cx="${cx - 36}" cy="${height * 0.42}" r="6" fill="#2a1a10"/>
    <ellipse cx="${cx + 36}" cy="${height * 0.42}" rx="13" ry="7" fill="#ffffff"/><circle cx="${cx + 36}" cy="${height * 0.42}" r="6" fill="#2a1a10"/>
    <path d="M${cx - 55} ${height * 0.38} q 18 -9 36 0 M${cx + 19} ${height * 0.38} q 18 -9 36 0" stroke="#2b1d16" stroke-width="4" fill="none"/>
    <path d="M${cx} ${height * 0.44} l -8 34 l 12 2" stroke="#c48e74" stroke-width="3" fill="none"/>
    <path d="M${cx - 26} ${height * 0.55} q 26 14 52 0" stroke="#b0524a" stroke-width="5" fill="none"/>
  </svg>`;
  // Grain only on the person: the backdrop of a studio photo is clean white.
  const mask = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><ellipse cx="${cx}" cy="${height * 0.42}" rx="110" ry="140" fill="#fff"/><rect x="0" y="${height - 200}" width="${width}" height="200" fill="#fff"/></svg>`;
  const noise = await sharp(await grain(width, height, seed + 1, 40))
    .composite([{ input: Buffer.from(mask), blend: 'dest-in' }])
    .png()
    .toBuffer();
  const out = await sharp(Buffer.from(svg))
    .composite([{ input: noise, blend: 'soft-light' }])
    .jpeg({ quality: 92, chromaSubsampling: '4:4:4' })
    .toBuffer();
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
