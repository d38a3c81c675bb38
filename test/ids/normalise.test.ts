import { describe, expect, it } from 'vitest';
import { normaliseNumber, toHalfWidth } from '../../src/ids/normalise.js';

describe('normalise', () => {
  it('turns full-width ASCII and the ideographic space half-width', () => {
    expect(toHalfWidth('１２Ａｂ＠　x')).toBe('12Ab@ x');
  });
  it('removes spaces and dashes, upper-cases, and reports the change', () => {
    expect(normaliseNumber(' 530102-1987 0317 371x ')).toEqual({
      value: '53010219870317371X',
      changed: true,
    });
    expect(normaliseNumber(' 530102198703173716 ')).toEqual({
      value: '530102198703173716',
      changed: false,
    });
    expect(normaliseNumber('1—2–3－4')).toEqual({ value: '1234', changed: true });
  });
});
