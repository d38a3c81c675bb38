import { captureIo } from '../helpers.js';
export { captureIo, type CapturedIo } from '../helpers.js';
import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { fixCommand, type FixOptions } from '../../src/cli/commands/fix.js';
import { checkFolder } from '../../src/check.js';
import type { CheckResult } from '../../src/engine/types.js';

export const TODAY = '2026-11-26';

/** Runs `fix DIR --out OUT` as the CLI would, in `lang`. */
export async function runFix(
  dir: string,
  out: string | undefined,
  options: Partial<FixOptions> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  const lang = options.lang ?? 'zh';
  const io = captureIo(path.dirname(dir), lang);
  const code = await fixCommand(
    dir,
    { force: false, dryRun: false, today: TODAY, lang, ...(out ? { out } : {}), ...options },
    io,
  );
  return { code, stdout: io.out(), stderr: io.err() };
}

/** A JPEG of `source` carrying GPS coordinates in its EXIF, as a phone writes them. */
export async function withGps(source: string | Buffer): Promise<Buffer> {
  return sharp(source)
    .withExif({
      IFD0: { Make: 'ausm-check test' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '25/1 2/1 3/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '102/1 42/1 0/1',
      },
    })
    .jpeg({ quality: 90 })
    .toBuffer();
}

/** sha256 of every file under `dir` (recursively), by relative path. */
export async function hashTree(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    out[path.relative(dir, full)] = createHash('sha256')
      .update(await readFile(full))
      .digest('hex');
  }
  return out;
}

export async function recheck(dir: string): Promise<CheckResult> {
  return checkFolder(dir, { today: TODAY });
}

/** The rule ids reported about one file (or, with a field, about that material). */
export function rulesAbout(result: CheckResult, file: string): string[] {
  return result.findings.filter((f) => f.file === file).map((f) => f.rule);
}

/** Mean absolute difference per channel (0–255) between two images, both shrunk to `size` wide. */
export async function meanAbsoluteError(
  a: Buffer | string,
  b: Buffer | string,
  size = 256,
): Promise<number> {
  // Decoded in full first: a JPEG shrunk on load (DCT scaling) is sampled differently from the
  // same picture at another size, which alone would show as several levels of "error".
  const small = async (input: Buffer | string, width: number, height: number) => {
    const { data, info } = await sharp(input).raw().toBuffer({ resolveWithObject: true });
    return sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } })
      .removeAlpha()
      .resize(width, height, { fit: 'fill' })
      .raw()
      .toBuffer();
  };
  const meta = await sharp(a).metadata();
  const width = size;
  const height = Math.round((size * meta.height) / meta.width);
  const [x, y] = await Promise.all([small(a, width, height), small(b, width, height)]);
  let sum = 0;
  for (let i = 0; i < x.length; i++) sum += Math.abs(x[i]! - y[i]!);
  return sum / x.length;
}
