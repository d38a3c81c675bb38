import path from 'node:path';
import type { CheckResult, Finding } from '../engine/types.js';
import type { ImageFacts } from '../facts/image-types.js';
import type { Facts, FileFacts } from '../facts/types.js';
import type { ImageFormat } from '../platform/formats.js';
import { splitPath } from '../profile/schema.js';
import { TRAILING_MIN_BYTES } from '../rules/photo/trailing-data.js';
import { mergeLayout } from './encode.js';
import { sizeTarget } from './targets.js';
import type {
  AdviceKey,
  FileJob,
  FixMethod,
  FixPlan,
  FixStep,
  MergeLayout,
  ProfileEdit,
  SizeTarget,
  Unfixable,
} from './types.js';

/** The findings about image files (what fix may act on); data findings are not its business. */
export function isImageFinding(f: Pick<Finding, 'rule'>): boolean {
  return /^(photo|attachment|file|privacy)\//.test(f.rule);
}

/** Formats the bundled libvips decodes (facts/image/decode.ts: SHARP_READS); HEIC, PDF and BMP are not among them. */
const DECODABLE: ReadonlySet<ImageFormat> = new Set(['jpeg', 'png', 'webp', 'gif', 'tiff', 'avif']);

/** The platform's upper limit for an attachment in the stricter reading (500 × 1000 bytes). */
const ATTACHMENT_CEILING = 500_000;

interface Roles {
  photo: boolean;
  attachment: boolean;
  fields: string[];
}

/** A job before its output name is settled. */
interface Draft extends Omit<FileJob, 'output'> {
  /** The name it would like in OUT. */
  readonly wanted: string;
  /** True when `wanted` is the input's own name: such names are reserved first. */
  readonly keepsName: boolean;
}

/** A decodable image whose header was read: what a re-encode or a merge needs. */
function decodable(file: FileFacts | undefined): ImageFacts | undefined {
  const img = file?.image;
  if (file?.access.status !== 'ok' || file.access.size === 0 || !img?.header) return undefined;
  if (img.format === 'unknown' || img.decodeError || img.tooLarge || img.heavy) return undefined;
  return DECODABLE.has(img.format) ? img : undefined;
}

/**
 * Decides, per material file, what `fix` does and which findings stay with the person. Pure:
 * reads the facts and the findings of DIR, touches nothing. Only safe fixes: no enlarging (the
 * guide forbids enlarging a photo that has too few pixels), no background replacement, no
 * retouching, no cropping.
 */
export function planFix(facts: Facts, result: Pick<CheckResult, 'findings'>): FixPlan {
  const findings = result.findings.filter((f) => f.waived === undefined && isImageFinding(f));
  const byFile = new Map<string, Finding[]>();
  const bySlot = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = f.file ?? f.field;
    if (key === undefined) continue;
    const map = f.file !== undefined ? byFile : bySlot;
    map.set(key, [...(map.get(key) ?? []), f]);
  }

  const drafts: Draft[] = [];
  const unfixable: Unfixable[] = [];
  const usage = new Map<string, Roles>();
  const copyOnly = new Set<string>();
  const merged = new Map<string, Draft>();

  for (const slot of facts.materials) {
    const mergeFinding = (bySlot.get(slot.field) ?? []).find((f) => f.rule === 'attachment/merge');
    if (mergeFinding) {
      const blocked = slot.files.find((name) => !decodable(facts.files.get(name)));
      if (blocked === undefined) {
        const draft = mergeDraft(facts, slot.field, slot.files, mergeFinding, byFile);
        drafts.push(draft);
        merged.set(slot.field, draft);
        continue;
      }
      unfixable.push({ finding: mergeFinding, advice: 'merge-blocked', args: { file: blocked } });
    }
    for (const name of slot.files) {
      const roles = usage.get(name) ?? { photo: false, attachment: false, fields: [] };
      if (slot.material === 'photo') roles.photo = true;
      else roles.attachment = true;
      roles.fields.push(slot.field);
      usage.set(name, roles);
    }
    // Several files found by name for one material (material/ambiguous): which is meant is the
    // person's choice, so they are copied as they are and the re-check says so again.
    if (slot.files.length === 0) for (const name of slot.found) copyOnly.add(name);
  }

  for (const [name, roles] of usage) {
    const draft = fileDraft(name, facts.files.get(name), roles, byFile.get(name) ?? []);
    if (draft) drafts.push(draft);
  }
  for (const name of copyOnly)
    if (!usage.has(name)) drafts.push(copyDraft(name, [], sizeTarget(ATTACHMENT_ROLES, undefined)));

  const named = nameOutputs(drafts);
  const jobs = [...named.values()];
  const addressed = new Set(jobs.flatMap((j) => j.fixes));
  const reported = new Set(unfixable.map((u) => u.finding));
  for (const f of findings)
    if (!addressed.has(f) && !reported.has(f)) unfixable.push({ finding: f, advice: adviceFor(f) });

  return { jobs, unfixable, profileEdits: profileEdits(facts, named, merged) };
}

const ATTACHMENT_ROLES = { photo: false, attachment: true } as const;

function copyDraft(name: string, fields: readonly string[], target: SizeTarget): Draft {
  return {
    inputs: [name],
    wanted: name,
    keepsName: true,
    method: 'copy',
    steps: [],
    target,
    fixes: [],
    fields,
  };
}

function isJpegExtension(extension: string): boolean {
  return extension === 'jpg' || extension === 'jpeg';
}

function withExtension(name: string, extension: string): string {
  const ext = path.posix.extname(name);
  const base = ext === '' || ext === name ? name : name.slice(0, -ext.length);
  return `${base}.${extension}`;
}

/** What to do with one file used on its own by one or more materials. */
function fileDraft(
  name: string,
  file: FileFacts | undefined,
  roles: Roles,
  findings: readonly Finding[],
): Draft | undefined {
  if (file === undefined || file.access.status !== 'ok') return undefined;
  const img = decodable(file);
  const header = img?.header;
  const target = sizeTarget(
    roles,
    header ? { width: header.displayWidth, height: header.displayHeight } : undefined,
  );
  // Broken, unreadable by the decoder, or a bomb: copied as it is, so that the re-check of OUT
  // reports it again rather than a missing file.
  if (!img || !header) return copyDraft(name, roles.fields, target);

  const steps: FixStep[] = [];
  let encode = false;
  const format = img.format as ImageFormat;
  if (
    (roles.photo && format !== 'jpeg') ||
    (roles.attachment && format !== 'jpeg' && format !== 'png')
  ) {
    steps.push({ kind: 'convert', from: format });
    encode = true;
  } else if (format === 'jpeg' && !isJpegExtension(img.extension))
    steps.push({ kind: 'rename', from: img.extension, to: 'jpg' });
  else if (format === 'png' && img.extension !== 'png')
    steps.push({ kind: 'rename', from: img.extension, to: 'png' });

  const orientation = header.orientation;
  if (orientation !== undefined && orientation >= 2 && orientation <= 8) {
    steps.push({ kind: 'orient', orientation });
    encode = true;
  }
  for (const from of [
    header.space === 'cmyk' ? 'cmyk' : undefined,
    header.depth !== 'uchar' ? '16-bit' : undefined,
    header.hasAlpha ? 'alpha' : undefined,
  ] as const)
    if (from !== undefined) {
      steps.push({ kind: 'srgb', from });
      encode = true;
    }

  const trailing = img.jpegEnd?.found ? img.jpegEnd.trailingBytes : 0;
  // Padding after the end marker is no part of the picture: the size without it is what counts.
  const own = img.bytes - trailing;
  if (roles.attachment && img.bytes > ATTACHMENT_CEILING) {
    steps.push({ kind: 'shrink', bytes: img.bytes, maxBytes: target.maxBytes! });
    encode = true;
  } else if (own < target.floor && target.mayRaise) {
    steps.push({ kind: 'raise', bytes: own, minBytes: target.minBytes });
    encode = true;
  }

  const gps = header.gps !== undefined;
  if (roles.photo && trailing >= TRAILING_MIN_BYTES)
    steps.push({ kind: 'trailing', bytes: trailing });
  if (steps.length > 0 || gps) steps.push({ kind: 'strip', gps });

  const method: FixMethod = encode ? 'encode' : steps.length > 0 ? 'lossless' : 'copy';
  const rename = steps.find((s) => s.kind === 'rename');
  const wanted = rename
    ? withExtension(name, rename.to)
    : encode && !isJpegExtension(img.extension)
      ? withExtension(name, 'jpg')
      : name;
  return {
    inputs: [name],
    wanted,
    keepsName: wanted === name,
    method,
    steps,
    target,
    fixes: findings.filter((f) => addresses(f, steps)),
    fields: roles.fields,
    format,
  };
}

/** Whether the steps resolve the finding (the re-check of OUT has the last word). */
function addresses(f: Finding, steps: readonly FixStep[]): boolean {
  const has = (kind: FixStep['kind']) => steps.some((s) => s.kind === kind);
  switch (f.rule) {
    case 'photo/format':
    case 'attachment/format':
      return has('convert') || has('rename');
    case 'photo/min-size':
      return has('raise');
    case 'photo/trailing-data':
      return has('trailing') && (f.messageId !== 'padding' || has('raise'));
    case 'photo/orientation':
      return f.messageId === 'exif' && has('orient');
    case 'photo/color':
      return f.messageId === 'cmyk' && has('srgb');
    case 'privacy/gps':
      return has('strip');
    case 'attachment/size':
      return has(f.messageId === 'too-large' ? 'shrink' : 'raise');
    case 'attachment/size-margin':
      return has('shrink');
    default:
      return false;
  }
}

/** Findings about a part that stop mattering once it is merged and re-encoded. */
const MERGE_RESOLVES = new Set([
  'attachment/format',
  'attachment/size',
  'attachment/size-margin',
  'privacy/gps',
]);

function mergeDraft(
  facts: Facts,
  field: string,
  names: readonly string[],
  finding: Finding,
  byFile: ReadonlyMap<string, Finding[]>,
): Draft {
  const parts = names.map((n) => decodable(facts.files.get(n))!.header!);
  const sizes = parts.map((h) => ({ width: h.displayWidth, height: h.displayHeight }));
  // ID cards and other landscape pieces go one under the other; pages side by side.
  const layout: MergeLayout = sizes.every((s) => s.width > s.height) ? 'stack' : 'row';
  const { width, height } = mergeLayout(sizes, layout);
  const first = names[0]!;
  const ext = path.posix.extname(first);
  const base = ext === '' ? first : first.slice(0, -ext.length);
  // The merged file is named after the first part, in the script of its name.
  const suffix = /[\u3400-\u9fff]/.test(base) ? '-合并' : '-merged';
  return {
    inputs: names,
    wanted: `${base}${suffix}.jpg`,
    keepsName: false,
    method: 'encode',
    steps: [
      { kind: 'merge', layout, width, height },
      { kind: 'strip', gps: parts.some((h) => h.gps !== undefined) },
    ],
    target: sizeTarget(ATTACHMENT_ROLES, { width, height }),
    fixes: [
      finding,
      ...names.flatMap((n) => (byFile.get(n) ?? []).filter((f) => MERGE_RESOLVES.has(f.rule))),
    ],
    fields: [field],
  };
}

/**
 * Output names: every file that keeps its name first, then the renamed and merged ones, made
 * unique with `-2`, `-3` … (compared without case: Windows and macOS folders ignore it).
 */
function nameOutputs(drafts: readonly Draft[]): Map<Draft, FileJob> {
  const taken = new Set<string>();
  const names = new Map<Draft, string>();
  const ordered = [...drafts.filter((d) => d.keepsName), ...drafts.filter((d) => !d.keepsName)];
  for (const d of ordered) {
    let name = d.wanted;
    const ext = path.posix.extname(d.wanted);
    const base = d.wanted.slice(0, d.wanted.length - ext.length);
    for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base}-${i}${ext}`;
    taken.add(name.toLowerCase());
    names.set(d, name);
  }
  return new Map(
    drafts.map((d) => [
      d,
      {
        inputs: d.inputs,
        output: names.get(d)!,
        method: d.method,
        steps: d.steps,
        target: d.target,
        fixes: d.fixes,
        fields: d.fields,
        ...(d.format ? { format: d.format } : {}),
      },
    ]),
  );
}

/**
 * The profile fields to point at the new names: a field the profile names keeps its shape (one
 * name or a list); a material found by file name whose file was renamed gets the field written
 * out, so OUT does not depend on the name lookup.
 */
function profileEdits(
  facts: Facts,
  jobs: ReadonlyMap<Draft, FileJob>,
  merged: ReadonlyMap<string, Draft>,
): ProfileEdit[] {
  if (facts.profile.status !== 'ok') return [];
  const single = new Map<string, string>();
  for (const [draft, job] of jobs)
    if (draft.steps.every((s) => s.kind !== 'merge')) single.set(job.inputs[0]!, job.output);
  const edits: ProfileEdit[] = [];
  for (const slot of facts.materials) {
    const mergeDraft = merged.get(slot.field);
    const mergedName = mergeDraft ? jobs.get(mergeDraft)!.output : undefined;
    const after = mergedName ? [mergedName] : slot.files.map((n) => single.get(n) ?? n);
    if (after.length === slot.files.length && after.every((n, i) => n === slot.files[i])) continue;
    const before = valueAt(facts.profile.data, slot.field);
    const value =
      after.length === 1 && (mergedName !== undefined || !Array.isArray(before))
        ? after[0]!
        : after;
    edits.push({ path: slot.field, value });
  }
  return edits;
}

function valueAt(data: unknown, field: string): unknown {
  let v = data;
  for (const part of splitPath(field)) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[part];
  }
  return v;
}

/** What the person does about a finding fix leaves alone (also used for what the re-check still finds). */
export function adviceFor(f: Pick<Finding, 'rule' | 'messageId'>): AdviceKey {
  switch (f.rule) {
    case 'photo/format':
    case 'attachment/format':
      return 'export-image';
    case 'photo/min-pixels':
      return 'never-enlarge';
    case 'photo/min-size':
      return 'too-little-detail';
    case 'photo/background':
      return 'white-background';
    case 'photo/color':
      return f.messageId === 'cmyk' ? 'export-image' : 'colour-photo';
    case 'photo/blur':
      return 'retake-sharp';
    case 'photo/upscaled':
      return 'original-photo';
    case 'photo/aspect':
      return 'crop-yourself';
    case 'photo/orientation':
      return f.messageId === 'landscape' ? 'portrait' : 'rule-hint';
    case 'photo/trailing-data':
      return 'no-padding';
    case 'photo/face-count':
    case 'photo/head-size':
    case 'photo/head-position':
    case 'photo/head-tilt':
      return 'retake-head';
    case 'attachment/color':
      return 'colour-scan';
    case 'attachment/legibility':
      return 'rescan';
    case 'attachment/size':
      return f.messageId === 'too-large' ? 'does-not-fit' : 'rescan';
    case 'attachment/size-margin':
      return 'does-not-fit';
    case 'attachment/merge':
      return 'merge-by-hand';
    case 'file/corrupt':
    case 'file/empty':
    case 'file/unreadable':
      return 'original-file';
    case 'file/too-large':
      return 'too-large-file';
    default:
      return 'rule-hint';
  }
}
