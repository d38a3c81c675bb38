import { describe, expect, it } from 'vitest';
import { adviceFor } from '../../src/fix/plan.js';
import { fixAdvice } from '../../src/messages/fix.js';

describe('fix and the --deep face rules', () => {
  it('does not crop, move or rotate the head: it says retake, or crop the original with headroom', () => {
    for (const rule of [
      'photo/face-count',
      'photo/head-size',
      'photo/head-position',
      'photo/head-tilt',
    ])
      expect(adviceFor({ rule, messageId: 'default' })).toBe('retake-head');
    expect(fixAdvice('retake-head', 'zh')).toMatch(/不裁剪.*重新拍摄.*头顶留出空白/);
    expect(fixAdvice('retake-head', 'en')).toMatch(
      /does not crop.*take the photo again.*room above the head/,
    );
  });
});
