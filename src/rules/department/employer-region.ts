import { defineRule } from '../../engine/types.js';
import { cityByCode, divisionByCode, divisionPath, provinceByCode } from '../../ids/divisions.js';
import { checkUscc, usccRegionCode } from '../../ids/uscc.js';
import { isOngoing } from '../../profile/dates.js';
import { department, type DivisionMatch } from './helpers.js';

const MUNICIPALITIES = new Set(['11', '12', '31', '50']);

/**
 * What the licence's registering authority (USCC characters 3–8) asks for, or undefined when the
 * department fits it. Guide 三（四）2 (1): a licence of the province's own bureau → 省直属; a
 * city's or county's bureau → that city or county. An authority code the table no longer knows
 * (a county merged since) is compared at the level it still knows.
 */
export function expectedDepartment(region: string, dept: DivisionMatch): string | undefined {
  const pc = region.slice(0, 2);
  const province = provinceByCode(region);
  if (!province) return undefined;
  const provinceLevel = region.endsWith('0000');
  const direct = MUNICIPALITIES.has(pc) ? province.name : `${province.name}/省直属`;
  if (dept.province.code.slice(0, 2) !== pc) return provinceLevel ? direct : divisionPath(region);
  if (provinceLevel) {
    // A municipality's own bureau: every district of it is under the same 会计管理部门 tree.
    if (MUNICIPALITIES.has(pc) || dept.provinceDirect || !dept.city) return undefined;
    return direct;
  }
  const city = cityByCode(region);
  if (!city) return undefined;
  if (dept.provinceDirect) return divisionPath(region);
  if (!dept.city) return undefined;
  // Municipalities: 市辖区 and 县 are table artefacts, the district decides.
  if (!MUNICIPALITIES.has(pc) && dept.city.code !== city.code) return divisionPath(region);
  if (region.endsWith('00') || !divisionByCode(region)) return undefined;
  if (dept.county && dept.county.code !== region) return divisionPath(region);
  return undefined;
}

export default defineRule({
  id: 'department/employer-region',
  severity: 'warning',
  section: 'department',
  check(facts, report) {
    const d = department(facts);
    if (!d || d.match.kind !== 'division') return;
    const current = (d.profile.work ?? [])
      .map((entry, index) => ({ entry, index }))
      .filter(({ entry }) => entry.end !== undefined && isOngoing(entry.end));
    const checked: { index: number; employer: string; region: string; expected: string }[] = [];
    for (const { entry, index } of current) {
      if (typeof entry.uscc !== 'string') continue;
      const r = checkUscc(entry.uscc);
      // A code that fails its check is work/uscc's finding; its digits cannot be trusted.
      if (!r.ok) continue;
      const region = usccRegionCode(r.normalised);
      // Central registration (100000) and central units are exempt (rules.md).
      if (region === '100000') return;
      const expected = expectedDepartment(region, d.match);
      if (expected === undefined) return;
      checked.push({ index, employer: entry.employer ?? '', region, expected });
    }
    // With two current jobs, either may decide the department: only a match with none is reported.
    const first = checked[0];
    if (!first) return;
    report({
      field: 'department',
      args: {
        department: d.value,
        employer: first.employer,
        entry: first.index + 1,
        region: first.region,
        expected: first.expected,
      },
    });
  },
});
