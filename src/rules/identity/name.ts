import { defineRule, type Pii } from '../../engine/types.js';
import { toHalfWidth } from '../../ids/normalise.js';
import { codePoint } from '../../profile/text.js';
import { RESIDENT_ID } from './helpers.js';

const HAN = /\p{Script=Han}/u;
/** Dots people type for the 间隔号 of a minority or foreign name; the ID card prints U+00B7. */
const DOTS = /[•.・‧∙⋅．･]/g;
const DOT = /[•.・‧∙⋅．･]/;

const FOREIGN_PASSPORT = '护照（外国）';
/**
 * Variation selectors follow a Han character in an ideographic variation sequence, the way some
 * rare characters of names are written; they are marks, but not stray ones.
 */
const VARIATION_SELECTOR = /[\uFE00-\uFE0F\u{E0100}-\u{E01EF}]/u;
const MARK = /\p{M}/u;
/**
 * The characters a name on each document is made of (after the checks for digits, Latin letters
 * on a resident ID and spaces, which have their own words):
 * - 内地居民身份证 (and 台湾居民来往大陆通行证, whose name is printed in Chinese too): CJK ideographs
 *   of any block, and the 间隔号 `·` of a minority name (other dots get the middle-dot warning).
 * - 港澳/台湾 permits and a missing type: the same, or the Latin name the permit prints for a holder
 *   without a Chinese name.
 * - 护照（外国）: the name as the passport's machine-readable zone writes it, in Latin letters with
 *   spaces, hyphens, apostrophes and dots (the visual zone's accented letters are let through:
 *   which spelling the platform's check compares is not documented); a Chinese name, which some
 *   foreigners also hold, is let through too. Hangul, kana, Cyrillic, Arabic … are not: the
 *   platform and the 出入境 record hold the Latin form.
 * Emoji, symbols and brackets (`张三（曾用名李四）`) are on no document.
 */
const HAN_NAME_CHAR = /[\p{Script=Han}·\s•.・‧∙⋅．･]/u;
const LATIN_NAME_CHAR = /[\p{Script=Latin}\s\-'’.]/u;

/** Which characters a name on the document may hold, and the message that says so. */
function nameChars(idType: string | undefined): {
  allowed: (ch: string) => boolean;
  messageId: 'script' | 'script-passport' | 'script-other';
} {
  const han = (ch: string) => HAN_NAME_CHAR.test(ch) || VARIATION_SELECTOR.test(ch);
  // Latin letters on a resident ID have their own message (latin), checked before.
  if (idType === RESIDENT_ID) return { allowed: han, messageId: 'script' };
  const allowed = (ch: string) => han(ch) || LATIN_NAME_CHAR.test(ch);
  return { allowed, messageId: idType === FOREIGN_PASSPORT ? 'script-passport' : 'script-other' };
}

function codepoints(chars: readonly string[]): string {
  return [...new Set(chars)].map((ch) => codePoint(ch.codePointAt(0)!)).join(' ');
}

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
    // NFC: a letter typed as base + accent is the accented letter the document prints.
    const name = toHalfWidth(raw).trim().normalize('NFC');
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
    const marks = [...name].filter((ch) => MARK.test(ch) && !VARIATION_SELECTOR.test(ch));
    if (marks.length > 0) {
      report({ field, messageId: 'combining', args: { name: pii, codepoints: codepoints(marks) } });
      return;
    }
    if (resident && /[A-Za-z]/.test(name)) {
      report({ field, messageId: 'latin', args: { name: pii } });
      return;
    }
    const { allowed, messageId } = nameChars(basic?.id_type);
    const strange = [...name].filter((ch) => !allowed(ch));
    if (strange.length > 0) {
      // Code points, not the characters: the report must not spell out the name.
      report({
        field,
        messageId,
        args: { name: pii, codepoints: codepoints(strange) },
      });
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
          codepoints: codepoints(rare),
        },
      });
  },
});
