// @inquirer/testing's screen replaces the terminal of every @inquirer/prompts prompt: it must be
// imported before the code that imports the prompts.
import { screen } from '@inquirer/testing/vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCommand } from '../../src/cli/commands/check.js';
import type { CommonOptions } from '../../src/cli/options.js';
import { Asker } from '../../src/interactive/asker.js';
import { InitDraft } from '../../src/interactive/draft.js';
import { inquirerPrompter, isPromptExit } from '../../src/interactive/prompter.js';
import { snapshotFolder } from '../../src/interactive/validate.js';
import { ETHNICITIES } from '../../src/profile/options.js';
import { REPO } from '../cli/run-cli.js';
import { TODAY, memoryIo } from './scripted.js';

async function asker(lang: 'zh' | 'en' = 'zh') {
  const draft = new InitDraft();
  const lines: string[] = [];
  const a = new Asker({
    prompter: inquirerPrompter(lang),
    print: (l) => lines.push(l),
    lang,
    today: TODAY,
    folder: await snapshotFolder(mkdtempSync(path.join(tmpdir(), 'ausm-prompt-'))),
    draft,
    mode: 'init',
  });
  return { a, draft, lines };
}

/** A long list filters as it is typed into, asynchronously: let it draw. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('the real prompts, typed into', () => {
  it('a select is numbered and answers to a number typed, no arrow key needed', async () => {
    const short = inquirerPrompter('zh').select({
      message: '性别',
      choices: ['男', '女'].map((v) => ({ value: v, name: v })),
    });
    expect(screen.getScreen()).toContain('1. 男');
    expect(screen.getScreen()).toContain('输入序号或用 ↑↓ 选择，回车确认');
    screen.type('2');
    screen.keypress('enter');
    await expect(short).resolves.toBe('女');

    // A list longer than a page filters as it is typed into; a number still picks its choice.
    const answer = inquirerPrompter('zh').select({
      message: '民族',
      choices: ETHNICITIES.values.map((v) => ({ value: v, name: v })),
    });
    await settle();
    expect(screen.getScreen()).toContain('1. 汉族');
    expect(screen.getScreen()).toContain('输入序号或名称中的任意文字筛选');
    screen.type('12');
    await settle();
    screen.keypress('enter');
    await expect(answer).resolves.toBe(ETHNICITIES.values[11]);
  });

  it('a long list finds a choice by its first characters, or by words anywhere in it', async () => {
    const { a, draft } = await asker();
    const asked = a.ask('work[0].industry');
    await settle();
    screen.type('L');
    await settle();
    screen.keypress('enter');
    await asked;
    expect(draft.get('work[0].industry')).toBe('租赁和商务服务业');

    // 商务 is in the middle of 租赁和商务服务业 (issue 14 item 8).
    const again = await asker();
    const found = again.a.ask('work[0].industry');
    await settle();
    screen.type('商务');
    await settle();
    expect(screen.getScreen()).toContain('❯ 12. L 租赁和商务服务业');
    screen.keypress('enter');
    await found;
    expect(again.draft.get('work[0].industry')).toBe('租赁和商务服务业');
  });

  it('a wrong answer shows the rule’s message and hint and is asked again', async () => {
    const { a, draft } = await asker();
    const asked = a.ask('basic.id_number');
    expect(screen.getScreen()).toContain('有效身份证件号码');
    screen.type('530102198703173711');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toMatch(/第 18 位（校验码）是 1.*应为 6/);
    expect(screen.getScreen()).toContain('→ 号码中有一位抄错了');
    screen.keypress('backspace');
    screen.type('6');
    screen.keypress('enter');
    await asked;
    expect(draft.get('basic.id_number')).toBe('530102198703173716');
  });

  it('the duties checkbox ticks by number and shows the guide’s hints', async () => {
    const { a, draft } = await asker();
    const asked = a.ask('work[0].duties');
    expect(screen.getScreen()).toContain('7. 会计监督（内部审计、合规、内部控制、内控岗位选此项）');
    expect(screen.getScreen()).toContain('输入序号或空格勾选');
    screen.keypress('1');
    screen.keypress('7');
    screen.keypress('enter');
    await asked;
    expect(draft.get('work[0].duties')).toEqual(['出纳', '会计监督']);
  });

  it('the department is three pickers: province, city, county', async () => {
    const { a, draft } = await asker();
    const asked = a.ask('department');
    await settle();
    screen.type('云南');
    await settle();
    screen.keypress('enter');
    await settle();
    expect(screen.getScreen()).toContain('所在会计管理部门：市（地区）');
    expect(screen.getScreen()).toContain('1. 昆明市');
    screen.keypress('enter');
    await settle();
    expect(screen.getScreen()).toContain('? 所在会计管理部门：区县\n❯ 1. 五华区');
    screen.type('五华');
    await settle();
    screen.keypress('enter');
    await asked;
    expect(draft.get('department')).toBe('云南省/昆明市/五华区');
  });

  it('a date typed loosely is shown and kept as YYYY-MM-DD', async () => {
    const { a, draft } = await asker();
    const asked = a.ask('education[0].start');
    screen.type('2005.9.1');
    screen.keypress('enter');
    await asked;
    expect(draft.get('education[0].start')).toBe('2005-09-01');
    expect(screen.getScreen()).toContain('2005-09-01');
  });

  it('Ctrl-C rejects with the error the commands turn into exit 130', async () => {
    const { a } = await asker();
    const asked = a.ask('basic.name');
    screen.keypress({ name: 'c', ctrl: true });
    const error = await asked.catch((e: unknown) => e);
    expect(isPromptExit(error)).toBe(true);
  });
});

describe('check in a terminal offers to fill', () => {
  function folder(): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'ausm-offer-'));
    cpSync(path.join(REPO, 'examples/scope-1-accountant'), dir, { recursive: true });
    const file = path.join(dir, 'profile.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('  name: 张三 # 姓名\n', ''));
    return dir;
  }
  const opts = (interactive: boolean): CommonOptions => ({
    lang: 'zh',
    today: TODAY,
    showPii: false,
    quiet: false,
    color: false,
    interactive,
  });

  it('asks “现在补充这些信息吗？(Y/n)” and goes into fill', async () => {
    const dir = folder();
    const io = memoryIo();
    const run = checkCommand(dir, opts(true), io);
    await screen.next();
    expect(screen.getScreen()).toBe('? 现在补充这些信息吗？ (Y/n)');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('姓名');
    screen.type('张三');
    screen.keypress('enter');
    expect(await run).toBe(0);
    expect(io.out()).toContain('缺少必填项');
    expect(io.out()).toContain('可以提交');
    expect(readFileSync(path.join(dir, 'profile.yaml'), 'utf8')).toContain('  name: 张三 # 姓名\n');
  });

  it('“n” prints the fill command and check’s own exit code', async () => {
    const dir = folder();
    const io = memoryIo();
    const run = checkCommand(dir, opts(true), io);
    await screen.next();
    screen.type('n');
    screen.keypress('enter');
    expect(await run).toBe(1);
    expect(io.out()).toContain(`运行 ausm-check fill ${dir} 按提示补充`);
  });

  it('never asks with --no-interactive or without a terminal', async () => {
    for (const [interactive, tty] of [
      [false, true],
      [true, false],
    ] as const) {
      const dir = folder();
      const io = memoryIo({ interactive: tty });
      expect(await checkCommand(dir, opts(interactive), io)).toBe(1);
      expect(io.out()).toContain(`运行 ausm-check fill ${dir}`);
      expect(screen.getScreen()).toBe('');
    }
  });
});
