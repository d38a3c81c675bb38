import type { MaterialKind } from '../engine/types.js';
import {
  ACQUISITION_METHODS,
  DEGREES,
  EDUCATION_LEVELS,
  ETHNICITIES,
  GENDERS,
  ID_TYPES,
  INDUSTRIES,
  OTHER_QUALIFICATION_TYPES,
  POLITICAL_STATUSES,
  QUALIFICATION_LEVELS,
  STUDY_MODES,
  UNIT_TYPES,
  WORK_STATUSES,
  type OptionList,
} from '../profile/options.js';
import { fieldInfo } from '../profile/schema.js';
import { interactiveText } from './text.js';

/** How a field is asked. Closed lists are selects; the nine duties a checkbox list. */
export type FieldKind =
  | { readonly kind: 'text'; readonly optional?: boolean }
  | { readonly kind: 'date'; readonly ongoing?: boolean; readonly optional?: boolean }
  | {
      readonly kind: 'select';
      readonly options: OptionList;
      /** Chosen when Enter is pressed on a question with no answer yet (else the first option). */
      readonly preselect?: string;
    }
  | { readonly kind: 'duties' }
  | { readonly kind: 'bool' }
  | { readonly kind: 'file'; readonly material: MaterialKind; readonly multiple?: boolean }
  | { readonly kind: 'scope' }
  | { readonly kind: 'department' }
  | { readonly kind: 'real-name' }
  | { readonly kind: 'plan-exam' }
  | { readonly kind: 'year' };

/** Keyed by the path with list indexes dropped (`work[].start`). */
const FIELDS: Readonly<Record<string, FieldKind>> = {
  scope: { kind: 'scope' },
  department: { kind: 'department' },
  'basic.photo': { kind: 'file', material: 'photo' },
  'basic.id_type': { kind: 'select', options: ID_TYPES },
  'basic.id_number': { kind: 'text' },
  'basic.name': { kind: 'text' },
  'basic.gender': { kind: 'select', options: GENDERS },
  'basic.birth_date': { kind: 'date' },
  'basic.phone': { kind: 'text' },
  // 群众, the commonest answer: Enter alone must not claim a party membership.
  'basic.political_status': { kind: 'select', options: POLITICAL_STATUSES, preselect: '群众' },
  'basic.ethnicity': { kind: 'select', options: ETHNICITIES },
  'basic.email': { kind: 'text', optional: true },
  'basic.address': { kind: 'text' },
  'basic.postcode': { kind: 'text', optional: true },
  'basic.student': { kind: 'bool' },
  'basic.real_name': { kind: 'real-name' },
  'basic.id_card.front': { kind: 'file', material: 'id-front' },
  'basic.id_card.back': { kind: 'file', material: 'id-back' },
  'basic.id_card.handheld': { kind: 'file', material: 'id-handheld' },
  'education[].mode': { kind: 'select', options: STUDY_MODES },
  'education[].school': { kind: 'text' },
  'education[].start': { kind: 'date' },
  'education[].end': { kind: 'date', ongoing: true },
  'education[].level': { kind: 'select', options: EDUCATION_LEVELS },
  'education[].diploma_no': { kind: 'text', optional: true },
  'education[].degree': { kind: 'select', options: DEGREES },
  'education[].degree_no': { kind: 'text', optional: true },
  'education[].major': { kind: 'text' },
  'education[].overseas': { kind: 'bool' },
  'education[].proof': { kind: 'file', material: 'education-proof', multiple: true },
  'work[].employer': { kind: 'text' },
  'work[].uscc': { kind: 'text' },
  'work[].unit_type': { kind: 'select', options: UNIT_TYPES },
  'work[].industry': { kind: 'select', options: INDUSTRIES },
  'work[].status': { kind: 'select', options: WORK_STATUSES },
  'work[].start': { kind: 'date' },
  'work[].end': { kind: 'date', ongoing: true },
  'work[].duties': { kind: 'duties' },
  'work[].proof': { kind: 'file', material: 'work-proof' },
  'work[].contact.name': { kind: 'text', optional: true },
  'work[].contact.phone': { kind: 'text', optional: true },
  'qualifications.accounting[].level': { kind: 'select', options: QUALIFICATION_LEVELS },
  'qualifications.accounting[].method': { kind: 'select', options: ACQUISITION_METHODS },
  'qualifications.accounting[].certificate_no': { kind: 'text' },
  'qualifications.accounting[].date': { kind: 'date', optional: true },
  'qualifications.accounting[].proof': { kind: 'file', material: 'qualification-proof' },
  'qualifications.other[].type': { kind: 'select', options: OTHER_QUALIFICATION_TYPES },
  'qualifications.other[].level': { kind: 'select', options: QUALIFICATION_LEVELS },
  'qualifications.other[].method': { kind: 'select', options: ACQUISITION_METHODS },
  'qualifications.other[].date': { kind: 'date' },
  'qualifications.other[].certificate_no': { kind: 'text' },
  'qualifications.other[].proof': { kind: 'file', material: 'qualification-proof' },
  'plan.exam': { kind: 'plan-exam' },
  'plan.year': { kind: 'year' },
};

/** The fields of each kind of entry, in the order of the platform's dialogs (guide 三（四）4–7). */
export const SECTION_FIELDS = {
  basic: [
    'photo',
    'id_type',
    'id_number',
    'name',
    'gender',
    'birth_date',
    'phone',
    'political_status',
    'ethnicity',
    'email',
    'address',
    'postcode',
  ],
  education: [
    'mode',
    'school',
    'start',
    'end',
    'level',
    'diploma_no',
    'degree',
    'degree_no',
    'major',
    'overseas',
    'proof',
  ],
  work: [
    'employer',
    'uscc',
    'unit_type',
    'industry',
    'status',
    'start',
    'end',
    'duties',
    'proof',
    'contact.name',
    'contact.phone',
  ],
  accounting: ['level', 'method', 'certificate_no', 'date', 'proof'],
  other: ['type', 'level', 'method', 'date', 'certificate_no', 'proof'],
  plan: ['exam', 'year'],
} as const;

/** Numbers kept as text: quoted in YAML so that a long one never turns into a float. */
const QUOTED = new Set([
  'basic.id_number',
  'basic.phone',
  'basic.postcode',
  'education[].diploma_no',
  'education[].degree_no',
  'work[].uscc',
  'work[].contact.phone',
  'qualifications.accounting[].certificate_no',
  'qualifications.other[].certificate_no',
]);

/** `work[2].start` → `work[].start`. */
export function genericPath(path: string): string {
  return path.replace(/\[\d+\]/g, '[]');
}

/**
 * `table[key]` for the table's own keys only: a profile key named `constructor` or `toString`
 * must not find Object's methods (issue 13, item 12).
 */
export function ownEntry<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

export function fieldKind(path: string): FieldKind | undefined {
  return ownEntry(FIELDS, genericPath(path));
}

export function isQuoted(path: string): boolean {
  return QUOTED.has(genericPath(path));
}

/**
 * The Chinese comment written beside a key: the platform's label, with what a person needs to
 * know when editing it by hand later. Always Chinese: the profile is a Chinese form.
 */
const NOTES: Readonly<Record<string, string>> = {
  department: '所在会计管理部门：省/市/区县，如 云南省/昆明市/五华区',
  basic: '基本信息',
  'basic.photo': '照片信息：白底彩色标准证件照 jpg，≥10KB，≥295×413 像素',
  'basic.id_number': '有效身份证件号码（加引号，防止被读成数字）',
  'basic.phone': '手机号码（加引号）',
  'basic.email': '邮箱（选填）',
  'basic.postcode': '邮编（选填）',
  'basic.student': '全日制在校学生（决定会计管理部门按学籍所在地选择）',
  'basic.real_name': '实名认证方式：alipay 支付宝扫码 | online 线上实名认证',
  'basic.id_card': '身份证明（身份证或居住证）照片，jpg/png，20KB–500KB',
  'education[].end': '毕业时间（尚未毕业写 至今）',
  'education[].diploma_no': '学历证书编号（选填）',
  'education[].degree_no': '学位证书编号（选填）',
  'education[].proof': '学历/学位证明材料（学信网比对不通过时需要）',
  'work[].start': '工作开始时间（须与会计工作（经历）证明一致）',
  'work[].end': '工作结束时间（仍在职写 至今）',
  'work[].proof': '会计工作（经历）证明：盖章后拍照',
  'work[].contact': '单位联系人及联系电话（用于证明模板）',
  'qualifications.accounting[].proof': '专业技术资格证明材料（在线核验不通过时需要）',
  'qualifications.other[].proof': '专业技术资格证明材料（注册会计师、资产评估师须上传会员证）',
  plan: '报考计划（选填）：用于检查报考条件',
};

export function commentFor(path: string, value?: unknown): string {
  const generic = genericPath(path);
  if (generic === 'scope' && typeof value === 'number' && value >= 1 && value <= 5)
    return `采集范围：${interactiveText('zh').scopeNames[value - 1]}`;
  return ownEntry(NOTES, generic) ?? fieldInfo(path)?.title ?? '';
}

/** The platform's label of a field, in the asked language. */
export function labelOf(path: string, lang: 'zh' | 'en'): string {
  const info = fieldInfo(path);
  if (!info) return path;
  return (lang === 'en' ? info.titleEn : info.title) || path;
}
