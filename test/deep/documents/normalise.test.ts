import { describe, expect, it } from 'vitest';
import {
  findDate,
  findDottedDates,
  formatPrinted,
  normaliseText,
} from '../../../src/deep/documents/normalise.js';
import {
  compareCode,
  compareDate,
  compareText,
  differingPositions,
} from '../../../src/deep/documents/compare.js';

describe('normaliseText', () => {
  it('makes full-width forms half-width, drops spaces, rounds every bracket', () => {
    expect(normaliseText('云南 滇池（集团）有限公司')).toBe('云南滇池(集团)有限公司');
    expect(normaliseText('【北京】ＡＢＣ　公司')).toBe('(北京)ABC公司');
    expect(normaliseText('阿依古丽・买买提')).toBe(normaliseText('阿依古丽·买买提'));
  });
});

describe('findDate', () => {
  it('reads Arabic and Chinese-numeral dates, with or without the day', () => {
    expect(findDate('于2015年7月1日至今', '于')).toEqual({ year: 2015, month: 7, day: 1 });
    expect(findDate('二〇〇五年九月至二〇〇九年七月在本校', '至')).toEqual({
      year: 2009,
      month: 7,
    });
    expect(findDate('二〇〇九年七月一日')).toEqual({ year: 2009, month: 7, day: 1 });
    expect(findDate('二〇一〇年十二月三十一日')).toEqual({ year: 2010, month: 12, day: 31 });
    expect(findDate('二O一一年十月二十日')).toEqual({ year: 2011, month: 10, day: 20 });
  });
  it('finds nothing where no date is, or the month is impossible', () => {
    expect(findDate('于年月日至今', '于')).toBeUndefined();
    expect(findDate('2015年13月1日')).toBeUndefined();
    expect(findDate('2015年7月1日', '于')).toBeUndefined();
  });
  it('reads the dotted dates of an ID card', () => {
    expect(findDottedDates('有效期限2016.05.20-2036.05.20')).toEqual([
      { year: 2016, month: 5, day: 20 },
      { year: 2036, month: 5, day: 20 },
    ]);
    expect(formatPrinted({ year: 2009, month: 7 })).toBe('2009-07');
  });
});

describe('comparisons', () => {
  it('compares text after normalising, codes after number normalisation', () => {
    expect(compareText('云南滇池(集团)有限公司', '云南滇池（集团） 有限公司')).toBe('same');
    expect(compareText('王小梅', '王晓梅')).toBe('differs');
    expect(compareText('王小梅', undefined)).toBe('unknown');
    expect(compareCode('53010219880512026x', '530102 1988 0512 026X')).toBe('same');
    expect(differingPositions('530102198805210266', '530102198805120260')).toEqual([13, 14, 18]);
  });
  it('compares dates at the precision both give', () => {
    expect(compareDate({ year: 2009, month: 8, day: 3 }, '2009-08-03')).toBe('same');
    expect(compareDate({ year: 2009, month: 8, day: 3 }, '2009-08')).toBe('same');
    expect(compareDate({ year: 2009, month: 8 }, '2009-08-20')).toBe('same');
    expect(compareDate({ year: 2009, month: 9, day: 1 }, '2009-08-03')).toBe('differs');
    expect(compareDate({ year: 2009, month: 8, day: 4 }, '2009-08-03')).toBe('differs');
    expect(compareDate({ year: 2009, month: 8, day: 4 }, '至今')).toBe('unknown');
  });
});
