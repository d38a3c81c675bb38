import type { Io } from '../src/cli/io.js';
import type { Lang } from '../src/messages/types.js';
import { runRules } from '../src/engine/run.js';
import type { CheckResult, Finding, Rule } from '../src/engine/types.js';
import { resolveMaterials } from '../src/facts/materials.js';
import { parseProfile } from '../src/facts/profile.js';
import type { Facts, FileFacts, FolderEntry } from '../src/facts/types.js';

export interface FakeFolder {
  /** profile.yaml text; omit for a folder without a profile. */
  readonly profile?: string;
  /** Other files in the folder, by name (all present, readable, of the given size). */
  readonly files?: Readonly<Record<string, Partial<FileFacts> & { size?: number }>>;
  readonly today?: string;
}

/** Hand-built facts from in-memory text: rules are tested without touching the disk. */
export function fakeFacts(folder: FakeFolder): Facts {
  const profile =
    folder.profile === undefined
      ? ({ status: 'missing' } as const)
      : parseProfile('profile.yaml', new TextEncoder().encode(folder.profile));
  const entries: FolderEntry[] = Object.keys(folder.files ?? {})
    .sort()
    .map((name) => ({ name, kind: 'file' }));
  const materials = resolveMaterials(profile.status === 'ok' ? profile.data : undefined, entries);
  const files = new Map<string, FileFacts>();
  for (const m of materials)
    for (const name of m.files) {
      const given = folder.files?.[name];
      files.set(name, {
        name,
        access:
          given?.access ??
          (given ? { status: 'ok', size: given.size ?? 50_000 } : { status: 'missing' }),
        ...(given?.image ? { image: given.image } : {}),
      });
    }
  return {
    target: 'test',
    today: folder.today ?? '2026-11-26',
    profile,
    folder: entries,
    folderTruncated: false,
    materials,
    files,
  };
}

/** Runs the given rules on a fake folder. */
export function check(folder: FakeFolder, rules: readonly Rule[]): CheckResult {
  return runRules(fakeFacts(folder), rules);
}

/** `rule:messageId@field` for each finding: compact to assert on. */
export function codes(result: CheckResult | readonly Finding[]): string[] {
  const findings = 'findings' in result ? result.findings : result;
  return findings.map((f) => `${f.rule}:${f.messageId}@${f.field ?? f.file ?? ''}`);
}

export interface CapturedIo extends Io {
  readonly out: () => string;
  readonly err: () => string;
}

/** An Io that keeps what a command prints, for tests that call commands as functions. */
export function captureIo(cwd: string, lang: Lang = 'zh'): CapturedIo {
  let out = '';
  let err = '';
  return {
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
    lang,
    color: false,
    interactive: false,
    cwd,
    env: {},
    out: () => out,
    err: () => err,
  };
}
