import { describe, expect, it } from 'vitest';
import { renderMessage } from '../../../src/messages/format.js';
import { CONTACT_RULES } from '../../../src/rules/contact/index.js';
import { check } from '../../helpers.js';
import { profileText, run } from '../data-profile.js';

const basic = (values: Record<string, unknown>) =>
  run(CONTACT_RULES, (p) => Object.assign(p.basic, values));

describe('contact/phone', () => {
  it('finds nothing for a mobile number, also written with +86 and spaces', () => {
    expect(basic({})).toEqual([]);
    expect(basic({ phone: '+86 159 1234 1535' })).toEqual([]);
  });
  it('reports a landline, a wrong length and a wrong prefix, masking the number', () => {
    expect(basic({ phone: '0871-12345678' })).toEqual(['contact/phone:landline@basic.phone']);
    expect(basic({ phone: '1591234153' })).toEqual(['contact/phone:length@basic.phone']);
    expect(basic({ phone: '12912341535' })).toEqual(['contact/phone:prefix@basic.phone']);
    expect(basic({ phone: '159 1234 153x' })).toEqual(['contact/phone:characters@basic.phone']);
    const r = check(
      { profile: profileText((p) => (p.basic.phone = '12912341535')) },
      CONTACT_RULES,
    );
    expect(r.findings[0]!.args['phone']).toEqual({ pii: 'phone', value: '12912341535' });
  });
});

describe('contact/phone on numbers that start with 0', () => {
  const message = (phone: string, lang: 'zh' | 'en') => {
    const r = check({ profile: profileText((p) => (p.basic.phone = phone)) }, CONTACT_RULES);
    return renderMessage(r.findings[0]!, { lang, showPii: false }).message;
  };
  it('never calls a number that is no plausible landline 固定电话', () => {
    for (const phone of ['015100221432', '00000000000'])
      for (const lang of ['zh', 'en'] as const) {
        expect(message(phone, lang)).not.toMatch(/固定电话号码，|fixed-line number;/);
        expect(message(phone, lang)).not.toContain(phone);
      }
  });
  it('says a mobile number has an extra 0 in front', () => {
    expect(basic({ phone: '015100221432' })).toEqual(['contact/phone:trunk-zero@basic.phone']);
    expect(message('015100221432', 'zh')).toBe(
      '手机号码 015****1432 前面多了一个 0：手机号码是 11 位，以 1 开头',
    );
  });
  it('says that all zeros is neither a mobile nor a landline number', () => {
    expect(basic({ phone: '00000000000' })).toEqual(['contact/phone:neither@basic.phone']);
    expect(message('00000000000', 'zh')).toContain(
      '既不是有效的手机号码（11 位，以 13–19 开头），也不是有效的固定电话号码',
    );
    expect(message('00000000000', 'en')).toContain(
      'is neither a valid mobile number (11 digits starting 13–19) nor a valid fixed-line number',
    );
  });
  it('still calls a real landline one (hutool PhoneUtil vectors)', () => {
    for (const phone of ['010-88993108', '020-9999999', '0755-7654321'])
      expect(basic({ phone })).toEqual(['contact/phone:landline@basic.phone']);
    expect(message('0755-7654321', 'zh')).toContain('是固定电话号码');
  });
});

describe('contact/email', () => {
  it('finds nothing for an address, or none (optional)', () => {
    expect(basic({ email: 'zhangsan＠example。com' })).toEqual([]);
    expect(basic({ email: undefined })).toEqual([]);
  });
  it('reports what is wrong with it', () => {
    expect(basic({ email: 'zhangsan' })).toEqual(['contact/email:at@basic.email']);
    expect(basic({ email: 'zhangsan@example' })).toEqual(['contact/email:domain@basic.email']);
    expect(basic({ email: '张三@example.com' })).toEqual(['contact/email:non-ascii@basic.email']);
  });
});

describe('contact/postcode', () => {
  it('finds nothing for six digits, or none (optional)', () => {
    expect(basic({ postcode: '650 000' })).toEqual([]);
    expect(basic({ postcode: undefined })).toEqual([]);
  });
  it('reports another length or other characters', () => {
    expect(basic({ postcode: '65000' })).toEqual(['contact/postcode:length@basic.postcode']);
    expect(basic({ postcode: '65000O' })).toEqual(['contact/postcode:characters@basic.postcode']);
  });
});
