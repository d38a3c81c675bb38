import { defineRule, type Pii } from '../../engine/types.js';
import { toHalfWidth } from '../../ids/normalise.js';
import { RESIDENT_ID } from './helpers.js';

const HAN = /\p{Script=Han}/u;
/** Dots people type for the 间隔号 of a minority or foreign name; the ID card prints U+00B7. */
const DOTS = /[•.・‧∙⋅．]/g;
const DOT = /[•.・‧∙⋅．]/;

/**
 * The CJK Unified Ideographs U+4E00–U+9FA5: the GBK/GB 13000.1 set that every system font and
 * input method has. A Han character outside it (Extension A, B …, compatibility ideographs) is
 * what the platform's 生僻字 input is for.
 */
function isCommonHan(ch: string): boolean {
  const cp = ch.codePointAt(0)!;
  return cp >= 0x4e00 && cp <= 0x9fa5;
}

export default defineRule({
  id: 'identity/name',
  severity: 'error',
  section: 'basic',
  check(facts, report) {
    if (facts.profile.status !== 'ok') return;
    const basic = facts.profile.data.basic;
    const raw = basic?.name;
    if (typeof raw !== 'string') return;
    const field = 'basic.name';
    const name = toHalfWidth(raw).trim();
    const pii: Pii = { pii: 'name', value: raw };
    const resident = basic?.id_type === RESIDENT_ID;
    const hasHan = HAN.test(name);

    if (name.replace(DOTS, '').replace(/[·\s]/g, '') === '') {
      report({ field, messageId: 'empty', args: { name: pii } });
      return;
    }
    if (/\d/.test(name)) {
      report({ field, messageId: 'digits', args: { name: pii } });
      return;
    }
    if (resident && /[A-Za-z]/.test(name)) {
      report({ field, messageId: 'latin', args: { name: pii } });
      return;
    }
    // Foreign names on a passport are written with spaces; a Chinese name never is.
    if ((resident || hasHan) && /\s/.test(name)) {
      report({ field, messageId: 'spaces', args: { name: pii } });
      return;
    }
    if (hasHan && DOT.test(name))
      report({
        field,
        messageId: 'middle-dot',
        severity: 'warning',
        args: { name: pii, suggested: { pii: 'name', value: name.replace(DOTS, '·') } },
      });
    const rare = [...new Set([...name].filter((ch) => HAN.test(ch) && !isCommonHan(ch)))];
    // Code points, not the characters: a rare character is the most identifying part of a name.
    if (rare.length > 0)
      report({
        field,
        messageId: 'rare',
        severity: 'warning',
        args: {
          name: pii,
          count: rare.length,
          codepoints: rare
            .map((ch) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase()}`)
            .join(' '),
        },
      });
  },
});
