import { defineRule } from '../../engine/types.js';
import { NON_FULL_TIME_FORMS, parseDiplomaNumber } from '../../ids/certificates.js';
import { date, educationEntries } from './helpers.js';

/** The level codes (characters 11–12) each 学历 may carry. */
const LEVEL_CODES: Readonly<Record<string, readonly string[]>> = {
  博士研究生: ['01'],
  硕士研究生: ['02'],
  大学本科: ['05', '04'],
  大学专科: ['06'],
};

/**
 * The 18-digit 学历证书编号 of 电子注册 (教育部, since 2001) against the entry. Older and
 * secondary-school diplomas have other numbers: the shape is only judged for 大专 and above
 * ending in 2002 or later, the years 学信网 holds.
 */
export default defineRule({
  id: 'education/diploma-number',
  severity: 'warning',
  section: 'education',
  check(facts, report) {
    for (const { entry, index } of educationEntries(facts)) {
      if (typeof entry.diploma_no !== 'string' || entry.level === undefined) continue;
      const codes = LEVEL_CODES[entry.level];
      if (!codes || entry.overseas === true) continue;
      const field = `education[${index}].diploma_no`;
      const number = entry.diploma_no;
      const end = date(entry.end);
      const n = parseDiplomaNumber(number);
      if (!n.ok) {
        if (end && end.year >= 2002)
          report({ field, messageId: 'shape', args: { number, length: n.normalised.length } });
        continue;
      }
      if (n.level !== undefined && !codes.includes(n.levelCode))
        report({
          field,
          messageId: 'level',
          args: { number, code: n.levelCode, numberLevel: n.level, level: entry.level },
        });
      if (end && n.year !== end.year)
        report({ field, messageId: 'year', args: { number, year: n.year, end: entry.end! } });
      const form = NON_FULL_TIME_FORMS[n.form];
      if (entry.mode === '全日制' && form !== undefined)
        report({ field, messageId: 'form', args: { number, code: n.form, form } });
    }
  },
});
