import { defineRule } from '../../engine/types.js';
import { bestEducation, checkYears, seniorMonthsNeeded } from '../../eligibility/eligibility.js';
import { dayNumber, parseDate } from '../../profile/dates.js';
import { educationLabel, months, plan } from './helpers.js';

/**
 * 高级: after obtaining 会计师 (中级), 大专 + 10 years of accounting work, 本科/学士/第二学士/
 * 研究生班/硕士 + 5, 博士 + 2 (rules.md). Only work after the day the 中级 was obtained counts.
 */
export default defineRule({
  id: 'eligibility/senior',
  severity: 'error',
  section: 'plan',
  check(facts, report) {
    const pl = plan(facts, '高级');
    if (!pl) return;
    const p = pl.profile;
    const accounting = p.qualifications?.accounting ?? [];
    // Already 高级 or 正高级: nothing to say about sitting the 高级 exam again.
    if (accounting.some((q) => q.level === '高级' || q.level === '正高级')) return;
    const intermediate = accounting.filter((q) => q.level === '中级');
    if (intermediate.length === 0) {
      report({ field: 'plan.exam', messageId: 'no-intermediate', args: { year: pl.year } });
      return;
    }
    const dates = intermediate.map((q) =>
      typeof q.date === 'string' ? parseDate(q.date) : undefined,
    );
    // A 中级 without its date: profile/required or profile/invalid-date says so; nothing to count from.
    if (dates.some((d) => d === undefined)) return;
    const earliest = dates
      .map((d, i) => ({ day: dayNumber(d!), text: intermediate[i]!.date! }))
      .sort((a, b) => a.day - b.day)[0]!;
    if (!p.education || p.education.length === 0) return;
    const best = bestEducation(p, facts.today, seniorMonthsNeeded);
    if (!best) {
      report({ field: 'plan.exam', messageId: 'no-education', args: { year: pl.year } });
      return;
    }
    const years = checkYears(p, pl.year, best.months, earliest.day + 1);
    if (!years || years.status === 'met') return;
    const args = {
      year: pl.year,
      until: `${pl.year}-12-31`,
      since: earliest.text,
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
