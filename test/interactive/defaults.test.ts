import { describe, expect, it } from 'vitest';
import { derivedDefault, normaliseAnswer, normaliseDate } from '../../src/interactive/defaults.js';

/** The answers so far, by path. */
const answers =
  (values: Record<string, unknown>) =>
  (path: string): unknown =>
    values[path];

describe('derivedDefault', () => {
  const today = '2026-11-26';

  it('reads gender and birth date from a resident ID number', () => {
    const get = answers({ 'basic.id_number': '530102198703173716' });
    expect(derivedDefault('basic.gender', get, today)).toBe('男');
    expect(derivedDefault('basic.birth_date', get, today)).toBe('1987-03-17');
    const passport = answers({ 'basic.id_type': '护照', 'basic.id_number': '530102198703173716' });
    expect(derivedDefault('basic.gender', passport, today)).toBeUndefined();
    const bad = answers({ 'basic.id_number': '530102198703173717' });
    expect(derivedDefault('basic.birth_date', bad, today)).toBeUndefined();
  });

  it('offers the degree that goes with the education level', () => {
    const degree = (level: unknown) =>
      derivedDefault('education[1].degree', answers({ 'education[1].level': level }), today);
    expect(degree('博士研究生')).toBe('博士');
    expect(degree('硕士研究生')).toBe('硕士');
    expect(degree('大学本科')).toBe('学士');
    expect(degree('大学专科')).toBe('无');
    expect(degree(undefined)).toBeUndefined();
  });

  it('takes the unit type from the credit code, 至今 for a current job, next year for the plan', () => {
    const work = answers({ 'work[0].uscc': '91530102MA6P4Q7K12', 'work[0].status': '在职' });
    expect(derivedDefault('work[0].unit_type', work, today)).toBe('企业');
    expect(derivedDefault('work[0].end', work, today)).toBe('至今');
    expect(derivedDefault('work[0].end', answers({}), today)).toBeUndefined();
    expect(derivedDefault('plan.year', answers({}), today)).toBe(2027);
    expect(derivedDefault('basic.id_type', answers({}), today)).toBe('内地居民身份证');
    expect(derivedDefault('basic.real_name', answers({}), today)).toBe('alipay');
    expect(derivedDefault('basic.name', answers({}), today)).toBeUndefined();
  });
});

describe('normaliseDate', () => {
  it('writes loosely typed dates as YYYY-MM-DD, and now as 至今 where a date may be ongoing', () => {
    expect(normaliseDate('2009.7.1', false)).toBe('2009-07-01');
    expect(normaliseDate('2009年7月1日', false)).toBe('2009-07-01');
    expect(normaliseDate('20090701', false)).toBe('2009-07-01');
    expect(normaliseDate('2009/7', false)).toBe('2009-07');
    expect(normaliseDate('现在', true)).toBe('至今');
    expect(normaliseDate('现在', false)).toBe('现在');
  });
});

describe('normaliseAnswer', () => {
  it('stores numbers as the platform wants them, as dates are (issue 14 item 9)', () => {
    expect(normaliseAnswer('basic.phone', '138 1234 5678')).toBe('13812345678');
    expect(normaliseAnswer('basic.phone', '+86 138-1234-5678')).toBe('13812345678');
    expect(normaliseAnswer('work[0].contact.phone', '138 1234 5678')).toBe('13812345678');
    // A landline keeps its dash; the rules judge it.
    expect(normaliseAnswer('work[0].contact.phone', '0871-65123456')).toBe('0871-65123456');
    expect(normaliseAnswer('basic.id_number', ' 530102 19870317 371x ')).toBe('53010219870317371X');
    expect(normaliseAnswer('work[1].uscc', '91530100 mA6k0l3x1t')).toBe('91530100MA6K0L3X1T');
    expect(normaliseAnswer('basic.postcode', '６５０ ０００')).toBe('650000');
    expect(normaliseAnswer('basic.name', ' 张 三 ')).toBe(' 张 三 ');
  });
});
