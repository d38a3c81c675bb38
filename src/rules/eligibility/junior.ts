import { defineRule } from '../../engine/types.js';
import { isCompleted, levelRank } from '../../eligibility/eligibility.js';
import { plan } from './helpers.js';

const HIGH_SCHOOL = levelRank('高中');

/**
 * 初级: 具备国家教育部门认可的高中毕业（含高中、中专、职高和技校）及以上学历 (the yearly notice).
 * A programme still in progress does not count; a 大专 student has the 高中 diploma to list.
 */
export default defineRule({
  id: 'eligibility/junior',
  severity: 'error',
  section: 'plan',
  check(facts, report) {
    const pl = plan(facts, '初级');
    if (!pl) return;
    const education = pl.profile.education;
    // No education at all is profile/required's finding.
    if (!education || education.length === 0) return;
    if (education.some((e) => isCompleted(e, facts.today) && levelRank(e.level) <= HIGH_SCHOOL))
      return;
    const inProgress = education.find((e) => levelRank(e.level) <= HIGH_SCHOOL);
    report({
      field: 'plan.exam',
      messageId: inProgress ? 'in-progress' : 'default',
      args: { year: pl.year, level: inProgress?.level ?? '', today: facts.today },
    });
  },
});
