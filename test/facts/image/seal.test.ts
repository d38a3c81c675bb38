import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { measurePixels } from '../../../src/facts/image/decode.js';
import { findSeal } from '../../../src/facts/image/seal.js';
import { valueImports } from './pure.js';

/*
 * The seal search on the photographed test documents (test/fixtures/documents, manifest.json)
 * and on synthetic pages drawn here without fonts: the edge cases of docs/spec/documents.md.
 * Every image goes through the decode the image facts make for an attachment (colour scope).
 */

const DOCUMENTS = new URL('../../fixtures/documents/', import.meta.url);

interface ManifestImage {
  readonly file: string;
  readonly material: string;
  readonly expect: readonly string[];
}
const manifest = JSON.parse(readFileSync(new URL('manifest.json', DOCUMENTS), 'utf8')) as {
  images: ManifestImage[];
};

async function sealOf(input: string | Buffer) {
  const pixels = await measurePixels(input, { scope: 'colour' });
  return pixels.seal!;
}

describe('the seal on the photographed work proofs', () => {
  const proofs = manifest.images.filter((i) => i.material === 'work-proof');
  it('covers stamped and unstamped proofs', () => {
    expect(proofs.filter((p) => p.expect.includes('document/seal')).length).toBeGreaterThanOrEqual(
      2,
    );
    expect(proofs.filter((p) => !p.expect.includes('document/seal')).length).toBeGreaterThan(8);
  });
  it.each(proofs.map((p) => [p.file, !p.expect.includes('document/seal')] as const))(
    '%s: seal found %s',
    async (file, stamped) => {
      const seal = await sealOf(fileURLToPath(new URL(file, DOCUMENTS)));
      expect(seal.found).toBe(stamped);
      if (stamped) expect(seal.diameter).toBeGreaterThan(0.1);
    },
  );
});

// A synthetic A4 page at 1240×1754: black "words" (rectangles: no fonts needed), and extras.
const WIDTH = 1240;
const HEIGHT = 1754;
function words(fill: string, from = 200, lines = 30): string {
  const out: string[] = [];
  for (let line = 0; line < lines; line++) {
    let x = 150;
    const y = from + line * 44;
    let k = line * 7;
    while (x < 1080) {
      const w = 22 + ((k * 37) % 70);
      out.push(`<rect x="${x}" y="${y}" width="${w}" height="18" fill="${fill}"/>`);
      x += w + 14;
      k++;
    }
  }
  return out.join('');
}
const RING = (cx: number, cy: number, r: number, colour = '#d4202a') =>
  `<g fill="${colour}" opacity="0.85"><circle cx="${cx}" cy="${cy}" r="${r}" fill="none" stroke="${colour}" stroke-width="${r * 0.06}"/>` +
  `<polygon points="${cx},${cy - 36} ${cx + 10},${cy - 10} ${cx + 36},${cy - 10} ${cx + 15},${cy + 6} ${cx + 22},${cy + 32} ${cx},${cy + 16} ${cx - 22},${cy + 32} ${cx - 15},${cy + 6} ${cx - 36},${cy - 10} ${cx - 10},${cy - 10}"/></g>`;

async function page(
  content: string,
  {
    paper = '#f7f5ef',
    tint,
    grey = false,
  }: { paper?: string; tint?: number[]; grey?: boolean } = {},
): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}"><rect width="100%" height="100%" fill="${paper}"/>${content}</svg>`;
  let img = sharp(Buffer.from(svg)).removeAlpha();
  if (tint)
    img = img.recomb([
      [tint[0]!, 0, 0],
      [0, tint[1]!, 0],
      [0, 0, tint[2]!],
    ]);
  if (grey) img = img.greyscale();
  return img.jpeg({ quality: 80 }).toBuffer();
}

describe('the seal search on synthetic pages', () => {
  const cases: [string, () => Promise<Buffer>, boolean][] = [
    ['a red seal ring over the text', () => page(words('#222') + RING(900, 1450, 118)), true],
    ['a larger seal, 30 % of the width', () => page(words('#222') + RING(620, 1300, 186)), true],
    [
      'a solid red disc of seal size',
      () => page(words('#222') + '<circle cx="900" cy="1450" r="100" fill="#c81e28"/>'),
      true,
    ],
    [
      'a seal in a dim, warm room',
      () => page(words('#222') + RING(900, 1450, 118), { tint: [0.62, 0.52, 0.38] }),
      true,
    ],
    [
      'a seal-size red ring on grey paper',
      () => page(words('#444') + RING(900, 1450, 118), { paper: '#9c9c9c' }),
      true,
    ],
    ['no seal', () => page(words('#222')), false],
    ['no seal in warm light', () => page(words('#222'), { tint: [1, 0.86, 0.62] }), false],
    [
      'the stamped page photocopied in grey',
      () => page(words('#222') + RING(900, 1450, 118), { grey: true }),
      false,
    ],
    ['red text without a seal', () => page(words('#222') + words('#d4202a', 1400, 6)), false],
    [
      'a red logo and a red heading bar',
      () =>
        page(
          words('#222') +
            '<circle cx="190" cy="110" r="26" fill="#d4202a"/><rect x="420" y="90" width="400" height="44" fill="#b01c22"/>',
        ),
      false,
    ],
    [
      'a red square of seal size',
      () =>
        page(words('#222') + '<rect x="800" y="1350" width="200" height="200" fill="#d4202a"/>'),
      false,
    ],
    [
      'half a ring',
      () =>
        page(
          words('#222') +
            '<path d="M 782 1450 A 118 118 0 0 1 1018 1450" fill="none" stroke="#d4202a" stroke-width="8"/>',
        ),
      false,
    ],
    [
      'an orange-brown wooden ring (not red)',
      () => page(words('#222') + RING(900, 1450, 118, '#a8642c')),
      false,
    ],
  ];
  it.each(cases)('%s', async (_name, make, found) => {
    expect((await sealOf(await make())).found).toBe(found);
  });

  it('finds nothing on an empty or black picture', () => {
    expect(findSeal(new Uint8Array(20 * 30 * 3), 20, 30, 3)).toEqual({
      found: false,
      diameter: 0,
      redShare: 0,
    });
    expect(findSeal(new Uint8Array(20 * 30 * 3).fill(255), 20, 30, 3).found).toBe(false);
  });

  it('is pure: no sharp, no file', () => {
    expect(valueImports('seal.ts')).toEqual([]);
  });
});
