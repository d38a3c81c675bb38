import { describe, expect, it } from 'vitest';
import { runRules } from '../../../src/engine/run.js';
import type { FolderProblem } from '../../../src/facts/types.js';
import { renderMessage } from '../../../src/messages/format.js';
import ambiguous from '../../../src/rules/material/ambiguous.js';
import unreadable from '../../../src/rules/file/unreadable.js';
import { codes, fakeFacts } from '../../helpers.js';

/** Issue 13 items 12, 15, 16: a folder that cannot be listed whole says so, never silently. */
function withProblem(problem: FolderProblem) {
  const facts = { ...fakeFacts({ profile: 'scope: 3\n' }), folderProblem: problem };
  return runRules(facts, [unreadable, ambiguous]);
}

describe('folder problems', () => {
  it('finds nothing when the folder was listed whole', () => {
    expect(codes(runRules(fakeFacts({ profile: 'scope: 3\n' }), [unreadable, ambiguous]))).toEqual(
      [],
    );
  });

  it('a folder that cannot be listed is file/unreadable, with the reason', () => {
    const result = withProblem({ kind: 'unreadable', reason: 'permission', detail: 'EACCES' });
    expect(codes(result)).toEqual(['file/unreadable:folder-permission@./']);
    expect(renderMessage(result.findings[0]!, { lang: 'en', showPii: false }).message).toBe(
      'No permission to list the applicant folder, so no material can be found by file name',
    );
    const io = withProblem({ kind: 'unreadable', reason: 'io', detail: 'EIO' });
    expect(codes(io)).toEqual(['file/unreadable:folder-io@./']);
    expect(renderMessage(io.findings[0]!, { lang: 'zh', showPii: false }).message).toContain('EIO');
  });

  it('a folder past the listing bound is material/ambiguous, saying how many and what to do', () => {
    const result = withProblem({ kind: 'too-large', count: 123_456, max: 100_000 });
    expect(codes(result)).toEqual(['material/ambiguous:folder-too-large@./']);
    expect(result.findings[0]!.severity).toBe('error');
    const zh = renderMessage(result.findings[0]!, { lang: 'zh', showPii: false });
    expect(zh.message).toMatch(/123456.*100000/);
    expect(zh.hint).toContain('新文件夹');
    const en = renderMessage(result.findings[0]!, { lang: 'en', showPii: false });
    expect(en.message).toMatch(/at least 123456 .* limit of 100000/);
    expect(en.hint).toMatch(/new folder/);
  });
});
