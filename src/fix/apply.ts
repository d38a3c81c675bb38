import { readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import { probeFile } from '../facts/folder.js';
import { applyEdits } from '../interactive/yaml-text.js';
import { isWithin, makeFolder } from '../util/writable.js';
import { writeFileAtomic } from '../util/write-atomic.js';
import { encodeToFit, loadPixels, mergeLayout, mergePixels, type Pixels } from './encode.js';
import { stripJpeg, stripPng } from './strip.js';
import { MIN_LONG_SIDE, withinLimits } from './targets.js';
import type { FileJob, FixPlan, JobOutcome, ProfileEdit } from './types.js';

export interface ApplyOptions {
  /** The applicant folder, absolute: only ever read. */
  readonly dir: string;
  /** The output folder, absolute; created when missing. */
  readonly out: string;
}

/** A path that would put a file outside OUT, or into DIR (through a link inside OUT). */
export class UnsafeTargetError extends Error {}

/** The parts of a merge could not be decoded: nothing sensible can stand in for the merged file. */
export class MergeError extends Error {
  constructor(
    readonly files: string,
    detail: string,
  ) {
    super(detail);
  }
}

/** Jobs at once: a 12 MP image is 36 MB of pixels and its JPEG encoding uses one core. */
const JOBS_IN_FLIGHT = 2;

/**
 * Writes every job of the plan into OUT, never into DIR. Outcomes in the plan's order; a job
 * whose input cannot be read inside DIR (a link that leaves it, a file gone since the check)
 * is skipped.
 */
export async function applyFixPlan(plan: FixPlan, options: ApplyOptions): Promise<JobOutcome[]> {
  const write = await outWriter(options);
  const outcomes = new Array<JobOutcome | undefined>(plan.jobs.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < plan.jobs.length; i = next++) {
      const job = plan.jobs[i]!;
      const readable = await Promise.all(job.inputs.map((n) => probeFile(options.dir, n)));
      if (readable.some((a) => a.status !== 'ok')) continue;
      let result: { bytes: Buffer; outcome: JobOutcome };
      try {
        result = await runJob(job, options.dir);
      } catch (error) {
        if (error instanceof UnsafeTargetError) throw error;
        if (job.inputs.length > 1) throw new MergeError(job.inputs.join(' + '), errorText(error));
        // A file whose header passed but whose pixels the decoder refuses: OUT keeps it as it
        // is, and the report says why it was not fixed.
        const original = await readFile(inputPath(options.dir, job.inputs[0]!));
        result = {
          bytes: original,
          outcome: { job, method: 'copy', bytes: original.length, error: errorText(error) },
        };
      }
      await write(job.output, result.bytes);
      outcomes[i] = result.outcome;
    }
  };
  await Promise.all(Array.from({ length: Math.min(JOBS_IN_FLIGHT, plan.jobs.length) }, worker));
  return outcomes.filter((o): o is JobOutcome => o !== undefined);
}

/**
 * Writes a file of OUT by its output name (issue 13, item 5): the folders on the way are made
 * one at a time and each must really be inside OUT (a linked sub-folder that leaves it is
 * refused, `WriteRefusedError`), never inside DIR; a link at the name itself is replaced, never
 * written through.
 */
async function outWriter(
  options: ApplyOptions,
): Promise<(name: string, bytes: string | Uint8Array) => Promise<void>> {
  const out = path.resolve(options.out);
  const realOut = await makeFolder(out);
  const realDir = await realpath(options.dir);
  return async (name, bytes) => {
    const target = path.resolve(out, name);
    if (!target.startsWith(out + path.sep)) throw new UnsafeTargetError(name);
    const parent = await makeFolder(path.dirname(target), realOut);
    if (isWithin(parent, realDir)) throw new UnsafeTargetError(name);
    await writeFileAtomic(path.join(parent, path.basename(target)), bytes, {
      link: 'replace',
      within: realOut,
      protect: [realDir],
    });
  };
}

function errorText(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0]!.slice(0, 200);
}

function inputPath(dir: string, name: string): string {
  const full = path.resolve(dir, name);
  if (!full.startsWith(path.resolve(dir) + path.sep)) throw new UnsafeTargetError(name);
  return full;
}

async function runJob(job: FileJob, dir: string): Promise<{ bytes: Buffer; outcome: JobOutcome }> {
  if (job.method !== 'encode' && job.inputs.length === 1) {
    const original = await readFile(inputPath(dir, job.inputs[0]!));
    if (job.method === 'copy') return done(job, original, 'copy');
    const cleaned =
      job.format === 'jpeg'
        ? stripJpeg(original)
        : job.format === 'png'
          ? stripPng(original)
          : undefined;
    // Cleaning can take a file under the minimum (a big EXIF block): then it is re-encoded.
    if (cleaned && withinLimits(cleaned.length, job.target)) return done(job, cleaned, 'lossless');
  }
  return encodeJob(job, dir);
}

function done(job: FileJob, bytes: Buffer, method: JobOutcome['method']) {
  return { bytes, outcome: { job, method, bytes: bytes.length } };
}

async function encodeJob(
  job: FileJob,
  dir: string,
): Promise<{ bytes: Buffer; outcome: JobOutcome }> {
  let px: Pixels;
  let minLong = MIN_LONG_SIDE;
  if (job.inputs.length === 1) px = await loadPixels(inputPath(dir, job.inputs[0]!));
  else {
    const parts: Pixels[] = [];
    for (const name of job.inputs) parts.push(await loadPixels(inputPath(dir, name)));
    const step = job.steps.find((s) => s.kind === 'merge');
    const layout = step?.kind === 'merge' ? step.layout : 'row';
    px = await mergePixels(parts, layout);
    // Made smaller to fit only while its smallest part keeps MIN_LONG_SIDE on its long side.
    const boxes = mergeLayout(parts, layout).boxes;
    const smallest = Math.min(...boxes.map((b) => Math.max(b.width, b.height)));
    minLong = Math.ceil((MIN_LONG_SIDE * Math.max(px.width, px.height)) / smallest);
  }
  const encoded = await encodeToFit(px, job.target, { minLong });
  const scale = (encoded.width / px.width) * (px.scale ?? 1);
  return {
    bytes: encoded.bytes,
    outcome: {
      job,
      method: 'encode',
      bytes: encoded.bytes.length,
      quality: encoded.quality,
      ...(scale < 0.999 ? { scale } : {}),
      ...(encoded.miss ? { miss: encoded.miss } : {}),
    },
  };
}

/** The profile in OUT: DIR's text with the file fields edited in place, comments kept. */
export async function writeProfile(
  options: ApplyOptions & { readonly name: string; readonly edits: readonly ProfileEdit[] },
): Promise<{ readonly failed: readonly ProfileEdit[] }> {
  const write = await outWriter(options);
  const text = await readFile(path.join(options.dir, options.name), 'utf8');
  let edited = text;
  let failed: readonly ProfileEdit[] = [];
  if (options.edits.length > 0)
    try {
      edited = applyEdits(
        text,
        options.edits.map((e) => ({ path: e.path, value: e.value })),
      );
    } catch {
      failed = options.edits;
    }
  await write(options.name, edited);
  return { failed };
}

/** Copies a small companion file (profile.schema.json) when DIR has one. */
export async function copyCompanion(options: ApplyOptions, name: string): Promise<boolean> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path.join(options.dir, name));
  } catch {
    return false;
  }
  const write = await outWriter(options);
  await write(name, bytes);
  return true;
}
