import { l, type Catalog } from './types.js';

const SCOPE_FIX = l(
  '按实际情况选择采集范围：① 从事会计工作；② 有会计职称但不从事会计工作；③ 暂未工作、拟考初级；④ 暂未工作、有博士学位、拟考中级；⑤ 有经全国考试取得的中级经济/统计/审计资格、拟考中级。',
  'Choose the scope that fits: 1 does accounting work; 2 holds an accounting qualification but does no accounting work; 3 not working, plans the junior exam; 4 not working, has a doctorate, plans the intermediate exam; 5 holds an intermediate economics/statistics/audit qualification by national exam and plans the intermediate exam.',
);
const SCOPE_SOURCE = l(
  '填报指南 二“信息采集人员范围”；三（四）3 采集范围选择',
  'Guide 二 (who is collected); 三（四）3 (choosing the scope)',
);

export const SCOPE_TEXT = {
  'scope/must-be-accountant': {
    title: l(
      '正在从事会计工作的人应选择采集范围 ①',
      'A person now doing accounting work should choose scope 1',
    ),
    source: SCOPE_SOURCE,
    fix: SCOPE_FIX,
    messages: {
      default: {
        message: l(
          '采集范围是 {scope}，但第 {entry} 条工作经历（{employer}）是当前（至今）的会计工作',
          'Scope is {scope}, but work entry {entry} ({employer}) is current accounting work',
        ),
        hint: l(
          '现从事会计工作的人员应选择 ①（scope: 1）',
          'Someone doing accounting work now must choose scope 1 (scope: 1)',
        ),
      },
    },
  },
  'scope/work-required': {
    title: l(
      '采集范围 ① 应有一条当前（至今）的工作经历',
      'Scope 1 should have a current work entry',
    ),
    source: SCOPE_SOURCE,
    fix: l(
      '补充当前单位的工作经历（end: 至今），或改选其他采集范围。',
      'Add the current job (end: 至今), or choose another scope.',
    ),
    messages: {
      default: {
        message: l(
          '采集范围 ①（从事会计工作）需要工作经历，但没有填写',
          'Scope 1 (doing accounting work) needs work experience, but none is given',
        ),
        hint: l(
          '在 work: 下添加当前单位，结束时间写“至今”',
          'Add the current employer under work:, with end: 至今',
        ),
      },
      'none-current': {
        message: l(
          '采集范围 ①（从事会计工作）需要一条当前的工作经历，但所有工作经历都已结束',
          'Scope 1 needs a current work entry, but every work entry has ended',
        ),
        hint: l(
          '当前单位的结束时间写“至今”；已不从事会计工作的改选 ② 或其他范围',
          'Set end: 至今 on the current job; if you no longer do accounting work choose scope 2 or another',
        ),
      },
    },
  },
  'scope/not-working': {
    title: l(
      '采集范围 ③ ④（暂未工作）不应有当前工作',
      'Scopes 3 and 4 (not working) should have no current job',
    ),
    source: SCOPE_SOURCE,
    fix: SCOPE_FIX,
    messages: {
      default: {
        message: l(
          '采集范围 {scope} 表示“暂未工作”，但在 {employer} 的工作经历是“至今”',
          'Scope {scope} means "not working", but the job at {employer} is current (至今)',
        ),
        hint: l(
          '填写该工作的结束时间，或按实际情况改选采集范围（在职会计人员选 ①）',
          'Give the end date of that job, or choose the scope that fits (scope 1 for accountants)',
        ),
      },
    },
  },
  'scope/accounting-qualification': {
    title: l(
      '采集范围 ② 应填写会计专业技术资格',
      'Scope 2 should list an accounting qualification',
    ),
    source: l(
      '填报指南 三（四）7 提示 1：选择 (二) 的“须提交会计专业技术资格信息”',
      'Guide 三（四）7 note 1: scope 2 "must submit accounting qualification information"',
    ),
    fix: l(
      '在 qualifications.accounting 下填写会计职称（层级、获取方式、证书号）。',
      'Add the accounting qualification under qualifications.accounting (level, method, certificate number).',
    ),
    messages: {
      default: {
        message: l(
          '采集范围 ② 需要会计专业技术资格，但没有填写',
          'Scope 2 needs an accounting qualification, but none is listed',
        ),
        hint: l(
          '在 qualifications.accounting 下添加；没有会计职称的，按实际情况改选采集范围',
          'Add it under qualifications.accounting; without one, choose another scope',
        ),
      },
    },
  },
  'scope/doctorate': {
    title: l('采集范围 ④ 应有博士学位', 'Scope 4 should have a doctorate'),
    source: l(
      '填报指南 二（四）“暂未工作但具有博士学位拟报名中级资格的人员”',
      'Guide 二（四） "not working, with a doctorate, planning the intermediate exam"',
    ),
    fix: l(
      '在教育经历中填写博士学位（degree: 博士），或改选采集范围。',
      'List the doctorate in education (degree: 博士), or choose another scope.',
    ),
    messages: {
      default: {
        message: l(
          '采集范围 ④ 需要博士学位，但教育经历中没有学位为“博士”的条目',
          'Scope 4 needs a doctorate, but no education entry has degree 博士',
        ),
        hint: l(
          '补充博士学位的教育经历，或改选采集范围 ③',
          'Add the doctoral education entry, or choose scope 3',
        ),
      },
    },
  },
  'scope/other-qualification': {
    title: l(
      '采集范围 ⑤ 应有经全国统一考试取得的中级经济、统计或审计资格',
      'Scope 5 should have an intermediate economics, statistics or audit qualification passed by national exam',
    ),
    source: l(
      '填报指南 二（五）“通过全国统一考试，取得中级经济、统计、审计专业技术资格”',
      'Guide 二（五） "obtained an intermediate economics, statistics or audit qualification by national exam"',
    ),
    fix: l(
      '在 qualifications.other 下填写该资格（type、level: 中级、method: 考试）。评审取得的不符合范围 ⑤。',
      'List it under qualifications.other (type, level: 中级, method: 考试). One obtained by review (评审) does not qualify.',
    ),
    messages: {
      default: {
        message: l(
          '采集范围 ⑤ 需要经考试取得的中级经济/统计/审计资格，但没有填写',
          'Scope 5 needs an intermediate economics/statistics/audit qualification by exam, but none is listed',
        ),
        hint: l(
          '在 qualifications.other 下添加（type: 经济/统计/审计，level: 中级，method: 考试）',
          'Add it under qualifications.other (type: 经济/统计/审计, level: 中级, method: 考试)',
        ),
      },
      'not-by-exam': {
        message: l(
          '中级{type}资格的获取方式是“{method}”，采集范围 ⑤ 只认全国统一考试取得的',
          'The intermediate {type} qualification was obtained by "{method}"; scope 5 counts only one passed by national exam',
        ),
        hint: l(
          '确属考试取得的把 method 改为“考试”；否则按实际情况改选采集范围',
          'If it was passed by exam set method: 考试; otherwise choose the scope that fits',
        ),
      },
    },
  },
  'scope/has-qualification': {
    title: l(
      '已有会计职称的人不应选采集范围 ③',
      'A holder of an accounting qualification should not choose scope 3',
    ),
    source: SCOPE_SOURCE,
    fix: l(
      '已取得会计专业技术资格但未从事会计工作的，选择 ②。',
      'With an accounting qualification and no accounting work, choose scope 2.',
    ),
    messages: {
      default: {
        message: l(
          '采集范围 ③ 面向从未取得会计职称的人，但已填写{level}会计专业技术资格',
          'Scope 3 is for people with no accounting qualification, but a {level} accounting qualification is listed',
        ),
        hint: l('改选采集范围 ②（scope: 2）', 'Choose scope 2 (scope: 2)'),
      },
    },
  },
} satisfies Catalog;
