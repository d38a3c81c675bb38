import type { Io } from '../src/cli/io.js';
import type { DeepFacts } from '../src/deep/types.js';
import type { Lang } from '../src/messages/types.js';
import { runRules } from '../src/engine/run.js';
import type { CheckResult, Finding, Rule } from '../src/engine/types.js';
import { buildFacts } from '../src/facts/build.js';
import { memoryFolder, type MemoryFile } from '../src/facts/memory-source.js';
import type { Facts, FileFacts, FolderEntry } from '../src/facts/types.js';

export interface FakeFolder {
  /** profile.yaml text; omit for a folder without a profile. */
  readonly profile?: string;
  /** Other files in the folder, by name (all present, readable, of the given size). */
  readonly files?: Readonly<Record<string, Partial<FileFacts> & { size?: number }>>;
  readonly today?: string;
  /** What `--deep` read (hand-made readings for the document and face rules). */
  readonly deep?: DeepFacts;
}

/** Hand-built facts from in-memory text: rules are tested without touching the disk. */
export function fakeFacts(folder: FakeFolder): Facts {
  const given = Object.entries(folder.files ?? {});
  const files = new Map<string, MemoryFile>(
    given.map(([name, f]) => [
      name,
      {
        access: f.access ?? { status: 'ok', size: f.size ?? 50_000 },
        ...(f.image ? { image: f.image } : {}),
      },
    ]),
  );
  const entries: FolderEntry[] = given
    .map(([name]) => name)
    .sort()
    .map((name) => ({ name, kind: 'file' }));
  const facts = buildFacts(
    memoryFolder({ target: 'test', profile: folder.profile, entries, files }),
    { today: folder.today ?? '2026-11-26', needs: new Set(['images']) },
  );
  return folder.deep ? Object.freeze({ ...facts, deep: folder.deep }) : facts;
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
