import { describe, expect, it } from 'vitest';
import { QUALIFICATION_RULES } from '../../../src/rules/qualification/index.js';
import { PROFILE_RULES } from '../../../src/rules/profile/index.js';
import { check, codes } from '../../helpers.js';
import { type Editable, profileText, run } from '../data-profile.js';

const all = (change: Parameters<typeof run>[1]) => run(QUALIFICATION_RULES, change);
const acc = (values: Record<string, unknown>) => (p: Editable) =>
  Object.assign(p.qualifications.accounting[0], values);

describe('qualification rules on a consistent profile', () => {
  it('find nothing', () => {
    expect(all(() => {})).toEqual([]);
  });
});

describe('qualification/date', () => {
  it('reports a date in the future', () => {
    expect(all(acc({ date: '2027-05-01' }))).toEqual([
      'qualification/date:future@qualifications.accounting[0].date',
    ]);
  });
  it('reports a date before 16 or before birth, also for other qualifications', () => {
    expect(all(acc({ date: '2000-10-15' }))).toEqual([
      'qualification/date:too-young@qualifications.accounting[0].date',
    ]);
    expect(
      all((p) => {
        p.qualifications.other = [
          { type: '审计', level: '中级', method: '考试', date: '1980-01-01' },
        ];
      }),
    ).toEqual(['qualification/date:before-birth@qualifications.other[0].date']);
  });
});

describe('qualification/level', () => {
  it('explains 会计员 in one finding (profile/invalid-value leaves it to this rule)', () => {
    const text = profileText(acc({ level: '会计员' }));
    expect(codes(check({ profile: text }, QUALIFICATION_RULES))).toEqual([
      'qualification/level:default@qualifications.accounting[0].level',
    ]);
    expect(codes(check({ profile: text }, PROFILE_RULES))).not.toContain(
      'profile/invalid-value:not-allowed@qualifications.accounting[0].level',
    );
    expect(codes(check({ profile: profileText(acc({ level: '特级' })) }, PROFILE_RULES))).toContain(
      'profile/invalid-value:not-allowed@qualifications.accounting[0].level',
    );
  });
  it('finds nothing for 助理会计师 (read as 初级) or another unknown value', () => {
    expect(all(acc({ level: '助理会计师' }))).toEqual([]);
    expect(all(acc({ level: '特级' }))).toEqual([]);
  });
});

describe('qualification/certificate-number', () => {
  it('finds nothing for a 14-digit number that fits, or for other formats', () => {
    expect(all(acc({ certificate_no: '21553010000123' }))).toEqual([]);
    expect(all(acc({ certificate_no: '21453010000123' }))).toEqual([]);
    expect(all(() => {})).toEqual([]);
  });
  it('notes a level digit or exam year that does not fit', () => {
    expect(all(acc({ certificate_no: '11553010000123' }))).toEqual([
      'qualification/certificate-number:level@qualifications.accounting[0].certificate_no',
    ]);
    expect(all(acc({ certificate_no: '21853010000123' }))).toEqual([
      'qualification/certificate-number:year@qualifications.accounting[0].certificate_no',
    ]);
  });
});
