import { defineRule } from '../../engine/types.js';
import { checkUscc, UNIT_TYPE_CATEGORIES, usccCategory } from '../../ids/uscc.js';
import { workEntries } from './helpers.js';

/** Characters 1–2 (登记管理部门 and 机构类别, GB 32100-2015 附录) and whether they fit 单位类型. */
export default defineRule({
  id: 'work/uscc-category',
  severity: 'warning',
  section: 'work',
  check(facts, report) {
    for (const { entry, index } of workEntries(facts)) {
      if (typeof entry.uscc !== 'string') continue;
      const r = checkUscc(entry.uscc);
      // A code that fails its check is work/uscc's finding.
      if (!r.ok) continue;
      const field = `work[${index}].uscc`;
      const c = usccCategory(r.normalised);
      if (!c.ok) {
        report({
          field,
          messageId: c.reason,
          args: {
            uscc: entry.uscc,
            pair: c.pair,
            first: c.pair[0] ?? '',
            authority: c.reason === 'category' ? c.authority : '',
          },
        });
        continue;
      }
      const unitType = entry.unit_type;
      if (unitType === undefined || unitType === '其他') continue;
      const allowed = UNIT_TYPE_CATEGORIES[unitType];
      if (!allowed || allowed.includes(c.pair)) continue;
      const fits = Object.entries(UNIT_TYPE_CATEGORIES)
        .filter(([, pairs]) => pairs.includes(c.pair))
        .map(([t]) => t);
      report({
        field: `work[${index}].unit_type`,
        messageId: 'unit-type',
        args: {
          uscc: entry.uscc,
          pair: c.pair,
          authority: c.authority,
          category: c.category,
          unitType,
          fits: fits.length > 0 ? fits.join('、') : '其他',
        },
      });
    }
  },
});
