/**
 * The allowed values of the platform's drop-down lists (docs/spec/options.md), kept as data
 * with their sources so that a corrected list is a data change. `aliases` map other spellings a
 * person may type to the first (canonical) spelling.
 */
export interface OptionList {
  readonly values: readonly string[];
  readonly aliases: Readonly<Record<string, string>>;
  readonly source: string;
}

function list(
  values: readonly string[],
  source: string,
  aliases: Record<string, string> = {},
): OptionList {
  return { values, aliases, source };
}

export const ID_TYPES = list(
  ['内地居民身份证', '港澳居民来往内地通行证', '台湾居民来往大陆通行证', '护照（外国）'],
  '注册页面 (指南 三（一）; 中国会计视野 2024-08-29)',
  {
    居民身份证: '内地居民身份证',
    身份证: '内地居民身份证',
    外国护照: '护照（外国）',
    '护照(外国)': '护照（外国）',
  },
);

export const GENDERS = list(['男', '女'], 'GB/T 2261.1');

export const POLITICAL_STATUSES = list(
  [
    '中共党员(含中共预备党员)',
    '共青团员',
    '民革党员',
    '民盟盟员',
    '民建会员',
    '民进会员',
    '农工党党员',
    '致公党党员',
    '九三学社社员',
    '台盟盟员',
    '无党派人士',
    '群众',
  ],
  'GB/T 4762; 指南示例 “中共党员(含中共预备党员)”',
  {
    中共党员: '中共党员(含中共预备党员)',
    中共预备党员: '中共党员(含中共预备党员)',
    党员: '中共党员(含中共预备党员)',
    '中共党员（含中共预备党员）': '中共党员(含中共预备党员)',
    民革会员: '民革党员',
    无党派民主人士: '无党派人士',
  },
);

const ETHNIC_GROUPS = [
  '汉族', '蒙古族', '回族', '藏族', '维吾尔族', '苗族', '彝族', '壮族', '布依族', '朝鲜族',
  '满族', '侗族', '瑶族', '白族', '土家族', '哈尼族', '哈萨克族', '傣族', '黎族', '傈僳族',
  '佤族', '畲族', '高山族', '拉祜族', '水族', '东乡族', '纳西族', '景颇族', '柯尔克孜族', '土族',
  '达斡尔族', '仫佬族', '羌族', '布朗族', '撒拉族', '毛南族', '仡佬族', '锡伯族', '阿昌族', '普米族',
  '塔吉克族', '怒族', '乌孜别克族', '俄罗斯族', '鄂温克族', '德昂族', '保安族', '裕固族', '京族', '塔塔尔族',
  '独龙族', '鄂伦春族', '赫哲族', '门巴族', '珞巴族', '基诺族',
]; // prettier-ignore

export const ETHNICITIES = list(
  [...ETHNIC_GROUPS, '其他', '外国血统中国籍人士'],
  'GB/T 3304 (56 个民族); 指南示例 “汉族”',
  {
    崩龙族: '德昂族',
    毛难族: '毛南族',
    // A value without 族 (`汉`) is accepted with 族 added.
    ...Object.fromEntries(ETHNIC_GROUPS.map((g) => [g.slice(0, -1), g])),
  },
);

export const STUDY_MODES = list(['全日制', '非全日制'], '指南 三（四）5 “培养方式”');

/** In order from highest (GB/T 4658). */
export const EDUCATION_LEVELS = list(
  [
    '博士研究生',
    '硕士研究生',
    '研究生班',
    '大学本科',
    '大学专科',
    '中等专科',
    '技工学校',
    '职业高中',
    '高中',
    '初中及以下',
  ],
  'GB/T 4658',
  {
    博士: '博士研究生',
    硕士: '硕士研究生',
    本科: '大学本科',
    专科: '大学专科',
    大专: '大学专科',
    高职: '大学专科',
    中专: '中等专科',
    技校: '技工学校',
    职高: '职业高中',
  },
);

/** `第二学士` is a 学士 degree kept apart because the 中级 exam counts it like 研究生班. */
export const DEGREES = list(['博士', '硕士', '第二学士', '学士', '无'], 'GB/T 6864', {
  博士学位: '博士',
  硕士学位: '硕士',
  学士学位: '学士',
  第二学士学位: '第二学士',
  没有: '无',
});

export const UNIT_TYPES = list(
  [
    '机关',
    '事业单位',
    '企业',
    '社会团体',
    '民办非企业单位',
    '基金会',
    '个体工商户',
    '农民专业合作社',
    '律师事务所',
    '其他',
  ],
  'no published list; fits the USCC categories (GB 32100)',
);

const INDUSTRY_SECTIONS: readonly (readonly [string, string])[] = [
  ['A', '农、林、牧、渔业'],
  ['B', '采矿业'],
  ['C', '制造业'],
  ['D', '电力、热力、燃气及水生产和供应业'],
  ['E', '建筑业'],
  ['F', '批发和零售业'],
  ['G', '交通运输、仓储和邮政业'],
  ['H', '住宿和餐饮业'],
  ['I', '信息传输、软件和信息技术服务业'],
  ['J', '金融业'],
  ['K', '房地产业'],
  ['L', '租赁和商务服务业'],
  ['M', '科学研究和技术服务业'],
  ['N', '水利、环境和公共设施管理业'],
  ['O', '居民服务、修理和其他服务业'],
  ['P', '教育'],
  ['Q', '卫生和社会工作'],
  ['R', '文化、体育和娱乐业'],
  ['S', '公共管理、社会保障和社会组织'],
  ['T', '国际组织'],
];

export const INDUSTRIES = list(
  INDUSTRY_SECTIONS.map(([, name]) => name),
  'GB/T 4754-2017 门类',
  Object.fromEntries(
    INDUSTRY_SECTIONS.flatMap(([letter, name]) => [
      [letter, name],
      [letter.toLowerCase(), name],
      [`${letter} ${name}`, name],
      [`${letter}${name}`, name],
    ]),
  ),
);

export const WORK_STATUSES = list(['在职', '退休', '离职'], '会计工作（经历）证明 模版');

/** The nine types of 《会计人员管理办法》(财会〔2018〕33号) 第二条, in the template's order. */
export const DUTIES = list(
  [
    '出纳',
    '稽核',
    '资产、负债和所有者权益（净资产）的核算',
    '收入、费用（支出）的核算',
    '财务成果（政府预算执行结果）的核算',
    '财务会计报告（决算报告）编制',
    '会计监督',
    '会计机构内会计档案管理',
    '其他会计工作',
  ],
  '《会计人员管理办法》(财会〔2018〕33号) 第二条; 指南 三（四）3',
  {
    资产核算: '资产、负债和所有者权益（净资产）的核算',
    资产负债核算: '资产、负债和所有者权益（净资产）的核算',
    收入费用核算: '收入、费用（支出）的核算',
    财务成果核算: '财务成果（政府预算执行结果）的核算',
    财务报告编制: '财务会计报告（决算报告）编制',
    报表编制: '财务会计报告（决算报告）编制',
    档案管理: '会计机构内会计档案管理',
  },
);

/** Not duties themselves: the guide says which duty these posts choose (指南 三（四）3). */
export const DUTY_HINTS: Readonly<Record<string, string>> = {
  内部审计: '会计监督',
  合规: '会计监督',
  内部控制: '会计监督',
  内控: '会计监督',
  管理会计: '其他会计工作',
  会计信息化: '其他会计工作',
};

export const QUALIFICATION_LEVELS = list(
  ['初级', '中级', '高级', '正高级'],
  '人社部发〔2019〕8号',
  {
    助理会计师: '初级',
    会计师: '中级',
    副高级: '高级',
    高级会计师: '高级',
    正高级会计师: '正高级',
  },
);

export const ACQUISITION_METHODS = list(
  ['考试', '评审', '认定', '考评结合'],
  '平台 “获取方式”; 考评结合 for 高级',
);

export const OTHER_QUALIFICATION_TYPES = list(
  ['经济', '统计', '审计', '税务', '注册会计师', '资产评估师', '其他'],
  '指南 一（五）',
);

export const SPECIAL_DEPARTMENTS = [
  '新疆生产建设兵团',
  '中共中央直属机关事务管理局',
  '国家机关事务管理局',
] as const;

export const REAL_NAME_METHODS = list(['alipay', 'online'], '指南 三（三）', {
  支付宝: 'alipay',
  线上实名认证: 'online',
  线上: 'online',
});

export const PLAN_EXAMS = list(['初级', '中级', '高级'], '会计专业技术资格考试');

/** Canonical spelling of `value` in `options`, after folding full-width brackets; undefined if none. */
export function canonicalOption(options: OptionList, value: string): string | undefined {
  const v = value.trim();
  if (options.values.includes(v)) return v;
  if (options.aliases[v] !== undefined) return options.aliases[v];
  const folded = foldBrackets(v);
  for (const candidate of options.values) if (foldBrackets(candidate) === folded) return candidate;
  for (const [alias, target] of Object.entries(options.aliases))
    if (foldBrackets(alias) === folded) return target;
  return undefined;
}

/** Half-width and full-width brackets (and the 、 separator's spacing) are the same to a person. */
export function foldBrackets(s: string): string {
  return s.replace(/（/g, '(').replace(/）/g, ')').replace(/\s+/g, '');
}
