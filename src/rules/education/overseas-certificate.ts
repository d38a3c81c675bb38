import { defineRule } from '../../engine/types.js';
import { BACHELOR_OR_HIGHER } from '../../platform/levels.js';
import { educationEntries, proofSlot } from './helpers.js';

/**
 * Guide 一（四）2: 国（境）外本科及以上学历学位需提供《教育部留学服务中心认证书》. material/missing
 * leaves this slot to this rule (its reason is `overseas`), so there is one finding.
 */
export default defineRule({
  id: 'education/overseas-certificate',
  severity: 'error',
  section: 'education',
  check(facts, report) {
    for (const { entry, index } of educationEntries(facts)) {
      if (
        entry.overseas !== true ||
        entry.level === undefined ||
        !BACHELOR_OR_HIGHER.has(entry.level)
      )
        continue;
      const slot = proofSlot(facts, index);
      if (slot && slot.files.length === 0)
        report({
          field: `education[${index}].proof`,
          args: { level: entry.level, school: entry.school ?? '' },
        });
    }
  },
});
