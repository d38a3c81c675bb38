import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../src/facts/profile.js';
import { FillDraft, InitDraft } from '../../src/interactive/draft.js';
import { applyEdits, renderProfile } from '../../src/interactive/yaml-text.js';

const PROFILE = `# 张三的材料
scope: 1                    # 采集范围
department: 云南省/昆明市/五华区

basic:   # 基本信息
  # 照片另外准备
  id_number: '530102198703173716'
  name: 张三
  email:      # 以后再填
  contact: { name: 李四 }

work:
  - employer: 某某公司
    duties:
      - 出纳
    end: ~
`;

describe('applyEdits: splices values into the text, keeping every other byte', () => {
  it('replaces a value where it stands, keeping its comment and spacing', () => {
    const out = applyEdits(PROFILE, [{ path: 'department', value: '云南省/昆明市/盘龙区' }]);
    expect(out).toBe(PROFILE.replace('五华区', '盘龙区'));
  });

  it('fills an empty value after its colon, the comment kept', () => {
    const out = applyEdits(PROFILE, [{ path: 'basic.email', value: 'a@b.cn' }]);
    expect(out).toBe(
      PROFILE.replace('  email:      # 以后再填', '  email: a@b.cn      # 以后再填'),
    );
  });

  it('replaces ~ and a block list, quoting numbers kept as text', () => {
    const out = applyEdits(PROFILE, [
      { path: 'work[0].end', value: '至今' },
      { path: 'work[0].duties', value: ['出纳', '稽核'] },
      { path: 'basic.id_number', value: '530102198703173716' },
    ]);
    expect(out).toContain('    end: 至今\n');
    expect(out).toContain('    duties:\n      [出纳, 稽核]\n');
    expect(out).toContain(`  id_number: "530102198703173716"\n`);
  });

  it('adds a missing key after the key the schema puts before it, at the map’s indentation', () => {
    const out = applyEdits(PROFILE, [
      { path: 'basic.gender', value: '男' },
      { path: 'basic.phone', value: '15912341535' },
      { path: 'basic.photo', value: '证件照.jpg' },
    ]);
    expect(out).toBe(
      PROFILE.replace(
        '  name: 张三\n',
        '  name: 张三\n  gender: 男 # 性别\n  phone: "15912341535" # 手机号码（加引号）\n',
      ).replace(
        '  # 照片另外准备\n',
        '  # 照片另外准备\n  photo: 证件照.jpg # 照片信息：白底彩色标准证件照 jpg，≥10KB，≥295×413 像素\n',
      ),
    );
  });

  it('adds to a flow map, a new entry to a list, and a new section', () => {
    const out = applyEdits(PROFILE, [
      { path: 'work[0].contact.phone', value: '0871-12345678' },
      { path: 'work[1].employer', value: '另一公司' },
      { path: 'qualifications.accounting[0].level', value: '初级' },
    ]);
    expect(out).toBe(
      `${PROFILE}    contact: # 单位联系人及联系电话（用于证明模板）
      phone: "0871-12345678" # 联系电话
  - employer: 另一公司 # 单位名称

qualifications: # 专业技术资格
  accounting: # 会计专业技术资格
    - level: 初级 # 职称层级
`,
    );
  });

  it('inserts into a flow map', () => {
    const text = 'work:\n  - employer: x\n    contact: { name: 李四 } # 联系人\n';
    const out = applyEdits(text, [{ path: 'work[0].contact.phone', value: '0871-1' }]);
    expect(out).toBe(
      'work:\n  - employer: x\n    contact: { name: 李四, phone: "0871-1" } # 联系人\n',
    );
  });

  it('writes under an empty section key', () => {
    const out = applyEdits('scope: 1\nbasic: # 基本信息\n', [
      { path: 'basic.name', value: '张三' },
    ]);
    expect(out).toBe('scope: 1\nbasic: # 基本信息\n  name: 张三 # 姓名\n');
  });

  it('refuses rather than writes something that does not read back', () => {
    expect(() => applyEdits('scope: [1\n', [{ path: 'scope', value: 2 }])).toThrow();
  });
});

describe('renderProfile (init)', () => {
  it('comments every key, quotes numbers, keeps dates plain and lists on one line', () => {
    const d = new InitDraft();
    d.set('scope', 1);
    d.set('basic.id_number', '530102198703173716');
    d.set('basic.email', null);
    d.set('education[0].start', '2005-09-01');
    d.set('work[0].duties', ['出纳', '会计监督']);
    d.set('work[0].contact.phone', '0871-12345678');
    expect(d.text()).toBe(`# yaml-language-server: $schema=./profile.schema.json
# 由 ausm-check init 生成；可直接修改，改完运行 ausm-check 检查。

scope: 1 # 采集范围：（一）会计人员（从事会计工作）

basic: # 基本信息
  id_number: "530102198703173716" # 有效身份证件号码（加引号，防止被读成数字）
  email: # 邮箱（选填）

education: # 教育经历
  - start: 2005-09-01 # 入学时间

work: # 工作经历
  - duties: [出纳, 会计监督] # 会计工作类型
    contact: # 单位联系人及联系电话（用于证明模板）
      phone: "0871-12345678" # 联系电话
`);
    const parsed = parseProfile('profile.yaml', new TextEncoder().encode(d.text()));
    expect(parsed.status === 'ok' && parsed.problems).toEqual([]);
    expect(renderProfile({})).toContain('$schema=./profile.schema.json');
  });
});

describe('FillDraft', () => {
  it('reads answers back and knows when nothing changed', () => {
    const d = new FillDraft(PROFILE);
    expect(d.get('basic.name')).toBe('张三');
    d.set('basic.name', '张三');
    expect(d.changed).toBe(false);
    d.set('education[0].school', '云南大学');
    expect(d.get('education')).toEqual([{ school: '云南大学' }]);
    expect(d.changed).toBe(true);
  });
});
