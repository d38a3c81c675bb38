import { describe, expect, it } from 'vitest';
import { checkMobile } from '../../src/ids/contact.js';
import { checkResidentId, residentIdRegion } from '../../src/ids/resident-id.js';
import { checkUscc } from '../../src/ids/uscc.js';
import {
  BAD_REGION_VECTORS,
  FABRICATED_REGIONS,
  LANDLINE_VECTORS,
  MOBILE_VECTORS,
  RESIDENT_ID_VECTORS,
  USCC_VECTORS,
} from './vectors.js';

const cases = (table: Readonly<Record<string, readonly string[]>>) =>
  Object.entries(table).flatMap(([source, list]) => list.map((v) => [source, v] as const));

/** The 18-digit form: 15-digit numbers upgraded, as identity/format tells the user to. */
function eighteen(number: string): string {
  const r = checkResidentId(number);
  if (!r.ok && r.reason === 'fifteen-digit') return r.upgraded;
  return r.normalised;
}

describe('resident ID vectors of other libraries', () => {
  it.each(cases(RESIDENT_ID_VECTORS))('%s: %s is a valid number', (_, number) => {
    expect(checkResidentId(eighteen(number))).toMatchObject({ ok: true });
  });

  it.each(cases(RESIDENT_ID_VECTORS))('%s: the region of %s', (_, number) => {
    const region = residentIdRegion(eighteen(number));
    if (FABRICATED_REGIONS.includes(number.slice(0, 6)))
      expect(region).toMatchObject({ known: false, reason: 'never' });
    else expect(region).toMatchObject({ known: true });
  });

  it('leaves no genuine vector with an unknown region (6 of 32 warned with the 2023 table alone)', () => {
    const genuine = cases(RESIDENT_ID_VECTORS)
      .map(([, n]) => eighteen(n))
      .filter((n) => !FABRICATED_REGIONS.includes(n.slice(0, 6)));
    expect(genuine.length).toBeGreaterThan(30);
    expect(genuine.filter((n) => !residentIdRegion(n).known)).toEqual([]);
  });

  it.each(cases(BAD_REGION_VECTORS))('%s: %s has a province that never existed', (_, number) => {
    expect(residentIdRegion(number)).toMatchObject({ known: false, reason: 'province' });
  });
});

describe('credit code vectors of other libraries', () => {
  it.each(cases(USCC_VECTORS))('%s: accepts %s', (_, code) => {
    expect(checkUscc(code)).toMatchObject({ ok: true });
  });

  // python-stdnum tests/test_cn_uscc.doctest, the invalid ones
  it.each([
    ['12345', 'length'],
    ['9111000060003IOZSV', 'characters'],
    ['91110000600037341N', 'checksum'],
  ])('python-stdnum: rejects %s (%s)', (code, reason) => {
    expect(checkUscc(code)).toMatchObject({ ok: false, reason });
  });

  it('python-stdnum: A1110000600037341L fails here too, on its check character', () => {
    // stdnum wants digits in characters 1–8; GB 32100 allows A, N and Y in character 1
    // (usccCategory), so only the check character condemns this one.
    expect(checkUscc('A1110000600037341L')).toMatchObject({ ok: false, reason: 'checksum' });
  });
});

describe('phone vectors of other libraries', () => {
  it.each(cases(MOBILE_VECTORS))('%s: accepts the mobile number %s', (_, phone) => {
    expect(checkMobile(phone)).toMatchObject({ ok: true });
  });
  it.each(cases(LANDLINE_VECTORS))('%s: %s is a fixed line', (_, phone) => {
    expect(checkMobile(phone)).toMatchObject({ ok: false, reason: 'landline' });
  });
});
