import { l, type Catalog } from './types.js';

const GUIDE_EDUCATION = l(
  '填报指南 一（四）“教育经历证明材料”、三（四）5“填写教育经历”',
  'Guide 一（四） (education proofs), 三（四）5 (education entries)',
);
const COPY_FROM_DIPLOMA = l(
  '对照毕业证（或学信网学历信息）核对编号和该条教育经历',
  'Compare the number and the entry with the diploma (or its 学信网 record)',
);
const COPY_FROM_DEGREE = l(
  '对照学位证（或学信网学位信息）核对编号和该条教育经历',
  'Compare the number and the entry with the degree certificate (or its 学信网 record)',
);

export const EDUCATION_TEXT = {
  'education/dates': {
    title: l(
      '入学时间应早于毕业时间；未毕业的写“至今”，且只能是最近的一段',
      'Enrolment should precede graduation; a programme not finished ends 至今 and is the latest one',
    ),
    source: l(
      '填报指南 三（四）5 新增教育经历提示 2：“尚未毕业的在校生毕业时间须勾选至今”',
      'Guide 三（四）5, note 2: "a student not yet graduated ticks 至今 as graduation date"',
    ),
    fix: l(
      '按毕业证填写入学和毕业时间；仍在读的写“至今”。',
      'Take both dates from the diploma; write 至今 for a programme still going on.',
    ),
    notes: l('按 --today 判断“未来”。', '"Future" means after --today.'),
    messages: {
      order: {
        message: l(
          '入学时间 {start} 不早于毕业时间 {end}',
          'Enrolment {start} is not before graduation {end}',
        ),
        hint: l(
          '核对两个日期是否写反或年份写错',
          'Check whether the dates are swapped or a year is wrong',
        ),
      },
      future: {
        message: l(
          '毕业时间 {end} 晚于今天 {today}：尚未毕业的应写“至今”',
          'Graduation {end} is after today {today}: a programme not finished ends 至今',
        ),
        hint: l('仍在读的把毕业时间写成“至今”', 'Write end: 至今 while still studying'),
      },
      'start-future': {
        message: l('入学时间 {start} 晚于今天 {today}', 'Enrolment {start} is after today {today}'),
        hint: l(
          '核对入学年份；尚未入学的不要填写',
          'Check the year; a programme not yet begun is not listed',
        ),
      },
      'ongoing-not-latest': {
        message: l(
          '这段教育（{start} 入学）写的是“至今”，但第 {other} 条教育经历入学更晚（{otherStart}）',
          'This programme (enrolled {start}) ends 至今, but education entry {other} began later ({otherStart})',
        ),
        hint: l(
          '已毕业的填写毕业时间；只有正在读的一段写“至今”',
          'Give the graduation date of finished programmes; only the one in progress ends 至今',
        ),
      },
    },
  },
  'education/degree-level': {
    title: l('学位应与学历相符', 'The degree should fit the education level'),
    source: l(
      'GB/T 6864 学位代码；平台“学位”下拉（大专及以下为“无”）；页面材料准备 4“若单证硕士，只需提供学位证书”',
      'GB/T 6864 degrees; the platform’s degree list (无 for 大专 and below); page note 4 (单证硕士 need only the degree certificate)',
    ),
    fix: l(
      '本科填 学士 或 无，硕士研究生填 硕士 或 无，博士研究生填 博士 或 无，大专及以下填 无；另一学段的学位写在那一条教育经历中。',
      '本科: 学士 or 无; 硕士研究生: 硕士 or 无; 博士研究生: 博士 or 无; 大专 and below: 无. A degree of another programme belongs to that entry.',
    ),
    notes: l(
      '学位高于学历（单证硕士/博士，同等学力取得学位）不报告。',
      'A degree higher than the level (单证硕士/博士 by 同等学力) is not reported.',
    ),
    messages: {
      default: {
        message: l(
          '学历是“{level}”，学位却是“{degree}”；该学历对应的学位是 {expected}',
          'The level is {level} but the degree is {degree}; this level goes with {expected}',
        ),
        hint: l(
          '每段教育经历填写该学段取得的学位；未取得学位的填“无”',
          'Give each entry the degree of that programme; 无 if none was awarded',
        ),
      },
    },
  },
  'education/overseas-certificate': {
    title: l(
      '国（境）外本科及以上学历应有教育部留学服务中心认证书',
      'An overseas bachelor’s or higher should have the 教育部留学服务中心 certificate',
    ),
    source: l(
      '填报指南 一（四）2：“国（境）外本科及以上学历学位需提供《教育部留学服务中心认证书》彩色照片”；新增教育经历提示 1',
      'Guide 一（四）2: "an overseas bachelor’s or higher needs a colour photo of the 教育部留学服务中心 certificate"; education form note 1',
    ),
    fix: l(
      '在教育部留学服务中心（留服）办理国（境）外学历学位认证，把认证书彩色照片放入文件夹并在 proof 中写明。',
      'Get the degree recognised by the 中国留学服务中心 and name a colour photo of the certificate under proof.',
    ),
    notes: l(
      '这一材料由本规则报告，material/missing 不重复报告。',
      'This rule reports the material; material/missing does not repeat it.',
    ),
    messages: {
      default: {
        message: l(
          '国（境）外{level}（{school}）没有《教育部留学服务中心认证书》照片',
          'The overseas {level} ({school}) has no photo of the 教育部留学服务中心 certificate',
        ),
        hint: l(
          '办理留服认证，把认证书照片写在 education[].proof 中（文件名可含“认证书”）',
          'Get the recognition and name its photo under education[].proof (a file name with 认证书 is found)',
        ),
      },
    },
  },
  'education/offline-verification': {
    title: l(
      '学信网没有电子记录的学历学位，应准备证明材料',
      'Diplomas and degrees 学信网 has no electronic record of should have a proof ready',
    ),
    source: l(
      '填报指南 一（四）：教育经历由平台与学信网自动比对，比对不通过的需上传证书照片或认证报告。学信网没有 2002 年以前学历、2008 年 9 月以前学位的电子记录（rules.md）',
      'Guide 一（四）: education is matched online with 学信网; when that fails, certificates must be uploaded. 学信网 has no electronic record of 学历 before 2002 or 学位 before September 2008 (rules.md)',
    ),
    fix: l(
      '准备毕业证、学位证彩色照片，或学信网（学位网）的认证报告，放入文件夹并在 proof 中写明。',
      'Prepare colour photos of the diploma and degree, or a 学信网 (or 学位网) verification report, and name them under proof.',
    ),
    notes: l(
      '这一材料由本规则报告，material/recommended 不重复报告。',
      'This rule reports the material; material/recommended does not repeat it.',
    ),
    messages: {
      diploma: {
        message: l(
          '毕业时间 {end} 早于 2002 年，学信网没有该学历（{level}）的电子记录，自动比对会不通过',
          'Graduation {end} is before 2002: 学信网 has no electronic record of this {level}, so the online check will fail',
        ),
        hint: l(
          '准备毕业证（及学位证）彩色照片，或学信网学历认证报告，写在 proof 中',
          'Prepare colour photos of the diploma (and degree), or a 学信网 verification report, under proof',
        ),
      },
      degree: {
        message: l(
          '毕业时间 {end} 早于 2008 年 9 月，学信网没有该{degree}学位的电子记录，学位的自动比对会不通过',
          'Graduation {end} is before September 2008: 学信网 has no electronic record of this {degree} degree, so its online check will fail',
        ),
        hint: l(
          '准备学位证彩色照片，或学位认证报告，写在 proof 中',
          'Prepare a colour photo of the degree certificate, or a degree verification report, under proof',
        ),
      },
    },
  },
  'education/diploma-number': {
    title: l(
      '学历证书编号应与该条教育经历相符',
      'The diploma number should fit the education entry',
    ),
    source: l(
      '教育部学历证书电子注册编号规则：18 位 = 学校代码 5 位 + 办学类型 1 位 + 毕业年份 4 位 + 层次 2 位（01 博士、02 硕士、04 第二学士、05 本科、06 专科）+ 顺序号 6 位；办学类型 5/6/7 为成人/自考/网络',
      'Electronic registration numbering (教育部): 18 digits = school (5) + type (1) + graduation year (4) + level (2: 01 doctorate, 02 master, 04 second bachelor, 05 bachelor, 06 专科) + serial (6); types 5/6/7 are adult, self-study and online education',
    ),
    fix: COPY_FROM_DIPLOMA,
    notes: l(
      '选填项，只作提醒。只检查大专及以上；2002 年以前毕业的、国（境）外的不检查格式。',
      'Optional field; warnings only. Only 大专 and above; the shape is not judged before 2002 or for overseas entries.',
    ),
    messages: {
      shape: {
        message: l(
          '学历证书编号 {number} 不是 18 位数字（{length} 位）',
          'Diploma number {number} is not 18 digits ({length} characters)',
        ),
        hint: COPY_FROM_DIPLOMA,
      },
      level: {
        message: l(
          '学历证书编号 {number} 第 11–12 位是 {code}（{numberLevel}），但学历填的是“{level}”',
          'Characters 11–12 of diploma number {number} are {code} ({numberLevel}), but the level is {level}',
        ),
        hint: COPY_FROM_DIPLOMA,
      },
      year: {
        message: l(
          '学历证书编号 {number} 第 7–10 位是毕业年份 {year}，但毕业时间是 {end}',
          'Characters 7–10 of diploma number {number} give graduation year {year}, but the graduation date is {end}',
        ),
        hint: COPY_FROM_DIPLOMA,
      },
      form: {
        message: l(
          '学历证书编号 {number} 第 6 位是 {code}（{form}），但培养方式填的是“全日制”',
          'Character 6 of diploma number {number} is {code} ({form}), but the mode is 全日制',
        ),
        hint: l(
          '成人教育、自学考试、网络教育的学历，培养方式应选“非全日制”',
          'Adult, self-study and online education are 非全日制',
        ),
      },
    },
  },
  'education/degree-number': {
    title: l(
      '学位证书编号应与该条教育经历相符',
      'The degree certificate number should fit the entry',
    ),
    source: l(
      '学位证书编号规则：16 位 = 学位授予单位代码 5 位 + 学位级别 1 位（2 博士、3 硕士、4 学士）+ 授予年份 4 位 + 顺序号 6 位；部分证书前有 C、Z 或 T',
      'Degree certificate numbering: 16 digits = awarding unit (5) + level (1: 2 doctorate, 3 master, 4 bachelor) + year of award (4) + serial (6); some carry a leading C, Z or T',
    ),
    fix: COPY_FROM_DEGREE,
    notes: l(
      '选填项，只作提醒。授予年份可比毕业年份晚一年；单证学位（高于学历）不比较年份；2008 年 9 月以前的、国（境）外的不检查格式。',
      'Optional field; warnings only. The year of award may be a year after graduation; a 单证 degree is not compared by year; the shape is not judged before September 2008 or for overseas entries.',
    ),
    messages: {
      shape: {
        message: l(
          '学位证书编号 {number} 不是 16 位数字（可带前缀 C、Z 或 T）（{length} 位）',
          'Degree number {number} is not 16 digits (optionally prefixed C, Z or T) ({length} characters)',
        ),
        hint: COPY_FROM_DEGREE,
      },
      level: {
        message: l(
          '学位证书编号 {number} 第 6 位是 {code}（{numberLevel}），但学位填的是“{degree}”',
          'Character 6 of degree number {number} is {code} ({numberLevel}), but the degree is {degree}',
        ),
        hint: COPY_FROM_DEGREE,
      },
      year: {
        message: l(
          '学位证书编号 {number} 第 7–10 位是授予年份 {year}，与毕业时间 {end} 不符',
          'Characters 7–10 of degree number {number} give year {year}, which does not fit graduation {end}',
        ),
        hint: COPY_FROM_DEGREE,
      },
    },
  },
  'education/age': {
    title: l(
      '入读大专及以上时应已年满 14 周岁',
      'Enrolment in 大专 or higher should be at 14 or older',
    ),
    source: GUIDE_EDUCATION,
    fix: l('核对入学时间和出生年月的年份。', 'Check the years of enrolment and birth.'),
    notes: l(
      '多为年份笔误；少年班等确属实情的可忽略。',
      'Usually a typo in a year; ignore it for a genuine early entrant.',
    ),
    messages: {
      default: {
        message: l(
          '{level}入学时间 {start} 时只有 {age} 周岁（出生 {birth}），不满 {min} 周岁',
          'At enrolment in {level} on {start} the person was {age} (born {birth}), under {min}',
        ),
        hint: l('核对入学年份和出生年份', 'Check the year of enrolment and the year of birth'),
      },
    },
  },
  'education/duration': {
    title: l('全日制学制应在常见范围内', 'A full-time programme’s length should be a usual one'),
    source: l(
      '常见学制：专科 2–3 年、本科 4–5 年、硕士 2–3 年、博士 3 年以上',
      'Usual lengths: 专科 2–3 years, 本科 4–5, master 2–3, doctorate 3 or more',
    ),
    fix: l('核对入学和毕业的年份。', 'Check the years of enrolment and graduation.'),
    notes: l(
      '只检查全日制、国内的已毕业教育，按四舍五入的整年数；专升本（2 年本科）等确属实情的可忽略。',
      'Only finished full-time programmes in China, in whole years rounded; ignore it for a genuine case such as a 2-year 专升本.',
    ),
    messages: {
      default: {
        message: l(
          '{level} {start} 至 {end} 约 {years} 年，常见学制为 {min}–{max} 年',
          '{level} from {start} to {end} is about {years} years; usually {min}–{max}',
        ),
        hint: l(
          '核对年份；专升本等确属实情的可忽略',
          'Check the years; ignore this for a genuine case such as 专升本',
        ),
      },
      short: {
        message: l(
          '{level} {start} 至 {end} 约 {years} 年，常见学制至少 {min} 年',
          '{level} from {start} to {end} is about {years} years; usually at least {min}',
        ),
        hint: l('核对入学和毕业年份', 'Check the years of enrolment and graduation'),
      },
    },
  },
} satisfies Catalog;
