import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fillCommand } from '../../src/cli/commands/fill.js';
import { REPO } from '../cli/run-cli.js';
import { INTERRUPT, TODAY, memoryIo, scripted } from './scripted.js';

const EXAMPLE = path.join(REPO, 'examples/scope-1-accountant');

/** The scope-1 example, with comments, made wrong in four places. */
function brokenFolder(edit: (text: string) => string = breakFour): {
  dir: string;
  before: string;
} {
  const dir = mkdtempSync(path.join(tmpdir(), 'ausm-fill-'));
  cpSync(EXAMPLE, dir, { recursive: true });
  const before = edit(readFileSync(path.join(dir, 'profile.yaml'), 'utf8'));
  writeFileSync(path.join(dir, 'profile.yaml'), before);
  return { dir, before };
}

function breakFour(text: string): string {
  const out = text
    .replace('  name: 张三 # 姓名\n', '')
    .replace('ethnicity: 汉族', 'ethnicity: 火星族')
    .replace('    start: 2009-08-01', '    start: 2009-13-01')
    .replace('"15912341535"', '"1591234153"');
  expect(out).not.toBe(text);
  return out;
}

const opts = { lang: 'zh', today: TODAY } as const;

describe('fill', () => {
  it('asks only for the wrong fields, in the form order, and keeps every other byte', async () => {
    const { dir, before } = brokenFolder();
    const prompter = scripted(['张三', '1591234153', '15912341535', '汉族', '2009-08-01']);
    const io = memoryIo();
    const code = await fillCommand(dir, opts, io, prompter);
    expect(io.err()).toBe('');
    expect(prompter.left()).toBe(0);
    expect(prompter.log.map((a) => a.message)).toEqual([
      '姓名',
      '手机号码',
      '手机号码',
      '民族',
      '工作开始时间',
    ]);
    // The finding is shown before its question.
    expect(io.out()).toMatch(/✗ 基本信息 › 民族 \(basic\.ethnicity\)\n {2}“火星族” 不是允许的选项/);
    expect(prompter.log[1]!.rejected).toContain('应为 11 位');
    expect(prompter.log[3]!.default).toBeUndefined(); // 火星族 is no choice to preselect

    const after = readFileSync(path.join(dir, 'profile.yaml'), 'utf8');
    const expected = before
      .replace('  gender: 男 # 性别\n', '  name: 张三 # 姓名\n  gender: 男 # 性别\n')
      .replace('ethnicity: 火星族', 'ethnicity: 汉族')
      .replace('    start: 2009-13-01', '    start: 2009-08-01')
      .replace('"1591234153"', '"15912341535"');
    expect(after).toBe(expected);
    expect(readFileSync(path.join(dir, 'profile.yaml.bak'), 'utf8')).toBe(before);
    expect(io.out()).toContain('可以提交');
    expect(code).toBe(0);
  });

  it('“leave as it is” keeps a value; the verdict says what is still wrong', async () => {
    const { dir, before } = brokenFolder();
    const prompter = scripted(['张三', '15912341535', '保持原样，稍后处理', '-']);
    const io = memoryIo();
    expect(await fillCommand(dir, opts, io, prompter)).toBe(1);
    const after = readFileSync(path.join(dir, 'profile.yaml'), 'utf8');
    expect(after).toContain('ethnicity: 火星族');
    expect(after).toContain('start: 2009-13-01');
    expect(after).not.toBe(before);
    expect(io.out()).toContain('尚不可提交：2 个错误');
  });

  it('a missing section is added as a new entry, with comments, the rest untouched', async () => {
    const { dir, before } = brokenFolder((text) => {
      const start = text.indexOf('education: # 教育经历');
      const end = text.indexOf('work: # 工作经历');
      return text.slice(0, start) + text.slice(end);
    });
    const prompter = scripted([
      true, // add an entry to 教育经历
      '全日制',
      '云南大学',
      '2005-09-01',
      '2009-07-01',
      '大学本科',
      '',
      '学士',
      '',
      '会计学',
      false,
      ['毕业证.jpg', '学位证.jpg'],
    ]);
    const io = memoryIo();
    expect(await fillCommand(dir, opts, io, prompter)).toBe(0);
    const after = readFileSync(path.join(dir, 'profile.yaml'), 'utf8');
    const block = [
      'education: # 教育经历',
      '  - mode: 全日制 # 培养方式',
      '    school: 云南大学 # 学校名称(全称)',
      '    start: 2005-09-01 # 入学时间',
      '    end: 2009-07-01 # 毕业时间（尚未毕业写 至今）',
      '    level: 大学本科 # 学历',
      '    degree: 学士 # 学位',
      '    major: 会计学 # 所学专业',
      '    overseas: false # 国(境)外学历学位',
      '    proof: [毕业证.jpg, 学位证.jpg] # 学历/学位证明材料（学信网比对不通过时需要）',
    ].join('\n');
    // After 基本信息, where the platform has it, with the blank line the other sections have.
    const postcode = '  postcode: "650000" # 邮编（选填）\n';
    expect(after).toBe(before.replace(postcode, `${postcode}\n${block}\n`));
  });

  it('stores a phone typed with spaces as digits; inside fill no hint says to run fill (issue 14 item 9)', async () => {
    const { dir } = brokenFolder();
    const prompter = scripted(['张三', '159 1234 1535', '汉族', '2009-08-01']);
    const io = memoryIo();
    expect(await fillCommand(dir, opts, io, prompter)).toBe(0);
    expect(readFileSync(path.join(dir, 'profile.yaml'), 'utf8')).toContain('"15912341535"');
    const asking = io.out().slice(0, io.out().indexOf('重新检查'));
    expect(asking).toContain('缺少必填项\n    → 在下面的问题中回答这一项');
    expect(asking).not.toContain('ausm-check fill');
  });

  it('a second fill keeps the first backup: .bak, then .bak.1 (issue 14 item 9)', async () => {
    const { dir, before } = brokenFolder();
    const answers = ['张三', '15912341535', '汉族', '2009-08-01'];
    expect(await fillCommand(dir, opts, memoryIo(), scripted(answers))).toBe(0);
    const first = readFileSync(path.join(dir, 'profile.yaml'), 'utf8');
    writeFileSync(
      path.join(dir, 'profile.yaml'),
      first.replace('ethnicity: 汉族', 'ethnicity: 火星族'),
    );
    const broken = readFileSync(path.join(dir, 'profile.yaml'), 'utf8');
    const io = memoryIo();
    expect(await fillCommand(dir, opts, io, scripted(['汉族']))).toBe(0);
    expect(readFileSync(path.join(dir, 'profile.yaml.bak'), 'utf8')).toBe(before);
    expect(readFileSync(path.join(dir, 'profile.yaml.bak.1'), 'utf8')).toBe(broken);
    expect(io.out()).toContain('原文件已备份为 profile.yaml.bak.1');
  });

  it('Ctrl-C leaves the profile exactly as it was, with no backup, and exits 130', async () => {
    const { dir, before } = brokenFolder();
    const prompter = scripted(['张三', INTERRUPT]);
    const io = memoryIo();
    expect(await fillCommand(dir, opts, io, prompter)).toBe(130);
    expect(io.err().trim()).toBe('已取消：profile.yaml 未作任何修改。');
    expect(readFileSync(path.join(dir, 'profile.yaml'), 'utf8')).toBe(before);
    expect(existsSync(path.join(dir, 'profile.yaml.bak'))).toBe(false);
  });

  it('keeps CRLF line ends of a CRLF file', async () => {
    const { dir } = brokenFolder((t) => breakFour(t).replace(/\n/g, '\r\n'));
    const prompter = scripted(['张三', '15912341535', '汉族', '2009-08-01']);
    expect(await fillCommand(dir, opts, memoryIo(), prompter)).toBe(0);
    const after = readFileSync(path.join(dir, 'profile.yaml'), 'utf8');
    expect(after.split('\r\n').length).toBe(after.split('\n').length);
    expect(after).toContain('  name: 张三 # 姓名\r\n');
  });

  it('needs a terminal, and a folder with a profile', async () => {
    const { dir } = brokenFolder();
    const io = memoryIo({ interactive: false });
    expect(await fillCommand(dir, opts, io, scripted([]))).toBe(2);
    expect(io.err()).toMatch(/^ausm-check: ausm-check fill 需要在终端中交互运行/);
    expect(io.err().trim().split('\n')).toHaveLength(1);

    const empty = mkdtempSync(path.join(tmpdir(), 'ausm-fill-'));
    await expect(fillCommand(empty, opts, memoryIo(), scripted([]))).rejects.toThrow(
      /没有 profile\.yaml；运行 ausm-check init/,
    );
  });
});
