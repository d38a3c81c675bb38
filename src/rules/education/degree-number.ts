import { defineRule } from '../../engine/types.js';
import { parseDegreeNumber } from '../../ids/certificates.js';
import { date, educationEntries } from './helpers.js';

const LEVEL_CODE: Readonly<Record<string, string>> = {
  博士: '2',
  硕士: '3',
  学士: '4',
  第二学士: '4',
};
const LEVEL_RANK: Readonly<Record<string, number>> = {
  大学本科: 4,
  研究生班: 3,
  硕士研究生: 3,
  博士研究生: 2,
};

/**
 * The 16-digit 学位证书编号 against the entry: character 6 the level, 7–10 the year of award.
 * A degree is often conferred some months after graduation, so the year after graduation is
 * accepted too; a 单证 degree (higher than the 学历, by 同等学力) is not compared by year. The
 * shape is only judged for degrees from September 2008, the ones 学信网 holds.
 */
export default defineRule({
  id: 'education/degree-number',
  severity: 'warning',
  section: 'education',
  check(facts, report) {
    for (const { entry, index } of educationEntries(facts)) {
      const degree = entry.degree;
      if (typeof entry.degree_no !== 'string' || degree === undefined || degree === '无') continue;
      const expectedCode = LEVEL_CODE[degree];
      if (expectedCode === undefined || entry.overseas === true) continue;
      const field = `education[${index}].degree_no`;
      const number = entry.degree_no;
      const end = date(entry.end);
      const n = parseDegreeNumber(number);
      if (!n.ok) {
        if (end && (end.year > 2008 || (end.year === 2008 && end.month >= 9)))
          report({ field, messageId: 'shape', args: { number, length: n.normalised.length } });
        continue;
      }
      if (n.level !== undefined && n.levelCode !== expectedCode)
        report({
          field,
          messageId: 'level',
          args: { number, code: n.levelCode, numberLevel: n.level, degree },
        });
      const single =
        entry.level !== undefined && Number(expectedCode) < (LEVEL_RANK[entry.level] ?? 9);
      if (end && !single && n.year !== end.year && n.year !== end.year + 1)
        report({ field, messageId: 'year', args: { number, year: n.year, end: entry.end! } });
    }
  },
});
