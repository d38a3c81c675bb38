import { describe, expect, it } from 'vitest';
import {
  checkResidentId,
  residentIdCheckChar,
  residentIdRegion,
  upgradeFifteen,
} from '../../src/ids/resident-id.js';

describe('checkResidentId (GB 11643-1999)', () => {
  it.each([
    ['11010519491231002X', '1949-12-31', '女'],
    ['440524188001010014', '1880-01-01', '男'],
    ['360426199101010071', '1991-01-01', '男'],
    ['44011320141005001x', '2014-10-05', '男'],
  ])('accepts the public vector %s', (number, birthDate, gender) => {
    const r = checkResidentId(number);
    expect(r).toMatchObject({ ok: true, birthDate, gender, kind: 'resident' });
  });

  it('normalises a lower-case x, full-width digits, spaces and dashes, and says so', () => {
    expect(checkResidentId('44011320141005001x')).toMatchObject({
      ok: true,
      normalised: '44011320141005001X',
      changed: true,
    });
    expect(checkResidentId('１１０１０５１９４９１２３１００２Ｘ')).toMatchObject({
      ok: true,
      changed: true,
    });
    expect(checkResidentId('110105 19491231 002X')).toMatchObject({ ok: true, changed: true });
    expect(checkResidentId('110105-19491231-002X')).toMatchObject({ ok: true, changed: true });
    expect(checkResidentId('11010519491231002X')).toMatchObject({ ok: true, changed: false });
  });

  it('reports a wrong check character with the expected one', () => {
    expect(checkResidentId('110105194912310021')).toEqual({
      ok: false,
      reason: 'checksum',
      normalised: '110105194912310021',
      changed: false,
      actual: '1',
      expected: 'X',
    });
    expect(checkResidentId('36042619910102009X')).toMatchObject({
      ok: false,
      reason: 'checksum',
      expected: '3',
    });
  });

  it('reports a birth date that is no calendar date before the check character', () => {
    expect(checkResidentId('360426199113010079')).toMatchObject({
      ok: false,
      reason: 'date',
      dateDigits: '19911301',
      checksumValid: true,
    });
    // Feb 30, whose check character is wrong as well: the date is the more precise answer.
    expect(checkResidentId('11010119900230123X')).toMatchObject({
      ok: false,
      reason: 'date',
      dateDigits: '19900230',
      checksumValid: false,
    });
  });

  it('reports the shape: empty, length, characters', () => {
    expect(checkResidentId(' - ')).toMatchObject({ ok: false, reason: 'empty' });
    expect(checkResidentId('1101051949123100')).toMatchObject({
      ok: false,
      reason: 'length',
      length: 16,
    });
    expect(checkResidentId('11010519491231O02X')).toMatchObject({
      ok: false,
      reason: 'characters',
      badCharacters: 'O',
    });
    expect(checkResidentId('1101051949123X0021')).toMatchObject({
      ok: false,
      reason: 'characters',
    });
  });

  it('upgrades an old 15-digit number to 18 digits', () => {
    expect(checkResidentId('110105491231002')).toEqual({
      ok: false,
      reason: 'fifteen-digit',
      normalised: '110105491231002',
      changed: false,
      upgraded: '11010519491231002X',
      dateValid: true,
    });
    expect(upgradeFifteen('110105491231002')).toBe('11010519491231002X');
  });

  it('checks the 港澳台居民居住证 with the same algorithm', () => {
    expect(checkResidentId('810000199408230021')).toMatchObject({
      ok: true,
      kind: 'residence-permit',
      gender: '女',
    });
    expect(checkResidentId('830000199201300022')).toMatchObject({
      ok: true,
      kind: 'residence-permit',
    });
    expect(checkResidentId('810000199408230023')).toMatchObject({
      ok: false,
      reason: 'checksum',
      expected: '1',
    });
  });

  it('computes the check character over the 17 weights', () => {
    expect(residentIdCheckChar('11010519491231002')).toBe('X');
    expect(residentIdCheckChar('36042619910101007')).toBe('1');
  });
});

describe('residentIdRegion', () => {
  it('finds a county, and the residence permits’ codes', () => {
    expect(residentIdRegion('110105194912310021')).toEqual({
      known: true,
      code: '110105',
      path: '北京市/市辖区/朝阳区',
    });
    expect(residentIdRegion('810000199408230021')).toEqual({
      known: true,
      code: '810000',
      permit: '香港',
    });
  });
  it('knows an abolished county from the 1980–2019 tables (潮阳县 440524), with its place', () => {
    expect(residentIdRegion('440524188001010014')).toEqual({
      known: true,
      code: '440524',
      historical: { code: '440524', place: '广东省汕头市潮阳县', first: 1983, last: 1992 },
    });
    // hutool's 321083: 兴化市 under 扬州市 in the 1995 table only.
    expect(residentIdRegion('321083197812162119')).toMatchObject({
      known: true,
      historical: { place: '江苏省扬州市兴化市', first: 1995, last: 1995 },
    });
  });
  it('names the nearest level that exists for a code no table ever had', () => {
    // python-stdnum's 110201: 1102 was Beijing's 县 level (2002–2015), no place of its own.
    expect(residentIdRegion('110201199312010077')).toEqual({
      known: false,
      code: '110201',
      reason: 'never',
      within: { prefix: '1102', place: '北京市（县）' },
    });
    expect(residentIdRegion('530199198703173716')).toMatchObject({
      reason: 'never',
      within: { prefix: '5301', place: '云南省昆明市' },
    });
    expect(residentIdRegion('539900198703173716')).toMatchObject({
      reason: 'never',
      within: { prefix: '53', place: '云南省' },
    });
  });
  it('says when the first two digits were never a province', () => {
    for (const number of ['990426199112010074', '000000198703173716', '380642199211170611'])
      expect(residentIdRegion(number)).toEqual({
        known: false,
        code: number.slice(0, 6),
        reason: 'province',
      });
  });
});
