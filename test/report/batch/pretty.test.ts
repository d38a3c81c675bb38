import { describe, expect, it } from 'vitest';
import { renderBatchPretty } from '../../../src/report/batch/pretty.js';
import { displayWidth } from '../../../src/util/width.js';
import { LONG_ERROR, batchOptions, finding, folder } from './fixtures.js';

const batch = {
  reports: [
    folder('001-张伟'),
    folder('002-李娜-财务部-应收会计', [finding()]),
    folder('003-王芳', [finding({ severity: 'warning', message: '照片略模糊' })]),
  ],
};

describe('renderBatchPretty (issue 14 item 15)', () => {
  it('cuts nothing when it writes to a file or a pipe (no width)', () => {
    const out = renderBatchPretty(batch, batchOptions());
    expect(out).toContain(LONG_ERROR);
    expect(out).toContain('002-李娜-财务部-应收会计');
    expect(out).not.toContain('…');
  });

  it('uses the terminal width, measured in display columns', () => {
    for (const width of [80, 100, 120]) {
      const out = renderBatchPretty(batch, batchOptions({ width }));
      const lines = out.split('\n');
      for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(width);
      const row = lines.find((l) => l.includes('002-'))!;
      // The row uses the width it has: it is cut at the terminal's edge, not at ~13 characters.
      if (!row.includes(LONG_ERROR)) expect(displayWidth(row)).toBeGreaterThanOrEqual(width - 1);
    }
    const wide = renderBatchPretty(batch, batchOptions({ width: 200 }));
    expect(wide).toContain(LONG_ERROR);
  });

  it('lists only the folders that are not ready with --quiet, and the summary', () => {
    const out = renderBatchPretty(batch, batchOptions({ quiet: true }));
    expect(out).toContain('002-李娜');
    expect(out).not.toContain('001-张伟');
    expect(out).not.toContain('003-王芳');
    expect(out).toContain('共 3 个文件夹：2 个可以提交，1 个尚不可提交');
  });

  it('with --quiet and everyone ready, prints the summary only', () => {
    const out = renderBatchPretty({ reports: [folder('001-张伟')] }, batchOptions({ quiet: true }));
    expect(out.trim()).toBe('共 1 个文件夹：1 个可以提交，0 个尚不可提交');
  });
});
