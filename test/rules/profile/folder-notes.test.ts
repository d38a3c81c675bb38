import { describe, expect, it } from 'vitest';
import { runRules } from '../../../src/engine/run.js';
import { buildFacts } from '../../../src/facts/build.js';
import { memoryFolder, type MemoryFile } from '../../../src/facts/memory-source.js';
import type { FolderEntry } from '../../../src/facts/types.js';
import { renderMessage } from '../../../src/messages/format.js';
import { PROFILE_RULES } from '../../../src/rules/profile/index.js';
import { codes } from '../../helpers.js';

/*
 * Issue 14 item 7: what `check` used to print below the pretty report only (both profile
 * spellings present; a folder of applicant folders given to check) is a finding, so that JSON,
 * batch rows and every other format carry it.
 */
const rules = PROFILE_RULES.filter(
  (r) => r.id === 'profile/missing' || r.id === 'profile/second-file',
);
const ok: MemoryFile = { access: { status: 'ok', size: 100 } };

function run(entries: FolderEntry[], files: Record<string, MemoryFile>, profile?: string) {
  const facts = buildFacts(
    memoryFolder({
      target: '员工材料',
      ...(profile === undefined ? {} : { profile }),
      entries,
      files: new Map(Object.entries(files)),
    }),
    { today: '2026-11-26', needs: new Set() },
  );
  return runRules(facts, rules);
}

const render = (result: ReturnType<typeof run>, lang: 'zh' | 'en') =>
  renderMessage(result.findings[0]!, { lang, showPii: false });

describe('profile/second-file', () => {
  it('finds nothing with one profile file', () => {
    const result = run([{ name: 'profile.yaml', kind: 'file' }], {}, 'scope: 3\n');
    expect(codes(result)).toEqual([]);
  });
  it('reports profile.yml beside profile.yaml, which alone was read', () => {
    const entries: FolderEntry[] = [
      { name: 'profile.yaml', kind: 'file' },
      { name: 'profile.yml', kind: 'file' },
    ];
    const result = run(entries, {}, 'scope: 3\n');
    expect(codes(result)).toEqual(['profile/second-file:default@profile.yml']);
    const zh = render(result, 'zh');
    expect(zh.message).toContain('只检查了 profile.yaml');
    expect(zh.hint).toContain('删除 profile.yml');
    expect(render(result, 'en').message).toContain('only profile.yaml was checked');
  });
});

describe('profile/missing on a folder of applicant folders', () => {
  it('says plainly that profile.yaml is missing when no sub-folder holds one', () => {
    const result = run([{ name: 'scans', kind: 'directory' }], {});
    expect(codes(result)).toEqual(['profile/missing:default@profile.yaml']);
  });
  it('points at batch when sub-folders hold a profile', () => {
    const entries: FolderEntry[] = [
      { name: '001-张伟', kind: 'directory' },
      { name: '002-李娜', kind: 'directory' },
      { name: 'readme.txt', kind: 'file' },
    ];
    const files = { '001-张伟/profile.yaml': ok, '002-李娜/profile.yml': ok };
    const result = run(entries, files);
    expect(codes(result)).toEqual(['profile/missing:batch-root@profile.yaml']);
    const zh = render(result, 'zh');
    expect(zh.message).toContain('2 个子文件夹');
    expect(zh.hint).toContain('ausm-check batch 员工材料');
    const en = render(result, 'en');
    expect(en.message).toContain('2 sub-folders');
    expect(en.hint).toContain('ausm-check batch 员工材料');
  });
});
