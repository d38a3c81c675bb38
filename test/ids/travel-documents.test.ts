import { describe, expect, it } from 'vitest';
import {
  checkForeignPassport,
  checkHkMacaoPermit,
  checkTaiwanPermit,
  looksLikePrcPassport,
} from '../../src/ids/travel-documents.js';

describe('checkHkMacaoPermit', () => {
  it('accepts H or M and eight digits', () => {
    expect(checkHkMacaoPermit('H12345678')).toEqual({
      ok: true,
      normalised: 'H12345678',
      changed: false,
    });
    expect(checkHkMacaoPermit('m 1234 5678')).toMatchObject({
      ok: true,
      normalised: 'M12345678',
      changed: true,
    });
  });
  it('reports the 换证次数 typed after the number, with the number to use', () => {
    expect(checkHkMacaoPermit('H1234567801')).toMatchObject({
      ok: false,
      reason: 'issue-count',
      suggested: 'H12345678',
      tail: '01',
    });
    expect(checkHkMacaoPermit('H12345678(02)')).toMatchObject({
      reason: 'issue-count',
      tail: '02',
    });
  });
  it('reports another shape, and an empty value', () => {
    expect(checkHkMacaoPermit('K12345678')).toMatchObject({ ok: false, reason: 'shape' });
    expect(checkHkMacaoPermit('H1234567')).toMatchObject({ ok: false, reason: 'shape' });
    expect(checkHkMacaoPermit('--')).toMatchObject({ ok: false, reason: 'empty' });
  });
});

describe('checkTaiwanPermit', () => {
  it('accepts eight digits; a 10-digit tail is the issue count', () => {
    expect(checkTaiwanPermit('12345678')).toMatchObject({ ok: true });
    expect(checkTaiwanPermit('1234567801')).toMatchObject({
      reason: 'issue-count',
      suggested: '12345678',
    });
    expect(checkTaiwanPermit('T1234567')).toMatchObject({ reason: 'shape' });
    expect(checkTaiwanPermit('')).toMatchObject({ reason: 'empty' });
  });
});

describe('checkForeignPassport', () => {
  it('accepts 5–17 letters and digits', () => {
    expect(checkForeignPassport('x1234567')).toMatchObject({ ok: true, normalised: 'X1234567' });
    expect(checkForeignPassport('AB12')).toMatchObject({ ok: false, reason: 'shape' });
    expect(checkForeignPassport('AB12#345')).toMatchObject({ ok: false, reason: 'shape' });
    expect(checkForeignPassport(' ')).toMatchObject({ ok: false, reason: 'empty' });
  });
});

describe('looksLikePrcPassport', () => {
  it.each(['E12345678', 'EA1234567', 'G12345678'])('recognises %s', (n) => {
    expect(looksLikePrcPassport(n)).toBe(true);
  });
  it.each(['EI1234567', 'X12345678', 'E1234567'])('does not take %s for one', (n) => {
    expect(looksLikePrcPassport(n)).toBe(false);
  });
});
