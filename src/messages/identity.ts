import { DIVISIONS_SNAPSHOT, DIVISIONS_SOURCE } from '../ids/divisions.js';
import { DIVISION_HISTORY_SOURCE, DIVISION_HISTORY_TABLES } from '../ids/divisions.js';
import { l, type Catalog } from './types.js';

const ID_SOURCE = l(
  'GB 11643-1999《公民身份号码》；填报指南 三（一）注册、三（四）4 基本信息',
  'GB 11643-1999 (citizen identity number); guide 三（一） registration, 三（四）4 basic information',
);
const COPY_FROM_CARD = l(
  '对照证件原件逐位核对后重新填写',
  'Compare digit by digit with the card itself and enter it again',
);

export const IDENTITY_TEXT = {
  'identity/format': {
    title: l(
      '证件号码应符合所选证件类型的格式',
      'The ID number should have the shape of the chosen document type',
    ),
    source: l(
      'GB 11643-1999（18 位：17 位数字 + 数字或 X）；港澳通行证 H/M + 8 位数字；台胞证 8 位数字；外国护照 5–17 位字母数字（rules.md identity/format）',
      'GB 11643-1999 (18 characters: 17 digits and a digit or X); 港澳 permit H/M + 8 digits; 台湾 permit 8 digits; foreign passport 5–17 letters and digits (rules.md identity/format)',
    ),
    fix: l(
      '按证件上印的号码填写，并确认证件类型选对了。',
      'Enter the number exactly as printed on the document, and check the document type.',
    ),
    notes: l(
      '检查前会把全角数字转为半角、小写 x 转为大写、去掉空格和横线。校验码、出生日期和地区码分别由 identity/checksum、identity/birth-date、identity/region 报告。',
      'Full-width digits, a lower-case x, spaces and dashes are normalised first. The check digit, birth date and region code are reported by identity/checksum, identity/birth-date and identity/region.',
    ),
    messages: {
      'resident-length': {
        message: l(
          '{type}号码 {id} 有 {length} 位，应为 18 位{note}',
          '{type} number {id} has {length} characters; 18 are expected{note}',
        ),
        hint: COPY_FROM_CARD,
      },
      'resident-characters': {
        message: l(
          '{type}号码 {id} 含有不允许的字符 “{characters}”：只能是 17 位数字加最后一位数字或 X{note}',
          '{type} number {id} contains "{characters}": only 17 digits and a final digit or X are allowed{note}',
        ),
        hint: l(
          '字母 O 常被误作数字 0、字母 I/l 误作数字 1；最后一位的 X 用大写',
          'The letter O is often typed for the digit 0 and I/l for 1; write a final X in upper case',
        ),
      },
      'fifteen-digit': {
        message: l(
          '{type}号码 {id} 是 15 位的旧号码；平台只接受 18 位号码，换算后为 {upgraded}',
          '{type} number {id} is an old 15-digit number; the platform takes only 18 digits, which gives {upgraded}',
        ),
        hint: l(
          '填写现行二代身份证上的 18 位号码（换算结果仅供核对，以证件为准）',
          'Enter the 18-digit number of the current card (the computed form is for checking only; the card decides)',
        ),
      },
      'other-type': {
        message: l(
          '证件类型是“{type}”，但号码 {id} 的格式像是{other}',
          'The document type is {type}, but the number {id} has the shape of a {other}',
        ),
        hint: l(
          '把 basic.id_type 改为实际注册用的证件类型，或填写该证件的号码',
          'Set basic.id_type to the document you register with, or enter that document’s number',
        ),
      },
      'hk-macao': {
        message: l(
          '港澳居民来往内地通行证号码 {id} 格式不对：应为 H（香港）或 M（澳门）加 8 位数字{note}',
          'The 港澳 permit number {id} has the wrong shape: H (Hong Kong) or M (Macao) and 8 digits are expected{note}',
        ),
        hint: l('按通行证正面印的号码填写', 'Enter the number printed on the front of the permit'),
      },
      taiwan: {
        message: l(
          '台湾居民来往大陆通行证号码 {id} 格式不对：应为 8 位数字{note}',
          'The 台湾 permit number {id} has the wrong shape: 8 digits are expected{note}',
        ),
        hint: l('按通行证正面印的号码填写', 'Enter the number printed on the front of the permit'),
      },
      passport: {
        message: l(
          '外国护照号码 {id} 格式不对：应为 5–17 位字母或数字{note}',
          'The passport number {id} has the wrong shape: 5–17 letters or digits are expected{note}',
        ),
        hint: l(
          '按护照资料页上的 Passport No. 填写，不要带空格或符号',
          'Enter the Passport No. of the data page, without spaces or symbols',
        ),
      },
      'issue-count': {
        message: l(
          '{type}号码 {id} 末尾的 2 位 “{tail}” 是换证次数，不属于证件号码；应填 {suggested}',
          'The last 2 digits "{tail}" of {type} number {id} are the issue count, not part of the number; enter {suggested}',
        ),
        hint: l('去掉末尾的换证次数', 'Drop the issue count at the end'),
      },
    },
  },
  'identity/checksum': {
    title: l(
      '身份证号码第 18 位应是正确的校验码',
      'The 18th character of the ID number should be its check character',
    ),
    source: ID_SOURCE,
    fix: l(
      '对照身份证原件逐位核对；常见原因是抄错一位或两位数字顺序颠倒。',
      'Compare with the card digit by digit; usually one digit is mistyped or two are swapped.',
    ),
    notes: l(
      'ISO 7064 MOD 11-2：前 17 位依次乘以 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2，求和除以 11 的余数对应 “10X98765432”。号码中出生日期无效时只报 identity/birth-date。',
      'ISO 7064 MOD 11-2: the first 17 digits times 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2, the sum mod 11 indexes "10X98765432". When the birth date inside the number is invalid only identity/birth-date reports.',
    ),
    messages: {
      default: {
        message: l(
          '身份证号码 {id} 的第 18 位（校验码）是 {actual}，按 GB 11643 由前 17 位计算应为 {expected}{note}',
          'The 18th character (check character) of ID number {id} is {actual}; GB 11643 computes {expected} from the first 17 digits{note}',
        ),
        hint: l(
          '号码中有一位抄错了：对照身份证原件逐位核对。不要只把最后一位改成 {expected}，错的多半是前面的某一位',
          'A digit is wrong somewhere: compare with the card. Do not just change the last character to {expected}; the error is usually earlier',
        ),
      },
    },
  },
  'identity/birth-date': {
    title: l(
      '身份证号码中的出生日期应真实存在，并与出生年月一致',
      'The birth date inside the ID number should be a real date and equal the date of birth',
    ),
    source: ID_SOURCE,
    fix: l(
      '以身份证原件为准，改正号码或出生年月。',
      'Go by the ID card: correct the number or the date of birth.',
    ),
    notes: l(
      '号码第 7–14 位是出生日期（YYYYMMDD）。出生年月只写到月（YYYY-MM）时只比较年月。号码校验码错误或格式不对时不比较。',
      'Characters 7–14 are the birth date (YYYYMMDD). A date of birth given as YYYY-MM is compared by month. Not compared when the number fails its format or check character.',
    ),
    messages: {
      invalid: {
        message: l(
          '身份证号码 {id} 第 7–14 位的出生日期 {digits}（{date}）不是真实存在的日期',
          'The birth date {digits} ({date}) in characters 7–14 of ID number {id} is not a real calendar date',
        ),
        hint: COPY_FROM_CARD,
      },
      mismatch: {
        message: l(
          '出生年月 {given} 与身份证号码中的出生日期 {inNumber} 不一致',
          'Date of birth {given} differs from the birth date {inNumber} in the ID number',
        ),
        hint: l(
          '出生年月应与身份证一致：改正 basic.birth_date，或核对号码',
          'The date of birth must equal the ID card: correct basic.birth_date, or check the number',
        ),
      },
    },
  },
  'identity/gender': {
    title: l(
      '性别应与身份证号码第 17 位一致',
      'The gender should match the 17th digit of the ID number',
    ),
    source: ID_SOURCE,
    fix: l(
      '以身份证原件为准：第 17 位奇数为男、偶数为女。',
      'Go by the ID card: an odd 17th digit is 男, an even one 女.',
    ),
    notes: l(
      '号码格式或校验码错误时不比较（先改正号码）。',
      'Not compared when the number fails its format or check character (fix the number first).',
    ),
    messages: {
      default: {
        message: l(
          '性别填的是“{given}”，但身份证号码第 17 位是 {digit}（{parity}），对应“{expected}”',
          'Gender is {given}, but the 17th digit of the ID number is {digit} ({parity}), which means {expected}',
        ),
        hint: l(
          '改正 basic.gender，或核对身份证号码',
          'Correct basic.gender, or check the ID number',
        ),
      },
    },
  },
  'identity/region': {
    title: l(
      '身份证号码前 6 位应是存在过的行政区划代码',
      'The first six digits of the ID number should be a division code that has existed',
    ),
    source: l(
      `GB 11643-1999 地址码；GB/T 2260 行政区划代码（随附数据：${DIVISIONS_SOURCE}，截至 ${DIVISIONS_SNAPSHOT}；以及 ${DIVISION_HISTORY_SOURCE}）`,
      `GB 11643-1999 address code; GB/T 2260 division codes (bundled data: ${DIVISIONS_SOURCE}, as of ${DIVISIONS_SNAPSHOT}; and every table of ${DIVISION_HISTORY_TABLES}, from the tables of the Ministry of Civil Affairs and the National Bureau of Statistics as transcribed by cn/GB2260)`,
    ),
    fix: l(
      '核对号码前 6 位；若与身份证原件一致，可用 waivers 记录。',
      'Check the first six digits; if they match the card, record a waiver.',
    ),
    notes: l(
      `身份证号码保留签发时所在县的代码，县撤销、合并或改名后仍然有效，所以现行区划表和 ${DIVISION_HISTORY_TABLES} 年任一区划表中出现过的代码都视为有效；两者都没有的代码只作提醒（区划表可能有遗漏）。前两位从来不是省级代码（有效的只有 11–15、21–23、31–37、41–46、50–54、61–65、71、81、82）的号码不可能是真实的身份证号码，报错误。港澳台居民居住证的 810000/820000/830000 视为有效。`,
      `An ID number keeps the code of the county that issued it, valid after that county is abolished, merged or renamed, so a code of the current table or of any table of ${DIVISION_HISTORY_TABLES} is accepted; one in none of them is a warning (a table may miss a code). First two digits that were never a province (only 11–15, 21–23, 31–37, 41–46, 50–54, 61–65, 71, 81, 82 exist) cannot be a genuine number: an error. 810000/820000/830000 of the residence permits are accepted.`,
    ),
    messages: {
      unknown: {
        message: l(
          '身份证号码 {id} 的前 6 位 {code} 不在现行及 {tables} 年的任何行政区划表中（{prefix} 是{place}的代码）',
          'The first six digits {code} of ID number {id} are in no division table, current or of {tables} ({prefix} is {place})',
        ),
        hint: l(
          '与身份证原件逐位核对前 6 位；一致则用 waivers 记录（区划表可能有遗漏）',
          'Compare the first six digits with the card digit by digit; if they match, record a waiver (a table may miss a code)',
        ),
      },
      province: {
        message: l(
          '身份证号码 {id} 的前两位 {province} 不是省级行政区划代码：从来没有以 {province} 开头的身份证号码',
          'The first two digits {province} of ID number {id} are no province code: no ID number starts with {province}',
        ),
        hint: l(
          '对照身份证原件重新填写号码（前两位是省份：如 11 北京、44 广东、53 云南）；9 开头的 18 位号码是外国人永久居留身份证，不是内地居民身份证',
          'Re-enter the number from the card (the first two digits are the province: 11 Beijing, 44 Guangdong, 53 Yunnan …); an 18-digit number starting with 9 is a foreigner’s permanent residence card, not a resident ID card',
        ),
      },
    },
  },
  'identity/prc-passport': {
    title: l(
      '中国公民应使用内地居民身份证注册，不应选“护照（外国）”',
      'Chinese citizens should register with the resident ID card, not as a foreign passport holder',
    ),
    source: l(
      '注册页面证件类型（指南 三（一））：护照仅指外国护照',
      'Registration document types (guide 三（一）): the passport is a foreign one',
    ),
    fix: l(
      '证件类型选“内地居民身份证”，填写身份证号码。',
      'Choose 内地居民身份证 and enter the ID card number.',
    ),
    notes: l(
      '按号码形状判断（E + 8 位数字、E + 字母 + 7 位数字、G + 8 位数字）；外国护照偶尔也有相同形状，确属外国护照可忽略。',
      'Judged by shape (E + 8 digits, E + letter + 7 digits, G + 8 digits); a foreign passport may rarely share it: ignore this if yours is one.',
    ),
    messages: {
      default: {
        message: l(
          '证件类型是“护照（外国）”，但号码 {id} 的格式是中国护照',
          'The document type is a foreign passport, but number {id} has the shape of a PRC passport',
        ),
        hint: l(
          '中国公民改用内地居民身份证注册（basic.id_type: 内地居民身份证）',
          'Citizens register with the resident ID card (basic.id_type: 内地居民身份证)',
        ),
      },
    },
  },
  'identity/age': {
    title: l('年龄应在 16 至 100 岁之间', 'The age should be between 16 and 100'),
    source: l(
      '《劳动法》第十五条（禁止招用未满十六周岁的未成年人）；出生年月的常见笔误',
      'Labour Law art. 15 (no employment under 16); common typos in the date of birth',
    ),
    fix: l('核对出生年月（应与身份证一致）。', 'Check the date of birth against the ID card.'),
    notes: l(
      '按 --today 计算周岁。没有出生年月时用身份证号码中的日期。',
      'Age in whole years on --today. Without a date of birth the date inside the ID number is used.',
    ),
    messages: {
      'too-young': {
        message: l(
          '出生日期 {birth} 表示到 {today} 只有 {age} 周岁，不满 {min} 周岁',
          'Born {birth}: {age} years old on {today}, under {min}',
        ),
        hint: l('核对出生年月的年份是否写错', 'Check the year of birth for a typo'),
      },
      'too-old': {
        message: l(
          '出生日期 {birth} 表示到 {today} 已 {age} 周岁，超过 {max} 周岁',
          'Born {birth}: {age} years old on {today}, over {max}',
        ),
        hint: l('核对出生年月的年份是否写错', 'Check the year of birth for a typo'),
      },
    },
  },
  'identity/name': {
    title: l(
      '姓名应与证件一致：中文姓名不含数字、字母和空格',
      'The name should be as on the document: a Chinese name has no digits, letters or spaces',
    ),
    source: l(
      '注册页面“真实姓名”与实名认证（指南 三（一）、三（三））；生僻字用平台的“生成字”输入',
      'Registration "真实姓名" and real-name verification (guide 三（一）, 三（三）); rare characters use the platform’s 生成字 input',
    ),
    fix: l(
      '按证件上的姓名填写；少数民族姓名的间隔号用 “·”。',
      'Write the name as on the document; use "·" between the parts of a minority name.',
    ),
    notes: l(
      '内地居民身份证的姓名只能是汉字（含扩展区）和间隔号“·”；港澳、台湾通行证还可以是证件上的拉丁字母姓名；外国护照的姓名按机读区写拉丁字母（可有空格、连字符、撇号和点，带重音的字母和中文姓名也接受），韩文、假名、西里尔字母等原文、表情、符号和组合符号都是错误。控制字符、不可见字符和长度上限由 profile/invalid-text 检查。“生僻字”指 U+4E00–U+9FA5（GBK 汉字区）以外的汉字，只作提醒；报告中只列出 Unicode 编码，不显示该字。',
      'A resident ID name is Chinese characters (any CJK block) with "·" only; a Hong Kong/Macao or Taiwan permit may instead print a Latin name; a foreign passport name is written in Latin letters as in the machine-readable zone (spaces, hyphens, apostrophes and dots; accented letters and a Chinese name are accepted too). Hangul, kana, Cyrillic and other original scripts, emoji, symbols and stray combining marks are errors. Control and invisible characters and the length limit are checked by profile/invalid-text. A "rare character" is a Han character outside U+4E00–U+9FA5 (the GBK range); a warning only, and the report shows its code point, not the character.',
    ),
    messages: {
      empty: {
        message: l('姓名 {name} 中没有文字', 'Name {name} contains no letters or characters'),
        hint: l('按证件填写姓名', 'Write the name as on the document'),
      },
      digits: {
        message: l('姓名 {name} 中含有数字', 'Name {name} contains digits'),
        hint: l(
          '按证件填写姓名，不要带编号或备注',
          'Write the name as on the document, without numbers or notes',
        ),
      },
      latin: {
        message: l(
          '姓名 {name} 中含有拉丁字母，内地居民身份证上的姓名是汉字',
          'Name {name} contains Latin letters; the name on a resident ID card is in Chinese characters',
        ),
        hint: l('用汉字填写，不要用拼音', 'Write it in Chinese characters, not pinyin'),
      },
      spaces: {
        message: l('姓名 {name} 中间有空格', 'Name {name} has a space inside'),
        hint: l(
          '去掉空格；少数民族姓名的间隔号用 “·”',
          'Remove the space; a minority name uses "·" between its parts',
        ),
      },
      'middle-dot': {
        message: l(
          '姓名 {name} 中的间隔号不是身份证上的 “·”（U+00B7），应为 {suggested}',
          'The separator in name {name} is not the "·" (U+00B7) of the ID card; expected {suggested}',
        ),
        hint: l('把圆点改为 “·”', 'Replace the dot with "·"'),
      },
      combining: {
        message: l(
          '姓名 {name} 中有不属于任何字母的组合符号（{codepoints}），证件上的姓名没有',
          'Name {name} holds combining marks that belong to no letter ({codepoints}); no document prints them',
        ),
        hint: l(
          '删除这些符号后重新输入姓名（多半是从别处复制来的）',
          'Delete them and type the name again (they usually come with copied text)',
        ),
      },
      script: {
        message: l(
          '姓名 {name} 中有内地居民身份证姓名中不会出现的字符（{codepoints}）',
          'Name {name} holds characters a resident ID card name never has ({codepoints})',
        ),
        hint: l(
          '按身份证填写：只用汉字，少数民族姓名的间隔号用“·”；不要带表情、符号、括号或备注',
          'Write it as on the ID card: Chinese characters only, "·" between the parts of a minority name; no emoji, symbols, brackets or notes',
        ),
      },
      'script-passport': {
        message: l(
          '姓名 {name} 中有外国护照姓名不用的字符（{codepoints}）',
          'Name {name} holds characters a foreign passport name is not written in ({codepoints})',
        ),
        hint: l(
          "按护照机读区（MRZ）用拉丁字母填写姓名，可有空格、连字符 -、撇号 ' 和点 .；不要用韩文、日文假名、西里尔字母等原文",
          "Write the name in Latin letters as in the passport's machine-readable zone (MRZ), with spaces, hyphens, apostrophes and dots; not in Hangul, kana, Cyrillic or another original script",
        ),
      },
      'script-other': {
        message: l(
          '姓名 {name} 中有证件姓名中不会出现的字符（{codepoints}）',
          'Name {name} holds characters no name on the document has ({codepoints})',
        ),
        hint: l(
          "按证件填写：汉字（少数民族姓名的间隔号用“·”），或证件上的拉丁字母姓名（可有空格、连字符 -、撇号 ' 和点 .）",
          'Write it as on the document: Chinese characters ("·" in a minority name), or the Latin name the document prints (with spaces, hyphens, apostrophes and dots)',
        ),
      },
      rare: {
        message: l(
          '姓名 {name} 中有 {count} 个生僻字（{codepoints}），普通输入法和字库可能没有',
          'Name {name} has {count} rare character(s) ({codepoints}) that common input methods and fonts may lack',
        ),
        hint: l(
          '在平台上用姓名输入框旁的“生成字”功能输入该字，不要用同音字或拆字代替',
          'On the platform enter it with the 生成字 button beside the name field; do not substitute a similar character',
        ),
      },
    },
  },
} satisfies Catalog;
