import { defineRule } from '../../engine/types.js';
import { checkEmail } from '../../ids/contact.js';

export default defineRule({
  id: 'contact/email',
  severity: 'error',
  section: 'basic',
  check(facts, report) {
    if (facts.profile.status !== 'ok') return;
    const email = facts.profile.data.basic?.email;
    if (typeof email !== 'string') return;
    const r = checkEmail(email);
    if (!r.ok) report({ field: 'basic.email', messageId: r.reason, args: { email } });
  },
});
