import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { runRules } from '../../engine/run.js';
import type { FactNeed } from '../../engine/types.js';
import { collectFacts } from '../../facts/collect.js';
import type { Facts } from '../../facts/types.js';
import { MergeError, applyFixPlan, copyCompanion, writeProfile } from '../../fix/apply.js';
import { planFix } from '../../fix/plan.js';
import { renderOutcome, renderPlan } from '../../fix/render.js';
import { fixText, type FixTextKey } from '../../messages/fix.js';
import type { Lang } from '../../messages/types.js';
import { RULES } from '../../rules/index.js';
import { EXIT, type Io } from '../io.js';
import {
  isWithin,
  makeFolder,
  realpathNearest,
  unwritable,
  WriteRefusedError,
} from '../../util/writable.js';
import { writeErrorText, writeFailure } from '../text.js';

export interface FixOptions {
  /** The folder the compliant copies go to; required, and never DIR or inside it. */
  readonly out?: string;
  /** Write into an OUT that is not empty (files of the same name are replaced). */
  readonly force: boolean;
  /** Print the plan, write nothing. */
  readonly dryRun: boolean;
  readonly lang: Lang;
  readonly today: string;
}

const IMAGES: ReadonlySet<FactNeed> = new Set(['images']);

/**
 * `ausm-check fix DIR --out OUT`: compliant copies of the images in OUT, the safe fixes only
 * (docs/spec/cli.md). DIR is only ever read: the person's originals are the one thing a
 * bad fix could not give back.
 */
export async function fixCommand(dir: string, options: FixOptions, io: Io): Promise<number> {
  const lang = options.lang;
  const fail = (key: FixTextKey, args: Record<string, string>) => {
    io.stderr(`ausm-check: ${fixText(key, lang, args)}\n`);
    return EXIT.usage;
  };
  if (options.out === undefined || options.out.trim() === '') return fail('noOut', { dir });
  const folder = path.resolve(io.cwd, dir);
  if (!(await isDirectory(folder))) return fail('noSuchDir', { dir });
  const outDir = path.resolve(io.cwd, options.out);
  const out = options.out;

  const realDir = await realpath(folder);
  const realOut = await realpathNearest(outDir);
  if (isWithin(realOut, realDir) || isWithin(outDir, folder)) return fail('outIsDir', { out });
  if (isWithin(realDir, realOut) || isWithin(folder, outDir)) return fail('outHoldsDir', { out });
  const existing = await stat(outDir).catch(() => undefined);
  if (existing && !existing.isDirectory()) return fail('outNotDir', { out });
  if (existing && !options.force && (await readdir(outDir)).length > 0)
    return fail('outNotEmpty', { out });
  const problem = await unwritable(outDir);
  if (problem !== undefined)
    return fail('cannotWrite', { out, detail: writeErrorText(problem, lang) });
  if (!options.dryRun)
    try {
      // Made before the check, so that an OUT that cannot be made (/proc/foo) fails at once.
      await makeFolder(outDir);
    } catch (error) {
      return fail('cannotWrite', { out, detail: writeErrorText(error, lang) });
    }

  const before = await check(folder, options.today);
  const plan = planFix(before.facts, before.result);
  const shown = { dir, out };
  if (options.dryRun) {
    io.stdout(renderPlan(plan, { lang, ...shown }));
    const blocking = plan.unfixable.some((u) => u.finding.severity === 'error');
    return blocking ? EXIT.notReady : EXIT.ok;
  }

  const paths = { dir: folder, out: outDir };
  let outcomes;
  let profile: 'edited' | 'copied' | 'none' = 'none';
  const failedEdits: string[] = [];
  try {
    outcomes = await applyFixPlan(plan, paths);
    const facts = before.facts.profile;
    if (facts.status !== 'missing') {
      const { written, failed } = await writeProfile({
        ...paths,
        name: facts.file,
        edits: plan.profileEdits,
      });
      profile = !written ? 'none' : plan.profileEdits.length > failed.length ? 'edited' : 'copied';
      for (const e of failed)
        failedEdits.push(
          fixText('profileEditFailed', lang, {
            path: e.path,
            value: typeof e.value === 'string' ? e.value : e.value.join(', '),
          }),
        );
      await copyCompanion(paths, 'profile.schema.json');
    }
  } catch (error) {
    if (error instanceof MergeError)
      return fail('cannotMerge', { files: error.files, detail: error.message });
    if (error instanceof WriteRefusedError) {
      io.stderr(`ausm-check: ${writeFailure(shownPath(error.file, io.cwd), error, lang)}\n`);
      return EXIT.usage;
    }
    return fail('cannotWrite', { out, detail: writeErrorText(error, lang) });
  }

  const after = await check(outDir, options.today);
  io.stdout(
    renderOutcome({ lang, ...shown, plan, outcomes, before, after, profile }) +
      failedEdits.map((l) => `${l}\n`).join(''),
  );
  const failed = outcomes.some((o) => o.error !== undefined);
  return after.result.ready && failedEdits.length === 0 && !failed ? EXIT.ok : EXIT.notReady;
}

/** Facts with image facts and every rule's findings, at default severities (fix, like template, takes no --config). */
async function check(folder: string, today: string) {
  const facts: Facts = await collectFacts(folder, { today, needs: IMAGES });
  return { facts, result: runRules(facts, RULES) };
}

async function isDirectory(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isDirectory();
  } catch {
    return false;
  }
}

/** A path as the user should see it: relative to the working folder when inside it. */
function shownPath(file: string, cwd: string): string {
  const rel = path.relative(cwd, file);
  return rel === '' || rel.startsWith('..') || path.isAbsolute(rel) ? file : rel;
}
