import { z } from 'zod';
import {
  ACQUISITION_METHODS,
  DEGREES,
  EDUCATION_LEVELS,
  ETHNICITIES,
  GENDERS,
  ID_TYPES,
  INDUSTRIES,
  OTHER_QUALIFICATION_TYPES,
  PLAN_EXAMS,
  POLITICAL_STATUSES,
  QUALIFICATION_LEVELS,
  REAL_NAME_METHODS,
  STUDY_MODES,
  UNIT_TYPES,
  WORK_STATUSES,
  type OptionList,
} from './options.js';
import { isDateText } from './dates.js';

/**
 * The profile of docs/spec/profile.md. Every field is optional here: which fields are
 * required depends on the scope and is checked by `profile/required`, so that a missing field
 * is one finding, not a schema failure that hides everything else. Titles are the platform's
 * own labels (shown by an editor's YAML language server); `titleEn` is the English label.
 */
function label<T extends z.ZodType>(schema: T, title: string, titleEn: string): T {
  return schema.meta({ title, titleEn });
}

function text(title: string, titleEn: string) {
  return label(z.string(), title, titleEn).optional();
}

function choice(options: OptionList, title: string, titleEn: string) {
  return label(z.enum(options.values as [string, ...string[]]), title, titleEn).optional();
}

const DATE_TEXT = 'YYYY-MM-DD, YYYY-MM, 至今';
function date(title: string, titleEn: string, allowOngoing = false) {
  return label(
    z.string().refine((v) => isDateText(v, allowOngoing), {
      params: { kind: 'date', allowOngoing },
    }),
    title,
    titleEn,
  )
    .meta({ description: allowOngoing ? DATE_TEXT : 'YYYY-MM-DD, YYYY-MM' })
    .optional();
}

function files(title: string, titleEn: string) {
  return label(z.union([z.string(), z.array(z.string())]), title, titleEn).optional();
}

export const educationSchema = z.strictObject({
  mode: choice(STUDY_MODES, '培养方式', 'Mode of study'),
  school: text('学校名称(全称)', 'School (full name)'),
  start: date('入学时间', 'Enrolment date'),
  end: date('毕业时间', 'Graduation date', true),
  level: choice(EDUCATION_LEVELS, '学历', 'Education level'),
  diploma_no: text('学历证书编号', 'Diploma number'),
  degree: choice(DEGREES, '学位', 'Degree'),
  degree_no: text('学位证书编号', 'Degree certificate number'),
  major: text('所学专业', 'Major'),
  overseas: label(z.boolean(), '国(境)外学历学位', 'Obtained abroad').optional(),
  proof: files('学历/学位证明材料', 'Diploma / degree proof'),
});

export const workSchema = z.strictObject({
  employer: text('单位名称', 'Employer'),
  uscc: text('统一社会信用代码', 'Unified social credit code'),
  unit_type: choice(UNIT_TYPES, '单位类型', 'Type of employer'),
  industry: choice(INDUSTRIES, '所属行业', 'Industry'),
  status: choice(WORK_STATUSES, '在职状态', 'Employment status'),
  start: date('工作开始时间', 'Start date'),
  end: date('工作结束时间', 'End date', true),
  duties: label(z.array(z.string()), '会计工作类型', 'Accounting duties').optional(),
  proof: files('会计工作（经历）证明', 'Work proof'),
  contact: label(
    z.strictObject({
      name: text('联系人', 'Contact person'),
      phone: text('联系电话', 'Contact phone'),
    }),
    '单位联系人及联系电话',
    'Employer contact',
  ).optional(),
});

export const accountingQualificationSchema = z.strictObject({
  level: choice(QUALIFICATION_LEVELS, '职称层级', 'Level'),
  method: choice(ACQUISITION_METHODS, '获取方式', 'How obtained'),
  certificate_no: text('证书号或批文号', 'Certificate or approval number'),
  date: date('取得时间', 'Date obtained'),
  proof: files('专业技术资格证明材料', 'Qualification proof'),
});

export const otherQualificationSchema = z.strictObject({
  type: choice(OTHER_QUALIFICATION_TYPES, '专业技术资格类型', 'Qualification type'),
  level: choice(QUALIFICATION_LEVELS, '专业技术资格级别', 'Level'),
  method: choice(ACQUISITION_METHODS, '获取方式', 'How obtained'),
  date: date('取得时间', 'Date obtained'),
  certificate_no: text('证书号或批文号', 'Certificate or approval number'),
  proof: files('专业技术资格证明材料', 'Qualification proof'),
});

export const waiverSchema = z.strictObject({
  rule: label(z.string(), '规则', 'Rule id'),
  field: text('字段', 'Field'),
  file: text('文件', 'File'),
  reason: label(z.string().min(1), '理由', 'Reason'),
});

export const profileSchema = z.strictObject({
  scope: label(
    z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]),
    '采集范围',
    'Collection scope',
  ).optional(),
  department: text('所在会计管理部门', 'Accounting management department'),
  basic: label(
    z.strictObject({
      photo: text('照片信息', 'Standard photo'),
      id_type: choice(ID_TYPES, '有效身份证件类型', 'ID document type'),
      id_number: text('有效身份证件号码', 'ID number'),
      name: text('姓名', 'Name'),
      gender: choice(GENDERS, '性别', 'Gender'),
      birth_date: date('出生年月', 'Date of birth'),
      phone: text('手机号码', 'Mobile phone'),
      political_status: choice(POLITICAL_STATUSES, '政治面貌', 'Political status'),
      ethnicity: choice(ETHNICITIES, '民族', 'Ethnic group'),
      email: text('邮箱', 'E-mail'),
      address: text('通讯地址', 'Postal address'),
      postcode: text('邮编', 'Postcode'),
      student: label(z.boolean(), '全日制在校学生', 'Full-time student').optional(),
      real_name: choice(REAL_NAME_METHODS, '实名认证方式', 'Real-name verification'),
      id_card: label(
        z.strictObject({
          front: files('身份证明人像面', 'ID document, portrait side'),
          back: files('身份证明国徽面', 'ID document, emblem side'),
          handheld: files('手持证件人像面', 'Holding the ID document'),
        }),
        '身份证明 (身份证或居住证)',
        'ID document images',
      ).optional(),
    }),
    '基本信息',
    'Basic information',
  ).optional(),
  education: label(z.array(educationSchema), '教育经历', 'Education').optional(),
  work: label(z.array(workSchema), '工作经历', 'Work experience').optional(),
  qualifications: label(
    z.strictObject({
      accounting: label(
        z.array(accountingQualificationSchema),
        '会计专业技术资格',
        'Accounting qualifications',
      ).optional(),
      other: label(
        z.array(otherQualificationSchema),
        '其他专业技术人员职业资格',
        'Other professional qualifications',
      ).optional(),
    }),
    '专业技术资格',
    'Professional qualifications',
  ).optional(),
  plan: label(
    z.strictObject({
      exam: choice(PLAN_EXAMS, '拟报考级别', 'Exam planned'),
      year: label(z.number().int().min(2000).max(2100), '考试年度', 'Exam year').optional(),
    }),
    '报考计划',
    'Exam plan',
  ).optional(),
  waivers: label(z.array(waiverSchema), '已确认的例外', 'Waivers').optional(),
});

export type Profile = z.infer<typeof profileSchema>;
export type EducationEntry = z.infer<typeof educationSchema>;
export type WorkEntry = z.infer<typeof workSchema>;
export type AccountingQualification = z.infer<typeof accountingQualificationSchema>;
export type OtherQualification = z.infer<typeof otherQualificationSchema>;
export type Waiver = z.infer<typeof waiverSchema>;

/** The JSON Schema that `ausm-check schema` prints and `init` writes as profile.schema.json. */
export function profileJsonSchema(): Record<string, unknown> {
  const json = z.toJSONSchema(profileSchema, { target: 'draft-7', unrepresentable: 'any' });
  return { ...json, title: 'ausm-check profile.yaml', $id: 'profile.schema.json' };
}

export interface FieldInfo {
  readonly title: string;
  readonly titleEn: string;
  readonly keys?: readonly string[];
}

/** Walks the schema: the label and (for maps) the known keys at a path such as `work[0].start`. */
export function fieldInfo(path: string): FieldInfo | undefined {
  let schema: z.ZodType = profileSchema;
  let meta: FieldInfo | undefined = { title: '', titleEn: '' };
  for (const part of splitPath(path)) {
    schema = unwrap(schema);
    if (typeof part === 'number') {
      if (!(schema instanceof z.ZodArray)) return undefined;
      schema = schema.element as z.ZodType;
      continue;
    }
    if (!(schema instanceof z.ZodObject)) return undefined;
    // Own keys only: a profile key `constructor` or `__proto__` must not find Object.prototype's.
    const shape = schema.shape as Record<string, z.ZodType>;
    if (!Object.hasOwn(shape, part)) return undefined;
    schema = shape[part]!;
    meta = undefined;
  }
  const inner = unwrap(schema);
  const m = (inner.meta() ?? {}) as { title?: string; titleEn?: string };
  meta = { title: m.title ?? meta?.title ?? '', titleEn: m.titleEn ?? meta?.titleEn ?? '' };
  const element = inner instanceof z.ZodArray ? unwrap(inner.element as z.ZodType) : inner;
  const keys = element instanceof z.ZodObject ? Object.keys(element.shape) : undefined;
  return keys ? { ...meta, keys } : meta;
}

function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema;
  while (s instanceof z.ZodOptional) s = s.unwrap() as z.ZodType;
  return s;
}

/** `work[1].start` → ['work', 1, 'start']. */
export function splitPath(path: string): (string | number)[] {
  const parts: (string | number)[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (m[2] !== undefined) parts.push(Number(m[2]));
    else if (m[1] !== undefined) parts.push(m[1]);
  }
  return parts;
}

export function joinPath(parts: readonly (string | number)[]): string {
  let out = '';
  for (const p of parts) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out === '' ? p : `.${p}`;
  }
  return out;
}
