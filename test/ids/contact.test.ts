import { describe, expect, it } from 'vitest';
import { checkEmail, checkMobile, checkPostcode, isLandline } from '../../src/ids/contact.js';

describe('checkMobile', () => {
  it('accepts 1[3-9] and nine digits, after removing +86, spaces and dashes', () => {
    expect(checkMobile('15912341535')).toEqual({
      ok: true,
      normalised: '15912341535',
      changed: false,
    });
    expect(checkMobile('+86 159 0000 1234')).toMatchObject({
      ok: true,
      normalised: '15900001234',
      changed: true,
    });
    expect(checkMobile('0086-139-1234-5678')).toMatchObject({
      ok: true,
      normalised: '13912345678',
    });
    expect(checkMobile('１９１２３４５６７８９')).toMatchObject({
      ok: true,
      normalised: '19123456789',
    });
  });
  it.each([
    ['', 'empty'],
    ['159-1234-153a', 'characters'],
    ['0871-12345678', 'landline'],
    ['(020)8888 6666', 'landline'],
    // hutool's Validator.isMobile accepts it: a mobile number behind a trunk 0, not a landline.
    ['015100221432', 'trunk-zero'],
    // validator.js isMobilePhone zh-CN invalid
    ['013838389438', 'trunk-zero'],
    ['00000000000', 'neither'],
    ['0000-00000000', 'neither'],
    ['0151-0022143', 'neither'],
    ['0871-01234567', 'neither'],
    ['1591234153', 'length'],
    ['12912341535', 'prefix'],
  ])('reports %j as %s', (input, reason) => {
    expect(checkMobile(input)).toMatchObject({ ok: false, reason });
  });
});

describe('isLandline', () => {
  it('accepts an area code of 010, 02x or 0[3-9]xx, then 7–8 digits not starting with 0', () => {
    for (const n of ['01088993108', '0209999999', '07557654321', '087165123456'])
      expect(isLandline(n), n).toBe(true);
    for (const n of ['015100221432', '00000000000', '0871012345', '03112345', '0755123456789'])
      expect(isLandline(n), n).toBe(false);
  });
});

describe('checkPostcode', () => {
  it('accepts six digits', () => {
    expect(checkPostcode('650000')).toMatchObject({ ok: true });
    expect(checkPostcode('650 000')).toMatchObject({
      ok: true,
      normalised: '650000',
      changed: true,
    });
  });
  it('reports other characters and another length', () => {
    expect(checkPostcode('65000A')).toMatchObject({ ok: false, reason: 'characters' });
    expect(checkPostcode('65000')).toMatchObject({ ok: false, reason: 'length' });
  });
});

describe('checkEmail', () => {
  it('accepts an address, also typed with a full-width ＠ and 。', () => {
    expect(checkEmail('zhangsan@example.com')).toEqual({
      ok: true,
      normalised: 'zhangsan@example.com',
      changed: false,
    });
    expect(checkEmail('zhang.san+x@mail.example.com.cn')).toMatchObject({ ok: true });
    expect(checkEmail('zhangsan＠example。com')).toMatchObject({
      ok: true,
      normalised: 'zhangsan@example.com',
      changed: true,
    });
  });
  it.each([
    ['zhang san@example.com', 'spaces'],
    ['张三@example.com', 'non-ascii'],
    ['zhangsan.example.com', 'at'],
    ['a@@example.com', 'at'],
    ['.zhang@example.com', 'local'],
    ['zhang@example', 'domain'],
    ['zhang@-example.com', 'domain'],
    ['zhang@example.c0m', 'domain'],
  ])('reports %s as %s', (input, reason) => {
    expect(checkEmail(input)).toMatchObject({ ok: false, reason });
  });
});
