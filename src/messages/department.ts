import { DIVISIONS_SNAPSHOT, DIVISIONS_SOURCE } from '../ids/divisions.js';
import { l, type Catalog } from './types.js';

const GUIDE_DEPARTMENT = l(
  '填报指南 三（四）2“选择会计管理部门”及页面“会计管理部门说明”',
  'Guide 三（四）2 (choosing the 会计管理部门) and the page’s 会计管理部门说明',
);

export const DEPARTMENT_TEXT = {
  'department/unknown': {
    title: l(
      '会计管理部门应是 GB/T 2260 的省/市/县（或省直属），或三个特殊管理部门之一',
      'The department should be a GB/T 2260 province/city/county (or 省直属), or one of the three special bodies',
    ),
    source: l(
      `填报指南 三（四）2；GB/T 2260 行政区划（随附数据：${DIVISIONS_SOURCE}，截至 ${DIVISIONS_SNAPSHOT}）；财办会〔2018〕28号（新疆生产建设兵团、中共中央直属机关事务管理局、国家机关事务管理局，计划单列市）`,
      `Guide 三（四）2; GB/T 2260 divisions (bundled: ${DIVISIONS_SOURCE}, as of ${DIVISIONS_SNAPSHOT}); 财办会〔2018〕28号 (the three special bodies and the 计划单列市)`,
    ),
    fix: l(
      '写成 省/市/区县，如 云南省/昆明市/五华区（“昆明地区”也可）；省级登记的单位写 云南省/省直属；特殊管理部门只写其全称。',
      'Write province/city/county, e.g. 云南省/昆明市/五华区 (昆明地区 is accepted); a unit registered by the province: 云南省/省直属; a special body: its full name alone.',
    ),
    notes: l(
      '接受“…市”“…地区”“…州”和省名简称；计划单列市（大连、青岛、宁波、厦门、深圳）可直接写在省级；直辖市可省略“市辖区”。区划表截至数据日期，之后更名的县按名称主干匹配。',
      'Accepts …市/…地区/…州 spellings and short province names; the 计划单列市 (大连, 青岛, 宁波, 厦门, 深圳) may stand at province level; a municipality may omit 市辖区. The table is as of its data date; a county renamed since is matched by its core name.',
    ),
    messages: {
      empty: {
        message: l('会计管理部门 “{value}” 中没有地名', 'Department "{value}" names no place'),
        hint: l(
          '写成 省/市/区县，如 云南省/昆明市/五华区',
          'Write province/city/county, e.g. 云南省/昆明市/五华区',
        ),
      },
      province: {
        message: l(
          '会计管理部门 “{value}” 的第一级 “{part}” 不是省级行政区，也不是特殊管理部门；相近的有：{suggestions}',
          'The first level "{part}" of department "{value}" is neither a province nor a special body; near: {suggestions}',
        ),
        hint: l(
          '第一级写省、自治区、直辖市（或计划单列市）；特殊管理部门写全称，如 国家机关事务管理局',
          'Start with the province, region or municipality (or a 计划单列市); a special body is written in full, e.g. 国家机关事务管理局',
        ),
      },
      city: {
        message: l(
          '会计管理部门 “{value}” 中的 “{part}” 不是 {within} 下的市级行政区；相近的有：{suggestions}',
          '"{part}" in department "{value}" is not a city of {within}; near: {suggestions}',
        ),
        hint: l(
          '核对市名；省级市场监管局颁发营业执照的单位写 省直属',
          'Check the city name; for a licence of the provincial bureau write 省直属',
        ),
      },
      county: {
        message: l(
          '会计管理部门 “{value}” 中的 “{part}” 不是 {within} 下的县级行政区；相近的有：{suggestions}',
          '"{part}" in department "{value}" is not a county of {within}; near: {suggestions}',
        ),
        hint: l('核对区县名称及其所属的市', 'Check the county name and the city it belongs to'),
      },
      'too-many-parts': {
        message: l(
          '会计管理部门 “{value}” 的层级太多：多出 “{part}”',
          'Department "{value}" has too many levels: "{part}" is extra',
        ),
        hint: l(
          '最多三级：省/市/区县；“省直属”之后不再写区县',
          'At most three levels: province/city/county; nothing after 省直属',
        ),
      },
    },
  },
  'department/employer-region': {
    title: l(
      '在职人员的会计管理部门应与营业执照的登记机关所在地一致',
      'An employed person’s department should be where the employer’s licence was registered',
    ),
    source: l(
      '填报指南 三（四）2 (1)：“按单位营业执照工商登记所在地选择（如：云南省市场监督管理局颁发的营业执照选择省直属……）”；GB 32100-2015 第 3–8 位为登记管理机关行政区划码',
      'Guide 三（四）2 (1): "choose by where the licence was registered (a licence of the provincial bureau: 省直属 …)"; GB 32100-2015 characters 3–8 are the registering authority’s division code',
    ),
    fix: l(
      '按营业执照“登记机关”选择会计管理部门。',
      'Choose the department of the licence’s 登记机关 (registering authority).',
    ),
    notes: l(
      '只看当前（至今）的工作；有多份当前工作时任一相符即可。代码第 3–8 位为 100000（国家级登记）和中央单位不检查；代码校验失败时不检查（先改正代码）；只写到省或市时不要求更细一级。登记机关的县后来撤并的，只比较到市。',
      'Only current (至今) jobs; with several, any match is enough. 100000 (national registration) and central units are exempt; a code failing its check is not used; a department given only to province or city level is not asked for more. An authority county merged since is compared at city level.',
    ),
    messages: {
      default: {
        message: l(
          '会计管理部门是 {department}，但第 {entry} 条工作经历（{employer}）的统一社会信用代码第 3–8 位是 {region}，表示由 {expected} 的登记机关登记',
          'The department is {department}, but characters 3–8 of the credit code of work entry {entry} ({employer}) are {region}: registered by the authority of {expected}',
        ),
        hint: l(
          '核对营业执照上的“登记机关”，会计管理部门应选 {expected}',
          'Check the 登记机关 on the licence; the department should be {expected}',
        ),
      },
    },
  },
  'department/student-region': {
    title: l(
      '全日制在校学生的会计管理部门应在学籍所在地',
      'A full-time student’s department should be where the school is',
    ),
    source: l(
      '填报指南 三（四）2 (2)：“在校大学生按学籍所在地选择”',
      'Guide 三（四）2 (2): "students choose by where their student record is"',
    ),
    fix: l(
      '按学校（学籍）所在地选择会计管理部门。',
      'Choose the department where the school (the student record) is.',
    ),
    notes: l(
      '只在学校名称以省名或市名开头时判断（如 云南大学、昆明理工大学）；分校区可能在别处，所以只作提示。',
      'Judged only when the school name starts with a province or city name (云南大学, 昆明理工大学); a branch campus may be elsewhere, hence info only.',
    ),
    messages: {
      default: {
        message: l(
          '在校学生的会计管理部门是 {department}，但学校“{school}”的名称表明在 {province}（“{word}”）',
          'The student’s department is {department}, but the school "{school}" is named after {province} ("{word}")',
        ),
        hint: l(
          '若学籍在 {province}，会计管理部门应选在 {province}；分校区在别处的可忽略',
          'If the student record is in {province}, choose a department in {province}; ignore this for a campus elsewhere',
        ),
      },
    },
  },
  'department/residence-region': {
    title: l(
      '既不在职也不是学生的人，会计管理部门一般按身份证所属地选择',
      'Someone neither employed nor a student usually chooses the department of the ID card’s region',
    ),
    source: l(
      '填报指南 三（四）2 (3)：“除上述两类人员外，按身份证所属地选择”；页面说明 3：“其他人员应选择户籍所在地或居住地”',
      'Guide 三（四）2 (3): "others choose by the ID card’s region"; page note 3: "others choose the place of household registration or residence"',
    ),
    fix: l(
      '选择户籍所在地；按居住地选择的，准备居住证（或身份证）照片。',
      'Choose the place of household registration; if you choose where you live, prepare a photo of the residence permit (or ID card).',
    ),
    notes: l(
      '按居住地选择是允许的，所以只作提示。只比较省级（身份证号码前 2 位）。',
      'Choosing the place of residence is allowed, so info only. Compared at province level (the ID number’s first two digits).',
    ),
    messages: {
      default: {
        message: l(
          '会计管理部门 {department} 在 {province}，而身份证号码前 2 位 {code} 表示 {idProvince}',
          'Department {department} is in {province}, while the ID number’s first two digits {code} mean {idProvince}',
        ),
        hint: l(
          '按居住地选择的，身份证明材料最好上传 {province} 的居住证；否则改选户籍所在地',
          'If you chose your place of residence, upload your {province} residence permit as the ID document; otherwise choose your household registration’s region',
        ),
      },
    },
  },
  'department/central-unit': {
    title: l(
      '中央在京单位的会计人员应选国家机关事务管理局或中共中央直属机关事务管理局',
      'Accountants of central units in Beijing should choose one of the two central administration bodies',
    ),
    source: GUIDE_DEPARTMENT,
    fix: l(
      '按单位归口部门选择 国家机关事务管理局 或 中共中央直属机关事务管理局；不属于中央在京单位的可忽略。',
      'Choose 国家机关事务管理局 or 中共中央直属机关事务管理局 by the unit’s supervising body; ignore this if it is not a central unit.',
    ),
    notes: l(
      '按单位名称（以 中国/中华/国家 开头）和代码第 3–8 位（100000 或 1100xx）推测，可能误判：许多以“中国”开头的企业并非中央单位。',
      'A guess from the name (starting 中国/中华/国家) and characters 3–8 (100000 or 1100xx): many companies named 中国… are not central units.',
    ),
    messages: {
      default: {
        message: l(
          '会计管理部门是 {department}，但第 {entry} 条工作经历的单位“{employer}”（代码第 3–8 位 {region}）像是中央在京单位',
          'The department is {department}, but the employer "{employer}" of work entry {entry} (characters 3–8: {region}) looks like a central unit in Beijing',
        ),
        hint: l(
          '中央在京单位按归口部门选择 国家机关事务管理局 或 中共中央直属机关事务管理局；若不是中央单位，可忽略',
          'Central units in Beijing choose 国家机关事务管理局 or 中共中央直属机关事务管理局 by their supervising body; if it is not one, ignore this',
        ),
      },
    },
  },
} satisfies Catalog;
