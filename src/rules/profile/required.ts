import { defineRule } from '../../engine/types.js';
import type { Profile } from '../../profile/schema.js';

/** Fields the platform marks `*` (guide 三（四）4–7). The photo is a material: material/missing reports it. */
const BASIC = [
  'id_type',
  'id_number',
  'name',
  'gender',
  'birth_date',
  'phone',
  'political_status',
  'ethnicity',
  'address',
] as const;
const EDUCATION = ['mode', 'school', 'start', 'end', 'level', 'degree', 'major'] as const;
const WORK = [
  'employer',
  'uscc',
  'unit_type',
  'industry',
  'status',
  'start',
  'end',
  'duties',
] as const;
const ACCOUNTING = ['level', 'method', 'certificate_no'] as const;
const OTHER = ['type', 'level', 'date', 'certificate_no'] as const;
const PLAN = ['exam', 'year'] as const;

export function missingRequired(p: Profile): string[] {
  const out: string[] = [];
  const need = (value: unknown, path: string) => {
    if (value === undefined || (Array.isArray(value) && value.length === 0)) out.push(path);
  };
  need(p.scope, 'scope');
  need(p.department, 'department');
  if (p.basic === undefined) out.push('basic');
  else for (const k of BASIC) need(p.basic[k], `basic.${k}`);
  // Every scope prepares 教育经历 (guide 二（一）–（五）).
  need(p.education, 'education');
  (p.education ?? []).forEach((e, i) =>
    EDUCATION.forEach((k) => need(e[k], `education[${i}].${k}`)),
  );
  (p.work ?? []).forEach((w, i) => WORK.forEach((k) => need(w[k], `work[${i}].${k}`)));
  (p.qualifications?.accounting ?? []).forEach((q, i) =>
    ACCOUNTING.forEach((k) => need(q[k], `qualifications.accounting[${i}].${k}`)),
  );
  (p.qualifications?.other ?? []).forEach((q, i) =>
    OTHER.forEach((k) => need(q[k], `qualifications.other[${i}].${k}`)),
  );
  if (p.plan !== undefined) PLAN.forEach((k) => need(p.plan![k], `plan.${k}`));
  return out;
}

export default defineRule({
  id: 'profile/required',
  severity: 'error',
  section: 'profile',
  check(facts, report) {
    if (facts.profile.status !== 'ok') return;
    const { invalidPaths } = facts.profile;
    for (const field of missingRequired(facts.profile.data))
      // A value that is there but wrong was reported by profile/invalid-value or invalid-date.
      if (!invalidPaths.has(field)) report({ field });
  },
});
