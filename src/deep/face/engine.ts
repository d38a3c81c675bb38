import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import sharp from 'sharp';
import { MAX_PIXELS } from '../../platform/limits.js';
import { DeepEngineMissing } from '../errors.js';
import type { DeepImage } from '../kinds.js';
import type { Face, FacePoint, FaceReading } from './types.js';

/**
 * The face detector of `--deep`: @vladmandic/human (BlazeFace + FaceMesh, MIT, its models inside
 * the package) on TensorFlow.js's WebAssembly backend, chosen by measurement (docs/benchmark.md):
 * about 4× faster and 35 % lighter in memory than face-api, no native binary, nothing downloaded
 * at install or run time. The pure-JS CPU backend takes a minute per photo: not an option.
 */
export const packages: readonly string[] = [
  '@vladmandic/human@3.3.6',
  '@tensorflow/tfjs-core@4.22.0',
  '@tensorflow/tfjs-converter@4.22.0',
  '@tensorflow/tfjs-backend-wasm@4.22.0',
];

/** The detector looks at a copy that fits this box: BlazeFace itself sees 256×256. */
const ANALYSIS_SIDE = 800;
/** Faces below this confidence are not reported (no false face in the calibration set at 0.3). */
const MIN_SCORE = 0.5;

/** The few parts of Human and TensorFlow.js this module uses. */
interface HumanFace {
  readonly box: readonly [number, number, number, number];
  readonly score: number;
  readonly annotations: Readonly<Record<string, readonly (readonly number[])[] | undefined>>;
}
interface HumanTensor {
  dispose(): void;
}
interface HumanIoHandler {
  load(): Promise<unknown>;
}
interface HumanTf {
  tensor3d(data: Uint8Array, shape: [number, number, number], dtype: 'int32'): HumanTensor;
  io: { registerLoadRouter(router: (url: string) => HumanIoHandler | null): void };
}
interface Human {
  readonly tf: HumanTf;
  load(): Promise<void>;
  detect(
    input: HumanTensor,
  ): Promise<{ readonly face: readonly HumanFace[]; readonly error?: string | null }>;
}
interface HumanModule {
  Human: new (config: Record<string, unknown>) => Human;
}

/** Where the optional packages are, or undefined when one is not installed. */
function locate(): { human: string; wasm: string } | undefined {
  const require = createRequire(import.meta.url);
  try {
    // Human's "exports" lists its builds without "./": resolve the package, then its files.
    const human = path.dirname(path.dirname(require.resolve('@vladmandic/human')));
    const wasm = path.dirname(require.resolve('@tensorflow/tfjs-backend-wasm'));
    require.resolve('@tensorflow/tfjs-core');
    require.resolve('@tensorflow/tfjs-converter');
    return { human, wasm: wasm + path.sep };
  } catch {
    return undefined;
  }
}

/**
 * The face reader, loaded once per process (src/deep/load.ts). Throws `DeepEngineMissing` when the
 * optional packages are not installed.
 */
export async function createFaceReader(): Promise<(image: DeepImage) => Promise<FaceReading>> {
  const where = locate();
  if (!where) throw new DeepEngineMissing(packages);
  let human: Human;
  try {
    const module = (await import(
      pathToFileURL(path.join(where.human, 'dist', 'human.node-wasm.js')).href
    )) as Partial<HumanModule> & { default?: Partial<HumanModule> | HumanModule['Human'] };
    // A CommonJS build: Node gives its exports as `default`, Vite-based loaders may unwrap them.
    const Human =
      module.Human ??
      (typeof module.default === 'function' ? module.default : module.default?.Human);
    if (!Human) throw new DeepEngineMissing(packages);
    human = new Human({
      backend: 'wasm',
      // The wasm files of the installed backend; Human's default is a CDN.
      wasmPath: where.wasm,
      modelBasePath: pathToFileURL(path.join(where.human, 'models') + path.sep).href,
      debug: false,
      async: true,
      warmup: 'none',
      // Human is made for video: it reuses the last frame's faces for a similar next input.
      // Every photo here is another person's: 0 turns that off (each is detected afresh).
      cacheSensitivity: 0,
      filter: { enabled: false },
      face: {
        enabled: true,
        detector: { rotation: true, maxDetected: 5, minConfidence: MIN_SCORE, return: false },
        mesh: { enabled: true },
        iris: { enabled: false },
        description: { enabled: false },
        emotion: { enabled: false },
        antispoof: { enabled: false },
        liveness: { enabled: false },
        attention: { enabled: false },
      },
      body: { enabled: false },
      hand: { enabled: false },
      object: { enabled: false },
      gesture: { enabled: false },
      segmentation: { enabled: false },
    });
    // TensorFlow.js reads file:// models only with tfjs-node: read them from the package here.
    human.tf.io.registerLoadRouter((url) =>
      typeof url === 'string' && url.startsWith('file://') ? fileModel(url) : null,
    );
    await human.load();
  } catch (error) {
    if (isMissingModule(error)) throw new DeepEngineMissing(packages);
    throw error;
  }
  return (image) => readFace(human, image);
}

function isMissingModule(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND';
}

/** A TensorFlow.js graph model (model.json and its weight files) read from the package's folder. */
function fileModel(url: string): HumanIoHandler {
  return {
    async load() {
      const file = new URL(url);
      const json = JSON.parse(await readFile(file, 'utf8')) as {
        modelTopology: unknown;
        format?: string;
        generatedBy?: string;
        convertedBy?: string;
        weightsManifest: { paths: string[]; weights: unknown[] }[];
      };
      const parts: Buffer[] = [];
      for (const group of json.weightsManifest)
        for (const p of group.paths) parts.push(await readFile(new URL(p, file)));
      const all = Buffer.concat(parts);
      return {
        modelTopology: json.modelTopology,
        format: json.format,
        generatedBy: json.generatedBy,
        convertedBy: json.convertedBy,
        weightSpecs: json.weightsManifest.flatMap((g) => g.weights),
        weightData: all.buffer.slice(all.byteOffset, all.byteOffset + all.byteLength),
      };
    },
  };
}

/** One photo: decoded upright into a small RGB copy, then the faces in it. Never throws. */
async function readFace(human: Human, image: DeepImage): Promise<FaceReading> {
  let pixels: { data: Buffer; width: number; height: number };
  try {
    const { data, info } = await sharp(image.data, { limitInputPixels: MAX_PIXELS })
      .rotate()
      .resize(ANALYSIS_SIDE, ANALYSIS_SIDE, { fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .toColourspace('srgb')
      .raw()
      .toBuffer({ resolveWithObject: true });
    pixels = { data, width: info.width, height: info.height };
  } catch {
    return { status: 'unreadable', reason: 'decode' };
  }
  const input = human.tf.tensor3d(
    new Uint8Array(pixels.data.buffer, pixels.data.byteOffset, pixels.data.byteLength),
    [pixels.height, pixels.width, 3],
    'int32',
  );
  try {
    const result = await human.detect(input);
    if (result.error) return { status: 'unreadable', reason: 'detector' };
    const faces = result.face
      .filter((f) => f.score >= MIN_SCORE)
      .map(toFace)
      .sort((a, b) => b.box.height - a.box.height);
    return { status: 'read', width: pixels.width, height: pixels.height, faces };
  } catch {
    return { status: 'unreadable', reason: 'detector' };
  } finally {
    input.dispose();
  }
}

function toFace(face: HumanFace): Face {
  const [x, y, width, height] = face.box;
  // FaceMesh's "leftEye" is the person's left eye, on the photo's right.
  const onRight = centre(face.annotations.leftEyeUpper0, face.annotations.leftEyeLower0);
  const onLeft = centre(face.annotations.rightEyeUpper0, face.annotations.rightEyeLower0);
  return {
    box: { x, y, width, height },
    ...(onLeft && onRight ? { eyes: { left: onLeft, right: onRight } } : {}),
    score: Math.round(face.score * 100) / 100,
  };
}

/** The mean of an eye's outline points, or undefined when the mesh gave none. */
function centre(
  ...outlines: (readonly (readonly number[])[] | undefined)[]
): FacePoint | undefined {
  const points = outlines.flatMap((o) => o ?? []);
  if (points.length === 0) return undefined;
  let x = 0;
  let y = 0;
  for (const p of points) {
    x += p[0] ?? 0;
    y += p[1] ?? 0;
  }
  return { x: x / points.length, y: y / points.length };
}
