import { defineRule } from '../../engine/types.js';
import { DEGREE_RANK, LEVEL_DEGREE } from '../../platform/levels.js';
import { educationEntries } from './helpers.js';

/**
 * A degree that does not fit the level. A higher degree than the level (单证硕士/博士, a degree by
 * 同等学力 without the 学历) is fine; a lower one, or a 学士 after 大专 or less, is not.
 */
export default defineRule({
  id: 'education/degree-level',
  severity: 'warning',
  section: 'education',
  check(facts, report) {
    for (const { entry, index } of educationEntries(facts)) {
      const { level, degree } = entry;
      if (level === undefined || degree === undefined || degree === '无') continue;
      const degreeRank = DEGREE_RANK[degree];
      if (degreeRank === undefined) continue;
      const leadsTo = LEVEL_DEGREE[level];
      const levelRank = leadsTo === undefined ? 0 : (DEGREE_RANK[leadsTo] ?? 0);
      const expected =
        levelRank === 0
          ? { zh: '无', en: '无 (none)' }
          : {
              zh: `${['', '学士', '硕士', '博士'][levelRank]} 或 无`,
              en: `${['', '学士', '硕士', '博士'][levelRank]} or 无`,
            };
      if ((levelRank === 0 && degreeRank === 1) || (levelRank > 0 && degreeRank < levelRank))
        report({ field: `education[${index}].degree`, args: { level, degree, expected } });
    }
  },
});
