import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/engine/types.js';
import { isFillable } from '../../src/cli/fillable.js';
import { RULES } from '../../src/rules/index.js';

const finding = (rule: string, extra: Partial<Finding> = {}): Finding => ({
  rule,
  severity: 'error',
  section: 'basic',
  messageId: 'default',
  args: {},
  field: 'name',
  ...extra,
});

describe('fillable: a rule flag, not a list of id prefixes (issue 19 item 4)', () => {
  it('marks exactly the rules about files, materials, photos, attachments, YAML syntax, a second profile file and what --deep read in the documents', () => {
    const notFillable = RULES.filter((r) => r.fillable === false).map((r) => r.id);
    const byPrefix = RULES.map((r) => r.id).filter(
      (id) =>
        id === 'profile/parse' ||
        id === 'profile/second-file' ||
        /^(material|photo|file|attachment|document)\//.test(id),
    );
    expect(notFillable.sort()).toEqual(byPrefix.sort());
  });

  it('offers an unwaived error on a profile field of a fillable rule', () => {
    expect(isFillable(finding('identity/name'))).toBe(true);
    expect(isFillable(finding('work/dates', { field: 'work[0].start' }))).toBe(true);
  });

  it('never offers what an answer cannot fix', () => {
    expect(isFillable(finding('photo/min-pixels', { field: 'materials.photo' }))).toBe(false);
    expect(isFillable(finding('profile/parse'))).toBe(false);
    expect(isFillable(finding('identity/name', { severity: 'warning' }))).toBe(false);
    expect(isFillable(finding('identity/name', { waived: 'ok' }))).toBe(false);
    expect(isFillable(finding('identity/name', { field: undefined }))).toBe(false);
  });
});
