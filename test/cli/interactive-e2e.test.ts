import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  writeFileSync,
  copyFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { BIN, REPO, runCli } from './run-cli.js';

/**
 * The built CLI in a real pseudo-terminal: util-linux `script` gives it a TTY on stdin and
 * stdout, so `io.interactive` is true exactly as for a person, and keys are typed into it.
 */
const HAS_SCRIPT = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
if (!HAS_SCRIPT)
  console.warn(
    'interactive-e2e: skipped, `script` (util-linux) is not installed; apt-get install -y util-linux',
  );

const TODAY = '2026-11-26';
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

class Terminal {
  private readonly child: ChildProcessWithoutNullStreams;
  private raw = '';
  /** Where the next `waitFor` starts looking in the plain output. */
  private cursor = 0;
  readonly exit: Promise<number | null>;

  constructor(args: readonly string[]) {
    const quoted = [process.execPath, BIN, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`);
    const env: Record<string, string | undefined> = {
      ...process.env,
      NO_COLOR: '1',
      TERM: 'xterm',
    };
    delete env['CI'];
    this.child = spawn(
      'script',
      ['-qfec', `stty cols 200 rows 50; ${quoted.join(' ')}`, '/dev/null'],
      {
        cwd: REPO,
        env,
      },
    );
    this.child.stdout.on('data', (d: Buffer) => (this.raw += d.toString('utf8')));
    this.exit = new Promise((resolve) => this.child.on('close', (code) => resolve(code)));
  }

  plain(): string {
    return stripVTControlCharacters(this.raw).replace(/\r/g, '');
  }

  /** Waits until `text` appears after what earlier waits consumed. */
  async waitFor(text: string, timeout = 30_000): Promise<void> {
    const until = Date.now() + timeout;
    for (;;) {
      const at = this.plain().indexOf(text, this.cursor);
      if (at >= 0) {
        this.cursor = at + text.length;
        await pause(150); // let the prompt finish drawing and start listening
        return;
      }
      if (Date.now() > until)
        throw new Error(
          `timed out waiting for “${text}”; screen so far:\n${this.plain().slice(-1500)}`,
        );
      await pause(25);
    }
  }

  async type(text: string): Promise<void> {
    this.child.stdin.write(text);
    await pause(80);
  }

  /** Answers the question `label`: the keys, then Enter. */
  async answer(label: string, keys = ''): Promise<void> {
    await this.waitFor(label);
    if (keys !== '') await this.type(keys);
    await this.type('\r');
  }

  kill(): void {
    this.child.kill();
  }
}

describe.skipIf(!HAS_SCRIPT)('init and fill in a terminal', { timeout: 240_000 }, () => {
  it('init from a folder with only photos, answered by typing, writes a profile that passes check', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ausm-e2e-init-'));
    const ex = path.join(REPO, 'examples/scope-1-accountant');
    for (const f of ['证件照.jpg', '会计工作证明.jpg'])
      copyFileSync(path.join(ex, f), path.join(dir, f));
    const t = new Terminal(['init', dir, '--today', TODAY]);
    try {
      await t.answer('采集范围', '1');
      await t.answer('省（或中央单位、兵团）', '25'); // 云南省, by its number
      await t.answer('市（地区）'); // 1. 昆明市
      await t.answer('区县'); // 1. 五华区
      await t.answer('照片信息'); // 证件照.jpg, suggested
      await t.answer('有效身份证件类型');
      await t.answer('有效身份证件号码', '530102198703173711');
      await t.waitFor('第 18 位（校验码）是 1'); // the rule's message, then the same question again
      await t.type('\x7f6\r');
      await t.answer('姓名', '张三');
      await t.answer('性别'); // 男, from the ID number
      await t.answer('出生年月'); // 1987-03-17, from the ID number
      await t.answer('手机号码', '15912341535');
      await t.answer('政治面貌', '1');
      await t.answer('民族', '1');
      await t.answer('邮箱');
      await t.answer('通讯地址', 'Kunming 1');
      await t.answer('邮编', '650000');
      await t.answer('实名认证方式');
      await t.answer('培养方式', '1');
      await t.answer('学校名称', 'Yunnan University');
      await t.answer('入学时间', '2005.9.1');
      await t.answer('毕业时间', '2009-07-01');
      await t.answer('学历', '4');
      await t.answer('学历证书编号');
      await t.answer('学位'); // 学士, from the level
      await t.answer('学位证书编号');
      await t.answer('所学专业', 'Accounting');
      await t.answer('国(境)外学历学位', 'n');
      await t.answer('学历/学位证明材料'); // none ticked: none in the folder
      await t.answer('再添加一条教育经历吗', 'n');
      await t.answer('单位名称', 'Kunming Taoda HR Co., Ltd.');
      await t.answer('统一社会信用代码', '91530102MA6P4Q7K12');
      await t.answer('单位类型'); // 企业, from the code
      await t.answer('所属行业', 'L');
      await t.answer('在职状态'); // 在职
      await t.answer('工作开始时间', '2009-08-01');
      await t.answer('工作结束时间'); // 至今
      await t.waitFor('会计工作类型');
      await t.type('1');
      await t.type('7');
      await t.type('\r');
      await t.answer('会计工作（经历）证明'); // 会计工作证明.jpg, suggested
      await t.answer('联系人', 'Li Si');
      await t.answer('联系电话', '0871-12345678');
      await t.answer('再添加一条工作经历吗', 'n');
      await t.answer('会计专业技术资格', 'n');
      await t.answer('拟报考级别'); // 暂不填写
      expect(await t.exit, t.plain().slice(-3000)).toBe(0);
    } finally {
      t.kill();
    }
    expect(t.plain()).toContain('可以提交');
    const text = readFileSync(path.join(dir, 'profile.yaml'), 'utf8');
    expect(text).toMatch(/^# yaml-language-server: \$schema=\.\/profile\.schema\.json\n/);
    expect(text).toContain('  id_number: "530102198703173716" #');
    expect(text).toContain('    start: 2005-09-01 #');
    expect(text).toContain('    duties: [出纳, 会计监督] #');
    expect(existsSync(path.join(dir, 'profile.schema.json'))).toBe(true);
    const check = runCli([dir, '--today', TODAY]);
    expect(check.exitCode, check.stdout).toBe(0);
  });

  function brokenCopy(): { dir: string; before: string } {
    const dir = mkdtempSync(path.join(tmpdir(), 'ausm-e2e-fill-'));
    cpSync(path.join(REPO, 'examples/scope-1-accountant'), dir, { recursive: true });
    const file = path.join(dir, 'profile.yaml');
    const before = readFileSync(file, 'utf8')
      .replace('  name: 张三 # 姓名\n', '')
      .replace('ethnicity: 汉族', 'ethnicity: 火星族')
      .replace('    start: 2009-08-01', '    start: 2009-13-01')
      .replace('"15912341535"', '"1591234153"');
    writeFileSync(file, before);
    return { dir, before };
  }

  it('fill writes the answers into a commented profile, every other byte unchanged', async () => {
    const { dir, before } = brokenCopy();
    const t = new Terminal(['fill', dir, '--today', TODAY]);
    try {
      await t.answer('? 姓名', '张三');
      await t.answer('? 手机号码', '15912341535');
      await t.answer('? 民族', '1');
      await t.answer('? 工作开始时间', '2009-08-01');
      expect(await t.exit, t.plain().slice(-3000)).toBe(0);
    } finally {
      t.kill();
    }
    const after = readFileSync(path.join(dir, 'profile.yaml'), 'utf8');
    expect(after).toBe(
      before
        .replace('  gender: 男 # 性别\n', '  name: 张三 # 姓名\n  gender: 男 # 性别\n')
        .replace('ethnicity: 火星族', 'ethnicity: 汉族')
        .replace('    start: 2009-13-01', '    start: 2009-08-01')
        .replace('"1591234153"', '"15912341535"'),
    );
    // Line by line: the comments and untouched lines are the old ones, byte for byte.
    const old = before.split('\n');
    const changed = after.split('\n').filter((l) => !old.includes(l));
    expect(changed).toEqual([
      '  name: 张三 # 姓名',
      '  phone: "15912341535" # 手机号码',
      '  ethnicity: 汉族 # 民族',
      '    start: 2009-08-01 # 工作开始时间（须晚于全日制毕业时间）',
    ]);
    expect(readFileSync(path.join(dir, 'profile.yaml.bak'), 'utf8')).toBe(before);
    expect(t.plain()).toContain('可以提交');
  });

  it('fill in a terminal: a phone typed with spaces, a list searched inside, a second backup (issue 14 items 8, 9)', async () => {
    const { dir, before } = brokenCopy();
    const t = new Terminal(['fill', dir, '--today', TODAY]);
    try {
      await t.waitFor('缺少必填项');
      await t.answer('? 姓名', '张三');
      await t.answer('? 手机号码', '159 1234 1535');
      await t.answer('? 民族', '吾尔'); // the middle of 维吾尔族
      await t.answer('? 工作开始时间', '2009-08-01');
      expect(await t.exit, t.plain().slice(-3000)).toBe(0);
    } finally {
      t.kill();
    }
    const asking = t.plain().slice(0, t.plain().indexOf('重新检查'));
    expect(asking).not.toContain('ausm-check fill');
    const after = readFileSync(path.join(dir, 'profile.yaml'), 'utf8');
    expect(after).toContain('  phone: "15912341535" # 手机号码');
    expect(after).toContain('  ethnicity: 维吾尔族 # 民族');

    writeFileSync(path.join(dir, 'profile.yaml'), after.replace('维吾尔族', '火星族'));
    const second = new Terminal(['fill', dir, '--today', TODAY]);
    try {
      await second.answer('? 民族', '1');
      expect(await second.exit, second.plain().slice(-3000)).toBe(0);
    } finally {
      second.kill();
    }
    expect(readFileSync(path.join(dir, 'profile.yaml.bak'), 'utf8')).toBe(before);
    expect(readFileSync(path.join(dir, 'profile.yaml.bak.1'), 'utf8')).toContain('火星族');
    expect(second.plain()).toContain('原文件已备份为 profile.yaml.bak.1');
  });

  it('Ctrl-C during fill leaves the profile unchanged and exits 130', async () => {
    const { dir, before } = brokenCopy();
    const t = new Terminal(['fill', dir, '--today', TODAY]);
    try {
      await t.answer('? 姓名', '张三');
      await t.waitFor('? 手机号码');
      await t.type('\x03');
      expect(await t.exit).toBe(130);
    } finally {
      t.kill();
    }
    expect(t.plain()).toContain('已取消：profile.yaml 未作任何修改。');
    expect(readFileSync(path.join(dir, 'profile.yaml'), 'utf8')).toBe(before);
    expect(existsSync(path.join(dir, 'profile.yaml.bak'))).toBe(false);
  });

  it('init and fill without a terminal: exit 2, one line', () => {
    for (const args of [
      ['init', mkdtempSync(path.join(tmpdir(), 'ausm-e2e-'))],
      ['fill', 'examples/scope-1-accountant'],
    ]) {
      const run = runCli(args);
      expect(run.exitCode).toBe(2);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toContain('需要在终端中交互运行');
    }
  });
});
