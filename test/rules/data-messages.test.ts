import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/engine/types.js';
import { renderMessage } from '../../src/messages/format.js';
import { check } from '../helpers.js';
import {
  DATA_RULES as RULES,
  DATA_TEXT as CATALOG,
  profileText,
  type Change,
  type Editable,
} from './data-profile.js';

const basic =
  (values: Record<string, unknown>): Change =>
  (p) =>
    Object.assign(p.basic, values);
const edu =
  (values: Record<string, unknown>): Change =>
  (p) =>
    Object.assign(p.education[0], values);
const job =
  (values: Record<string, unknown>): Change =>
  (p) =>
    Object.assign(p.work[0], values);
const acc =
  (values: Record<string, unknown>): Change =>
  (p) =>
    Object.assign(p.qualifications.accounting[0], values);
const plan =
  (exam: string, year: number, more: Change = () => {}): Change =>
  (p) => {
    p.plan = { exam, year };
    more(p);
  };
const notWorking: Change = (p) => {
  p.scope = 2;
  delete p.work;
};

/** Profiles that between them produce every message of the data rules. */
const CASES: Change[] = [
  (p) => (p.department = ' / '),
  (p) => (p.department = '火星省'),
  (p) => (p.department = '云南省/成都市'),
  (p) => (p.department = '云南省/昆明市/青羊区'),
  (p) => (p.department = '云南省/昆明市/五华区/某街道'),
  (p) => (p.department = '四川省/成都市/青羊区'),
  (p) => {
    notWorking(p);
    p.scope = 3;
    p.basic.student = true;
    p.education.push({
      mode: '全日制',
      school: '四川大学',
      start: '2024-09-01',
      end: '至今',
      level: '大学本科',
    });
  },
  (p) => (notWorking(p), (p.department = '四川省/成都市/青羊区')),
  (p) => {
    p.department = '北京市/西城区';
    p.work[0].employer = '中国某某集团有限公司';
    p.work[0].uscc = '91110000600037341L';
  },
  basic({ id_number: '5301021987031737' }),
  basic({ id_number: '53010219870317371O' }),
  basic({ id_number: '110105491231002' }),
  basic({ id_number: 'H12345678' }),
  basic({ id_type: '港澳居民来往内地通行证', id_number: 'K1' }),
  basic({ id_type: '港澳居民来往内地通行证', id_number: 'H1234567801' }),
  basic({ id_type: '台湾居民来往大陆通行证', id_number: '1234567' }),
  basic({ id_type: '护照（外国）', id_number: 'X1' }),
  basic({ id_type: '护照（外国）', id_number: 'E12345678' }),
  basic({ id_number: '110105194912310021' }),
  basic({ id_number: '11010119900230123X' }),
  basic({ birth_date: '1987-03-18', gender: '女' }),
  basic({ id_number: '440524188001010014', birth_date: '1880-01-01' }),
  basic({ id_number: '110201199312010077', birth_date: '1993-12-01' }),
  basic({ id_number: '990426199112010074', birth_date: '1991-12-01' }),
  basic({ id_number: '44011320141005001X', birth_date: '2014-10-05' }),
  basic({ name: '··' }),
  basic({ name: '张三1' }),
  basic({ name: 'Zhang San' }),
  basic({ name: '张 三' }),
  basic({ name: '阿依古丽•买买提𠮷' }),
  basic({ name: '张\u0301三' }),
  basic({ name: '김민준' }),
  basic({ name: '김민준', id_type: '护照（外国）', id_number: 'X1234567' }),
  basic({ name: '김민준', id_type: '港澳居民来往内地通行证', id_number: 'H12345678' }),
  basic({ phone: '--' }),
  basic({ phone: '159x' }),
  basic({ phone: '0871-12345678' }),
  basic({ phone: '015100221432' }),
  basic({ phone: '00000000000' }),
  basic({ phone: '1591234153' }),
  basic({ phone: '12912341535', email: 'a b@c.com', postcode: '6500' }),
  basic({ email: '张@c.com', postcode: '65000A' }),
  basic({ email: 'zhangsan' }),
  basic({ email: '.a@example.com' }),
  basic({ email: 'a@example' }),
  edu({ start: '2009-07-01' }),
  edu({ end: '2027-07-01' }),
  edu({ start: '2027-09-01', end: '至今' }),
  (p) => {
    p.education[0].end = '至今';
    p.education.push({
      mode: '全日制',
      start: '2010-09-01',
      end: '2013-07-01',
      level: '硕士研究生',
      degree: '硕士',
    });
  },
  edu({ level: '大学专科', degree: '学士', start: '2006-09-01' }),
  edu({ overseas: true, proof: undefined }),
  (p) => {
    p.basic.birth_date = '1979-03-17';
    Object.assign(p.education[0], { start: '1997-09-01', end: '2001-07-01', proof: undefined });
  },
  edu({ start: '2004-09-01', end: '2008-07-01', proof: undefined }),
  edu({ diploma_no: '106736201006001234', degree_no: '1067332012001234' }),
  edu({ diploma_no: '1067312009050012', degree_no: '10673' }),
  (p) => (p.basic.birth_date = '1992-03-17'),
  (p) => (p.basic.birth_date = '1995-03-17'),
  edu({ start: '2007-09-01' }),
  edu({ level: '博士研究生', degree: '博士', start: '2007-09-01' }),
  job({ start: '2009-07-01' }),
  job({ start: '2009-07' }),
  (p) => {
    Object.assign(p.education[0], { start: '2024-09-01', end: '至今', degree: '无' });
    p.work[0].start = '2025-03-01';
  },
  (p) =>
    p.education.push({
      mode: '全日制',
      start: '2012-09-01',
      end: '2015-07-01',
      level: '硕士研究生',
      degree: '硕士',
    }),
  job({ end: '2009-08-01', status: '离职' }),
  job({ end: '2027-01-01', status: '离职' }),
  job({ start: '2027-01-01', status: '离职' }),
  (p) => p.work.push({ ...p.work[0], start: '2015-01-01' }),
  job({ uscc: '91110000600037341N', duties: ['内部审计', '出纳员', '销售'] }),
  job({ uscc: '9111000060003IOZSV' }),
  job({ uscc: '91110000600037341' }),
  job({ uscc: '530102198703173716' }),
  job({ uscc: '530102000012345' }),
  job({ uscc: '60003734-1' }),
  job({ uscc: '--' }),
  job({ uscc: '121200004013590816' }),
  job({ uscc: withCheck('B1530102MA6P4Q7K1') }),
  job({ uscc: withCheck('94530102MA6P4Q7K1') }),
  job({ uscc: withCheck('91530102600037342') }),
  job({ uscc: withCheck('9153010260003734Y') }),
  job({ uscc: '91530A02MA6P4Q7K1G' }),
  acc({ date: '2027-05-01' }),
  acc({ date: '2000-10-15', certificate_no: '11553010000123' }),
  acc({ date: '1980-10-15' }),
  acc({ level: '会计员' }),
  acc({ certificate_no: '21853010000123' }),
  plan(
    '初级',
    2027,
    (p) => (p.education = [{ mode: '全日制', start: '2024-09-01', end: '至今', level: '高中' }]),
  ),
  plan(
    '初级',
    2027,
    (p) => (p.education = [{ start: '2010-09-01', end: '2013-07-01', level: '初中及以下' }]),
  ),
  plan(
    '中级',
    2026,
    (p) => (edu({ start: '2019-09-01', end: '2023-07-01' })(p), (p.work[0].start = '2023-07-02')),
  ),
  plan('中级', 2026, job({ start: '2010-01-01', end: '2011-12-31', status: '离职' })),
  plan('中级', 2026, edu({ level: '高中', degree: '无' })),
  plan('高级', 2026),
  plan('高级', 2026, (p: Editable) =>
    p.qualifications.accounting.push({ level: '中级', date: '2023-10-15' }),
  ),
  plan('高级', 2026, (p: Editable) => {
    p.qualifications.accounting.push({ level: '中级', date: '2015-10-15' });
    Object.assign(p.work[0], { end: '2018-12-31', status: '离职' });
  }),
  plan('高级', 2026, (p: Editable) => {
    p.qualifications.accounting.push({ level: '中级', date: '2015-10-15' });
    Object.assign(p.education[0], { level: '高中', degree: '无' });
  }),
  // eligibility/eligible: each way a plan is confirmed.
  plan('初级', 2027),
  plan('中级', 2027, edu({ level: '博士研究生', degree: '博士' })),
  plan('中级', 2027, (p: Editable) => {
    p.qualifications.other = [{ type: '审计', level: '中级', method: '考试', date: '2024-10-01' }];
  }),
  plan('高级', 2027, (p: Editable) =>
    p.qualifications.accounting.push({ level: '中级', date: '2012-05-20' }),
  ),
  plan('中级', 2026, (p: Editable) =>
    p.education.push({
      mode: '全日制',
      start: '2009-09-01',
      end: '2012-07-01',
      level: '硕士研究生',
      degree: '无',
    }),
  ),
];

const findings: Finding[] = CASES.flatMap(
  (change) => check({ profile: profileText(change) }, RULES).findings,
);

describe('the messages of the data rules', () => {
  it('render every placeholder from the finding’s args, in both languages', () => {
    for (const f of findings)
      for (const lang of ['zh', 'en'] as const) {
        const { message, hint } = renderMessage(f, { lang, showPii: false });
        expect(`${message} ${hint}`, `${f.rule}:${f.messageId}`).not.toMatch(/\{\w+\}/);
      }
  });

  it('are each produced by some profile (every message id is reachable)', () => {
    const seen = new Set(findings.map((f) => `${f.rule}:${f.messageId}`));
    const all = Object.entries(CATALOG).flatMap(([rule, text]) =>
      Object.keys(text.messages).map((id) => `${rule}:${id}`),
    );
    expect(all.filter((id) => !seen.has(id))).toEqual([]);
  });

  it('mask personal data unless asked', () => {
    const checksum = findings.find((f) => f.rule === 'identity/checksum')!;
    expect(renderMessage(checksum, { lang: 'zh', showPii: false }).message).toContain(
      '110*****0021',
    );
    expect(renderMessage(checksum, { lang: 'zh', showPii: true }).message).toContain(
      '110105194912310021',
    );
  });

  it('say the values compared, e.g. the work start on the graduation day', () => {
    const f = findings.find(
      (x) => x.rule === 'work/after-graduation' && x.args['start'] === '2009-07-01',
    )!;
    expect(renderMessage(f, { lang: 'zh', showPii: false }).message).toContain(
      '工作开始时间 2009-07-01 不晚于全日制毕业时间 2009-07-01',
    );
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
