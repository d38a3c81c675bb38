/**
 * An image file's facts, cheapest first. The parts live in `image/`: the bytes before any decoder
 * (`structure.ts`), the header and EXIF (`header.ts`), what a decode would cost and whether it is
 * worth it (`decode-plan.ts`, pure), sharp and its bounds (`decode.ts`), the pixel statistics
 * (`pixel-stats.ts`, pure).
 */
import type { FileHandle } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { DECODE_BUDGET_BYTES, MAX_PIXELS } from '../platform/limits.js';
import {
  type DecodeError,
  type HeavyDecode,
  type ImageFacts,
  type ImageHeader,
  type ImageRole,
} from './image-types.js';
import type { Limiter } from '../util/limiter.js';
import { openRegularFile } from './folder.js';
import { decodeMemory, pixelsWanted, type DecodeMemory } from './image/decode-plan.js';
import { SHARP_READS, configureSharp, errorText, measurePixels } from './image/decode.js';
import { toHeader } from './image/header.js';
import { hex, readStructure, type FileStructure } from './image/structure.js';

export interface GatherOptions {
  /** File size from the probe (stat) that found the file readable. */
  readonly size: number;
  /** What the file is used as: decides whether its pixels are worth decoding. */
  readonly roles: ReadonlySet<ImageRole>;
  /** Bounds the pixel decodes in flight; by default one limiter for the process, `max(2, cores)`. */
  readonly decodes?: Limiter;
  /** The file already opened inside the applicant folder (`openInFolder`): read through this handle and this real path, left open. */
  readonly opened?: { readonly handle: FileHandle; readonly path: string };
}

/**
 * Gathers one file's image facts, cheapest first: magic bytes, the JPEG/PNG end marker, the header
 * (sharp metadata, EXIF), and pixels only when a role needs them and the header passes that role's
 * checks. Never throws for a bad file: a truncated or corrupt one gets `decodeError`.
 */
export async function gatherImageFacts(file: string, options: GatherOptions): Promise<ImageFacts> {
  configureSharp();
  const extension = path.extname(file).slice(1).toLowerCase();
  const bytes = options.size;
  let fh: FileHandle | undefined;
  let structure: FileStructure;
  try {
    fh = options.opened?.handle ?? (await openRegularFile(file));
    structure = await readStructure(fh, bytes);
  } catch (error) {
    return {
      format: 'unknown',
      extension,
      bytes,
      head: '',
      tooLarge: false,
      decodeError: decodeError(errorText(error), 'read'),
    };
  } finally {
    if (!options.opened) await fh?.close().catch(() => {});
  }
  const { head, format, jpegEnd, scanStart, structureError } = structure;
  const source = options.opened?.path ?? file;
  const base = { extension, bytes, head: hex(head.subarray(0, 8)) };
  if (format === undefined) return { ...base, format: 'unknown', tooLarge: false };
  if (!SHARP_READS.has(format))
    return {
      ...base,
      format,
      tooLarge: false,
      ...(structureError ? { decodeError: structureError } : {}),
    };

  let header: ImageHeader;
  let memory: DecodeMemory;
  try {
    // The limit is off for the header only, so that a bomb's dimensions can be reported. When
    // a JPEG's header segments all lie in the bytes already read, libvips reads them from memory
    // (a third less time than opening the file again).
    const input = scanStart <= head.length ? head : source;
    const metadata = await sharp(input, { limitInputPixels: false }).metadata();
    header = toHeader(metadata);
    memory = decodeMemory(format, metadata);
  } catch (error) {
    return {
      ...base,
      format,
      ...(jpegEnd ? { jpegEnd } : {}),
      tooLarge: false,
      decodeError:
        structureError ??
        decodeError(errorText(error, `${format.toUpperCase()} header unreadable`), 'header'),
    };
  }
  const tooLarge = header.width * header.height > MAX_PIXELS;
  const heavy: HeavyDecode | undefined =
    !tooLarge && memory.kind !== undefined && memory.bytes > DECODE_BUDGET_BYTES
      ? { kind: memory.kind, bytes: memory.bytes }
      : undefined;
  const facts = {
    ...base,
    format,
    ...(jpegEnd ? { jpegEnd } : {}),
    header,
    tooLarge,
    ...(structureError ? { decodeError: structureError } : {}),
    ...(heavy ? { heavy } : {}),
  };
  const scope = tooLarge || structureError ? undefined : pixelsWanted(facts, options.roles);
  if (!scope) return facts;
  // Decoding it would hold hundreds of MB (a 1 MB progressive photo of 100 MP): the header
  // rules still speak, the pixel rules cannot, and file/too-large says so.
  if (heavy) return { ...facts, heavy: { ...heavy, skipped: scope } };
  try {
    const pixels = await measurePixels(source, {
      orientation: header.orientation,
      scope,
      memory: memory.bytes,
      ...(options.decodes ? { decodes: options.decodes } : {}),
    });
    return { ...facts, pixels };
  } catch (error) {
    const detail = errorText(error, `${format.toUpperCase()} data unreadable`);
    return { ...facts, decodeError: decodeError(detail, 'data') };
  }
}

/**
 * The decoder's words (libvips, through sharp) and what they mean: the file ends early, the codec
 * is missing, or else the part being read (`stage`) is damaged. Only data that ends early is
 * `truncated`: a header that does is reported as corrupt, as before.
 */
export function decodeError(detail: string, stage: 'read' | 'header' | 'data'): DecodeError {
  if (
    stage !== 'read' &&
    /premature|truncat|end of (file|input|stream)|unexpected end/i.test(detail)
  )
    return { kind: stage === 'data' ? 'truncated' : 'corrupt', detail, cause: 'truncated' };
  if (stage !== 'read' && /unsupported|not a known|no known|not supported/i.test(detail))
    return { kind: 'corrupt', detail, cause: 'unsupported' };
  return { kind: 'corrupt', detail, cause: stage };
}
