import { describe, expect, it } from 'vitest';
import { displayWidth, wrapText } from '../../src/util/width.js';

const widest = (text: string) => Math.max(...text.split('\n').map(displayWidth));

describe('wrapText (issue 14, item 2)', () => {
  it('counts a Chinese character as two columns', () => {
    expect(displayWidth('中文ab')).toBe(6);
    const out = wrapText('一二三四五六七八九十', 9);
    expect(out).toBe('一二三四\n五六七八\n九十');
  });

  it('breaks at spaces, never inside a word, a date or a path', () => {
    const out = wrapText('the default date 2026-11-30 and profile.schema.json here', 20);
    expect(out.split('\n')).toEqual([
      'the default date',
      '2026-11-30 and',
      'profile.schema.json',
      'here',
    ]);
  });

  it('breaks between Chinese characters but keeps a Latin word inside Chinese whole', () => {
    const out = wrapText('详细说明一条规则：示例：ausm-check explain work/after-graduation', 30);
    expect(widest(out)).toBeLessThanOrEqual(30);
    expect(out).toContain('work/after-graduation');
    expect(out).toContain('ausm-check');
  });

  it('keeps closing punctuation off the start of a line and opening punctuation off the end', () => {
    const out = wrapText('甲乙丙丁，（戊己）', 8);
    for (const line of out.split('\n')) {
      expect(line).not.toMatch(/^[，）]/);
      expect(line).not.toMatch(/（$/);
    }
  });

  it('keeps existing line breaks and cuts a word wider than the line as a last resort', () => {
    expect(wrapText('a\nb', 10)).toBe('a\nb');
    expect(widest(wrapText('x'.repeat(25), 10))).toBe(10);
  });
});
