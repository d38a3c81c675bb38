import { defineRule } from '../../engine/types.js';
import {
  bestEducation,
  checkYears,
  intermediateMonthsNeeded,
  isCompleted,
  levelRank,
  seniorMonthsNeeded,
} from '../../eligibility/eligibility.js';
import { dayNumber, parseDate } from '../../profile/dates.js';
import { educationLabel, months, plan } from './helpers.js';

const HIGH_SCHOOL = levelRank('高中');
const BY_EXAM = new Set(['经济', '统计', '审计']);

/**
 * The other side of eligibility/junior, /intermediate and /senior (issue 14 item 12): when the
 * planned exam's conditions are met, an info finding says so and on what (the education, the
 * months counted to 31 December of the exam year), so that an eligible plan is confirmed and not
 * met with silence. Reports nothing where those rules report, or cannot judge.
 */
export default defineRule({
  id: 'eligibility/eligible',
  severity: 'info',
  section: 'plan',
  check(facts, report) {
    const junior = plan(facts, '初级');
    if (junior) {
      const i = (junior.profile.education ?? []).findIndex(
        (e) => isCompleted(e, facts.today) && levelRank(e.level) <= HIGH_SCHOOL,
      );
      if (i < 0) return;
      const e = junior.profile.education![i]!;
      report({
        field: 'plan.exam',
        messageId: 'junior',
        args: { year: junior.year, entry: i + 1, education: educationLabel(e.level, e.degree) },
      });
      return;
    }

    const intermediate = plan(facts, '中级');
    if (intermediate) {
      const p = intermediate.profile;
      const other = (p.qualifications?.other ?? []).find(
        (q) =>
          q.type !== undefined && BY_EXAM.has(q.type) && q.level === '中级' && q.method === '考试',
      );
      if (other) {
        report({
          field: 'plan.exam',
          messageId: 'intermediate-by-exam',
          args: { year: intermediate.year, type: other.type! },
        });
        return;
      }
      if (!p.education || p.education.length === 0) return;
      const best = bestEducation(p, facts.today, intermediateMonthsNeeded);
      if (!best) return;
      const education = educationLabel(best.entry.level, best.entry.degree);
      if (best.months === 0) {
        report({
          field: 'plan.exam',
          messageId: 'intermediate-doctorate',
          args: { year: intermediate.year, entry: best.index + 1, education },
        });
        return;
      }
      const years = checkYears(p, intermediate.year, best.months);
      if (years?.status !== 'met') return;
      report({
        field: 'plan.year',
        messageId: 'intermediate',
        args: {
          year: intermediate.year,
          until: `${intermediate.year}-12-31`,
          counted: months(years.counted),
          needed: months(years.needed),
          entry: best.index + 1,
          education,
        },
      });
      return;
    }

    const senior = plan(facts, '高级');
    if (!senior) return;
    const p = senior.profile;
    const accounting = p.qualifications?.accounting ?? [];
    if (accounting.some((q) => q.level === '高级' || q.level === '正高级')) return;
    const dates = accounting
      .filter((q) => q.level === '中级')
      .map((q) => ({
        text: q.date,
        date: typeof q.date === 'string' ? parseDate(q.date) : undefined,
      }));
    if (dates.length === 0 || dates.some((d) => d.date === undefined)) return;
    const earliest = dates
      .map((d) => ({ day: dayNumber(d.date!), text: d.text! }))
      .sort((a, b) => a.day - b.day)[0]!;
    if (!p.education || p.education.length === 0) return;
    const best = bestEducation(p, facts.today, seniorMonthsNeeded);
    if (!best) return;
    const years = checkYears(p, senior.year, best.months, earliest.day + 1);
    if (years?.status !== 'met') return;
    report({
      field: 'plan.year',
      messageId: 'senior',
      args: {
        year: senior.year,
        until: `${senior.year}-12-31`,
        since: earliest.text,
        counted: months(years.counted),
        needed: months(years.needed),
        entry: best.index + 1,
        education: educationLabel(best.entry.level, best.entry.degree),
      },
    });
  },
});
