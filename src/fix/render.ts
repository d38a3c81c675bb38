import { decodeError } from '../facts/image.js';
import { DECODE_ERROR_WORDS } from '../messages/library-errors.js';
import type { CheckResult, Finding } from '../engine/types.js';
import type { Facts } from '../facts/types.js';
import { fixAdvice, fixText } from '../messages/fix.js';
import { renderMessage } from '../messages/format.js';
import { CATALOG } from '../messages/index.js';
import type { Lang } from '../messages/types.js';
import { FORMAT_NAMES } from '../platform/formats.js';
import { displayWidth, padEnd } from '../util/width.js';
import { adviceFor, isImageFinding } from './plan.js';
import { MIN_LONG_SIDE, QUALITY } from './targets.js';
import type { FileJob, FixPlan, FixStep, JobOutcome, Unfixable } from './types.js';

/** Sizes as the rules count them: KB = 1024 bytes, one decimal under 100 KB. */
export function formatKB(bytes: number): string {
  const kb = bytes / 1024;
  return kb < 100 ? kb.toFixed(1) : String(Math.round(kb));
}

export function describeStep(step: FixStep, lang: Lang): string {
  switch (step.kind) {
    case 'convert':
      return fixText('step.convert', lang, { from: FORMAT_NAMES[step.from] });
    case 'rename':
      return fixText('step.rename', lang, {
        format: step.to === 'png' ? 'PNG' : 'JPEG',
        from: step.from,
        to: step.to,
      });
    case 'orient':
      return fixText('step.orient', lang, { orientation: step.orientation });
    case 'srgb':
      return fixText(`step.srgb.${step.from}`, lang);
    case 'strip':
      return fixText(step.gps ? 'step.strip.gps' : 'step.strip', lang);
    case 'trailing':
      return fixText('step.trailing', lang, { bytes: step.bytes });
    case 'shrink':
      return fixText('step.shrink', lang, {
        max: step.maxBytes.toLocaleString('en-US').replace(/,/g, ' '),
        size: formatKB(step.bytes),
        quality: QUALITY.lowest,
        long: MIN_LONG_SIDE,
      });
    case 'raise':
      return fixText('step.raise', lang, {
        min: formatKB(step.minBytes),
        size: formatKB(step.bytes),
      });
    case 'merge':
      return fixText(step.layout === 'stack' ? 'step.merge.stack' : 'step.merge.row', lang, {
        width: step.width,
        height: step.height,
      });
  }
}

function jobTitle(job: FileJob): string {
  const inputs = job.inputs.join(' + ');
  return job.inputs.length === 1 && job.inputs[0] === job.output
    ? inputs
    : `${inputs} → ${job.output}`;
}

/** The rules behind these findings, each by its readable title (the id when it has none). */
function rulesOf(findings: readonly Pick<Finding, 'rule'>[], lang: Lang): string[] {
  return [...new Set(findings.map((f) => f.rule))].map(
    (rule) => CATALOG[rule]?.title[lang] ?? rule,
  );
}

/** One finding the person must deal with, and what to do. */
function unfixedLines(f: Finding, advice: string, lang: Lang): string {
  const { message } = renderMessage(f, { lang, showPii: false });
  const mark = f.severity === 'error' ? '✗' : f.severity === 'warning' ? '!' : 'i';
  return `  ${mark} ${f.rule}  ${message}\n    → ${advice}\n`;
}

function adviceText(u: Pick<Unfixable, 'finding' | 'advice' | 'args'>, lang: Lang): string {
  const hint = renderMessage(u.finding, { lang, showPii: false }).hint;
  return fixAdvice(u.advice, lang, { ...u.args, hint });
}

/** `--dry-run`: what would be done to each file, and what is left to the person. */
export function renderPlan(
  plan: FixPlan,
  options: { readonly lang: Lang; readonly dir: string; readonly out: string },
): string {
  const { lang } = options;
  const sep = fixText('listSeparator', lang);
  const lines: string[] = [`${fixText('dryRunHeader', lang, options)}\n`];
  if (plan.jobs.length === 0) lines.push(`${fixText('nothingFound', lang)}\n`);
  const copies: string[] = [];
  for (const job of plan.jobs) {
    if (job.method === 'copy') {
      copies.push(job.output);
      continue;
    }
    lines.push(`\n  ${jobTitle(job)}\n`);
    for (const step of job.steps) lines.push(`    · ${describeStep(step, lang)}\n`);
    if (job.fixes.length > 0)
      lines.push(
        `    ${fixText('resolves', lang, { rules: rulesOf(job.fixes, lang).join(sep) })}\n`,
      );
  }
  if (copies.length > 0)
    lines.push(`\n  ${fixText('copyOnly', lang, { files: copies.join(sep) })}\n`);
  if (plan.profileEdits.length > 0) lines.push('\n');
  for (const e of plan.profileEdits)
    lines.push(
      `  ${fixText('profileEdit', lang, { path: e.path, value: typeof e.value === 'string' ? e.value : e.value.join(sep) })}\n`,
    );
  if (plan.unfixable.length > 0) {
    lines.push(`\n${fixText('unfixedHeading', lang)}\n`);
    for (const u of plan.unfixable) lines.push(unfixedLines(u.finding, adviceText(u, lang), lang));
  } else lines.push(`\n${fixText('dryRunReady', lang)}\n`);
  return lines.join('');
}

interface FileSide {
  readonly bytes?: number;
  readonly pixels?: string;
  readonly format?: string;
}

function side(facts: Facts, name: string): FileSide {
  const file = facts.files.get(name);
  const image = file?.image;
  const h = image?.header;
  return {
    ...(file?.access.status === 'ok' ? { bytes: file.access.size } : {}),
    ...(h ? { pixels: `${h.displayWidth}×${h.displayHeight}` } : {}),
    ...(image ? { format: image.format === 'unknown' ? '?' : FORMAT_NAMES[image.format] } : {}),
  };
}

function findingsOf(result: CheckResult, files: readonly string[], fields: readonly string[]) {
  return result.findings.filter(
    (f) =>
      f.waived === undefined &&
      isImageFinding(f) &&
      (f.file !== undefined ? files.includes(f.file) : fields.includes(f.field ?? '')),
  );
}

export interface OutcomeReport {
  readonly lang: Lang;
  readonly dir: string;
  readonly out: string;
  readonly plan: FixPlan;
  readonly outcomes: readonly JobOutcome[];
  readonly before: { readonly facts: Facts; readonly result: CheckResult };
  readonly after: { readonly facts: Facts; readonly result: CheckResult };
  readonly profile: 'edited' | 'copied' | 'none';
}

/** After a run: the before/after table, what is left to the person, and the verdict on OUT. */
export function renderOutcome(report: OutcomeReport): string {
  const { lang, plan, outcomes, before, after } = report;
  const none = fixText('none', lang);
  const header = [
    '',
    fixText('column.file', lang),
    fixText('column.size', lang),
    fixText('column.pixels', lang),
    fixText('column.format', lang),
    fixText('column.findings', lang),
    fixText('column.action', lang),
  ];
  const rows: (readonly string[] | 'gap')[] = [];
  const list = (findings: readonly Finding[]) => {
    const rules = rulesOf(findings, lang);
    return rules.length === 0 ? none : rules.join(fixText('listSeparator', lang));
  };
  const cells = (s: FileSide) => [
    s.bytes === undefined ? '?' : `${formatKB(s.bytes)} KB`,
    s.pixels ?? '?',
    s.format ?? '?',
  ];
  for (const outcome of outcomes) {
    const job = outcome.job;
    if (rows.length > 0) rows.push('gap');
    for (const name of job.inputs)
      rows.push([
        fixText('row.before', lang),
        name,
        ...cells(side(before.facts, name)),
        list(findingsOf(before.result, [name], job.inputs.length > 1 ? job.fields : [])),
        '',
      ]);
    rows.push([
      fixText('row.after', lang),
      job.output,
      ...cells(side(after.facts, job.output)),
      list(findingsOf(after.result, [job.output], job.fields)),
      actionText(outcome, lang),
    ]);
  }
  const lines: string[] = [`${fixText('header', lang, { dir: report.dir, out: report.out })}\n\n`];
  if (rows.length === 0) lines.push(`${fixText('nothingFound', lang)}\n`);
  else lines.push(table(header, rows));

  // What is still wrong with an image in OUT, and files that could not be written at all.
  const written = new Set(outcomes.flatMap((o) => o.job.inputs));
  const left: { finding: Finding; text: string }[] = [];
  for (const f of after.result.findings)
    if (f.waived === undefined && isImageFinding(f))
      left.push({ finding: f, text: adviceText({ finding: f, advice: adviceFor(f) }, lang) });
  for (const u of plan.unfixable)
    if (u.finding.file !== undefined && !written.has(u.finding.file))
      left.push({ finding: u.finding, text: adviceText(u, lang) });
  const failed = outcomes.filter((o) => o.error !== undefined);
  if (left.length > 0 || failed.length > 0) {
    lines.push(`\n${fixText('unfixedHeading', lang)}\n`);
    for (const o of failed)
      lines.push(
        `  ✗ ${fixText('decodeFailed', lang, { file: o.job.inputs[0]!, detail: decodeWords(o.error!, lang) })}\n    → ${fixAdvice('original-file', lang)}\n`,
      );
    for (const l of left) lines.push(unfixedLines(l.finding, l.text, lang));
  }

  lines.push(
    `\n${fixText('written', lang, { out: report.out, count: outcomes.length })}${
      report.profile === 'edited'
        ? fixText('profileWritten', lang)
        : report.profile === 'copied'
          ? fixText('profileCopied', lang)
          : ''
    }${lang === 'zh' ? '。' : '.'}\n`,
  );
  // Not left for an image fix: a material with no image (or a file not found), and the rest
  // (the profile's information). A missing image is about images, just not one fix can make.
  const rest = after.result.findings.filter(
    (f) => f.waived === undefined && !isImageFinding(f) && f.severity !== 'info',
  );
  const materials = rest.filter((f) => f.rule.startsWith('material/')).length;
  const others = rest.length - materials;
  if (materials > 0) lines.push(`${fixText('materialFindings', lang, { count: materials })}\n`);
  if (others > 0) lines.push(`${fixText('otherFindings', lang, { count: others })}\n`);
  const { error, warning } = after.result.summary;
  lines.push(
    after.result.ready
      ? `${fixText('ready', lang, { out: report.out })}\n`
      : `${fixText('notReady', lang, { out: report.out, errors: error, warnings: warning })}\n`,
  );
  return lines.join('');
}

function actionText(outcome: JobOutcome, lang: Lang): string {
  if (outcome.error !== undefined) return fixText('action.failed', lang);
  if (outcome.method !== 'encode') return fixText(`action.${outcome.method}`, lang);
  const merged = outcome.job.inputs.length > 1 ? fixText('action.merged', lang) : '';
  const scaled =
    outcome.scale === undefined
      ? ''
      : fixText('action.scaled', lang, { percent: Math.round(outcome.scale * 100) });
  return merged + fixText('action.encode', lang, { quality: outcome.quality ?? '' }) + scaled;
}

/** Columns padded to the widest cell (CJK characters count two); `gap` is an empty line. */
function table(header: readonly string[], rows: readonly (readonly string[] | 'gap')[]): string {
  const body = rows.filter((r): r is readonly string[] => r !== 'gap');
  const widths = header.map((h, i) =>
    Math.max(displayWidth(h), ...body.map((r) => displayWidth(r[i] ?? ''))),
  );
  const line = (cells: readonly string[]) =>
    `${cells
      .map((c, i) => (i === cells.length - 1 ? c : padEnd(c, widths[i]!)))
      .join('  ')
      .trimEnd()}\n`;
  return [
    line(header),
    line(widths.map((w) => '─'.repeat(w))),
    ...rows.map((r) => (r === 'gap' ? '\n' : line(r))),
  ].join('');
}

/**
 * The decoder's reason in the report's language: under zh, what libvips' English words mean
 * (as `file/corrupt` says it); under en, its own sentence.
 */
function decodeWords(detail: string, lang: Lang): string {
  if (lang !== 'zh') return detail;
  const cause = decodeError(detail, 'data').cause ?? 'data';
  return DECODE_ERROR_WORDS[cause].zh;
}
