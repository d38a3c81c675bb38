import { describe, expect, it } from 'vitest';
import {
  BACHELOR_OR_HIGHER,
  DEGREE_RANK,
  HIGHER_LEVELS,
  LEVEL_DEGREE,
  SECONDARY_LEVELS,
  usualDegree,
} from '../../src/platform/levels.js';
import { DEGREES, EDUCATION_LEVELS } from '../../src/profile/options.js';

describe('the education levels and degrees', () => {
  it('spell every level and degree as the platform lists them', () => {
    const levels = [
      ...HIGHER_LEVELS,
      ...BACHELOR_OR_HIGHER,
      ...SECONDARY_LEVELS,
      ...Object.keys(LEVEL_DEGREE),
    ];
    for (const level of levels) expect(EDUCATION_LEVELS.values).toContain(level);
    for (const degree of [...Object.keys(DEGREE_RANK), ...Object.values(LEVEL_DEGREE)])
      expect(DEGREES.values).toContain(degree);
  });

  it('split the levels into 大专 and above, and below', () => {
    expect([...HIGHER_LEVELS, ...SECONDARY_LEVELS].sort()).toEqual(
      [...EDUCATION_LEVELS.values].sort(),
    );
    for (const level of BACHELOR_OR_HIGHER) expect(HIGHER_LEVELS.has(level)).toBe(true);
    expect(HIGHER_LEVELS.has('大学专科') && !BACHELOR_OR_HIGHER.has('大学专科')).toBe(true);
  });

  it.each([
    ['博士研究生', '博士'],
    ['硕士研究生', '硕士'],
    ['研究生班', '无'],
    ['大学本科', '学士'],
    ['大学专科', '无'],
    ['高中', '无'],
  ])('offer the usual degree of %s: %s', (level, degree) => {
    expect(usualDegree(level)).toBe(degree);
  });
});
