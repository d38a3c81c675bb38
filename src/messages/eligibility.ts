import { l, type Catalog } from './types.js';

const COUNTING = l(
  '会计工作年限按整月计算至考试年度 12 月 31 日：各段工作经历（至今的算到 12 月 31 日）合并去重，扣除全部全日制学习期间（含毕业当天），某月每一天都在其中才计入该月；非全日制学习期间的工作照常计入。',
  'Work is counted in whole months to 31 December of the exam year: all work entries (至今 runs to 31 December) merged, every full-time study period (graduation day included) removed; a month counts when every day of it is left. Work during part-time study counts.',
);

export const ELIGIBILITY_TEXT = {
  'eligibility/junior': {
    title: l(
      '报考初级应具备高中（含中专、职高、技校）及以上学历',
      'The junior exam needs a completed high-school (or 中专/职高/技校) education or higher',
    ),
    source: l(
      '全国会计专业技术资格考试报名通知（2026 年度：会考〔2025〕2号）：“具备国家教育部门认可的高中毕业（含高中、中专、职高和技校）及以上学历”',
      'The yearly exam notice (2026: 会考〔2025〕2号): "a high-school diploma (incl. 中专, 职高, 技校) or higher recognised by the education authorities"',
    ),
    fix: l(
      '在教育经历中填写已毕业的高中（或中专、职高、技校）及以上学历；大专在读的同时填写高中毕业经历。',
      'List a completed high-school (or 中专/职高/技校) or higher education; a 大专 student lists the high-school diploma as well.',
    ),
    notes: l(
      '只有 plan.exam 为初级时检查。尚在读（至今或毕业时间晚于今天）的不算已毕业。',
      'Only with plan.exam: 初级. A programme still in progress (至今, or ending after today) does not count.',
    ),
    messages: {
      default: {
        message: l(
          '拟报考 {year} 年度初级，但教育经历中没有已毕业的高中（含中专、职高、技校）或更高学历',
          'The {year} junior exam is planned, but no completed high-school (or 中专/职高/技校) or higher education is listed',
        ),
        hint: l(
          '补充高中（或中专、职高、技校）毕业的教育经历和毕业证照片',
          'Add the completed high-school (or 中专/职高/技校) entry and a photo of its diploma',
        ),
      },
      'in-progress': {
        message: l(
          '拟报考 {year} 年度初级，但{level}尚未毕业（截至 {today}），在读学历不能作为报考条件',
          'The {year} junior exam is planned, but the {level} is not finished (as of {today}); a programme in progress does not qualify',
        ),
        hint: l(
          '填写已毕业的高中（或中专、职高、技校）学历及毕业证照片',
          'List the completed high-school (or 中专/职高/技校) education with a photo of its diploma',
        ),
      },
    },
  },
  'eligibility/intermediate': {
    title: l(
      '报考中级应满足学历和会计工作年限要求',
      'The intermediate exam needs the education and years of accounting work it asks',
    ),
    source: l(
      '全国会计专业技术资格考试报名通知（2026 年度：会考〔2025〕2号）；财会〔2000〕16号：大专满 5 年，本科或学士满 4 年，第二学士或研究生班满 2 年，硕士学位满 1 年，博士学位；或通过全国统一考试取得经济、统计、审计专业技术中级资格',
      'The yearly exam notice (2026: 会考〔2025〕2号); 财会〔2000〕16号: 大专 + 5 years, 本科/学士 + 4, 第二学士/研究生班 + 2, 硕士 degree + 1, a doctorate; or an intermediate economics, statistics or audit qualification by national exam',
    ),
    fix: l(
      '核对工作经历是否完整（每段会计工作都要填写并有证明）；年限不足的，按提示的年度报考。',
      'Check that every accounting job is listed (each with its proof); if the years are short, plan the year shown.',
    ),
    notes: l(
      `${COUNTING.zh} 以已毕业的学历中要求最低的一项为准。硕士研究生毕业但没有硕士学位的按研究生班（2 年）计算，见 eligibility/master-without-degree。按 2026 年度公布的口径（毕业当年 7 月 1 日毕业、次日起工作）：大专 2021、本科 2022、第二学士/研究生班 2024、硕士 2025 年毕业的可报考 2026 年度。`,
      `${COUNTING.en} The completed education asking the fewest months decides. A 硕士研究生 graduate without the degree is counted like 研究生班 (2 years); see eligibility/master-without-degree. Matches the published 2026 table (graduation on 1 July, work from the next day): 大专 2021, 本科 2022, 第二学士/研究生班 2024, 硕士 2025.`,
    ),
    messages: {
      default: {
        message: l(
          '拟报考 {year} 年度中级：截至 {until} 计入会计工作 {counted}，按第 {entry} 条教育经历（{education}）需满 {needed}；按现在的工作经历，最早可报考 {firstYear} 年度',
          'Intermediate exam {year}: {counted} of accounting work counted to {until}; education entry {entry} ({education}) needs {needed}. With the current job the first possible year is {firstYear}',
        ),
        hint: l(
          '把 plan.year 改为 {firstYear}；若有漏填的会计工作经历，补充后重新检查',
          'Set plan.year to {firstYear}; if an accounting job is missing from the list, add it and check again',
        ),
      },
      'no-current-work': {
        message: l(
          '拟报考 {year} 年度中级：截至 {until} 计入会计工作 {counted}，按第 {entry} 条教育经历（{education}）需满 {needed}；目前没有“至今”的工作，年限不会再增加',
          'Intermediate exam {year}: {counted} of accounting work counted to {until}; education entry {entry} ({education}) needs {needed}. No current job is listed, so the count will not grow',
        ),
        hint: l(
          '补充漏填的会计工作经历；继续从事会计工作后再报考',
          'Add any accounting job missing from the list; sit the exam once more work has been done',
        ),
      },
      'no-education': {
        message: l(
          '拟报考 {year} 年度中级，但教育经历中没有已毕业的大专及以上学历，也没有经全国统一考试取得的中级经济、统计或审计资格',
          'The {year} intermediate exam is planned, but no completed 大专 or higher education is listed, nor an intermediate economics, statistics or audit qualification by national exam',
        ),
        hint: l(
          '补充已毕业的大专及以上学历（或相应的其他专业技术资格）',
          'Add the completed 大专 or higher education (or the qualifying other qualification)',
        ),
      },
    },
  },
  'eligibility/senior': {
    title: l(
      '报考高级应在取得会计师（中级）后满足工作年限要求',
      'The senior exam needs the years of work after obtaining 会计师 (中级)',
    ),
    source: l(
      '高级会计师资格评价条件（rules.md）：取得会计师资格后，大专满 10 年，本科、学士、第二学士、研究生班或硕士满 5 年，博士满 2 年',
      'Senior accountant requirements (rules.md): after obtaining 会计师, 大专 + 10 years, 本科/学士/第二学士/研究生班/硕士 + 5, doctorate + 2',
    ),
    fix: l(
      '核对中级资格的取得时间和工作经历；年限不足的，按提示的年度报考。',
      'Check the date of the 中级 qualification and the work entries; if the years are short, plan the year shown.',
    ),
    notes: l(
      `只计算中级资格取得次日之后的会计工作。${COUNTING.zh} 各省的评审条件可能更严，以当地通知为准。`,
      `Only work after the day the 中级 was obtained counts. ${COUNTING.en} Provincial conditions may be stricter; the local notice decides.`,
    ),
    messages: {
      default: {
        message: l(
          '拟报考 {year} 年度高级：取得中级（{since}）后截至 {until} 计入会计工作 {counted}，按第 {entry} 条教育经历（{education}）需满 {needed}；最早可报考 {firstYear} 年度',
          'Senior exam {year}: {counted} of accounting work after the 中级 ({since}) counted to {until}; education entry {entry} ({education}) needs {needed}. The first possible year is {firstYear}',
        ),
        hint: l('把 plan.year 改为 {firstYear}', 'Set plan.year to {firstYear}'),
      },
      'no-current-work': {
        message: l(
          '拟报考 {year} 年度高级：取得中级（{since}）后截至 {until} 计入会计工作 {counted}，按第 {entry} 条教育经历（{education}）需满 {needed}；目前没有“至今”的工作，年限不会再增加',
          'Senior exam {year}: {counted} of accounting work after the 中级 ({since}) counted to {until}; education entry {entry} ({education}) needs {needed}. No current job is listed, so the count will not grow',
        ),
        hint: l('补充漏填的会计工作经历', 'Add any accounting job missing from the list'),
      },
      'no-intermediate': {
        message: l(
          '拟报考 {year} 年度高级，但没有填写会计师（中级）资格：高级须在取得中级后报考',
          'The {year} senior exam is planned, but no 会计师 (中级) qualification is listed: the senior exam comes after the intermediate',
        ),
        hint: l(
          '在 qualifications.accounting 中填写中级资格（层级、取得时间）',
          'List the 中级 qualification under qualifications.accounting (level and date)',
        ),
      },
      'no-education': {
        message: l(
          '拟报考 {year} 年度高级，但教育经历中没有已毕业的大专及以上学历',
          'The {year} senior exam is planned, but no completed 大专 or higher education is listed',
        ),
        hint: l('补充已毕业的大专及以上学历', 'Add the completed 大专 or higher education'),
      },
    },
  },
  'eligibility/master-without-degree': {
    title: l(
      '硕士研究生毕业但没有硕士学位的，报考中级的年限以当地认定为准',
      'A 硕士研究生 graduate without the degree: the years for the intermediate exam are the local office’s call',
    ),
    source: l(
      '中级报名条件：“取得硕士学位，从事会计工作满 1 年”“取得第二学士学位或研究生班毕业，从事会计工作满 2 年”（会考〔2025〕2号）',
      'Intermediate conditions: "a master’s degree + 1 year", "a second bachelor’s degree or 研究生班 + 2 years" (会考〔2025〕2号)',
    ),
    fix: l(
      '有硕士学位的在 degree 中填“硕士”；没有的，向属地考试机构确认按哪一条件计算年限。',
      'If the degree was awarded, set degree: 硕士; if not, ask the local exam office which condition applies.',
    ),
    notes: l(
      'eligibility/intermediate 暂按研究生班（2 年）计算，以免误报。',
      'eligibility/intermediate counts such a graduate like 研究生班 (2 years), so as not to err against them.',
    ),
    messages: {
      default: {
        message: l(
          '第 {entry} 条教育经历（硕士研究生，{end} 毕业）没有硕士学位：1 年的条件要求取得硕士学位，是否按研究生班 2 年计算由当地认定',
          'Education entry {entry} (硕士研究生, graduated {end}) has no master’s degree: the 1-year condition asks for the degree; whether the 2-year 研究生班 condition applies is for the local office',
        ),
        hint: l(
          '已取得学位的把 degree 改为“硕士”；否则在报考 {year} 年度前向当地考试机构确认',
          'If the degree was awarded set degree: 硕士; otherwise ask the local exam office before the {year} exam',
        ),
      },
    },
  },
  'eligibility/eligible': {
    title: l(
      '拟报考的考试符合报名条件时予以确认',
      'A planned exam whose conditions are met is confirmed',
    ),
    source: l(
      '全国会计专业技术资格考试报名通知（2026 年度：会考〔2025〕2号）；与 eligibility/junior、eligibility/intermediate、eligibility/senior 的条件相同',
      'The yearly exam notice (2026: 会考〔2025〕2号); the same conditions as eligibility/junior, eligibility/intermediate and eligibility/senior',
    ),
    fix: l(
      '无需修改：这是提示，说明按 profile.yaml 中的学历和工作经历已满足报名条件。以考试机构的审核为准。',
      'Nothing to change: this note says the education and work listed in profile.yaml meet the conditions. The exam office has the final word.',
    ),
    messages: {
      junior: {
        message: l(
          '拟报考 {year} 年度初级：符合报名条件（第 {entry} 条教育经历：{education}，高中及以上学历已毕业）',
          'Junior exam {year}: the conditions are met (education entry {entry}: {education}, high school or higher, completed)',
        ),
      },
      intermediate: {
        message: l(
          '拟报考 {year} 年度中级：符合报名条件（第 {entry} 条教育经历 {education}，截至 {until} 计入会计工作 {counted}，需满 {needed}）',
          'Intermediate exam {year}: the conditions are met (education entry {entry}, {education}: {counted} of accounting work counted to {until}, {needed} needed)',
        ),
      },
      'intermediate-doctorate': {
        message: l(
          '拟报考 {year} 年度中级：符合报名条件（第 {entry} 条教育经历 {education}，博士学位不要求会计工作年限）',
          'Intermediate exam {year}: the conditions are met (education entry {entry}, {education}: a doctorate needs no years of accounting work)',
        ),
      },
      'intermediate-by-exam': {
        message: l(
          '拟报考 {year} 年度中级：符合报名条件（经全国统一考试取得中级{type}专业技术资格）',
          'Intermediate exam {year}: the conditions are met (an intermediate {type} qualification obtained by national exam)',
        ),
      },
      senior: {
        message: l(
          '拟报考 {year} 年度高级：符合报名条件（{since} 取得中级资格后，截至 {until} 计入会计工作 {counted}，第 {entry} 条教育经历 {education} 需满 {needed}）',
          'Senior exam {year}: the conditions are met ({counted} of accounting work counted from obtaining 中级 on {since} to {until}; education entry {entry}, {education}, needs {needed})',
        ),
      },
    },
  },
} satisfies Catalog;
