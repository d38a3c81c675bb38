import { stat } from 'node:fs/promises';
import path from 'node:path';
import { checkFolder } from '../../check.js';
import type { Finding } from '../../engine/types.js';
import { loadProfile } from '../../facts/profile.js';
import { fieldLabel, renderMessage } from '../../messages/format.js';
import { templateText } from '../../messages/template.js';
import { renderDocx } from '../../template/docx.js';
import { docxFileNames } from '../../template/file-name.js';
import { fillTemplate, type BlankField } from '../../template/fill.js';
import {
  DEFAULT_TEMPLATE,
  TemplateError,
  loadTemplate,
  type DocumentTemplate,
} from '../../template/template-file.js';
import { FileExistsError, exists, writeDocument } from '../../template/write.js';
import { EXIT, type Io } from '../io.js';
import { mattersForProof } from '../proof-findings.js';
import { makeFolder, unwritable, WriteRefusedError } from '../../util/writable.js';
import { writeErrorText, writeFailure } from '../text.js';

export interface TemplateOptions {
  /** Folder to write into; DIR when omitted. */
  readonly out?: string;
  /** Write despite errors in the fields the proof prints, and replace existing files. */
  readonly force: boolean;
  /** Replace existing files, still refusing while the printed fields are wrong. */
  readonly overwrite?: boolean;
  /** Another template file (a province's variant); templates/work-proof.yaml when omitted. */
  readonly template?: string;
  /** `YYYY-MM-DD`: the date rules compare against, and the documents' fixed file date. */
  readonly today: string;
}

/**
 * `ausm-check template DIR`: one pre-filled 会计工作（经历）证明 per work entry
 * (docs/spec/work-proof.md). It refuses while the fields it prints are wrong, because a
 * stamped proof with a wrong ID number or date costs the applicant a second trip to HR.
 */
export async function templateCommand(
  dir: string,
  options: TemplateOptions,
  io: Io,
): Promise<number> {
  const lang = io.lang;
  const say = (key: Parameters<typeof templateText>[0], args?: Record<string, string>): string =>
    templateText(key, lang, args);
  const shown = (file: string): string => {
    const rel = path.relative(io.cwd, file);
    return rel === '' || rel.startsWith('..') || path.isAbsolute(rel) ? file : rel;
  };

  const folder = path.resolve(io.cwd, dir);
  if (!(await isDirectory(folder))) {
    io.stderr(`${say('noSuchDir', { dir })}\n`);
    return EXIT.usage;
  }

  const templateFile =
    options.template === undefined ? DEFAULT_TEMPLATE : await templatePath(options.template, io);
  let template: DocumentTemplate;
  try {
    template = await loadTemplate(templateFile);
  } catch (error) {
    if (!(error instanceof TemplateError)) throw error;
    io.stderr(`${say('badTemplate', { file: shown(templateFile), detail: error.message })}\n`);
    return EXIT.usage;
  }

  const outDir = options.out === undefined ? folder : path.resolve(io.cwd, options.out);
  const outProblem = await unwritable(outDir);
  if (outProblem !== undefined) {
    io.stderr(
      `${say('badOut', { dir: options.out ?? dir, detail: writeErrorText(outProblem, lang) })}\n`,
    );
    return EXIT.usage;
  }

  const profile = await loadProfile(folder);
  if (profile.status === 'missing') {
    io.stderr(`${say('noProfile', { dir })}\n`);
    return EXIT.notReady;
  }
  const result = await checkFolder(folder, { today: options.today });
  if (profile.status === 'unusable') {
    io.stderr(`${say('profileUnusable', { file: profile.file })}\n`);
    io.stderr(
      listFindings(
        result.findings.filter((f) => f.rule.startsWith('profile/')),
        io,
      ),
    );
    return EXIT.notReady;
  }
  const work = profile.data.work ?? [];
  if (work.length === 0) {
    io.stderr(`${say('noWork')}\n`);
    return EXIT.notReady;
  }

  const relevant = result.findings.filter(mattersForProof);
  const errors = relevant.filter((f) => f.severity === 'error');
  const warnings = relevant.filter((f) => f.severity === 'warning');
  if (errors.length > 0 && !options.force) {
    io.stderr(`${say('refused')}\n${listFindings(errors, io)}`);
    return EXIT.notReady;
  }

  const filled = work.map((_, i) => fillTemplate(template, profile.data, i));
  const names = docxFileNames(filled.map((f) => f.fileStem));
  const targets = names.map((n) => path.join(outDir, n));
  const replace = options.force || options.overwrite === true;
  if (!replace) {
    const taken: string[] = [];
    for (const t of targets) if (await exists(t)) taken.push(t);
    if (taken.length > 0) {
      for (const t of taken) io.stderr(`${say('exists', { file: shown(t) })}\n`);
      return EXIT.usage;
    }
  }

  const documents = await Promise.all(
    filled.map((f) => renderDocx(f, template, { date: options.today })),
  );
  let realOut: string;
  try {
    realOut = await makeFolder(outDir);
  } catch (error) {
    io.stderr(
      `${say('badOut', { dir: options.out ?? dir, detail: writeErrorText(error, lang) })}\n`,
    );
    return EXIT.usage;
  }
  const lines: string[] = [];
  for (let i = 0; i < targets.length; i++) {
    const target = targets[i]!;
    try {
      await writeDocument(target, documents[i]!, replace, realOut);
    } catch (error) {
      if (lines.length > 0) io.stdout(lines.join(''));
      if (error instanceof FileExistsError)
        io.stderr(`${say('exists', { file: shown(target) })}\n`);
      else if (error instanceof WriteRefusedError)
        io.stderr(`${writeFailure(shown(target), error, lang)}\n`);
      else
        io.stderr(
          `${say('badOut', { dir: shown(outDir), detail: writeErrorText(error, lang) })}\n`,
        );
      return EXIT.usage;
    }
    lines.push(`${say('wrote', { file: shown(target) })}\n`);
    const blanks = filled[i]!.blanks;
    if (blanks.length > 0) lines.push(`${say('blanks', { fields: blankList(blanks, io) })}\n`);
  }
  io.stdout(lines.join(''));
  if (errors.length > 0) io.stderr(`${say('forced')}\n${listFindings(errors, io)}`);
  if (warnings.length > 0) io.stdout(`${say('warnings')}\n${listFindings(warnings, io)}`);
  io.stdout(`${say('nextStep')}\n`);
  return EXIT.ok;
}

function listFindings(findings: readonly Finding[], io: Io): string {
  return findings
    .map((f) => {
      const { message, hint } = renderMessage(f, { lang: io.lang, showPii: false });
      const mark = f.severity === 'error' ? '✗' : '!';
      const colon = io.lang === 'zh' ? '：' : ': ';
      const where =
        f.field === undefined ? '' : `${fieldLabel(f.field, io.lang)} (${f.field})${colon}`;
      return `  ${mark} ${where}${message}\n${hint === '' ? '' : `    ${hint}\n`}`;
    })
    .join('');
}

function blankList(blanks: readonly BlankField[], io: Io): string {
  return blanks
    .map((b) => {
      const label = fieldLabel(b.field, io.lang);
      return b.day ? templateText('dayBlank', io.lang, { field: label }) : label;
    })
    .join(io.lang === 'zh' ? '；' : '; ');
}

/**
 * `--template work-commitment` is the bundled templates/work-commitment.yaml, wherever the package
 * is installed (issue 14 item 6); a path, or a name that is a file in the current folder, is a file.
 */
async function templatePath(given: string, io: Io): Promise<string> {
  const asFile = path.resolve(io.cwd, given);
  if (/[\\/]/.test(given) || (await stat(asFile).catch(() => undefined)) !== undefined)
    return asFile;
  const bundled = path.join(
    path.dirname(DEFAULT_TEMPLATE),
    `${given.replace(/\.ya?ml$/, '')}.yaml`,
  );
  return (await stat(bundled).catch(() => undefined)) !== undefined ? bundled : asFile;
}

async function isDirectory(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isDirectory();
  } catch {
    return false;
  }
}
