import { l, type Catalog } from './types.js';

const QUOTE = l(
  '把值加上英文引号，例如 "{value}"',
  'Put the value in double quotes, e.g. "{value}"',
);

export const PROFILE_TEXT: Catalog = {
  'profile/missing': {
    title: l('文件夹中应有 profile.yaml（个人信息）', 'The folder should hold a profile.yaml'),
    source: l('ausm-check 的输入约定（profile.md）', 'ausm-check input contract (profile.md)'),
    fix: l(
      '运行 `ausm-check init 文件夹` 按提示回答问题生成 profile.yaml，或参考 examples/ 中的示例。',
      'Run `ausm-check init DIR` to answer the questions and write profile.yaml, or copy one from examples/.',
    ),
    messages: {
      default: {
        message: l('文件夹中没有 profile.yaml（个人信息文件）', 'The folder has no profile.yaml'),
        hint: l(
          '运行 `ausm-check init` 生成，或复制 examples/ 中的示例后修改',
          'Run `ausm-check init`, or copy an example from examples/ and edit it',
        ),
      },
    },
  },
  'profile/parse': {
    title: l('profile.yaml 应能被读取和解析', 'profile.yaml should be readable YAML'),
    source: l('YAML 1.2 规范；ausm-check 的输入约定', 'YAML 1.2; ausm-check input contract'),
    fix: l(
      '按提示的行列修正 YAML 语法；用 UTF-8 编码保存。',
      'Fix the YAML at the line and column given; save as UTF-8.',
    ),
    messages: {
      syntax: {
        message: l(
          '{file} 第 {line} 行第 {column} 列有 YAML 语法错误：{detail}',
          '{file} has a YAML syntax error at line {line}, column {column}: {detail}',
        ),
        hint: l(
          '检查该行的缩进、冒号后的空格和引号是否成对',
          'Check the indentation, the space after each colon and that quotes are paired on that line',
        ),
      },
      'duplicate-key': {
        message: l(
          '{file} 第 {line} 行第 {column} 列：同一个键写了两次',
          '{file} line {line}, column {column}: the same key is written twice',
        ),
        hint: l('删除或合并重复的键', 'Remove or merge the duplicate key'),
      },
      alias: {
        message: l(
          '{file} 中的 YAML 别名（alias）展开过多，疑似恶意文件，已停止解析',
          '{file} expands too many YAML aliases (a possible "billion laughs" file); parsing stopped',
        ),
        hint: l(
          '不要使用 & 和 * 别名，直接写出每个值',
          'Do not use & / * aliases; write each value out',
        ),
      },
      'not-a-map': {
        message: l(
          '{file} 的顶层应是“键: 值”的映射，而不是列表或单个值',
          'The top level of {file} should be a map of keys, not a list or a single value',
        ),
        hint: l(
          '参考 examples/ 中的 profile.yaml 的结构',
          'Follow the layout of a profile.yaml in examples/',
        ),
      },
      empty: {
        message: l('{file} 是空文件', '{file} is empty'),
        hint: l('运行 `ausm-check init` 生成内容', 'Run `ausm-check init` to fill it'),
      },
      'too-large': {
        message: l(
          '{file} 过大（{detail} 字节），不像个人信息文件，未解析',
          '{file} is too large ({detail} bytes) to be a profile; not parsed',
        ),
        hint: l(
          'profile.yaml 通常只有几 KB；请检查是否选错了文件',
          'A profile is a few KB; check that this is the right file',
        ),
      },
      encoding: {
        message: l(
          '{file} 不是 UTF-8 编码（疑似 {detail}）',
          '{file} is not UTF-8 encoded (looks like {detail})',
        ),
        hint: l(
          '用记事本或编辑器“另存为 UTF-8”后再运行',
          'Save it as UTF-8 in your editor and run again',
        ),
      },
      read: {
        message: l('无法读取 {file}：{detail}', 'Cannot read {file}: {detail}'),
        hint: l(
          '检查文件权限，确认它是普通文件',
          'Check the file permissions and that it is a regular file',
        ),
      },
    },
  },
  'profile/unknown-key': {
    title: l('profile.yaml 中的键应是已知字段', 'Keys in profile.yaml should be known fields'),
    source: l(
      'ausm-check 的 profile 格式（profile.md，`ausm-check schema`）',
      'The profile format (profile.md, `ausm-check schema`)',
    ),
    fix: l(
      '改成提示的字段名，或删除该键；`ausm-check schema` 列出全部字段。',
      'Rename it to the suggested key or remove it; `ausm-check schema` lists every field.',
    ),
    messages: {
      default: {
        message: l('未知的键 “{key}”，将被忽略', 'Unknown key "{key}"; it is ignored'),
        hint: l(
          '删除它，或查看 `ausm-check schema` 中的字段名',
          'Remove it, or look up the field names with `ausm-check schema`',
        ),
      },
      suggest: {
        message: l(
          '未知的键 “{key}”，将被忽略；是不是想写 “{suggestion}”？',
          'Unknown key "{key}"; it is ignored. Did you mean "{suggestion}"?',
        ),
        hint: l('把 “{key}” 改为 “{suggestion}”', 'Rename "{key}" to "{suggestion}"'),
      },
    },
  },
  'profile/required': {
    title: l(
      '平台标 * 的必填项（及所选采集范围需要的项）应填写',
      'Fields the platform marks * (or the scope needs) should be filled',
    ),
    source: l(
      '填报指南 三（四）4–7：“标记*项必须填写”',
      'Guide 三（四）4–7: "fields marked * must be filled"',
    ),
    fix: l(
      '在 profile.yaml 中补上该字段，或运行 `ausm-check fill 文件夹` 按提示补充。',
      'Add the field to profile.yaml, or run `ausm-check fill DIR` to be asked for it.',
    ),
    messages: {
      default: {
        message: l('缺少必填项', 'Required field is missing'),
        hint: l(
          '补充该项，或运行 `ausm-check fill` 按提示填写',
          'Fill it in, or run `ausm-check fill` to be asked for it',
        ),
      },
    },
  },
  'profile/invalid-value': {
    title: l(
      '字段的值应是正确的类型和允许的选项',
      'Field values should have the right type and be allowed options',
    ),
    source: l(
      '平台的下拉选项（options.md，附来源）',
      "The platform's drop-down lists (options.md, with sources)",
    ),
    fix: l(
      '改成列出的允许值之一；号码类的值加引号。',
      'Use one of the listed values; quote numbers such as ID numbers and phones.',
    ),
    messages: {
      'not-allowed': {
        message: l(
          '“{value}” 不是允许的选项；可选：{allowed}',
          '"{value}" is not an allowed value; choose one of: {allowed}',
        ),
        hint: l(
          '从列出的选项中选一个，照原样填写',
          'Pick one of the listed values and write it exactly',
        ),
      },
      'quote-number': {
        message: l(
          '{value} 被 YAML 当作数字读取（会丢失位数或开头的 0），这里需要文本',
          'YAML reads {value} as a number (losing digits or leading zeros); text is expected here',
        ),
        hint: QUOTE,
      },
      type: {
        message: l(
          '值的类型不对：需要 {expected}，实际是 {actual}（{value}）',
          'Wrong kind of value: {expected} expected, {actual} given ({value})',
        ),
        hint: l(
          '按 examples/ 中的示例改写该字段',
          'Write the field like the examples in examples/',
        ),
      },
      'out-of-range': {
        message: l('值 {value} 超出允许范围', 'Value {value} is out of range'),
        hint: l('检查该值是否写错', 'Check the value for a typo'),
      },
    },
  },
  'profile/invalid-date': {
    title: l(
      '日期应是 YYYY-MM-DD（或 YYYY-MM、至今）且真实存在',
      'Dates should be YYYY-MM-DD (or YYYY-MM, 至今) and real calendar dates',
    ),
    source: l(
      'profile.md 的日期格式；平台的日期选择器',
      'The date format of profile.md; the platform date pickers',
    ),
    fix: l(
      '写成 2009-07-01 这样的格式；进行中的写“至今”。',
      'Write dates like 2009-07-01; use 至今 for something still going on.',
    ),
    messages: {
      default: {
        message: l(
          '“{value}” 不是有效日期（应为 YYYY-MM-DD，且是真实存在的日期）',
          '"{value}" is not a valid date (YYYY-MM-DD, a real calendar date)',
        ),
        hint: l(
          '例如 2009-07-01；只知道月份可写 2009-07；尚未结束写“至今”',
          'E.g. 2009-07-01; 2009-07 when only the month is known; 至今 when still going on',
        ),
      },
      future: {
        message: l(
          '出生日期 {value} 晚于今天 {today}',
          'Date of birth {value} is after today {today}',
        ),
        hint: l('核对出生日期（应与身份证一致）', 'Check the date of birth against the ID card'),
      },
    },
  },
  'profile/unused-waiver': {
    title: l(
      '每条豁免（waivers）都应对应一条实际的检查结果',
      'Every waiver should match a finding',
    ),
    source: l(
      'ausm-check 的豁免机制（rules.md “Waivers”）',
      'ausm-check waivers (rules.md, "Waivers")',
    ),
    fix: l(
      '检查豁免中的规则编号和字段是否写错；问题已解决的话删除该豁免。',
      'Check the rule id and field of the waiver for typos; remove it once the problem is fixed.',
    ),
    messages: {
      default: {
        message: l(
          '豁免 {rule} {target} 没有对应任何检查结果',
          'Waiver for {rule} {target} matches no finding',
        ),
        hint: l(
          '核对规则编号与字段路径，或删除这条豁免',
          'Check the rule id and the field path, or remove the waiver',
        ),
      },
      config: {
        message: l(
          '配置文件 {config} 中的豁免 {rule} {target} 没有对应任何检查结果',
          'Waiver for {rule} {target} in {config} matches no finding',
        ),
        hint: l(
          '核对规则编号与字段路径，或删除这条豁免',
          'Check the rule id and the field path, or remove the waiver',
        ),
      },
    },
  },
};
