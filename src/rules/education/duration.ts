import { defineRule } from '../../engine/types.js';
import { dayNumber } from '../../profile/dates.js';
import { date, educationEntries } from './helpers.js';

/** Usual full-time lengths in whole years (学制): 专科 2–3, 本科 4–5, 硕士 2–3, 博士 3 or more. */
const USUAL: Readonly<Record<string, readonly [number, number]>> = {
  大学专科: [2, 3],
  大学本科: [4, 5],
  硕士研究生: [2, 3],
  博士研究生: [3, Number.POSITIVE_INFINITY],
};

/**
 * An unusual length hints at a typo in a year. Full-time programmes in China only: part-time
 * and overseas programmes (a one-year master's) vary too much to say.
 */
export default defineRule({
  id: 'education/duration',
  severity: 'info',
  section: 'education',
  check(facts, report) {
    const today = date(facts.today);
    for (const { entry, index } of educationEntries(facts)) {
      if (entry.mode !== '全日制' || entry.overseas === true || entry.level === undefined) continue;
      const usual = USUAL[entry.level];
      const start = date(entry.start);
      const end = date(entry.end);
      // Dates in the wrong order or in the future are education/dates' finding.
      if (!usual || !start || !end || !today || dayNumber(end) <= dayNumber(start)) continue;
      if (dayNumber(end) > dayNumber(today)) continue;
      const years = Math.round((dayNumber(end) - dayNumber(start)) / 365.25);
      if (years >= usual[0] && years <= usual[1]) continue;
      report({
        field: `education[${index}].end`,
        messageId: Number.isFinite(usual[1]) ? 'default' : 'short',
        args: {
          level: entry.level,
          start: entry.start!,
          end: entry.end!,
          years,
          min: usual[0],
          max: Number.isFinite(usual[1]) ? usual[1] : usual[0],
        },
      });
    }
  },
});
