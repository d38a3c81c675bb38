import { describe, expect, it } from 'vitest';
import {
  checkUscc,
  orgCodeCheck,
  usccCategory,
  usccCheckChar,
  usccRegionCode,
} from '../../src/ids/uscc.js';

describe('checkUscc (GB 32100-2015)', () => {
  it.each([
    '91110000600037341L',
    '121200004013590816',
    '91310115MA1K3BTP2B',
    '92340602MA2PBMEM24',
    '91350100M000100Y43',
    '92141127MA0KD1Y64A',
  ])('accepts the public vector %s', (code) => {
    expect(checkUscc(code)).toEqual({ ok: true, normalised: code, changed: false });
  });

  it('reports a wrong check character with the expected one', () => {
    expect(checkUscc('91110000600037341N')).toMatchObject({
      ok: false,
      reason: 'checksum',
      actual: 'N',
      expected: 'L',
    });
    expect(checkUscc('111111111111111111')).toMatchObject({ ok: false, reason: 'checksum' });
  });

  it('reports a letter in characters 3–8, the division code, before the check character', () => {
    expect(checkUscc('91530A02MA6P4Q7K1G')).toEqual({
      ok: false,
      reason: 'region',
      normalised: '91530A02MA6P4Q7K1G',
      changed: false,
      position: 6,
      character: 'A',
    });
    const first17 = '91B30102MA6P4Q7K1';
    expect(checkUscc(first17 + usccCheckChar(first17))).toMatchObject({
      reason: 'region',
      position: 3,
      character: 'B',
    });
    // Letters from character 9 on are the organisation code's: allowed.
    expect(checkUscc('91620105L015101280')).toMatchObject({ ok: true });
  });

  it('reports the characters I, O, S, V, Z that are not in the set', () => {
    expect(checkUscc('9111000060003IOZSV')).toMatchObject({
      ok: false,
      reason: 'characters',
      badCharacters: 'IOZSV',
    });
  });

  it('accepts the letters A, N and Y in character 1 when the check holds', () => {
    for (const first of ['A', 'N', 'Y']) {
      const first17 = `${first}1110000600037341`;
      const code = first17 + usccCheckChar(first17);
      expect(checkUscc(code)).toMatchObject({ ok: true });
    }
  });

  it('normalises spaces, dashes, full width and lower case', () => {
    expect(checkUscc('9131 0115 ma1k 3btp 2b')).toMatchObject({
      ok: true,
      normalised: '91310115MA1K3BTP2B',
      changed: true,
    });
    expect(checkUscc('９１１１００００６０００３７３４１Ｌ')).toMatchObject({
      ok: true,
      changed: true,
    });
  });

  it('recognises a resident ID, an old registration number and an organisation code', () => {
    expect(checkUscc('11010519491231002X')).toMatchObject({ ok: false, reason: 'resident-id' });
    expect(checkUscc('110105000012345')).toMatchObject({
      ok: false,
      reason: 'registration-number',
    });
    expect(checkUscc('60003734-1')).toMatchObject({ ok: false, reason: 'organisation-code' });
  });

  it('reports the length and an empty value', () => {
    expect(checkUscc('91110000600037341')).toMatchObject({
      ok: false,
      reason: 'length',
      length: 17,
    });
    expect(checkUscc(' - ')).toMatchObject({ ok: false, reason: 'empty' });
  });
});

describe('orgCodeCheck (GB 11714-1997)', () => {
  it('accepts the organisation codes inside the public vectors', () => {
    for (const code of ['91110000600037341L', '91350100M000100Y43', '92141127MA0KD1Y64A'])
      expect(orgCodeCheck(code.slice(8, 17))).toEqual({ ok: true });
  });
  it('reports a wrong check character, and one that cannot be', () => {
    expect(orgCodeCheck('600037342')).toEqual({
      ok: false,
      reason: 'checksum',
      actual: '2',
      expected: '1',
    });
    expect(orgCodeCheck('60003734Y')).toEqual({ ok: false, reason: 'characters' });
  });
  it('maps a remainder of 10 to X and 11 to 0', () => {
    // Search the two edge cases rather than hard-code them.
    const withCheck = (body: string) => {
      for (const c of '0123456789X') if (orgCodeCheck(body + c).ok) return c;
      return undefined;
    };
    const checks = new Set<string>();
    for (let n = 0; n < 200; n++) checks.add(withCheck(String(n).padStart(8, '0'))!);
    expect(checks.has('X')).toBe(true);
    expect(checks.has('0')).toBe(true);
  });
});

describe('usccCategory', () => {
  it('names the authority and the category', () => {
    expect(usccCategory('91110000600037341L')).toEqual({
      ok: true,
      pair: '91',
      authority: '工商（市场监管）',
      category: '企业',
    });
    expect(usccCategory('121200004013590816')).toMatchObject({ ok: true, category: '事业单位' });
    expect(usccCategory('Y1000000000000000X')).toMatchObject({ ok: true, authority: '其他' });
  });
  it('reports an unknown authority and an unknown category', () => {
    expect(usccCategory('B1110000600037341L')).toEqual({
      ok: false,
      reason: 'authority',
      pair: 'B1',
    });
    expect(usccCategory('94110000600037341L')).toEqual({
      ok: false,
      reason: 'category',
      pair: '94',
      authority: '工商（市场监管）',
    });
  });
  it('gives characters 3–8 as the region code', () => {
    expect(usccRegionCode('91310115MA1K3BTP2B')).toBe('310115');
  });
});
