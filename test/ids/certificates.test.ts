import { describe, expect, it } from 'vitest';
import { parseDegreeNumber, parseDiplomaNumber } from '../../src/ids/certificates.js';

describe('parseDiplomaNumber', () => {
  it('splits the 18 digits into school, form, year and level', () => {
    expect(parseDiplomaNumber('106731200905001234')).toEqual({
      ok: true,
      normalised: '106731200905001234',
      school: '10673',
      form: '1',
      year: 2009,
      levelCode: '05',
      level: '大学本科',
    });
    expect(parseDiplomaNumber('106736201106001234')).toMatchObject({
      form: '6',
      level: '大学专科',
    });
    expect(parseDiplomaNumber('106731200903001234')).not.toHaveProperty('level');
  });
  it('reports another shape and an empty value', () => {
    expect(parseDiplomaNumber('1067312009050012')).toMatchObject({ ok: false, reason: 'shape' });
    expect(parseDiplomaNumber('')).toMatchObject({ ok: false, reason: 'empty' });
  });
});

describe('parseDegreeNumber', () => {
  it('reads level and year, with or without a leading C, Z or T', () => {
    expect(parseDegreeNumber('1067342009001234')).toEqual({
      ok: true,
      normalised: '1067342009001234',
      school: '10673',
      levelCode: '4',
      level: '学士',
      year: 2009,
    });
    expect(parseDegreeNumber('C1067332012001234')).toMatchObject({
      ok: true,
      level: '硕士',
      year: 2012,
    });
  });
  it('reports another shape and an empty value', () => {
    expect(parseDegreeNumber('X1067342009001234')).toMatchObject({ ok: false, reason: 'shape' });
    expect(parseDegreeNumber(' ')).toMatchObject({ ok: false, reason: 'empty' });
  });
});
