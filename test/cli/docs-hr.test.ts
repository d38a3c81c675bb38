import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, runCli } from './run-in-process.js';

/** The marked blocks of scripts/update-docs.js: the command and the output the doc shows. */
const BLOCK =
  /<!-- generated: ausm-check ([^>]*?) -->\n```\w*\n([\s\S]*?)```\n<!-- generated:end -->/g;

describe('docs/hr.md (issue 14 item 24)', () => {
  const text = readFileSync(path.join(REPO, 'docs/hr.md'), 'utf8');
  const blocks = [...text.matchAll(BLOCK)];

  it('has generated examples', () => {
    expect(blocks.map((b) => b[1])).toEqual([
      'batch examples --today=2026-11-26',
      'check examples/fail-small-photo --format json --today=2026-11-26',
    ]);
  });

  for (const [, args, shown] of blocks)
    it(`shows what \`ausm-check ${args}\` prints (run \`npm run docs\` to update)`, () => {
      const r = runCli(args!.split(' '));
      expect(r.exitCode === 0 || r.exitCode === 1, r.stderr).toBe(true);
      expect(shown).toBe(r.stdout.endsWith('\n') ? r.stdout : `${r.stdout}\n`);
    });

  it('shows the ready example as ready and the small photo as not ready', () => {
    const json = JSON.parse(blocks[1]![2]!);
    expect(json).toMatchObject({ target: 'examples/fail-small-photo', ready: false });
    expect(json.findings[0].message).toContain('200×280');
    expect(blocks[0]![2]).toMatch(/scope-1-accountant\s+张\*\s+✓ 可以提交/);
  });

  it('leads the CI recipes with a local script and a self-hosted runner, not a hosted one', () => {
    const ci = text.slice(text.indexOf('## CI 配方'), text.indexOf('## 退出码'));
    expect(ci).toContain('self-hosted');
    expect(ci).not.toMatch(/runs-on: ubuntu-latest\n/);
    expect(ci).not.toContain('actions/checkout');
    expect(ci.indexOf('本机脚本')).toBeLessThan(ci.indexOf('self-hosted runner'));
  });
});
