import { describe, expect, it } from 'vitest';
import { defineRule, type ArgValue } from '../../src/engine/types.js';
import { formatArg, renderMessage } from '../../src/messages/format.js';

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

describe('a term argument', () => {
  const merge = (material: ArgValue) => ({
    rule: 'attachment/merge',
    messageId: 'default',
    args: { material, count: 2, files: 'a.jpg、b.jpg' },
  });

  it('is worded by src/messages/ in the language asked, filling its own placeholders', () => {
    const material = { term: 'material', key: 'work-proof' };
    expect(renderMessage(merge(material), zh).message).toContain('会计工作（经历）证明');
    expect(
      formatArg(
        { term: 'months', key: 'years-months', args: { count: 53, years: 4, months: 5 } },
        zh,
      ),
    ).toBe('53 个月（4 年 5 个月）');
  });

  it('without words is refused', () => {
    expect(() => renderMessage(merge({ term: 'material', key: 'diploma' }), zh)).toThrow(/diploma/);
    expect(() => renderMessage(merge({ term: 'materal', key: 'photo' }), zh)).toThrow(/materal/);
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
