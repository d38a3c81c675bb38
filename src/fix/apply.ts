import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { readInFolder } from '../facts/folder.js';
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
      // Every input read once, through the folder's one door: a file that is a link leaving
      // DIR, or gone or changed since the check, is skipped, never read or copied.
      const inputs: Buffer[] = [];
      for (const name of job.inputs) {
        const read = await readInFolder(options.dir, name);
        if (read.bytes) inputs.push(read.bytes);
      }
      if (inputs.length !== job.inputs.length) continue;
      let result: { bytes: Buffer; outcome: JobOutcome };
      try {
        result = await runJob(job, inputs);
      } catch (error) {
        if (error instanceof UnsafeTargetError) throw error;
        if (job.inputs.length > 1) throw new MergeError(job.inputs.join(' + '), errorText(error));
        // A file whose header passed but whose pixels the decoder refuses: OUT keeps it as it
        // is, and the report says why it was not fixed.
        const original = inputs[0]!;
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

/** A job on the inputs' bytes (read from DIR by the caller, in the order of `job.inputs`). */
async function runJob(
  job: FileJob,
  inputs: readonly Buffer[],
): Promise<{ bytes: Buffer; outcome: JobOutcome }> {
  if (job.method !== 'encode' && inputs.length === 1) {
    const original = inputs[0]!;
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
  return encodeJob(job, inputs);
}

function done(job: FileJob, bytes: Buffer, method: JobOutcome['method']) {
  return { bytes, outcome: { job, method, bytes: bytes.length } };
}

async function encodeJob(
  job: FileJob,
  inputs: readonly Buffer[],
): Promise<{ bytes: Buffer; outcome: JobOutcome }> {
  let px: Pixels;
  let minLong = MIN_LONG_SIDE;
  if (inputs.length === 1) px = await loadPixels(inputs[0]!);
  else {
    const parts: Pixels[] = [];
    for (const input of inputs) parts.push(await loadPixels(input));
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
): Promise<{ readonly written: boolean; readonly failed: readonly ProfileEdit[] }> {
  const write = await outWriter(options);
  const read = await readInFolder(options.dir, options.name);
  // A profile refused by the check (a link out of DIR, a FIFO …) is not copied either.
  if (!read.bytes) return { written: false, failed: [] };
  const text = read.bytes.toString('utf8');
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
  return { written: true, failed };
}

/** Copies a small companion file (profile.schema.json) when DIR has one. */
export async function copyCompanion(options: ApplyOptions, name: string): Promise<boolean> {
  // Not copied when absent, a link that leaves DIR, a FIFO …: OUT gets only files of DIR.
  const { bytes } = await readInFolder(options.dir, name);
  if (!bytes) return false;
  const write = await outWriter(options);
  await write(name, bytes);
  return true;
}
