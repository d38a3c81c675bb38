import { describe, expect, it } from 'vitest';
import { commentFor, fieldKind } from '../../src/interactive/fields.js';

/** Keys that name Object's own methods must look like any other unknown key (issue 13, item 12). */
describe('field tables with keys named like Object methods', () => {
  for (const key of ['constructor', 'toString', 'hasOwnProperty', 'valueOf', '__proto__'])
    it(`${key} has no kind and no comment`, () => {
      expect(fieldKind(key)).toBeUndefined();
      expect(fieldKind(`basic.${key}`)).toBeUndefined();
      expect(commentFor(key)).toBe('');
    });

  it('known fields keep their kind and comment', () => {
    expect(fieldKind('basic.phone')).toBeDefined();
    expect(commentFor('basic.phone')).toContain('手机号码');
  });
});
