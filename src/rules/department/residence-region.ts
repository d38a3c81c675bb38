import { defineRule } from '../../engine/types.js';
import { provinceByCode } from '../../ids/divisions.js';
import { checkResidentId } from '../../ids/resident-id.js';
import { isOngoing } from '../../profile/dates.js';
import { department } from './helpers.js';

/**
 * Neither employed nor a student: 按身份证所属地选择 (guide 三（四）2 (3)), or the place of residence
 * (会计管理部门说明 3: 户籍所在地或居住地). A different province is allowed, so info only.
 */
export default defineRule({
  id: 'department/residence-region',
  severity: 'info',
  section: 'department',
  check(facts, report) {
    const d = department(facts);
    if (!d || d.match.kind !== 'division') return;
    const p = d.profile;
    if (p.basic?.student === true) return;
    if ((p.work ?? []).some((w) => w.end !== undefined && isOngoing(w.end))) return;
    if (p.basic?.id_type !== '内地居民身份证' || typeof p.basic.id_number !== 'string') return;
    const r = checkResidentId(p.basic.id_number);
    if (!r.ok || r.kind !== 'resident') return;
    const idProvince = provinceByCode(r.normalised);
    if (!idProvince || idProvince.code === d.match.province.code) return;
    report({
      field: 'department',
      args: {
        department: d.value,
        province: d.match.province.name,
        idProvince: idProvince.name,
        code: r.normalised.slice(0, 2),
      },
    });
  },
});
