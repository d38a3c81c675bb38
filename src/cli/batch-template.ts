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
 * `001-folder-会计工作证明-employer.docx` so that HR prints them in folder order. A folder whose
 * printed fields have errors gets no proof (it would need a second trip to HR); it is listed.
 */
export async function writeBatchTemplates(
  root: string,
  reports: readonly JsonReport[],
  outDir: string,
  today: string,
  io: Io,
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
  const skipped: string[] = [];
  const width = String(reports.length).length < 3 ? 3 : String(reports.length).length;
  for (const [index, report] of reports.entries()) {
    const blocking = report.findings.filter((f) => f.severity === 'error' && mattersForProof(f));
    const profile = await loadProfile(path.join(root, report.target));
    const work = profile.status === 'ok' ? (profile.data.work ?? []) : [];
    if (work.length === 0) continue;
    if (blocking.length > 0 || profile.status !== 'ok') {
      skipped.push(report.target);
      continue;
    }
    const filled = work.map((_, i) => fillTemplate(template, profile.data, i));
    const prefix = `${String(index + 1).padStart(width, '0')}-${sanitiseStem(report.target)}-`;
    const names = docxFileNames(filled.map((f) => `${prefix}${f.fileStem}`));
    for (const [i, name] of names.entries()) {
      const target = path.join(outDir, name);
      const taken = () =>
        io.stderr(zh ? `已存在，未覆盖：${target}\n` : `exists, not replaced: ${target}\n`);
      if (await exists(target)) {
        taken();
        continue;
      }
      const bytes = await renderDocx(filled[i]!, template, { date: today });
      try {
        await writeDocument(target, bytes, false, realOut);
      } catch (error) {
        if (!(error instanceof FileExistsError))
          throw new UsageError(writeFailure(target, error, io.lang));
        taken();
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
  if (skipped.length > 0)
    io.stderr(
      zh
        ? `以下文件夹的证明信息有错误，未生成（先改正，或单独运行 ausm-check template --force）：${skipped.join('、')}\n`
        : `not written, the printed fields have errors (fix them, or run ausm-check template --force alone): ${skipped.join(', ')}\n`,
    );
}
