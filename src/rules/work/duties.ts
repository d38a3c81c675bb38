import { defineRule } from '../../engine/types.js';
import { canonicalOption, DUTIES, DUTY_HINTS, foldBrackets } from '../../profile/options.js';
import { editDistance, nearest } from '../../util/closest.js';
import { workEntries } from './helpers.js';

/**
 * The nine types of 《会计人员管理办法》(财会〔2018〕33号) 第二条, as the template lists them. The guide
 * says where other posts belong: 内部审计/合规/内部控制 → 会计监督, 管理会计/会计信息化 → 其他会计工作.
 * An empty list is profile/required's finding.
 */
export default defineRule({
  id: 'work/duties',
  severity: 'error',
  section: 'work',
  check(facts, report) {
    const names = [...DUTIES.values, ...Object.keys(DUTIES.aliases)];
    for (const { entry, index } of workEntries(facts)) {
      if (!Array.isArray(entry.duties)) continue;
      entry.duties.forEach((duty, k) => {
        if (typeof duty !== 'string' || canonicalOption(DUTIES, duty) !== undefined) return;
        const field = `work[${index}].duties[${k}]`;
        const folded = foldBrackets(duty);
        const hinted = Object.entries(DUTY_HINTS).find(([post]) => folded.includes(post));
        if (hinted) {
          report({
            field,
            messageId: 'hint',
            args: { duty, post: hinted[0], suggestion: hinted[1] },
          });
          return;
        }
        // Chinese words are short: two changed characters of `销售` are no typo of `出纳`.
        const near = nearest(duty, names, 1)[0];
        const close =
          near !== undefined &&
          editDistance(duty, near) <= Math.max(1, Math.floor([...duty].length / 3));
        const suggestion = close ? canonicalOption(DUTIES, near) : undefined;
        if (suggestion !== undefined)
          report({ field, messageId: 'suggest', args: { duty, suggestion } });
        else report({ field, args: { duty, allowed: DUTIES.values.join('；') } });
      });
    }
  },
});
