import { defineRule } from '../../engine/types.js';
import {
  bestEducation,
  checkYears,
  intermediateMonthsNeeded,
} from '../../eligibility/eligibility.js';
import { educationLabel, months, plan } from './helpers.js';

const BY_EXAM = new Set(['经济', '统计', '审计']);

/**
 * 中级 (会考〔2025〕2号 and earlier notices): 大专 + 5 years of accounting work, 本科/学士 + 4,
 * 第二学士/研究生班 + 2, 硕士 + 1, 博士 with none; or a 中级 经济/统计/审计 qualification passed
 * by national exam. Counted in whole months to 31 December of the exam year (src/eligibility).
 */
export default defineRule({
  id: 'eligibility/intermediate',
  severity: 'error',
  section: 'plan',
  check(facts, report) {
    const pl = plan(facts, '中级');
    if (!pl) return;
    const p = pl.profile;
    if (
      (p.qualifications?.other ?? []).some(
        (q) =>
          q.type !== undefined && BY_EXAM.has(q.type) && q.level === '中级' && q.method === '考试',
      )
    )
      return;
    if (!p.education || p.education.length === 0) return;
    const best = bestEducation(p, facts.today, intermediateMonthsNeeded);
    if (!best) {
      report({ field: 'plan.exam', messageId: 'no-education', args: { year: pl.year } });
      return;
    }
    if (best.months === 0) return;
    const years = checkYears(p, pl.year, best.months);
    if (!years || years.status === 'met') return;
    const args = {
      year: pl.year,
      until: `${pl.year}-12-31`,
      counted: months(years.counted),
      needed: months(years.needed),
      education: educationLabel(best.entry.level, best.entry.degree),
      entry: best.index + 1,
    };
    if (years.firstYear !== undefined)
      report({ field: 'plan.year', args: { ...args, firstYear: years.firstYear } });
    else report({ field: 'plan.year', messageId: 'no-current-work', args });
  },
});
