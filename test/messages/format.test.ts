import { describe, expect, it } from 'vitest';
import { defineRule } from '../../src/engine/types.js';
import { renderMessage } from '../../src/messages/format.js';

const zh = { lang: 'zh', showPii: false } as const;

describe('renderMessage', () => {
  it('renders a message id of the rule, and `default` when none is named', () => {
    expect(
      renderMessage({ rule: 'file/empty', messageId: 'default', args: { file: 'a.jpg' } }, zh),
    ).toMatchObject({ message: 'a.jpg 是空文件（0 字节）' });
  });

  it('refuses a message id the rule has no words for, instead of using the default', () => {
    expect(() =>
      renderMessage({ rule: 'file/empty', messageId: 'emtpy', args: { file: 'a.jpg' } }, zh),
    ).toThrow(/file\/empty.*emtpy/);
  });

  it('refuses a rule without words', () => {
    expect(() => renderMessage({ rule: 'file/nope', messageId: 'default', args: {} }, zh)).toThrow(
      /file\/nope/,
    );
  });
});

describe('defineRule', () => {
  it('takes only the message ids of the rule’s own words (checked by tsc)', () => {
    const rule = defineRule({
      id: 'attachment/merge',
      severity: 'error',
      section: 'materials',
      check(_facts, report) {
        report({ messageId: 'education' });
        report({});
        // @ts-expect-error: a misspelt id is a compile error
        report({ messageId: 'eduction' });
        // @ts-expect-error: another rule's id is a compile error
        report({ messageId: 'landscape' });
      },
    });
    expect(rule.id).toBe('attachment/merge');
    // @ts-expect-error: a rule without words is a compile error
    defineRule({ id: 'attachment/nope', severity: 'error', section: 'materials', check() {} });
    defineRule({
      id: 'photo/orientation',
      severity: 'warning',
      section: 'materials',
      check(_facts, report) {
        // @ts-expect-error: photo/orientation has no `default` message, so it must name one
        report({ file: 'a.jpg' });
      },
    });
  });
});
