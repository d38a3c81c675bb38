import { describe, expect, it } from 'vitest';
import { EXIT } from '../src/cli/io.js';
import { main } from '../src/main.js';

/** Runs `main` with a stdout that throws: a bug of ours, not the user's doing. */
async function crash(lang: 'zh' | 'en') {
  let err = '';
  const code = await main(['rules', '--lang', lang], {
    stdout: () => {
      throw new Error('boom');
    },
    stderr: (t) => void (err += t),
    env: {},
  });
  return { code, err };
}

describe('main: exit codes (docs/spec/cli.md)', () => {
  it('gives an internal error its own exit code, not the usage code', async () => {
    const { code, err } = await crash('en');
    expect(EXIT.internal).toBe(3);
    expect(code).toBe(EXIT.internal);
    expect(code).not.toBe(EXIT.usage);
    expect(err).toBe(
      'ausm-check: internal error: boom (a bug in the checker, please report it; AUSM_CHECK_DEBUG=1 shows details)\n',
    );
  });

  it('says so in Chinese by default, on one line', async () => {
    const { code, err } = await crash('zh');
    expect(code).toBe(3);
    expect(err.trimEnd().split('\n')).toHaveLength(1);
    expect(err).toContain('内部错误：boom');
    expect(err).toContain('请报告');
  });

  it('keeps exit 2 for a usage error', async () => {
    let err = '';
    const code = await main(['no-such-folder-here'], { stderr: (t) => void (err += t), env: {} });
    expect(code).toBe(EXIT.usage);
    expect(err).toContain('no-such-folder-here');
  });
});
