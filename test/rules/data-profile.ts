import { stringify } from 'yaml';
import type { Rule } from '../../src/engine/types.js';
import { CONTACT_TEXT } from '../../src/messages/contact.js';
import { DEPARTMENT_TEXT } from '../../src/messages/department.js';
import { EDUCATION_TEXT } from '../../src/messages/education.js';
import { ELIGIBILITY_TEXT } from '../../src/messages/eligibility.js';
import { IDENTITY_TEXT } from '../../src/messages/identity.js';
import { QUALIFICATION_TEXT } from '../../src/messages/qualification.js';
import { WORK_TEXT } from '../../src/messages/work.js';
import { CONTACT_RULES } from '../../src/rules/contact/index.js';
import { DEPARTMENT_RULES } from '../../src/rules/department/index.js';
import { EDUCATION_RULES } from '../../src/rules/education/index.js';
import { ELIGIBILITY_RULES } from '../../src/rules/eligibility/index.js';
import { IDENTITY_RULES } from '../../src/rules/identity/index.js';
import { QUALIFICATION_RULES } from '../../src/rules/qualification/index.js';
import { WORK_RULES } from '../../src/rules/work/index.js';
import { check, codes, type FakeFolder } from '../helpers.js';

/** The data rules: the sections whose every message test/rules/data-messages.test.ts produces. */
export const DATA_RULES = [
  ...DEPARTMENT_RULES,
  ...IDENTITY_RULES,
  ...CONTACT_RULES,
  ...EDUCATION_RULES,
  ...WORK_RULES,
  ...QUALIFICATION_RULES,
  ...ELIGIBILITY_RULES,
];
/** The words of the data rules (the other sections' messages: test/rules/every-message.test.ts). */
export const DATA_TEXT = {
  ...DEPARTMENT_TEXT,
  ...IDENTITY_TEXT,
  ...CONTACT_TEXT,
  ...EDUCATION_TEXT,
  ...WORK_TEXT,
  ...QUALIFICATION_TEXT,
  ...ELIGIBILITY_TEXT,
};

/**
 * A complete, consistent profile on which none of the data rules (department, identity, contact,
 * education, work, qualification, eligibility) finds anything. Each test changes one thing.
 */
export function baseProfile(): Editable {
  return {
    scope: 1,
    department: '云南省/昆明市/五华区',
    basic: {
      photo: '证件照.jpg',
      id_type: '内地居民身份证',
      id_number: '530102198703173716',
      name: '张三',
      gender: '男',
      birth_date: '1987-03-17',
      phone: '15912341535',
      political_status: '群众',
      ethnicity: '汉族',
      email: 'zhangsan@example.com',
      address: '云南省昆明市五华区某某路1号',
      postcode: '650000',
    },
    education: [
      {
        mode: '全日制',
        school: '云南大学',
        start: '2005-09-01',
        end: '2009-07-01',
        level: '大学本科',
        degree: '学士',
        major: '会计学',
        proof: ['毕业证.jpg'],
      },
    ],
    work: [
      {
        employer: '昆明某某商贸有限公司',
        uscc: '91530102MA6P4Q7K12',
        unit_type: '企业',
        industry: '批发和零售业',
        status: '在职',
        start: '2009-08-01',
        end: '至今',
        duties: ['出纳', '会计监督'],
        proof: '会计工作证明.jpg',
      },
    ],
    qualifications: {
      accounting: [
        {
          level: '初级',
          method: '考试',
          certificate_no: 'Z2015530100000123',
          date: '2015-10-15',
          proof: '初级资格证.jpg',
        },
      ],
    },
  };
}

/** A profile as free-form YAML data: tests also write values of the wrong kind into it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Editable = any;
export type Change = (p: Editable) => void;

/** The profile text after `change`. */
export function profileText(change: Change = () => {}): string {
  const p = baseProfile();
  change(p);
  return stringify(p);
}

/** Codes of the findings of `rules` on the base profile after `change`. */
export function run(
  rules: Rule | readonly Rule[],
  change: Change = () => {},
  folder: Omit<FakeFolder, 'profile'> = {},
): string[] {
  return codes(
    check(
      { ...folder, profile: profileText(change) },
      Array.isArray(rules) ? rules : [rules as Rule],
    ),
  );
}
