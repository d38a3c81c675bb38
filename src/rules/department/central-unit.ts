import { defineRule } from '../../engine/types.js';
import { checkUscc, usccRegionCode } from '../../ids/uscc.js';
import { isOngoing } from '../../profile/dates.js';
import { department } from './helpers.js';

/**
 * The guide's 会计管理部门说明 2: 在中央在京单位工作的会计人员 choose 中共中央直属机关事务管理局 or
 * 国家机关事务管理局. Recognised by name (中国/中华/国家…) and a USCC registered centrally
 * (100000) or by Beijing's own bureaus (1100xx).
 */
export default defineRule({
  id: 'department/central-unit',
  severity: 'warning',
  section: 'department',
  check(facts, report) {
    const d = department(facts);
    if (!d || d.match.kind !== 'division' || !d.match.province.code.startsWith('11')) return;
    (d.profile.work ?? []).forEach((w, index) => {
      if (w.end === undefined || !isOngoing(w.end)) return;
      if (typeof w.employer !== 'string' || !/^(中国|中华|国家)/.test(w.employer.trim())) return;
      if (typeof w.uscc !== 'string') return;
      const r = checkUscc(w.uscc);
      if (!r.ok) return;
      const region = usccRegionCode(r.normalised);
      if (region !== '100000' && !/^1100\d\d$/.test(region)) return;
      report({
        field: 'department',
        args: { department: d.value, employer: w.employer, entry: index + 1, region },
      });
    });
  },
});
