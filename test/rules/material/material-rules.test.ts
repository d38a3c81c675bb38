import { describe, expect, it } from 'vitest';
import { FILE_RULES } from '../../../src/rules/file/index.js';
import { MATERIAL_RULES } from '../../../src/rules/material/index.js';
import { renderMessage } from '../../../src/messages/format.js';
import { check, codes } from '../../helpers.js';

const rules = [...MATERIAL_RULES, ...FILE_RULES];
const run = (profile: string | undefined, files: Record<string, object> = {}) =>
  codes(check({ profile, files }, rules));

const WORKING =
  'scope: 1\nwork:\n  - { employer: 甲, start: 2020-01-01, end: 至今, duties: [出纳] }\n';

describe('material/missing', () => {
  it('finds nothing when the photo and work proof are found by name', () => {
    expect(run(WORKING, { '证件照.jpg': {}, '会计工作证明.jpg': {} })).toEqual([]);
  });
  it('says why each missing material is needed', () => {
    expect(run(WORKING)).toEqual([
      'material/missing:always@basic.photo',
      'material/missing:scope-1@work[0].proof',
    ]);
    expect(run('scope: 3\n', { 'photo.jpg': {} })).toEqual([
      'material/missing:not-working@basic.id_card.back',
      'material/missing:not-working@basic.id_card.front',
    ]);
  });
  it('names the proof .docx that template wrote, to print, stamp and scan (issue 14 item 10)', () => {
    const files = { '证件照.jpg': {}, '会计工作证明-甲.docx': {}, '~$计工作证明-甲.docx': {} };
    expect(run(WORKING, files)).toEqual(['material/missing:scope-1-printed@work[0].proof']);
    const r = check({ profile: WORKING, files }, rules);
    const { hint } = renderMessage(r.findings[0]!, { lang: 'zh', showPii: false });
    expect(hint).toMatch(
      /^已生成的 会计工作证明-甲\.docx 在文件夹里：打印后请单位盖章，再扫描或拍照/,
    );
    expect(hint).not.toContain('ausm-check template');
    const en = renderMessage(r.findings[0]!, { lang: 'en', showPii: false }).hint;
    expect(en).toContain('会计工作证明-甲.docx (the generated proof) is in the folder: print it');
    // Another employer's document is not this entry's proof.
    expect(run(WORKING, { '证件照.jpg': {}, '会计工作证明-乙.docx': {} })).toEqual([
      'material/missing:scope-1@work[0].proof',
    ]);
    expect(run(WORKING.replace('scope: 1', 'scope: 2'), files)).toEqual([
      'material/missing:work-entry-printed@work[0].proof',
    ]);
  });
  it('needs the ID images of a student only with online real-name verification', () => {
    expect(run('scope: 3\nbasic:\n  student: true\n', { 'photo.jpg': {} })).toEqual([]);
    expect(
      run('scope: 3\nbasic:\n  student: true\n  real_name: online\n', { 'photo.jpg': {} }),
    ).toEqual([
      'material/missing:online-real-name@basic.id_card.back',
      'material/missing:online-real-name@basic.id_card.front',
      'material/missing:online-real-name@basic.id_card.handheld',
    ]);
  });
  it('gives a longer, more specific word its own material', () => {
    const files = {
      '证件照.jpg': {},
      '手持身份证人像面.jpg': {},
      '身份证人像面.jpg': {},
      '身份证国徽面.jpg': {},
    };
    expect(run('scope: 3\nbasic:\n  real_name: online\n', files)).toEqual([]);
  });
});

describe('material/not-found', () => {
  it('suggests the nearest file names', () => {
    const result = check(
      {
        profile: 'scope: 3\nbasic:\n  student: true\n  photo: 证件照.jpeg\n',
        files: { '证件照.jpg': {} },
      },
      rules,
    );
    expect(codes(result)).toEqual(['material/not-found:suggest@basic.photo']);
    expect(result.findings[0]!.args['suggestions']).toBe('证件照.jpg');
  });
});

describe('material/ambiguous', () => {
  it('never picks one of several matches', () => {
    expect(
      run('scope: 3\nbasic:\n  student: true\n', { '证件照1.jpg': {}, '证件照2.jpg': {} }),
    ).toEqual(['material/ambiguous:default@basic.photo']);
  });
  it('takes a diploma and a degree found for one education entry together', () => {
    const profile = 'scope: 3\nbasic:\n  student: true\neducation:\n  - { level: 大学本科 }\n';
    expect(run(profile, { 'photo.jpg': {}, '毕业证.jpg': {}, '学位证.jpg': {} })).toEqual([]);
  });
});

describe('material/recommended', () => {
  it('warns when a proof for the online check is absent', () => {
    const profile =
      'scope: 3\nbasic:\n  student: true\neducation:\n  - { level: 大学本科, end: 2015-07-01 }\n';
    expect(run(profile, { 'photo.jpg': {} })).toEqual([
      'material/recommended:education-proof@education[0].proof',
    ]);
  });
  it('requires the diploma of a 高中 entry instead', () => {
    const profile =
      'scope: 3\nbasic:\n  student: true\neducation:\n  - { level: 高中, end: 2015-07-01 }\n';
    expect(run(profile, { 'photo.jpg': {} })).toEqual([
      'material/missing:secondary@education[0].proof',
    ]);
  });
});

describe('material/unused', () => {
  it('notes an image no material uses', () => {
    expect(
      run('scope: 3\nbasic:\n  student: true\n', {
        'photo.jpg': {},
        'IMG_0001.jpg': {},
        'notes.txt': {},
      }),
    ).toEqual(['material/unused:default@IMG_0001.jpg']);
  });
});

describe('file/empty and file/unreadable', () => {
  it('report a 0-byte file and a folder named like an image', () => {
    const profile =
      'scope: 3\nbasic:\n  student: true\n  photo: a.jpg\n  id_card: { front: b.jpg }\n';
    const files = {
      'a.jpg': { size: 0 },
      'b.jpg': { access: { status: 'unreadable', reason: 'directory' } },
    };
    expect(run(profile, files)).toEqual([
      'file/empty:default@a.jpg',
      'file/unreadable:directory@b.jpg',
    ]);
  });
  it('find nothing for a readable file', () => {
    expect(run('scope: 3\nbasic:\n  student: true\n', { 'photo.jpg': { size: 40_000 } })).toEqual(
      [],
    );
  });
});
