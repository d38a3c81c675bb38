import { l, type Catalog } from './types.js';

const USCC_SOURCE = l(
  'GB 32100-2015《法人和其他组织统一社会信用代码编码规则》；填报指南 三（四）6、会计工作（经历）证明模版“社会统一信用代码”',
  'GB 32100-2015 (unified social credit code); guide 三（四）6 and the work-proof template',
);
const FROM_LICENCE = l(
  '照营业执照（或事业单位法人证书、社会组织登记证书）上的统一社会信用代码逐位填写',
  'Copy the 18-character code from the business licence (or the registration certificate) character by character',
);

export const WORK_TEXT = {
  'work/after-graduation': {
    title: l(
      '工作开始时间应晚于全日制毕业时间（不能是毕业当天）',
      'Work should start after the full-time graduation date (not on it)',
    ),
    source: l(
      '填报指南 一（三）及 三（四）6：“全日制学历人员在《会计工作（经历）证明》所填的工作开始时间不得早于或等于毕业证‘毕业时间’，非全日制学历的人员不受上述限制”',
      'Guide 一（三） and 三（四）6: "for full-time graduates the work start on the work proof must not be earlier than or equal to the graduation date on the diploma; non-full-time study is exempt"',
    ),
    fix: l(
      '把工作开始时间改为毕业后的实际入职日期（至少晚于毕业证上的毕业时间一天），并让单位在《会计工作（经历）证明》上写同一日期。',
      'Set the start to the real first day after graduation (at least the day after the diploma’s date), and have the employer write the same date on the work proof.',
    ),
    notes: l(
      '只比较全日制教育，非全日制（在职、函授、自考、网络）学习期间的工作不受限制。只写到月份（YYYY-MM）且与毕业同月时无法判断先后，只作提示。',
      'Only full-time study counts; work during part-time study (在职, correspondence, self-study, online) is not restricted. When a month-only date falls in the graduation month the order is unknown: info only.',
    ),
    messages: {
      default: {
        message: l(
          '工作开始时间 {start} 不晚于全日制毕业时间 {graduation}（第 {education} 条教育经历：{school} {level}，{enrolled} 入学）',
          'Work start {start} is not after the full-time graduation date {graduation} (education entry {education}: {school} {level}, enrolled {enrolled})',
        ),
        hint: l(
          '工作开始时间须晚于毕业证上的毕业时间（最早 {earliest}），证明上的日期也要一致；在读期间的实习、兼职不填为会计工作经历',
          'The start must be after the diploma’s graduation date (at the earliest {earliest}), and the work proof must say the same; internships and part-time jobs while studying are not listed',
        ),
      },
      ongoing: {
        message: l(
          '工作开始时间 {start} 在全日制学习期间（第 {education} 条教育经历：{school} {level}，{enrolled} 入学，尚未毕业）',
          'Work start {start} falls within full-time study (education entry {education}: {school} {level}, enrolled {enrolled}, not yet graduated)',
        ),
        hint: l(
          '全日制在读期间的工作不能作为会计工作经历；毕业后再填写',
          'Work during full-time study cannot be listed; add it after graduation',
        ),
      },
      'same-month': {
        message: l(
          '工作开始时间 {start} 与全日制毕业时间 {graduation} 在同一个月，只写到月份无法判断是否晚于毕业时间',
          'Work start {start} and full-time graduation {graduation} are in the same month; with only the month given, the order cannot be told',
        ),
        hint: l(
          '写出完整日期（YYYY-MM-DD），并确认晚于毕业证上的毕业时间',
          'Give the full dates (YYYY-MM-DD) and make sure the start is after the diploma’s date',
        ),
      },
    },
  },
  'work/before-full-time-study': {
    title: l(
      '早于后来全日制入学的工作经历可能被平台按毕业时间拒绝',
      'Work begun before a later full-time programme may be rejected against its graduation date',
    ),
    source: l(
      '填报指南 三（四）6：工作开始时间不得早于或等于全日制毕业时间（平台按毕业时间比对）',
      'Guide 三（四）6: the work start must be after the full-time graduation date (the platform compares with it)',
    ),
    fix: l(
      '如实填写即可，但准备好说明：属地财政部门人工审核时可能需要解释先工作、后全日制读书的经历。',
      'Keep the entry as it is, but be ready to explain at the manual review that the work came before the full-time study.',
    ),
    notes: l(
      '只作提醒：这段工作是真实的，但平台的比对可能不通过。与 work/after-graduation 同一开始时间时不重复报告。',
      'A warning only: the work is real, but the platform’s comparison may fail. Not repeated where work/after-graduation reports the same start.',
    ),
    messages: {
      default: {
        message: l(
          '工作开始时间 {start} 早于第 {education} 条教育经历的全日制入学时间 {enrolled}（{school} {level}，{graduation}）：平台按全日制毕业时间比对，可能不通过',
          'Work start {start} precedes the full-time enrolment {enrolled} of education entry {education} ({school} {level}, {graduation}): the platform compares with the full-time graduation date and may reject it',
        ),
        hint: l(
          '如实填写，并准备在人工审核时说明；审核不通过时按属地财政部门的要求补充材料',
          'Keep it, and be ready to explain at the manual review; if rejected, follow the local office’s request',
        ),
      },
    },
  },
  'work/dates': {
    title: l(
      '工作起止时间应先后有序、不在未来，在职状态应与“至今”相符',
      'Work dates should be in order and not in the future, and the status should fit 至今',
    ),
    source: l(
      '会计工作（经历）证明模版：“于…至…在我单位从事会计工作”，“在职、退休、离职”',
      'The work-proof template: "from … to … did accounting work here", status 在职/退休/离职',
    ),
    fix: l(
      '按证明上的日期填写；仍在该单位的写“至今”并选“在职”。',
      'Use the dates of the proof; a job still held ends 至今 with status 在职.',
    ),
    notes: l('按 --today 判断“未来”。', '"Future" means after --today.'),
    messages: {
      order: {
        message: l(
          '工作开始时间 {start} 不早于结束时间 {end}',
          'Work start {start} is not before its end {end}',
        ),
        hint: l(
          '核对两个日期是否写反或年份写错',
          'Check whether the dates are swapped or a year is wrong',
        ),
      },
      'start-future': {
        message: l(
          '工作开始时间 {start} 晚于今天 {today}',
          'Work start {start} is after today {today}',
        ),
        hint: l('尚未入职的工作不要填写', 'Do not list a job not yet begun'),
      },
      'end-future': {
        message: l(
          '工作结束时间 {end} 晚于今天 {today}：仍在职的应写“至今”',
          'Work end {end} is after today {today}: a job still held ends 至今',
        ),
        hint: l('仍在该单位工作的，结束时间写“至今”', 'Write end: 至今 for a job still held'),
      },
      'ongoing-ended': {
        message: l(
          '结束时间是“至今”，但在职状态是“{status}”',
          'The end is 至今, but the status is {status}',
        ),
        hint: l(
          '已{status}的写实际结束日期；仍在职的把状态改为“在职”',
          'If you are {status}, give the real end date; if the job continues, set the status to 在职',
        ),
      },
      'several-current': {
        message: l(
          '第 {entry} 条工作经历（{employer}）和第 {other} 条都写的是“至今”',
          'Work entry {entry} ({employer}) and entry {other} both end 至今',
        ),
        hint: l(
          '核对是否忘了填写前一份工作的结束时间；确实同时在两个单位从事会计工作的可忽略',
          'Check whether the earlier job’s end date is missing; ignore this if you truly hold both posts',
        ),
      },
    },
  },
  'work/uscc': {
    title: l(
      '统一社会信用代码应是 18 位且校验码正确',
      'The unified social credit code should have 18 characters and a correct check character',
    ),
    source: USCC_SOURCE,
    fix: FROM_LICENCE,
    notes: l(
      '字符集为 0-9 和除 I、O、S、V、Z 以外的大写字母，第 3–8 位（登记管理机关行政区划码）只能是数字；第 18 位按 GB 32100 计算（权重 1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28，校验码 = 31 − 和 mod 31）。少数 2016 年以前的试点代码（如厦门、福州）不符合校验规则：核对营业执照原件无误的，可用 waivers 记录。',
      'Characters are 0-9 and upper-case letters except I, O, S, V, Z, characters 3–8 (the registering authority’s division code) digits only; the 18th follows GB 32100 (weights 1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28, check = 31 − sum mod 31). A few pilot codes from before 2016 (Xiamen, Fuzhou) fail it: if the licence says so, record a waiver.',
    ),
    messages: {
      checksum: {
        message: l(
          '统一社会信用代码 {uscc} 的第 18 位是 {actual}，按 GB 32100 由前 17 位计算应为 {expected}{note}',
          'The 18th character of credit code {uscc} is {actual}; GB 32100 computes {expected} from the first 17{note}',
        ),
        hint: l(
          '照营业执照逐位核对（常见错误：字母 O/数字 0、字母 I/数字 1、两位顺序颠倒）；若执照上确是如此（2016 年以前的个别试点代码），用 waivers 记录',
          'Compare with the licence character by character (O/0, I/1, swapped pairs); if the licence really says so (a few pre-2016 pilot codes), record a waiver',
        ),
      },
      region: {
        message: l(
          '统一社会信用代码 {uscc} 的第 {position} 位是字母 “{character}”：按 GB 32100-2015，第 3–8 位是登记管理机关的行政区划代码，只能是数字{note}',
          'Character {position} of credit code {uscc} is the letter "{character}": under GB 32100-2015 characters 3–8 are the registering authority’s division code, digits only{note}',
        ),
        hint: l(
          '照营业执照逐位核对第 3–8 位：它们是登记机关所在地的 6 位数字代码（如 530102）',
          'Compare characters 3–8 with the licence: they are the six-digit code of the registering authority’s place (e.g. 530102)',
        ),
      },
      characters: {
        message: l(
          '统一社会信用代码 {uscc} 含有代码中不会出现的字符 “{characters}”（不使用 I、O、S、V、Z）{note}',
          'Credit code {uscc} contains "{characters}", which never occur in a code (I, O, S, V, Z are not used){note}',
        ),
        hint: l(
          '常见是把数字 0 写成字母 O、数字 1 写成字母 I',
          'Usually the digit 0 was typed as the letter O, or 1 as I',
        ),
      },
      length: {
        message: l(
          '统一社会信用代码 {uscc} 有 {length} 位，应为 18 位{note}',
          'Credit code {uscc} has {length} characters; 18 are expected{note}',
        ),
        hint: FROM_LICENCE,
      },
      'resident-id': {
        message: l(
          '统一社会信用代码一栏填的是身份证号码 {uscc}',
          'The credit code field holds a resident ID number {uscc}',
        ),
        hint: l(
          '这里填单位营业执照上的 18 位统一社会信用代码，不是个人身份证号码',
          'Enter the employer’s 18-character code from its licence here, not a personal ID number',
        ),
      },
      'registration-number': {
        message: l(
          '{uscc} 是 15 位的旧工商注册号，平台要 18 位统一社会信用代码',
          '{uscc} is an old 15-digit business registration number; the platform wants the 18-character credit code',
        ),
        hint: l(
          '向单位索取换发后的营业执照上的统一社会信用代码（2015 年“三证合一”后启用）',
          'Ask the employer for the code on its current licence (in use since the 2015 licence reform)',
        ),
      },
      'organisation-code': {
        message: l(
          '{uscc} 是 9 位组织机构代码，平台要 18 位统一社会信用代码',
          '{uscc} is a 9-character organisation code; the platform wants the 18-character credit code',
        ),
        hint: l(
          '组织机构代码是统一社会信用代码的第 9–17 位：向单位索取完整的 18 位代码',
          'The organisation code is characters 9–17 of the credit code: ask the employer for all 18',
        ),
      },
      empty: {
        message: l(
          '统一社会信用代码 {uscc} 去掉空格和符号后是空的',
          'Credit code {uscc} is empty once spaces and symbols are removed',
        ),
        hint: FROM_LICENCE,
      },
    },
  },
  'work/uscc-category': {
    title: l(
      '统一社会信用代码前两位应是有效的登记管理部门和机构类别，并与单位类型相符',
      'The credit code’s first two characters should be a valid authority and category, fitting the type of employer',
    ),
    source: l(
      'GB 32100-2015 附录：登记管理部门代码与机构类别代码（如 11 机关、12 事业单位、51–53 社会组织、91 企业、92 个体工商户、93 农民专业合作社）',
      'GB 32100-2015 annex: authority and category codes (11 government body, 12 public institution, 51–53 social organisations, 91 enterprise, 92 individual business, 93 farmers’ cooperative …)',
    ),
    fix: l(
      '核对代码前两位和单位类型；单位类型按登记证书选择。',
      'Check the first two characters and the type of employer; choose the type by the registration certificate.',
    ),
    notes: l(
      '代码校验失败时不检查。单位类型的对应较宽松（如公证处、仲裁委员会可为事业单位，工会可为社会团体）；“其他”与任何类别相符。第 1 位为字母 A、N、Y 是合法的。',
      'Not checked when the code fails its check. The type mapping is lenient (a notary office may be a public institution, a trade union a social organisation); 其他 fits any category. A, N and Y are legal first characters.',
    ),
    messages: {
      authority: {
        message: l(
          '统一社会信用代码 {uscc} 的第 1 位 “{first}” 不是登记管理部门代码（1–9、A、N、Y）',
          'The first character "{first}" of credit code {uscc} is no registering-authority code (1–9, A, N, Y)',
        ),
        hint: FROM_LICENCE,
      },
      category: {
        message: l(
          '统一社会信用代码 {uscc} 的前两位 {pair} 不是有效组合：登记管理部门“{authority}”下没有这个机构类别',
          'The first two characters {pair} of credit code {uscc} are no valid pair: authority {authority} has no such category',
        ),
        hint: FROM_LICENCE,
      },
      'unit-type': {
        message: l(
          '单位类型是“{unitType}”，但统一社会信用代码 {uscc} 前两位 {pair} 表示 {authority}登记的“{category}”（对应单位类型：{fits}）',
          'The type of employer is {unitType}, but the first two characters {pair} of credit code {uscc} mean a {category} registered by {authority} (type: {fits})',
        ),
        hint: l(
          '按单位的登记证书选择单位类型，或核对代码',
          'Choose the type by the registration certificate, or check the code',
        ),
      },
    },
  },
  'work/uscc-org-code': {
    title: l(
      '统一社会信用代码第 9–17 位（组织机构代码）的校验码应正确',
      'Characters 9–17 of the credit code (the organisation code) should have a correct check character',
    ),
    source: l(
      'GB 11714-1997《全国组织机构代码编制规则》：本体代码 8 位，权重 3 7 9 10 5 8 4 2，校验码 = 11 − 和 mod 11（10 记为 X，11 记为 0）',
      'GB 11714-1997: eight body characters, weights 3 7 9 10 5 8 4 2, check = 11 − sum mod 11 (10 → X, 11 → 0)',
    ),
    fix: FROM_LICENCE,
    notes: l(
      '只在整个代码通过 GB 32100 校验后检查；整体校验正确而这一部分不正确，可能是个别早期代码，核对执照无误的可用 waivers 记录。',
      'Checked only once the whole code passes GB 32100; when it passes but this part fails, it may be an early code: if the licence says so, record a waiver.',
    ),
    messages: {
      checksum: {
        message: l(
          '统一社会信用代码 {uscc} 第 9–17 位的组织机构代码 {orgCode} 校验码是 {actual}，按 GB 11714 应为 {expected}',
          'The organisation code {orgCode} (characters 9–17) of credit code {uscc} ends in {actual}; GB 11714 computes {expected}',
        ),
        hint: FROM_LICENCE,
      },
      characters: {
        message: l(
          '统一社会信用代码 {uscc} 第 9–17 位的组织机构代码 {orgCode} 第 9 位是 {actual}，只能是数字或 X',
          'The organisation code {orgCode} (characters 9–17) of credit code {uscc} ends in {actual}; only a digit or X is possible',
        ),
        hint: FROM_LICENCE,
      },
    },
  },
  'work/duties': {
    title: l(
      '会计工作类型应是《会计人员管理办法》规定的九类之一',
      'Each duty should be one of the nine types of the 会计人员管理办法',
    ),
    source: l(
      '《会计人员管理办法》（财会〔2018〕33号）第二条；填报指南 三（四）3：“在内部审计及相关合规、内部控制等岗位工作的，应选择第7项会计监督；在管理会计、会计信息化等岗位工作的，应选择第9项其他会计工作”',
      '会计人员管理办法 (财会〔2018〕33号) art. 2; guide 三（四）3: internal audit, compliance and internal control posts choose 会计监督; management accounting and accounting IT choose 其他会计工作',
    ),
    fix: l(
      '从九类中选择：出纳；稽核；资产、负债和所有者权益（净资产）的核算；收入、费用（支出）的核算；财务成果（政府预算执行结果）的核算；财务会计报告（决算报告）编制；会计监督；会计机构内会计档案管理；其他会计工作。',
      'Choose among the nine: 出纳; 稽核; 资产、负债和所有者权益（净资产）的核算; 收入、费用（支出）的核算; 财务成果（政府预算执行结果）的核算; 财务会计报告（决算报告）编制; 会计监督; 会计机构内会计档案管理; 其他会计工作.',
    ),
    notes: l(
      '接受简称（资产核算、收入费用核算、档案管理等）和全角/半角括号。一条都没填的由 profile/required 报告。',
      'Short names (资产核算, 收入费用核算, 档案管理 …) and either kind of bracket are accepted. An empty list is profile/required’s finding.',
    ),
    messages: {
      default: {
        message: l(
          '“{duty}” 不是会计工作类型；可选：{allowed}',
          '"{duty}" is not a type of accounting work; choose among: {allowed}',
        ),
        hint: l('从九类中选择最接近的一项', 'Choose the nearest of the nine'),
      },
      hint: {
        message: l(
          '“{duty}” 不是会计工作类型；按指南，{post}岗位应选“{suggestion}”',
          '"{duty}" is not a type of accounting work; the guide puts {post} posts under "{suggestion}"',
        ),
        hint: l('改为“{suggestion}”', 'Use "{suggestion}"'),
      },
      suggest: {
        message: l(
          '“{duty}” 不是会计工作类型；是不是“{suggestion}”？',
          '"{duty}" is not a type of accounting work; did you mean "{suggestion}"?',
        ),
        hint: l('改为“{suggestion}”', 'Use "{suggestion}"'),
      },
    },
  },
  'work/age': {
    title: l('开始工作时应已年满 16 周岁', 'Work should start at 16 or older'),
    source: l(
      '《劳动法》第十五条：禁止用人单位招用未满十六周岁的未成年人',
      'Labour Law art. 15: no employment under 16',
    ),
    fix: l('核对工作开始时间和出生年月的年份。', 'Check the years of the work start and of birth.'),
    notes: l(
      '按出生年月计算周岁；没有出生年月时不检查。多为年份笔误，只作提醒。',
      'Age in whole years from the date of birth; not checked without it. Usually a typo in a year, so a warning only.',
    ),
    messages: {
      default: {
        message: l(
          '工作开始时间 {start} 时只有 {age} 周岁（出生 {birth}），不满 {min} 周岁',
          'At the work start {start} the person was {age} (born {birth}), under {min}',
        ),
        hint: l(
          '核对工作开始年份和出生年份',
          'Check the year of the work start and the year of birth',
        ),
      },
    },
  },
  'work/overlap': {
    title: l('工作经历的时间一般不重叠', 'Work entries usually do not overlap'),
    source: l('会计工作（经历）证明：每段经历的起止时间', 'The work proofs: each entry’s dates'),
    fix: l(
      '核对各段工作的起止时间；确实同时在两个单位工作的可忽略。',
      'Check the dates of each entry; ignore this if you truly held both posts at once.',
    ),
    notes: l(
      '前一段的结束日与后一段的开始日相同视为交接，不算重叠。',
      'One entry ending on the day the next begins is a handover, not an overlap.',
    ),
    messages: {
      default: {
        message: l(
          '第 {entry} 条工作经历（{range}）与第 {other} 条（{otherRange}）时间重叠',
          'Work entry {entry} ({range}) overlaps entry {other} ({otherRange})',
        ),
        hint: l(
          '核对起止时间；兼职等确属实情的可忽略',
          'Check the dates; ignore this for a genuine second post',
        ),
      },
    },
  },
} satisfies Catalog;
