import { describe, expect, it } from 'vitest';
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
