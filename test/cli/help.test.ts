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

async function help(
  args: readonly string[],
  columns?: number,
): Promise<{ code: number; out: string }> {
  let out = '';
  const code = await main(args, {
    stdout: (t) => void (out += t),
    stderr: (t) => void (out += t),
    env: {},
    ...(columns === undefined ? {} : { columns }),
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

describe('--help wraps at the terminal width (issue 14, item 2)', () => {
  const widest = (out: string) => Math.max(...out.split('\n').map((l) => displayWidth(l)));

  it.each(['zh', 'en'] as const)('%s: uses a wide terminal, up to 120 columns', async (lang) => {
    const args = ['batch', '--help', ...(lang === 'en' ? ['--lang', 'en'] : [])];
    const narrow = await help(args);
    const wide = await help(args, 110);
    expect(widest(narrow.out)).toBeLessThanOrEqual(80);
    expect(widest(wide.out)).toBeGreaterThan(80);
    expect(widest(wide.out)).toBeLessThanOrEqual(110);
    // Fewer lines, since fewer descriptions wrap.
    expect(wide.out.split('\n').length).toBeLessThan(narrow.out.split('\n').length);
    const huge = await help(args, 400);
    expect(widest(huge.out)).toBeLessThanOrEqual(120);
  });

  it('fits a narrow terminal, but never wraps below 40 columns', async () => {
    const at60 = await help(['check', '--help'], 60);
    for (const line of at60.out.trimEnd().split('\n'))
      expect(displayWidth(line), line).toBeLessThanOrEqual(60);
    const at10 = await help(['check', '--help'], 10);
    const at40 = await help(['check', '--help'], 40);
    expect(at10.out).toBe(at40.out);
  });
});
