import { describe, expect, it } from 'vitest';
import { renderCompact } from '../../src/report/compact.js';
import { RENDERERS } from '../../src/report/index.js';
import {
  BAD_ID_VALUE,
  HOSTILE,
  ID_NUMBER,
  MASKED_ID,
  NO_DOCTORATE,
  UNUSED_IMAGE,
  finding,
  makeResult,
  options,
} from './fixtures.js';

const lines = (text: string) => text.trimEnd().split('\n');

describe('renderCompact (issue 14, item 25)', () => {
  it('is registered as --format compact', () => {
    expect(RENDERERS.compact).toBe(renderCompact);
  });

  it('writes path:line:col: severity rule message, one line per finding, then the verdict', () => {
    const out = renderCompact(makeResult({ findings: [NO_DOCTORATE, BAD_ID_VALUE] }), options());
    const [first, second, last] = lines(out);
    expect(first).toMatch(/^examples\/accountant\/profile\.yaml:1:1: error scope\/doctorate \S/);
    expect(second).toMatch(
      /^examples\/accountant\/profile\.yaml:5:12: warning profile\/invalid-value \S/,
    );
    expect(last).toBe('examples/accountant: 尚不可提交：1 个错误，1 个警告');
    expect(lines(out)).toHaveLength(3);
  });

  it('points at the file a finding is about, and at the folder when nothing else', () => {
    const out = renderCompact(
      makeResult({
        findings: [UNUSED_IMAGE, finding({ field: undefined, line: undefined, column: undefined })],
      }),
      options({ lang: 'en' }),
    );
    expect(lines(out)[0]).toMatch(/^examples\/accountant\/extra\.jpg: info material\/unused /);
    expect(lines(out)[1]).toMatch(/^examples\/accountant: error profile\/required /);
  });

  it('a field without a place points at profile.yaml', () => {
    const out = renderCompact(
      makeResult({ findings: [finding({ line: undefined, column: undefined })] }),
      options(),
    );
    expect(lines(out)[0]).toMatch(/^examples\/accountant\/profile\.yaml: error profile\/required /);
  });

  it('masks personal data unless --show-pii, and never lets a control character through', () => {
    const masked = renderCompact(makeResult({ findings: [BAD_ID_VALUE, HOSTILE] }), options());
    expect(masked).toContain(MASKED_ID);
    expect(masked).not.toContain(ID_NUMBER);
    // eslint-disable-next-line no-control-regex
    expect(masked.replace(/\n/g, '')).not.toMatch(/[\u0000-\u001f]/);
    expect(lines(masked)).toHaveLength(3);
    const shown = renderCompact(
      makeResult({ findings: [BAD_ID_VALUE] }),
      options({ showPii: true }),
    );
    expect(shown).toContain(ID_NUMBER);
  });

  it('marks a waived finding and never colours', () => {
    const out = renderCompact(
      makeResult({ findings: [finding({ waived: '单位已确认' })] }),
      options({ color: true }),
    );
    expect(lines(out)[0]).toContain('(已豁免：单位已确认)');
    expect(out).not.toContain('\x1b[');
  });

  it('with --max-warnings, the verdict says the warnings exceeded the limit', () => {
    const out = renderCompact(
      makeResult({ findings: [BAD_ID_VALUE] }),
      options({ maxWarnings: 0 }),
    );
    expect(lines(out).pop()).toBe(
      'examples/accountant: 尚不可提交：警告 1 个，超过 --max-warnings 允许的 0 个',
    );
  });
});
