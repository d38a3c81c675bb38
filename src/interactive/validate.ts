import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { OrganisationConfig } from '../engine/config.js';
import { runRules } from '../engine/run.js';
import type { CheckResult, FactNeed, Finding } from '../engine/types.js';
import { buildFacts } from '../facts/build.js';
import { listFolder } from '../facts/folder.js';
import { memoryFolder, type MemoryFile } from '../facts/memory-source.js';
import type { Facts, FolderEntry } from '../facts/types.js';
import { IMAGE_EXTENSIONS } from '../platform/formats.js';
import { RULES } from '../rules/index.js';

/** The applicant folder as it was when the questions started: its entries and file sizes. */
export interface FolderSnapshot {
  readonly dir: string;
  readonly entries: readonly FolderEntry[];
  readonly sizes: ReadonlyMap<string, number>;
}

/** Lists the folder once; a folder that does not exist yet (`init` into a new one) is empty. */
export async function snapshotFolder(dir: string): Promise<FolderSnapshot> {
  let entries: FolderEntry[] = [];
  try {
    entries = (await listFolder(dir)).entries;
  } catch {
    return { dir, entries: [], sizes: new Map() };
  }
  const sizes = new Map<string, number>();
  await Promise.all(
    entries
      .filter((e) => e.kind === 'file' || e.kind === 'symlink')
      .map(async (e) => {
        try {
          sizes.set(e.name, (await stat(path.join(dir, e.name))).size);
        } catch {
          // a broken link: the check proper reports it
        }
      }),
  );
  return { dir, entries, sizes };
}

/** Image files of the folder, the suggestions for a file question. */
export function folderImages(folder: FolderSnapshot): string[] {
  return folder.entries
    .filter((e) => (e.kind === 'file' || e.kind === 'symlink') && IMAGE_EXTENSIONS.test(e.name))
    .map((e) => e.name);
}

/**
 * Facts for candidate profile text, built by `buildFacts` as `collectFacts` builds them but on the
 * folder snapshot held in memory: at once, so an answer is checked in a millisecond. Image facts
 * are not gathered (the check at the end looks at the pictures).
 */
export function factsForText(text: string, folder: FolderSnapshot, today: string): Facts {
  const files = new Map<string, MemoryFile>();
  for (const [name, size] of folder.sizes) files.set(name, { access: { status: 'ok', size } });
  return buildFacts(
    memoryFolder({ target: folder.dir, profile: text, entries: folder.entries, files }),
    { today, needs: NO_IMAGES },
  );
}

const NO_IMAGES: ReadonlySet<FactNeed> = new Set();

/** Every rule the checker runs, on candidate text. */
export function checkText(
  text: string,
  folder: FolderSnapshot,
  today: string,
  config?: OrganisationConfig,
): CheckResult {
  return runRules(factsForText(text, folder, today), RULES, { config });
}

/** A finding about `field` or something inside it (`work[0]` covers `work[0].start`). */
export function isAbout(finding: Finding, field: string): boolean {
  const f = finding.field;
  return f !== undefined && (f === field || f.startsWith(`${field}.`) || f.startsWith(`${field}[`));
}

/**
 * What the checker says about one answer: the unwaived findings about the asked field (or the
 * files it names), errors first. Errors make the question be asked again.
 */
export function findingsAbout(
  result: CheckResult,
  field: string,
  files: readonly string[] = [],
): { errors: Finding[]; warnings: Finding[] } {
  const about = result.findings.filter(
    (f) =>
      f.waived === undefined &&
      (isAbout(f, field) ||
        (f.field === undefined && f.file !== undefined && files.includes(f.file))),
  );
  return {
    errors: about.filter((f) => f.severity === 'error'),
    warnings: about.filter((f) => f.severity === 'warning'),
  };
}
