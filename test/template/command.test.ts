import { chmod, lstat, readFile, readdir, rm, stat, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { templateCommand } from '../../src/cli/commands/template.js';
import { mattersForProof } from '../../src/cli/proof-findings.js';
import type { Finding } from '../../src/engine/types.js';
import type * as RulesModule from '../../src/rules/index.js';
import { documentXml, paragraphTexts } from '../helpers-zip.js';
import { PROFILE, TODAY, TWO_JOBS, captureIo, removeFolder, tempFolder } from './fixtures.js';

// The refusal rests on the identity rules; where they are not registered yet, a stand-in with
// the same id and the GB 11643 check stands for identity/checksum.
vi.mock('../../src/rules/index.js', async (importOriginal) => {
  const mod = await importOriginal<typeof RulesModule>();
  if (mod.RULES.some((r) => r.id === 'identity/checksum')) return mod;
  const checksum: (typeof mod.RULES)[number] = {
    id: 'identity/checksum',
    severity: 'error',
    section: 'basic',
    check: (facts, report) => {
      if (facts.profile.status !== 'ok') return;
      const id = facts.profile.data.basic?.id_number;
      if (id === undefined || !/^\d{17}[\dX]$/.test(id)) return;
      const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
      const sum = weights.reduce((s, w, i) => s + w * Number(id[i]), 0);
      if ('10X98765432'[sum % 11] !== id[17]) report({ field: 'basic.id_number' });
    },
  };
  return { ...mod, RULES: [...mod.RULES, checksum] };
});

const NAME = '会计工作证明-昆明韬达人力资源有限公司.docx';
const WRONG_ID = PROFILE.replace('530102198703173716', '530102198703173717');

const folders: string[] = [];
async function folder(files: Record<string, string>): Promise<string> {
  const dir = await tempFolder(files);
  folders.push(dir);
  return dir;
}

afterEach(async () => {
  await Promise.all(folders.splice(0).map(removeFolder));
});

describe('templateCommand', () => {
  it('writes one .docx per work entry into DIR and says so', async () => {
    const dir = await folder({ 'profile.yaml': PROFILE });
    const io = captureIo(dir);
    expect(await templateCommand('.', { force: false, today: TODAY }, io)).toBe(0);
    expect(io.out()).toContain(`已生成 ${NAME}`);
    expect(io.out()).not.toContain('留空');
    expect(io.err()).toBe('');
    const texts = paragraphTexts(documentXml(await readFile(path.join(dir, NAME))));
    expect(texts[2]).toContain('530102198703173716');
    expect((await readdir(dir)).sort()).toEqual([NAME, 'profile.yaml'].sort());
  });

  it('writes into --out, lists the fields left blank, in English with --lang en', async () => {
    const dir = await folder({ 'profile.yaml': TWO_JOBS });
    const io = captureIo(dir, 'en');
    const code = await templateCommand(dir, { out: 'out/proofs', force: true, today: TODAY }, io);
    expect(code).toBe(0);
    expect((await readdir(path.join(dir, 'out/proofs'))).sort()).toEqual(
      [NAME, '会计工作证明-云南某某会计师事务所有限公司.docx'].sort(),
    );
    expect(io.out()).toContain(
      'Wrote out/proofs/会计工作证明-云南某某会计师事务所有限公司.docx\n  Left blank to fill in by hand: Work experience #2 › End date (day); Work experience #2 › Accounting duties; ',
    );
  });

  it('refuses a proof with a wrong ID number and prints why, unless --force', async () => {
    const dir = await folder({ 'profile.yaml': WRONG_ID });
    const io = captureIo(dir);
    expect(await templateCommand(dir, { force: false, today: TODAY }, io)).toBe(1);
    expect(io.err()).toContain('未生成');
    expect(io.err()).toMatch(/✗ 基本信息 › 有效身份证件号码 \(basic\.id_number\)/);
    expect(await readdir(dir)).toEqual(['profile.yaml']);

    const forced = captureIo(dir);
    expect(await templateCommand(dir, { force: true, today: TODAY }, forced)).toBe(0);
    expect(forced.err()).toContain('已按 --force 生成');
    expect(await readdir(dir)).toContain(NAME);
  });

  it('does not let findings elsewhere (photos, education) block the proof', async () => {
    const dir = await folder({
      'profile.yaml': `${PROFILE}education:\n  - school: 云南大学\n    start: 2099-02-30\n`,
    });
    const io = captureIo(dir);
    expect(await templateCommand(dir, { force: false, today: TODAY }, io)).toBe(0);
  });

  it('refuses a work entry with an invalid date', async () => {
    const dir = await folder({ 'profile.yaml': PROFILE.replace('2009-08-01', '2009-02-30') });
    const io = captureIo(dir);
    expect(await templateCommand(dir, { force: false, today: TODAY }, io)).toBe(1);
    expect(io.err()).toContain('(work[0].start)');
  });

  it('never overwrites an existing file without --force', async () => {
    const dir = await folder({ 'profile.yaml': PROFILE, [NAME]: 'stamped copy' });
    const io = captureIo(dir);
    expect(await templateCommand(dir, { force: false, today: TODAY }, io)).toBe(2);
    expect(io.err()).toContain(`${NAME} 已存在，未覆盖`);
    expect(await readFile(path.join(dir, NAME), 'utf8')).toBe('stamped copy');

    expect(await templateCommand(dir, { force: true, today: TODAY }, captureIo(dir))).toBe(0);
    expect((await stat(path.join(dir, NAME))).size).toBeGreaterThan(1000);
    expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('--overwrite replaces an existing file but still refuses wrong printed fields (issue 14 item 10)', async () => {
    const dir = await folder({ 'profile.yaml': PROFILE, [NAME]: 'old draft' });
    const io = captureIo(dir);
    expect(await templateCommand(dir, { force: false, today: TODAY }, io)).toBe(2);
    expect(io.err()).toContain('要覆盖请加 --overwrite');
    const again = captureIo(dir);
    expect(await templateCommand(dir, { force: false, overwrite: true, today: TODAY }, again)).toBe(
      0,
    );
    expect((await stat(path.join(dir, NAME))).size).toBeGreaterThan(1000);

    const wrong = await folder({ 'profile.yaml': WRONG_ID, [NAME]: 'old draft' });
    const refused = captureIo(wrong);
    expect(
      await templateCommand(wrong, { force: false, overwrite: true, today: TODAY }, refused),
    ).toBe(1);
    expect(refused.err()).toContain('未生成');
    expect(await readFile(path.join(wrong, NAME), 'utf8')).toBe('old draft');
  });

  it('numbers the files of an employer named twice', async () => {
    const twice = `${PROFILE}  - employer: 昆明韬达人力资源有限公司
    uscc: "91530102MA6P4Q7K12"
    status: 离职
    start: 2005-01-01
    end: 2006-12-31
    duties: [稽核]
    contact: { name: 王五, phone: "0871-87654321" }
`;
    const dir = await folder({ 'profile.yaml': twice });
    expect(await templateCommand(dir, { force: true, today: TODAY }, captureIo(dir))).toBe(0);
    expect((await readdir(dir)).filter((n) => n.endsWith('.docx')).sort()).toEqual([
      '会计工作证明-昆明韬达人力资源有限公司-1.docx',
      '会计工作证明-昆明韬达人力资源有限公司-2.docx',
    ]);
  });

  it('uses the template given with --template', async () => {
    const dir = await folder({ 'profile.yaml': PROFILE });
    const template = new URL('../../templates/work-commitment.yaml', import.meta.url).pathname;
    expect(
      await templateCommand(dir, { force: false, template, today: TODAY }, captureIo(dir)),
    ).toBe(0);
    const xml = documentXml(
      await readFile(path.join(dir, '工作经历承诺书-昆明韬达人力资源有限公司.docx')),
    );
    expect(paragraphTexts(xml)[0]).toBe('工作经历承诺书');
  });

  it('exits 2 for a missing folder, an unusable template or an OUT that is a file', async () => {
    const dir = await folder({ 'profile.yaml': PROFILE, 'bad.yaml': 'file_name: x\n' });
    const io = captureIo(dir);
    expect(await templateCommand('nowhere', { force: false, today: TODAY }, io)).toBe(2);
    expect(io.err()).toContain('找不到文件夹：nowhere');
    expect(
      await templateCommand(dir, { force: false, template: 'bad.yaml', today: TODAY }, io),
    ).toBe(2);
    expect(io.err()).toContain('模板 bad.yaml 无法使用');
    await writeFile(path.join(dir, 'out'), '');
    expect(await templateCommand(dir, { out: 'out', force: false, today: TODAY }, io)).toBe(2);
    expect(io.err()).toContain('无法写入 out：路径中有一部分不是文件夹（ENOTDIR）');
  });

  it('exits 1 without a profile or without a work entry', async () => {
    const empty = await folder({});
    const io = captureIo(empty);
    expect(await templateCommand(empty, { force: false, today: TODAY }, io)).toBe(1);
    expect(io.err()).toContain('没有 profile.yaml');

    const noWork = await folder({ 'profile.yaml': PROFILE.split('work:')[0]! });
    const io2 = captureIo(noWork);
    expect(await templateCommand(noWork, { force: false, today: TODAY }, io2)).toBe(1);
    expect(io2.err()).toContain('没有工作经历');
  });

  it('exits 1 with the parse error for a profile that cannot be read', async () => {
    const dir = await folder({ 'profile.yaml': 'basic: [unclosed\n' });
    const io = captureIo(dir);
    expect(await templateCommand(dir, { force: true, today: TODAY }, io)).toBe(1);
    expect(io.err()).toContain('profile.yaml 无法读取');
    expect(await readdir(dir)).toEqual(['profile.yaml']);
  });
});

describe('mattersForProof', () => {
  const finding = (rule: string, field?: string, waived?: string): Finding => ({
    rule,
    severity: 'error',
    section: 'work',
    messageId: 'default',
    args: {},
    ...(field === undefined ? {} : { field }),
    ...(waived === undefined ? {} : { waived }),
  });

  it.each([
    ['identity/checksum', 'basic.id_number', true],
    ['identity/gender', 'basic.gender', true],
    ['work/uscc', 'work[0].uscc', true],
    ['work/dates', 'work[1].end', true],
    ['profile/invalid-date', 'work[0].start', true],
    ['profile/required', 'basic.name', true],
    ['profile/invalid-value', 'work[0].duties[1]', true],
    ['profile/required', 'work[0].contact.phone', true],
    ['profile/required', 'work[0].proof', false],
    ['work/proof-missing', 'work[0].proof', false],
    ['profile/required', 'basic.photo', false],
    ['profile/invalid-date', 'education[0].end', false],
    ['photo/min-pixels', 'basic.photo', false],
    ['material/missing', undefined, false],
  ] as const)('%s on %s → %s', (rule, field, expected) => {
    expect(mattersForProof(finding(rule, field))).toBe(expected);
  });

  it('is not blocked by a waived finding', () => {
    expect(mattersForProof(finding('work/uscc', 'work[0].uscc', '厦门试点代码'))).toBe(false);
  });

  // Issue 13, item 6: --force replaces a proof, but never a read-only one, never through a link
  // out of the folder, and keeps the mode of the one it replaces.
  it('--force refuses a read-only proof and a link out of the folder; keeps the mode', async () => {
    const dir = await folder({ 'profile.yaml': PROFILE });
    const outside = await folder({ 'keep.txt': 'keep me' });
    const target = path.join(dir, NAME);
    await writeFile(target, 'old');
    await chmod(target, 0o444);
    const io = captureIo(dir);
    expect(await templateCommand(dir, { force: true, today: TODAY }, io)).toBe(2);
    expect(io.err()).toContain('只读');
    expect(io.err()).toContain('chmod u+w');
    expect(await readFile(target, 'utf8')).toBe('old');
    expect((await stat(target)).mode & 0o777).toBe(0o444);

    await chmod(target, 0o640);
    expect(await templateCommand(dir, { force: true, today: TODAY }, captureIo(dir))).toBe(0);
    expect((await stat(target)).mode & 0o777).toBe(0o640);
    expect(await readFile(target, 'utf8')).not.toBe('old');

    const victim = path.join(outside, 'keep.txt');
    await rm(target);
    await symlink(victim, target);
    const linked = captureIo(dir);
    expect(await templateCommand(dir, { force: true, today: TODAY }, linked)).toBe(2);
    expect(linked.err()).toContain('符号链接');
    expect(await readFile(victim, 'utf8')).toBe('keep me');
    expect((await lstat(target)).isSymbolicLink()).toBe(true);
  });
});
