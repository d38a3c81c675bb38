import { defineRule } from '../../engine/types.js';
import { checkPostcode } from '../../ids/contact.js';

export default defineRule({
  id: 'contact/postcode',
  severity: 'error',
  section: 'basic',
  check(facts, report) {
    if (facts.profile.status !== 'ok') return;
    const postcode = facts.profile.data.basic?.postcode;
    if (typeof postcode !== 'string') return;
    const r = checkPostcode(postcode);
    if (!r.ok)
      report({
        field: 'basic.postcode',
        messageId: r.reason,
        args: { postcode, length: r.normalised.length },
      });
  },
});
