import path from 'node:path';
import { loadProfile } from '../facts/profile.js';
import type { JsonReport } from '../report/json.js';
import { renderDocx } from '../template/docx.js';
import { docxFileNames, sanitiseStem } from '../template/file-name.js';
import { fillTemplate } from '../template/fill.js';
import { loadTemplate } from '../template/template-file.js';
import { FileExistsError, exists, writeDocument } from '../template/write.js';
import { makeFolder } from '../util/writable.js';
import { UsageError } from './errors.js';
import type { Io } from './io.js';
import { mattersForProof } from './proof-findings.js';
import { writeErrorText, writeFailure } from './text.js';

/**
 * `batch ROOT --template`: every employee's work proofs in one folder, named
 * `folder-会计工作证明-employer.docx` (a department's `财务部/022-马超` as `财务部_022-马超-…`):
 * the folder name once, so that HR's numbered folders (`001-张伟`) print in folder order without
 * a second number. A folder whose printed fields have errors gets no proof (it would need a
 * second trip to HR); it is listed. An existing file is replaced only with `overwrite` (the flag
 * `template` has); otherwise one line says how many exist.
 */
export async function writeBatchTemplates(
  root: string,
  reports: readonly JsonReport[],
  outDir: string,
  today: string,
  io: Io,
  overwrite = false,
): Promise<void> {
  const template = await loadTemplate();
  let realOut: string;
  try {
    realOut = await makeFolder(outDir);
  } catch (error) {
    throw new UsageError(`${outDir}: ${writeErrorText(error, io.lang)}`);
  }
  const zh = io.lang === 'zh';
  let written = 0;
  let existing = 0;
  const skipped: string[] = [];
  for (const report of reports) {
    const blocking = report.findings.filter((f) => f.severity === 'error' && mattersForProof(f));
    const profile = await loadProfile(path.join(root, report.target));
    const work = profile.status === 'ok' ? (profile.data.work ?? []) : [];
    if (work.length === 0) continue;
    if (blocking.length > 0 || profile.status !== 'ok') {
      skipped.push(report.target);
      continue;
    }
    const filled = work.map((_, i) => fillTemplate(template, profile.data, i));
    const prefix = `${sanitiseStem(report.target)}-`;
    const names = docxFileNames(filled.map((f) => `${prefix}${f.fileStem}`));
    for (const [i, name] of names.entries()) {
      const target = path.join(outDir, name);
      if (!overwrite && (await exists(target))) {
        existing++;
        continue;
      }
      const bytes = await renderDocx(filled[i]!, template, { date: today });
      try {
        await writeDocument(target, bytes, overwrite, realOut);
      } catch (error) {
        if (!(error instanceof FileExistsError))
          throw new UsageError(writeFailure(target, error, io.lang));
        existing++;
        continue;
      }
      written++;
    }
  }
  io.stderr(
    zh
      ? `已在 ${outDir} 生成 ${written} 份会计工作（经历）证明\n`
      : `${written} work proofs written to ${outDir}\n`,
  );
  if (existing > 0)
    io.stderr(
      zh
        ? `${existing} 份证明已存在，未覆盖；加 --overwrite 覆盖\n`
        : `${existing} already exist, not replaced; add --overwrite to replace them\n`,
    );
  if (skipped.length > 0)
    io.stderr(
      zh
        ? `以下文件夹的证明信息有错误，未生成（先改正，或单独运行 ausm-check template --force）：${skipped.join('、')}\n`
        : `not written, the printed fields have errors (fix them, or run ausm-check template --force alone): ${skipped.join(', ')}\n`,
    );
}
