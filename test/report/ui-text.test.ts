import { describe, expect, it } from 'vitest';
import { PHOTO_CHECKLIST, WORK_PROOF_CHECKLIST } from '../../src/domain/checklist.js';
import { SEVERITIES } from '../../src/engine/types.js';
import { LANGS } from '../../src/messages/types.js';
import { maskedPerson } from '../../src/report/person.js';
import { t, verdictLine } from '../../src/report/ui-text.js';
import { ID_NUMBER, MASKED_ID } from './fixtures.js';

const summary = (error: number, warning: number) => ({ error, warning, info: 0 });

describe('verdictLine', () => {
  it('says ready in both languages', () => {
    expect(verdictLine({ ready: true, summary: summary(0, 3) }, 'zh')).toBe('可以提交');
    expect(verdictLine({ ready: true, summary: summary(0, 3) }, 'en')).toBe('Ready to submit');
  });

  it('counts errors and warnings when not ready', () => {
    expect(verdictLine({ ready: false, summary: summary(2, 1) }, 'zh')).toBe(
      '尚不可提交：2 个错误，1 个警告',
    );
    expect(verdictLine({ ready: false, summary: summary(2, 3) }, 'en')).toBe(
      'Not ready: 2 errors, 3 warnings',
    );
    expect(verdictLine({ ready: false, summary: summary(1, 1) }, 'en')).toBe(
      'Not ready: 1 error, 1 warning',
    );
    expect(verdictLine({ ready: false, summary: summary(1, 0) }, 'en')).toBe(
      'Not ready: 1 error, 0 warnings',
    );
  });
});

describe('t', () => {
  it('has the severity words', () => {
    expect(SEVERITIES.map((s) => t('zh', `severity.${s}`))).toEqual(['错误', '警告', '提示']);
    expect(SEVERITIES.map((s) => t('en', `severity.${s}`))).toEqual(['error', 'warning', 'info']);
  });

  it('has the material status words and "waived"', () => {
    expect(t('zh', 'status.ok')).toBe('合格');
    expect(t('zh', 'status.missing')).toBe('缺少');
    expect(t('zh', 'status.invalid')).toBe('不合格');
    expect(t('zh', 'status.not-needed')).toBe('无需提供');
    expect(t('en', 'status.not-needed')).toBe('not needed');
    expect(t('zh', 'waived')).toBe('已豁免');
    expect(t('en', 'waived')).toBe('waived');
  });

  it('labels every checklist item the engine produces, in both languages', () => {
    const zh = Object.fromEntries(
      [...PHOTO_CHECKLIST, ...WORK_PROOF_CHECKLIST].map((id) => [id, t('zh', `checklist.${id}`)]),
    );
    expect(zh).toEqual({
      'photo-bangs': '刘海未遮眉',
      'photo-glasses': '未戴眼镜',
      'photo-hat': '未戴帽子',
      'photo-frontal': '正面免冠',
      'photo-beauty': '未过度美颜',
      'work-proof-stamp': '已加盖单位公章或人事部门章',
      'work-proof-dates': '证明上的工作开始时间、身份证号与填报信息一致',
    });
    for (const id of [...PHOTO_CHECKLIST, ...WORK_PROOF_CHECKLIST]) {
      const en = t('en', `checklist.${id}`);
      expect(en).not.toBe(id);
      expect(en).toMatch(/^[\x20-\x7e]+$/);
    }
  });

  it('shows an unknown checklist id as itself instead of failing the report', () => {
    expect(t('zh', 'checklist.photo-earrings')).toBe('photo-earrings');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('zh', 'waived.reason', { reason: '已与审核老师确认' })).toBe(
      '已豁免：已与审核老师确认',
    );
    expect(t('en', 'waived.reason')).toBe('waived: {reason}');
    expect(t('en', 'report.summary', { error: 1, warning: 2, info: 0 })).toBe(
      'Errors 1 · Warnings 2 · Info 0',
    );
  });

  it('uses the language’s own colon', () => {
    expect(LANGS.map((lang) => t(lang, 'colon'))).toEqual(['：', ': ']);
  });
});

describe('maskedPerson', () => {
  const person = { name: '张三', id_number: ID_NUMBER };

  it('masks the name and the ID number the way the platform does', () => {
    expect(maskedPerson({ person }, false)).toEqual({ name: '张*', id_number: MASKED_ID });
  });

  it('shows them in full with --show-pii', () => {
    expect(maskedPerson({ person }, true)).toEqual(person);
  });

  it('leaves out what the profile does not give', () => {
    expect(maskedPerson({ person: {} }, false)).toEqual({});
    expect(maskedPerson({ person: { name: '  ', id_number: ID_NUMBER } }, false)).toEqual({
      id_number: MASKED_ID,
    });
    expect(Object.keys(maskedPerson({ person: { name: '李四' } }, false))).toEqual(['name']);
  });

  it('never shows a short ID number that it cannot mask partly', () => {
    expect(maskedPerson({ person: { id_number: '123456' } }, false)).toEqual({
      id_number: '******',
    });
  });
});
