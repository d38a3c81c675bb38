import { defineRule } from '../../engine/types.js';
import { provinceAtStartOf } from '../../ids/divisions.js';
import { isOngoing } from '../../profile/dates.js';
import { department } from './helpers.js';

/**
 * 全日制在校学生 choose the place of their 学籍 (guide 三（四）2 (2)). The school's name is the
 * only clue offline, and only when it starts with a province or city name: a branch campus
 * (北京师范大学珠海校区) is elsewhere, hence info.
 */
export default defineRule({
  id: 'department/student-region',
  severity: 'info',
  section: 'department',
  check(facts, report) {
    const d = department(facts);
    if (!d || d.match.kind !== 'division' || d.profile.basic?.student !== true) return;
    const education = d.profile.education ?? [];
    // The programme still going on; else the latest one listed.
    let index = education.findIndex((e) => e.end !== undefined && isOngoing(e.end));
    if (index < 0) index = education.length - 1;
    const school = education[index]?.school;
    if (typeof school !== 'string') return;
    const at = provinceAtStartOf(school.trim());
    if (!at || at.province.code === d.match.province.code) return;
    report({
      field: 'department',
      args: {
        department: d.value,
        school,
        word: at.word,
        province: at.province.name,
        entry: index + 1,
      },
    });
  },
});
