/**
 * The calibration set behind photo/background, photo/blur and photo/upscaled (issue 4): sharp-made
 * portraits on white, blue, red and grey, blurred with σ 1–6, enlarged from 150×210 and 200×280,
 * at JPEG qualities 30–95, and the three real portraits of test/fixtures/portraits. The
 * chosen thresholds must separate them; the measured ranges are printed and are in the rules' notes.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import sharp, { type Sharp } from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PixelStats } from '../../../src/facts/image-types.js';
import { measurePixels } from '../../../src/facts/image/decode.js';
import { judgeBackground } from '../../../src/rules/photo/background.js';
import { BLUR_THRESHOLD } from '../../../src/rules/photo/blur.js';
import { PHOTO_RULES } from '../../../src/rules/photo/index.js';
import { UPSCALED_THRESHOLD } from '../../../src/rules/photo/upscaled.js';
import { checkPhoto, PORTRAITS, portrait } from '../../image-fixtures.js';

type Kind = 'sharp' | 'blur' | 'blur-strong' | 'enlarged';
interface Sample {
  readonly label: string;
  readonly kind: Kind;
  readonly synthetic: boolean;
  readonly px: PixelStats;
}

const REAL = ['grey-background.jpg', 'beige-background.jpg', 'outdoor-background.jpg'];
const samples: Sample[] = [];

/** What photo/blur and photo/upscaled decide (one finding at most). */
function verdict(px: PixelStats): 'blur' | 'upscaled' | undefined {
  if (px.sharpness! < BLUR_THRESHOLD) return 'blur';
  if (px.fineDetail !== undefined && px.fineDetail < UPSCALED_THRESHOLD) return 'upscaled';
  return undefined;
}

async function variants(name: string, source: Buffer, synthetic: boolean, full: boolean) {
  const add = async (label: string, kind: Kind, img: Sharp) =>
    samples.push({
      label: `${name} ${label}`,
      kind,
      synthetic,
      px: await measurePixels(await img.toBuffer()),
    });
  const at413 = () => sharp(source).resize(413, 579, { fit: 'cover' });
  if (!synthetic) await add('as is', 'sharp', sharp(source).jpeg({ quality: 95 }));
  for (const q of [30, 50, 75, 95]) await add(`q${q}`, 'sharp', at413().jpeg({ quality: q }));
  await add(
    '295×413 q30',
    'sharp',
    sharp(source).resize(295, 413, { fit: 'cover' }).jpeg({ quality: 30 }),
  );
  if (!full) return;
  for (const sigma of [1, 1.5, 2, 3, 4, 6])
    await add(
      `blur σ${sigma}`,
      sigma >= 2 ? 'blur-strong' : 'blur',
      at413().blur(sigma).jpeg({ quality: 90 }),
    );
  for (const [w, h] of [
    [150, 210],
    [200, 280],
  ] as const) {
    const small = await sharp(source)
      .resize(w, h, { fit: 'cover' })
      .jpeg({ quality: 90 })
      .toBuffer();
    for (const [tw, th] of [
      [295, 413],
      [413, 579],
      [600, 840],
    ] as const)
      await add(
        `${w}×${h}→${tw}×${th}`,
        'enlarged',
        sharp(small).resize(tw, th).jpeg({ quality: 90 }),
      );
  }
}

beforeAll(async () => {
  let seed = 1;
  for (const background of ['#ffffff', '#438edb', '#d9001b', '#808080'])
    await variants(
      `drawn ${background}`,
      await portrait({ background, seed: seed++ }),
      true,
      seed <= 3,
    );
  for (const f of REAL) await variants(f, await readFile(path.join(PORTRAITS, f)), false, true);
  const range = (kind: Kind, key: 'sharpness' | 'fineDetail') => {
    const v = samples.filter((s) => s.kind === kind).map((s) => s.px[key] ?? NaN);
    return `${Math.min(...v)}–${Math.max(...v)}`;
  };
  console.log(
    ['sharp', 'blur', 'blur-strong', 'enlarged']
      .map(
        (k) =>
          `${k.padEnd(12)} sharpness ${range(k as Kind, 'sharpness').padEnd(12)} fine detail ${range(k as Kind, 'fineDetail')}`,
      )
      .join('\n'),
  );
}, 120_000);

describe('calibration of photo/blur and photo/upscaled', () => {
  it('flags no sharp portrait, at any JPEG quality from 30 to 95', () => {
    const flagged = samples.filter((s) => s.kind === 'sharp' && verdict(s.px) !== undefined);
    expect(flagged.map((s) => `${s.label}: ${s.px.sharpness} / ${s.px.fineDetail}`)).toEqual([]);
  });
  it('reports blur σ ≥ 2 as photo/blur', () => {
    const strong = samples.filter((s) => s.kind === 'blur-strong');
    expect(strong.length).toBeGreaterThan(0);
    expect(strong.filter((s) => verdict(s.px) !== 'blur').map((s) => s.label)).toEqual([]);
  });
  it('flags blur σ 1 and 1.5 (photo/blur, or photo/upscaled: the finest detail is gone)', () => {
    const mild = samples.filter((s) => s.kind === 'blur');
    expect(mild.filter((s) => verdict(s.px) === undefined).map((s) => s.label)).toEqual([]);
  });
  it('flags every enlargement from 150×210 and 200×280; drawn ones as photo/upscaled', () => {
    const enlarged = samples.filter((s) => s.kind === 'enlarged');
    expect(enlarged.filter((s) => verdict(s.px) === undefined).map((s) => s.label)).toEqual([]);
    const drawn = enlarged.filter((s) => s.synthetic);
    expect(drawn.filter((s) => verdict(s.px) !== 'upscaled').map((s) => s.label)).toEqual([]);
  });
});

describe('calibration of photo/background', () => {
  const cases: [string, ReturnType<typeof judgeBackground>][] = [
    ['#ffffff', undefined],
    ['#fafafa', undefined],
    ['#eef4fb', undefined],
    ['#ebebeb', undefined],
    ['#e1e1e1', 'off-white'],
    ['#d3d3d3', 'off-white'],
    ['#f7f0dc', 'cast'],
    ['#c0c0c0', 'not-white'],
    ['#808080', 'not-white'],
    ['#404040', 'not-white'],
    ['#438edb', 'tinted'],
    ['#d6e8f8', 'tinted'],
    ['#d9001b', 'tinted'],
    ['#c8b4a0', 'tinted'],
  ];
  it.each(cases)('backdrop %s → %s', async (background, expected) => {
    const jpeg = await sharp(await portrait({ background, seed: 3 }))
      .jpeg({ quality: 85 })
      .toBuffer();
    expect(judgeBackground((await measurePixels(jpeg)).background!)).toBe(expected);
  });
});

describe('the three real portraits', () => {
  it('each gets photo/background, none photo/blur or photo/upscaled', async () => {
    const found: Record<string, string[]> = {};
    for (const f of REAL) {
      // outdoor-background.jpg is really a WebP: re-encoded to JPEG so the pixel rules look at it.
      const jpeg = await sharp(await readFile(path.join(PORTRAITS, f)))
        .jpeg({ quality: 95 })
        .toBuffer();
      const result = await checkPhoto(jpeg, PHOTO_RULES);
      found[f] = result.findings.map((x) => `${x.rule}:${x.messageId}:${x.severity}`);
    }
    expect(found).toEqual({
      'grey-background.jpg': ['photo/background:off-white:warning'],
      'beige-background.jpg': ['photo/aspect:default:warning', 'photo/background:tinted:error'],
      'outdoor-background.jpg': ['photo/aspect:default:warning', 'photo/background:tinted:error'],
    });
  });
  it('as distributed, outdoor-background.jpg is a WebP named .jpg: photo/format', async () => {
    const file = path.join(PORTRAITS, 'outdoor-background.jpg');
    const result = await checkPhoto(await readFile(file), PHOTO_RULES);
    // 764×1146 is 0.667, 6.6 % narrower than 295:413: photo/aspect speaks too (a header fact).
    expect(result.findings.map((x) => `${x.rule}:${x.messageId}`)).toEqual([
      'photo/aspect:default',
      'photo/format:content',
    ]);
  });
});
