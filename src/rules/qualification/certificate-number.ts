import { defineRule } from '../../engine/types.js';
import { normaliseNumber } from '../../ids/normalise.js';
import { parseDate } from '../../profile/dates.js';

/** First digit of the 14-digit 证书管理号: the level. */
const LEVEL_DIGIT: Readonly<Record<string, string>> = { 初级: '2', 中级: '1' };

/**
 * The 14-digit 证书管理号 of an accounting certificate passed by exam: digit 1 the level (2 初级,
 * 1 中级), digits 2–3 the exam year. The certificate may be dated the year after the exam, so
 * that year is accepted too. Other numbers (批文号, 高级 approvals, older formats) are not judged.
 */
export default defineRule({
  id: 'qualification/certificate-number',
  severity: 'info',
  section: 'qualifications',
  check(facts, report) {
    if (facts.profile.status !== 'ok') return;
    (facts.profile.data.qualifications?.accounting ?? []).forEach((q, i) => {
      if (typeof q.certificate_no !== 'string' || q.method !== '考试') return;
      const expectedDigit = q.level === undefined ? undefined : LEVEL_DIGIT[q.level];
      if (expectedDigit === undefined) return;
      const { value } = normaliseNumber(q.certificate_no);
      if (!/^\d{14}$/.test(value)) return;
      const field = `qualifications.accounting[${i}].certificate_no`;
      const number = q.certificate_no;
      if (value[0] !== expectedDigit) {
        report({
          field,
          messageId: 'level',
          args: { number, digit: value[0]!, level: q.level!, expected: expectedDigit },
        });
        return;
      }
      const d = typeof q.date === 'string' ? parseDate(q.date) : undefined;
      if (!d) return;
      const yy = Number(value.slice(1, 3));
      const dateYy = d.year % 100;
      if (yy !== dateYy && (yy + 1) % 100 !== dateYy)
        report({
          field,
          messageId: 'year',
          args: { number, digits: value.slice(1, 3), year: 2000 + yy, date: q.date! },
        });
    });
  },
});
