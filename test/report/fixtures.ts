import type {
  ChecklistItem,
  CheckResult,
  Finding,
  MaterialEntry,
  Severity,
} from '../../src/engine/types.js';
import type { ReportOptions } from '../../src/report/types.js';

export const ID_NUMBER = '530102198703173716';
export const MASKED_ID = '530*****3716';

/** A finding as the engine makes it; `profile/required` on `basic.name` unless told otherwise. */
export function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    rule: 'profile/required',
    severity: 'error',
    section: 'basic',
    messageId: 'default',
    args: {},
    field: 'basic.name',
    line: 4,
    column: 3,
    ...overrides,
  };
}

export const PHOTO_MISSING: Finding = finding({
  rule: 'material/missing',
  section: 'basic',
  messageId: 'always',
  args: { material: { zh: '标准证件照', en: 'standard ID photo' } },
  field: 'basic.photo',
  line: 3,
  column: 3,
});

export const NO_DOCTORATE: Finding = finding({
  rule: 'scope/doctorate',
  section: 'scope',
  field: 'scope',
  line: 1,
  column: 1,
});

/** `profile/invalid-value` carrying an ID number: masked unless `showPii`. */
export const BAD_ID_VALUE: Finding = finding({
  rule: 'profile/invalid-value',
  severity: 'warning',
  messageId: 'not-allowed',
  args: { value: { pii: 'id', value: ID_NUMBER }, allowed: '居民身份证' },
  field: 'basic.id_type',
  line: 5,
  column: 12,
});

export const UNUSED_IMAGE: Finding = finding({
  rule: 'material/unused',
  severity: 'info',
  section: 'materials',
  args: { file: 'extra.jpg' },
  field: undefined,
  file: 'extra.jpg',
  line: undefined,
  column: undefined,
});

export const PHOTO_CHECKLIST: readonly ChecklistItem[] = [
  'photo-bangs',
  'photo-glasses',
  'photo-hat',
  'photo-frontal',
  'photo-beauty',
].map((id) => ({ id, material: 'photo' }));

export const WORK_CHECKLIST: readonly ChecklistItem[] = [
  'work-proof-stamp',
  'work-proof-dates',
].map((id) => ({ id, material: 'work-proof' }));

export const MATERIALS: readonly MaterialEntry[] = [
  { material: 'photo', field: 'basic.photo', required: true, status: 'missing' },
  {
    material: 'id-front',
    field: 'basic.id_card.front',
    file: '身份证正面.jpg',
    required: false,
    status: 'ok',
  },
  {
    material: 'work-proof',
    field: 'work[0].proof',
    files: ['证明1.jpg', '证明2.jpg'],
    required: true,
    status: 'invalid',
  },
  {
    material: 'qualification-proof',
    field: 'qualifications.accounting[0].proof',
    required: false,
    status: 'not-needed',
  },
];

/**
 * A CheckResult built by hand, as `runRules` would return it: `summary` and `ready` are
 * computed from the findings (waived ones not counted) unless given.
 */
export function makeResult(overrides: Partial<CheckResult> = {}): CheckResult {
  const findings = overrides.findings ?? [PHOTO_MISSING, finding(), NO_DOCTORATE, BAD_ID_VALUE];
  const active = findings.filter((f) => f.waived === undefined);
  const count = (s: Severity) => active.filter((f) => f.severity === s).length;
  const summary = overrides.summary ?? {
    error: count('error'),
    warning: count('warning'),
    info: count('info'),
  };
  return {
    target: 'examples/accountant',
    today: '2026-11-26',
    scope: 4,
    ready: summary.error === 0,
    summary,
    materials: MATERIALS,
    checklist: [...PHOTO_CHECKLIST, ...WORK_CHECKLIST],
    person: { name: '张三丰', id_number: ID_NUMBER },
    rulesRun: [
      'profile/parse',
      'profile/required',
      'profile/invalid-value',
      'scope/doctorate',
      'material/missing',
      'material/unused',
      'file/empty',
    ],
    ...overrides,
    findings,
  };
}

export function options(overrides: Partial<ReportOptions> = {}): ReportOptions {
  return {
    lang: 'zh',
    showPii: false,
    color: false,
    quiet: false,
    version: '0.1.0',
    ...overrides,
  };
}

/** A finding whose message and hint carry markup, table pipes, line breaks and control characters. */
export const HOSTILE: Finding = finding({
  rule: 'internal/rule-error',
  severity: 'error',
  section: 'profile',
  args: {
    rule: 'profile/parse',
    error: '<script>alert("x")</script> a|b\nsecond line & more \u0001\u0007 ]]> `tick`',
  },
  field: undefined,
  file: undefined,
  line: undefined,
  column: undefined,
});
