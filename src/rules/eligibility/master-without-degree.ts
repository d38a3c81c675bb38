import { defineRule } from '../../engine/types.js';
import { isCompleted } from '../../eligibility/eligibility.js';
import { plan } from './helpers.js';

/**
 * The 中级 notice gives 1 year to 取得硕士学位, and 2 years to 研究生班毕业: a 硕士研究生 graduate
 * without the degree fits neither word for word. eligibility/intermediate counts such a person
 * like 研究生班 (2 years) so that it never errs against them; the local office decides.
 */
export default defineRule({
  id: 'eligibility/master-without-degree',
  severity: 'warning',
  section: 'plan',
  check(facts, report) {
    const pl = plan(facts, '中级');
    if (!pl) return;
    const education = pl.profile.education ?? [];
    // With a 硕士 or 博士 degree elsewhere the question does not arise.
    if (education.some((e) => e.degree === '硕士' || e.degree === '博士')) return;
    education.forEach((e, index) => {
      if (e.level !== '硕士研究生' || e.degree !== '无' || !isCompleted(e, facts.today)) return;
      report({
        field: `education[${index}].degree`,
        args: { entry: index + 1, end: e.end!, year: pl.year },
      });
    });
  },
});
