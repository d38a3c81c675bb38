import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/io.js';
import { main } from '../../src/main.js';
import { displayWidth } from '../../src/util/width.js';

const COMMANDS = [
  'check',
  'init',
  'fill',
  'batch',
  'template',
  'fix',
  'rules',
  'explain',
  'schema',
];

async function help(args: readonly string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const code = await main(args, {
    stdout: (t) => void (out += t),
    stderr: (t) => void (out += t),
    env: {},
  });
  return { code, out };
}

/** Every help screen (issue 14, item 2): top level and each command, zh and en. */
const SCREENS = (['zh', 'en'] as const).flatMap((lang) =>
  [[], ...COMMANDS.map((c) => [c])].map((cmd) => ({
    lang,
    args: [...cmd, '--help', ...(lang === 'en' ? ['--lang', 'en'] : [])],
  })),
);

describe('--help fits a terminal of 80 columns (issue 14, item 2)', () => {
  it.each(SCREENS)('$lang: ausm-check $args', async ({ lang, args }) => {
    const { code, out } = await help(args);
    expect(code).toBe(EXIT.ok);
    const lines = out.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(80);
    // Booleans have no default worth showing.
    expect(out).not.toMatch(/默认：false|default: false/);
    // The language's own words: no English headings in zh, no Chinese headings in en.
    if (lang === 'zh') expect(out).not.toMatch(/Usage:|Options:|\[options\]|default:/);
    else expect(out).not.toMatch(/用法：|选项：/);
    // `--lang en` does not call zh the default next to default "en".
    if (lang === 'en') expect(out).not.toMatch(/zh \(default\)/);
  });

  it('keeps words whole and aligns descriptions by display width', async () => {
    for (const { args } of SCREENS) {
      const { out } = await help(args);
      // A date, a file name and an id are never cut across lines.
      expect(out).not.toMatch(/\d\n\s*\d/);
      expect(out).not.toMatch(/profile\.schema\n|work\/aft\n/);
      // Every option's description starts in the same display column.
      const items = out.split('\n').filter((l) => /^ {2}-/.test(l));
      const starts = items.map((l) => {
        const m = /^( {2}\S.*?\S {2,})\S/.exec(l);
        return m ? displayWidth(m[1]!) : -1;
      });
      expect(new Set(starts).size, `${args.join(' ')}\n${items.join('\n')}`).toBe(1);
    }
  });
});
