import { l, type Catalog } from './types.js';

export const QUALIFICATION_TEXT = {
  'qualification/date': {
    title: l(
      '资格取得时间不应在未来，也不应早于 16 周岁',
      'A qualification should not be dated in the future or before the age of 16',
    ),
    source: l(
      '填报指南 一（五）、三（四）7：专业技术资格由平台自动核验，取得时间应与证书一致',
      'Guide 一（五）, 三（四）7: qualifications are checked online; the date must be the certificate’s',
    ),
    fix: l('按资格证书上的日期填写。', 'Take the date from the certificate.'),
    notes: l(
      '按 --today 判断“未来”；与出生年月比较年龄。',
      '"Future" means after --today; the age uses the date of birth.',
    ),
    messages: {
      future: {
        message: l(
          '取得时间 {date} 晚于今天 {today}',
          'Date obtained {date} is after today {today}',
        ),
        hint: l(
          '尚未取得证书的资格不要填写；核对年份',
          'Do not list a qualification not yet obtained; check the year',
        ),
      },
      'too-young': {
        message: l(
          '取得时间 {date} 时只有 {age} 周岁（出生 {birth}），不满 {min} 周岁',
          'On {date} the person was {age} (born {birth}), under {min}',
        ),
        hint: l('核对取得时间和出生年月的年份', 'Check the year obtained and the year of birth'),
      },
      'before-birth': {
        message: l(
          '取得时间 {date} 早于出生日期 {birth}',
          'Date obtained {date} is before the date of birth {birth}',
        ),
        hint: l('核对取得时间和出生年月的年份', 'Check the year obtained and the year of birth'),
      },
    },
  },
  'qualification/level': {
    title: l(
      '会计职称层级应是 初级、中级、高级、正高级（没有“会计员”）',
      'The accounting level should be 初级, 中级, 高级 or 正高级 (no 会计员)',
    ),
    source: l(
      '《关于深化会计人员职称制度改革的指导意见》（人社部发〔2019〕8号）：初级只设助理级，“会计员”不再保留',
      '人社部发〔2019〕8号 (accounting title reform): the junior level is 助理会计师 only; 会计员 is abolished',
    ),
    fix: l(
      '按证书填写层级：助理会计师为“初级”，会计师为“中级”，高级会计师为“高级”，正高级会计师为“正高级”。',
      'Use the certificate’s level: 助理会计师 → 初级, 会计师 → 中级, 高级会计师 → 高级, 正高级会计师 → 正高级.',
    ),
    notes: l(
      '该值同时被 profile/invalid-value 作为不允许的选项报告；本条说明原因和改法。',
      'profile/invalid-value also reports the value as not allowed; this finding explains why and what to enter.',
    ),
    messages: {
      default: {
        message: l(
          '层级“{value}”已于 2019 年职称改革取消，平台只有 初级、中级、高级、正高级',
          'The level "{value}" was abolished by the 2019 reform; the platform has 初级, 中级, 高级 and 正高级',
        ),
        hint: l(
          '持助理会计师证书的填“初级”；只有原“会计员”证书的，向属地财政部门咨询是否及如何填报',
          'A 助理会计师 certificate is 初级; with only an old 会计员 certificate, ask the local finance office whether and how to list it',
        ),
      },
    },
  },
  'qualification/certificate-number': {
    title: l(
      '14 位证书管理号应与层级和考试年度相符',
      'A 14-digit certificate number should fit the level and the exam year',
    ),
    source: l(
      '会计专业技术资格证书管理号：第 1 位为级别（2 初级、1 中级），第 2–3 位为考试年度',
      'Accounting certificate numbers: digit 1 is the level (2 初级, 1 中级), digits 2–3 the exam year',
    ),
    fix: l(
      '对照资格证书核对证书号和该条资格的层级、取得时间。',
      'Compare the number, level and date with the certificate.',
    ),
    notes: l(
      '只检查考试取得的初级、中级，且是 14 位数字的编号；取得时间可比考试年度晚一年。其他格式（批文号、旧证）不判断。',
      'Only 初级/中级 by exam with a 14-digit number; the date may be a year after the exam. Other formats (approval numbers, old certificates) are not judged.',
    ),
    messages: {
      level: {
        message: l(
          '证书号 {number} 第 1 位是 {digit}，但层级是“{level}”（应为 {expected}）',
          'Certificate number {number} starts with {digit}, but the level is {level} ({expected} expected)',
        ),
        hint: l(
          '核对层级是否选错，或证书号是否填错',
          'Check whether the level or the number is wrong',
        ),
      },
      year: {
        message: l(
          '证书号 {number} 第 2–3 位 {digits} 表示 {year} 年度考试，与取得时间 {date} 不符',
          'Digits 2–3 ({digits}) of certificate number {number} give exam year {year}, which does not fit the date {date}',
        ),
        hint: l('核对取得时间或证书号', 'Check the date or the number'),
      },
    },
  },
} satisfies Catalog;
