import { describe, expect, it } from 'vitest';
import { visible } from '../../src/report/visible.js';

describe('visible', () => {
  it('shows control, separator and bidi characters as escapes', () => {
    expect(visible('a\x1b[2Jb')).toBe('a\\x1b[2Jb');
    expect(visible('x\n可以提交\r\n\t')).toBe('x\\n可以提交\\r\\n\\t');
    expect(visible('\u0000\u0007\u007f\u0085\u009b')).toBe('\\x00\\x07\\x7f\\x85\\x9b');
    expect(visible('gpj.\u202eexe \u2028 \u2066 \u200f')).toBe(
      'gpj.\\u202eexe \\u2028 \\u2066 \\u200f',
    );
  });
  it('leaves ordinary text alone', () => {
    const text = '张三 证件照.jpg · 530*****3716 “引号” `code` émoji 😀';
    expect(visible(text)).toBe(text);
  });
});
