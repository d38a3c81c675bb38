import { defineRule } from '../../engine/types.js';
import { checkMobile } from '../../ids/contact.js';

/** 手机号码 receives the platform's SMS codes (guide 三（一）注意事项 1). */
export default defineRule({
  id: 'contact/phone',
  severity: 'error',
  section: 'basic',
  check(facts, report) {
    if (facts.profile.status !== 'ok') return;
    const phone = facts.profile.data.basic?.phone;
    if (typeof phone !== 'string') return;
    const r = checkMobile(phone);
    if (r.ok) return;
    report({
      field: 'basic.phone',
      messageId: r.reason,
      args: { phone: { pii: 'phone', value: phone }, length: r.normalised.length },
    });
  },
});
