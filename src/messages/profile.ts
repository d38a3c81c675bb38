import { l, type Catalog } from './types.js';

const QUOTE = l(
  '把值加上英文引号，例如 "{value}"',
  'Put the value in double quotes, e.g. "{value}"',
);

export const PROFILE_TEXT = {
  'profile/missing': {
    title: l('文件夹中应有 profile.yaml（个人信息）', 'The folder should hold a profile.yaml'),
    source: l('ausm-check 的输入约定（profile.md）', 'ausm-check input contract (profile.md)'),
    fix: l(
      '运行 `ausm-check init 文件夹` 按提示回答问题生成 profile.yaml。',
      'Run `ausm-check init DIR` to answer the questions and write profile.yaml.',
    ),
    messages: {
      default: {
        message: l('文件夹中没有 profile.yaml（个人信息文件）', 'The folder has no profile.yaml'),
        hint: l(
          '运行 `ausm-check init` 按提示回答问题生成',
          'Run `ausm-check init` to answer the questions and write it',
        ),
      },
      'batch-root': {
        message: l(
          '文件夹中没有 profile.yaml，但它的 {count} 个子文件夹中有（{folders}）：这是多位申请人文件夹的上级文件夹',
          'The folder has no profile.yaml, but {count} sub-folders do ({folders}): it holds several applicant folders',
        ),
        hint: l(
          '要检查其中每个人，运行 `ausm-check batch {dir}`',
          'To check each of them, run `ausm-check batch {dir}`',
        ),
      },
    },
  },
  'profile/second-file': {
    title: l('文件夹中应只有一个个人信息文件', 'The folder should hold one profile file only'),
    source: l('ausm-check 的输入约定（profile.md）', 'ausm-check input contract (profile.md)'),
    fix: l(
      '删除不用的那个文件，或把要用的那个改名为 profile.yaml。',
      'Delete the one not in use, or rename the one you mean to profile.yaml.',
    ),
    notes: l(
      '同时有 profile.yaml 和 profile.yml 时只读取 profile.yaml；另一个可能才是填写过的那份。',
      'With both profile.yaml and profile.yml present, only profile.yaml is read; the other may be the one that was filled in.',
    ),
    messages: {
      default: {
        message: l(
          '文件夹中同时有 {used} 和 {other}，只检查了 {used}',
          'The folder holds both {used} and {other}; only {used} was checked',
        ),
        hint: l(
          '删除 {other}，或把要用的那份改名为 {used}',
          'Delete {other}, or rename the one you mean to {used}',
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
          '{file} 第 {line} 行第 {column} 列有 YAML 语法错误{excerpt}：{detail}',
          '{file} has a YAML syntax error at line {line}, column {column}{excerpt}: {detail}',
        ),
        hint: l(
          '检查该行的缩进、冒号后的空格和引号是否成对',
          'Check the indentation, the space after each colon and that quotes are paired on that line',
        ),
      },
      'duplicate-key': {
        message: l(
          '{file} 第 {line} 行第 {column} 列：同一个键写了两次{excerpt}',
          '{file} line {line}, column {column}: the same key is written twice{excerpt}',
        ),
        hint: l('删除或合并重复的键', 'Remove or merge the duplicate key'),
      },
      'too-deep': {
        message: l(
          '{file} 嵌套层数过多（第 {line} 行附近），不像个人信息文件，未解析',
          '{file} is nested too deeply (near line {line}) to be a profile; not parsed',
        ),
        hint: l(
          '个人信息文件只有几层缩进；运行 `ausm-check init` 重新生成，或检查是否误把别的文件命名为 profile.yaml',
          'A profile has only a few levels of indentation; run `ausm-check init` to write it again, or check that no other file was named profile.yaml',
        ),
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
          '运行 `ausm-check init` 生成一份结构正确的 profile.yaml，再把内容填进去',
          'Run `ausm-check init` to write a profile.yaml of the right layout, then fill it in',
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
      'outside-link': {
        message: l(
          '{file} 是指向申请人文件夹之外的链接，出于安全未读取',
          '{file} is a link that leads outside the applicant folder; not read, for safety',
        ),
        hint: l(
          '把 profile.yaml 本身复制进该文件夹，不要用链接',
          'Copy profile.yaml itself into the folder instead of a link',
        ),
      },
      'broken-link': {
        message: l(
          '{file} 是一个失效的链接（指向的文件不存在）',
          '{file} is a broken link (its target does not exist)',
        ),
        hint: l(
          '把真正的 profile.yaml 复制到文件夹中',
          'Copy the real profile.yaml into the folder',
        ),
      },
      permission: {
        message: l('没有权限读取 {file}', 'No permission to read {file}'),
        hint: l(
          '修改文件权限（如 chmod u+r）后再运行',
          'Fix the permissions (e.g. chmod u+r) and run again',
        ),
      },
      special: {
        message: l(
          '{file} 不是普通文件（是文件夹、管道或设备），未读取',
          '{file} is not a regular file (a folder, a pipe or a device); not read',
        ),
        hint: l('把 profile.yaml 保存为普通文本文件', 'Save profile.yaml as an ordinary text file'),
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
  'profile/invalid-text': {
    title: l(
      '填写的文字中不应有控制字符、不可见字符或非字符，长度应在上限之内',
      'Values should hold no control, invisible or non-characters, and stay within their length limit',
    ),
    source: l(
      '平台的输入框是单行文本，姓名、单位名称须与证件和营业执照一致；Unicode 标准（控制字符 Cc、格式字符 Cf、非字符）；XML 1.0 不允许这些字符出现在证明（.docx）中',
      "The platform's inputs are one-line text boxes, and names and employers must match the documents; the Unicode Standard (controls Cc, format characters Cf, noncharacters); XML 1.0 forbids these characters in the work proof (.docx)",
    ),
    fix: l(
      '删除提示的字符：它们多半随从网页、PDF 或聊天软件复制的文字而来，看不见时可把这一项删掉后手动重新输入；过长的值按证件或营业执照上的全称填写。',
      'Delete the character named: such characters come with text copied from web pages, PDFs or chat apps; where it is invisible, delete the value and type it again by hand. Write an overlong value as the full name on the document or business licence.',
    ),
    notes: l(
      '长度上限（字符数）：姓名 100（机读护照姓名最多 39 个字母），单位、学校、地址等 200，邮箱 254（RFC 5321），证件号等编号 64，文件路径 1024，豁免理由 2000；指南未规定上限，取值留有充分余量。只有豁免理由可以换行。异体字选择符（U+E0100 起）不算不可见字符，生僻字会用到它。',
      'Length limits (characters): names 100 (a passport’s machine-readable name holds at most 39 letters), employer, school, address and other text 200, e-mail 254 (RFC 5321), numbers and codes 64, file paths 1024, a waiver’s reason 2000; the guide sets no limit, so each leaves a wide margin. Only a waiver’s reason may span lines. Variation selectors (U+E0100 …) are not treated as invisible: rare characters of names use them.',
    ),
    messages: {
      control: {
        message: l(
          '“{value}” 中有控制字符 {character}（第 {index} 个字符；共 {count} 个不能使用的字符），平台和证明中都无法保存',
          '"{value}" holds the control character {character} (character {index}; {count} unusable character(s) in all), which neither the platform nor the work proof can store',
        ),
        hint: l(
          '删除该字符（显示为 �）；看不见时把这一项删掉后手动重新输入',
          'Delete it (shown as �); where you cannot see it, delete the value and type it again',
        ),
      },
      'line-break': {
        message: l(
          '“{value}” 中有换行或制表符 {character}（第 {index} 个字符；共 {count} 个不能使用的字符），平台的输入框只有一行',
          '"{value}" holds a line break or tab {character} (character {index}; {count} unusable character(s) in all); the platform\'s input is one line',
        ),
        hint: l(
          '写在一行内：不要用 | 或 > 块写法，去掉引号中的 \\n、\\t',
          'Write it on one line: no | or > block, no \\n or \\t inside quotes',
        ),
      },
      noncharacter: {
        message: l(
          '“{value}” 中有非字符 {character}（第 {index} 个字符；共 {count} 个不能使用的字符）：Unicode 保留不用的码位，平台和证明中都无法保存',
          '"{value}" holds the noncharacter {character} (character {index}; {count} unusable character(s) in all): a code point Unicode never assigns, which neither the platform nor the work proof can store',
        ),
        hint: l(
          '删除该字符（显示为 �）后重新输入这一项',
          'Delete it (shown as �) and type the value again',
        ),
      },
      surrogate: {
        message: l(
          '“{value}” 中有不成对的代理码位 {character}（第 {index} 个字符；共 {count} 个不能使用的字符），它不是一个完整的字符',
          '"{value}" holds the lone surrogate {character} (character {index}; {count} unusable character(s) in all), which is half of a character',
        ),
        hint: l(
          '引号中的 \\u 转义应写完整的字符（如 \\U00020BB7），或直接输入该字符',
          'A \\u escape inside quotes must make a whole character (e.g. \\U00020BB7); or type the character itself',
        ),
      },
      invisible: {
        message: l(
          '“{value}” 中有看不见的字符 {character}（第 {index} 个字符；共 {count} 个不能使用的字符），看起来一样，实际上已与证件或营业执照上的写法不同',
          '"{value}" holds the invisible character {character} (character {index}; {count} unusable character(s) in all): it looks the same but no longer matches the document or business licence',
        ),
        hint: l(
          '把这一项删掉后手动重新输入（不要从网页、PDF 或聊天软件复制）',
          'Delete the value and type it again by hand (do not copy it from a web page, PDF or chat)',
        ),
      },
      'too-long': {
        message: l(
          '“{value}” 有 {length} 个字符，超过上限 {limit}',
          '"{value}" has {length} characters, over the limit of {limit}',
        ),
        hint: l(
          '按证件或营业执照上的全称填写；这么长多半是粘贴了别的内容',
          'Write the full name as on the document or business licence; a value this long is most likely something pasted by mistake',
        ),
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
    },
  },
} satisfies Catalog;
