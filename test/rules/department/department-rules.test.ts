import { describe, expect, it } from 'vitest';
import { DEPARTMENT_RULES } from '../../../src/rules/department/index.js';
import { check } from '../../helpers.js';
import { type Editable, profileText, run } from '../data-profile.js';

const all = (change: Parameters<typeof run>[1]) => run(DEPARTMENT_RULES, change);
/** Not working, not a student: the department follows the ID card or the residence. */
const notWorking = (p: Editable) => {
  p.scope = 2;
  delete p.work;
};

describe('department rules on a consistent profile', () => {
  it('find nothing', () => {
    expect(all(() => {})).toEqual([]);
  });
});

describe('department/unknown', () => {
  it('accepts the spellings of the platform and the special bodies', () => {
    expect(all((p) => (p.department = '云南省--昆明地区--五华区'))).toEqual([]);
    expect(all((p) => (p.department = '国家机关事务管理局'))).toEqual([]);
    expect(all((p) => (p.department = '新疆生产建设兵团'))).toEqual([]);
  });
  it('reports an unknown province, city or county with near names', () => {
    expect(all((p) => (p.department = '云南/昆明市/五化区'))).toEqual([
      'department/unknown:county@department',
    ]);
    expect(all((p) => (p.department = '云南省/成都市/青羊区'))).toEqual([
      'department/unknown:city@department',
    ]);
    expect(all((p) => (p.department = '国家税务总局'))).toEqual([
      'department/unknown:province@department',
    ]);
    const r = check(
      { profile: profileText((p) => (p.department = '云南省/昆明市/五化区')) },
      DEPARTMENT_RULES,
    );
    expect(r.findings[0]!.args).toMatchObject({ part: '五化区', within: '云南省/昆明市' });
    expect(String(r.findings[0]!.args['suggestions'])).toContain('五华区');
  });
  it('does not crash on a department of the wrong kind', () => {
    const r = check(
      { profile: profileText((p) => (p.department = ['云南省', '昆明市'])) },
      DEPARTMENT_RULES,
    );
    expect(r.findings.filter((f) => f.rule.startsWith('internal/'))).toEqual([]);
  });
});

describe('department/employer-region', () => {
  const uscc = (code: string, department?: string) => (p: Editable) => {
    p.work[0].uscc = code;
    if (department) p.department = department;
  };
  it('finds nothing when the department is where the licence was registered', () => {
    // 530102 五华区.
    expect(all(uscc('91530102MA6P4Q7K12', '云南省/昆明地区/五华区'))).toEqual([]);
    // A licence of the provincial bureau (530000) → 省直属.
    expect(all(uscc(withCheck('91530000MA6P4Q7K1'), '云南省/省直属'))).toEqual([]);
    // A city-level bureau (440300 深圳) and a 计划单列市 at province level.
    expect(all(uscc('91440300MA5G8Y2R0M', '深圳市/福田区'))).toEqual([]);
    // Registered centrally (100000): exempt.
    expect(all(uscc(withCheck('91100000MA6P4Q7K1'), '云南省/昆明市/五华区'))).toEqual([]);
    // A special body: exempt.
    expect(all(uscc('91440300MA5G8Y2R0M', '国家机关事务管理局'))).toEqual([]);
  });
  it('warns when the department is elsewhere', () => {
    expect(all(uscc('91440300MA5G8Y2R0M', '四川省/成都市/青羊区'))).toEqual([
      'department/employer-region:default@department',
    ]);
    // 530102 五华区, department in another county of the same city.
    expect(all(uscc('91530102MA6P4Q7K12', '云南省/昆明市/盘龙区'))).toEqual([
      'department/employer-region:default@department',
    ]);
    // The province's own bureau, but a county chosen.
    expect(all(uscc(withCheck('91530000MA6P4Q7K1'), '云南省/昆明市/五华区'))).toEqual([
      'department/employer-region:default@department',
    ]);
    const r = check(
      { profile: profileText(uscc(withCheck('91530000MA6P4Q7K1'), '云南省/昆明市/五华区')) },
      DEPARTMENT_RULES,
    );
    expect(r.findings[0]!.args).toMatchObject({ region: '530000', expected: '云南省/省直属' });
  });
  it('is silent for a code that fails its check, and for past jobs', () => {
    expect(all(uscc('91440300MA5G8Y2R0N', '四川省/成都市/青羊区'))).toEqual([]);
    // Without a current job the department follows the ID card: another rule's note.
    expect(
      all((p) => {
        uscc('91440300MA5G8Y2R0M', '四川省/成都市/青羊区')(p);
        p.work[0].end = '2020-01-01';
        p.work[0].status = '离职';
      }),
    ).toEqual(['department/residence-region:default@department']);
  });
  it('accepts either of two current jobs', () => {
    expect(
      all((p) => {
        p.work.push({ ...p.work[0], uscc: '91440300MA5G8Y2R0M', employer: '深圳某某公司' });
      }),
    ).toEqual([]);
  });
});

describe('department/student-region', () => {
  const student = (school: string, department: string) => (p: Editable) => {
    notWorking(p);
    p.scope = 3;
    p.basic.student = true;
    p.department = department;
    p.education.push({
      mode: '全日制',
      school,
      start: '2024-09-01',
      end: '至今',
      level: '大学本科',
    });
  };
  it('finds nothing where the school’s name fits, or names no place', () => {
    expect(all(student('昆明理工大学', '云南省/昆明市/呈贡区'))).toEqual([]);
    expect(all(student('西南财经大学', '云南省/昆明市/呈贡区'))).toEqual([]);
  });
  it('notes a school named after another province', () => {
    expect(all(student('四川大学', '云南省/昆明市/呈贡区'))).toEqual([
      'department/student-region:default@department',
    ]);
  });
});

describe('department/residence-region', () => {
  it('finds nothing when the department is in the ID card’s province', () => {
    expect(all(notWorking)).toEqual([]);
  });
  it('notes another province', () => {
    expect(all((p) => (notWorking(p), (p.department = '四川省/成都市/青羊区')))).toEqual([
      'department/residence-region:default@department',
    ]);
  });
  it('is silent for the employed and for students', () => {
    expect(all((p) => (p.department = '云南省/省直属'))).toEqual([
      'department/employer-region:default@department',
    ]);
  });
});

describe('department/central-unit', () => {
  const central = (employer: string, code: string) => (p: Editable) => {
    p.department = '北京市/市辖区/西城区';
    p.work[0].employer = employer;
    p.work[0].uscc = code;
  };
  it('warns about a central unit in Beijing', () => {
    expect(all(central('中国某某集团有限公司', withCheck('91100000MA6P4Q7K1')))).toEqual([
      'department/central-unit:default@department',
    ]);
  });
  it('finds nothing for an ordinary Beijing company', () => {
    expect(all(central('北京某某有限公司', withCheck('91110102MA6P4Q7K1')))).toEqual([]);
  });
});

/** A code with its GB 32100 check character appended. */
function withCheck(first17: string): string {
  const chars = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const w = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += chars.indexOf(first17[i]!) * w[i]!;
  return first17 + chars[(31 - (sum % 31)) % 31];
}
