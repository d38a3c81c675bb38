import { l, type Catalog } from './types.js';

export const CONTACT_TEXT = {
  'contact/phone': {
    title: l(
      '手机号码应是 11 位中国大陆手机号',
      'The mobile number should be an 11-digit mainland mobile number',
    ),
    source: l(
      '注册页面“手机号”与注意事项 1（注册需接收手机验证码）；基本信息“手机号码”',
      'Registration "手机号" and note 1 (an SMS code is sent to it); basic information "手机号码"',
    ),
    fix: l(
      '填写本人 11 位手机号码，以 1 开头、第二位是 3–9。',
      'Enter your own 11-digit mobile number: 1, then 3–9, then 9 digits.',
    ),
    notes: l(
      '检查前会去掉 +86、空格、横线和括号。不按运营商号段判断（新号段不断出现），只要求 1[3-9] 开头的 11 位数字。以 0 开头的号码：0 后接手机号码的，提示去掉 0；区号（010、02x 或 0 加 3–9 开头的三位数）后接 7–8 位、首位不为 0 的，视为固定电话；其余说明既不是手机号码也不是固定电话号码。',
      '+86, spaces, dashes and brackets are removed first. No carrier prefix list (new ranges keep coming): 11 digits starting 1[3-9]. A number starting with 0: a mobile number behind the 0 is told to drop it; an area code (010, 02x, or 0 and three digits starting 3–9) then 7–8 digits not starting with 0 is a fixed line; anything else is said to be neither.',
    ),
    messages: {
      empty: {
        message: l(
          '手机号码 {phone} 去掉符号后是空的',
          'Mobile number {phone} is empty once symbols are removed',
        ),
        hint: l('填写 11 位手机号码', 'Enter the 11-digit mobile number'),
      },
      characters: {
        message: l(
          '手机号码 {phone} 中含有数字以外的字符',
          'Mobile number {phone} contains characters other than digits',
        ),
        hint: l(
          '只填一个手机号码，不要带文字或第二个号码',
          'Enter one mobile number only, without words or a second number',
        ),
      },
      landline: {
        message: l(
          '{phone} 是固定电话号码，这里需要手机号码（平台用短信发验证码）',
          '{phone} is a fixed-line number; a mobile number is needed here (the platform sends SMS codes)',
        ),
        hint: l(
          '填写本人手机号码；单位座机可写在工作经历的联系人电话中',
          'Enter your mobile number; an office line belongs in the work entry’s contact phone',
        ),
      },
      'trunk-zero': {
        message: l(
          '手机号码 {phone} 前面多了一个 0：手机号码是 11 位，以 1 开头',
          'Mobile number {phone} has an extra 0 in front: a mobile number has 11 digits and starts with 1',
        ),
        hint: l('去掉开头的 0', 'Remove the leading 0'),
      },
      neither: {
        message: l(
          '{phone} 既不是有效的手机号码（11 位，以 13–19 开头），也不是有效的固定电话号码（区号 0 开头，再接 7–8 位、首位不为 0 的号码）',
          '{phone} is neither a valid mobile number (11 digits starting 13–19) nor a valid fixed-line number (an area code starting with 0, then 7–8 digits not starting with 0)',
        ),
        hint: l(
          '填写本人 11 位手机号码（平台用短信发验证码）',
          'Enter your own 11-digit mobile number (the platform sends SMS codes)',
        ),
      },
      length: {
        message: l(
          '手机号码 {phone} 有 {length} 位数字，应为 11 位',
          'Mobile number {phone} has {length} digits; 11 are expected',
        ),
        hint: l('核对是否多写或漏写了数字', 'Check for a missing or extra digit'),
      },
      prefix: {
        message: l(
          '手机号码 {phone} 不是以 13–19 开头，不是中国大陆手机号',
          'Mobile number {phone} does not start with 13–19: not a mainland mobile number',
        ),
        hint: l('核对前两位数字', 'Check the first two digits'),
      },
    },
  },
  'contact/email': {
    title: l('邮箱（选填）应是有效的邮箱地址', 'The e-mail (optional) should be a valid address'),
    source: l('基本信息“邮箱”（选填）', 'Basic information "邮箱" (optional)'),
    fix: l(
      '写成 name@example.com 的形式，用半角字符；没有邮箱可以不填。',
      'Write it like name@example.com in half-width characters; leave it out if you have none.',
    ),
    notes: l(
      '全角 ＠ 和句号 “。” 会先转换为半角再检查。不检查邮箱是否真实存在。',
      'A full-width ＠ and "。" are converted first. Whether the mailbox exists is not checked.',
    ),
    messages: {
      spaces: {
        message: l('邮箱 {email} 中有空格', 'E-mail {email} contains a space'),
        hint: l('去掉空格', 'Remove the space'),
      },
      'non-ascii': {
        message: l(
          '邮箱 {email} 中含有汉字或其他非英文字符',
          'E-mail {email} contains Chinese or other non-ASCII characters',
        ),
        hint: l('用英文输入法重新输入', 'Type it again with an English keyboard layout'),
      },
      at: {
        message: l('邮箱 {email} 应恰好含有一个 @', 'E-mail {email} should contain exactly one @'),
        hint: l(
          '写成 用户名@域名 的形式，如 name@example.com',
          'Write it as user@domain, e.g. name@example.com',
        ),
      },
      local: {
        message: l(
          '邮箱 {email} 中 @ 前面的用户名部分不正确',
          'The part before @ in e-mail {email} is not valid',
        ),
        hint: l(
          '核对 @ 前的用户名（不能为空，不能以点开头或结尾）',
          'Check the user name before @ (not empty, no leading or trailing dot)',
        ),
      },
      domain: {
        message: l(
          '邮箱 {email} 中 @ 后面的域名不正确（如 example.com）',
          'The domain after @ in e-mail {email} is not valid (like example.com)',
        ),
        hint: l('核对域名，如 qq.com、163.com', 'Check the domain, e.g. qq.com, 163.com'),
      },
    },
  },
  'contact/postcode': {
    title: l('邮编（选填）应是 6 位数字', 'The postcode (optional) should be six digits'),
    source: l(
      '基本信息“邮编”（选填）；中国邮政编码为 6 位数字',
      'Basic information "邮编" (optional); Chinese postcodes have six digits',
    ),
    fix: l(
      '填写通讯地址的 6 位邮政编码，或不填。',
      'Enter the six-digit postcode of the postal address, or leave it out.',
    ),
    notes: l(
      '只检查位数，不核对邮编与地址是否对应。',
      'Only the shape is checked, not whether it belongs to the address.',
    ),
    messages: {
      characters: {
        message: l(
          '邮编 {postcode} 中含有数字以外的字符',
          'Postcode {postcode} contains characters other than digits',
        ),
        hint: l('只填 6 位数字', 'Enter the six digits only'),
      },
      length: {
        message: l(
          '邮编 {postcode} 有 {length} 位，应为 6 位数字',
          'Postcode {postcode} has {length} digits; six are expected',
        ),
        hint: l('核对是否多写或漏写了数字', 'Check for a missing or extra digit'),
      },
    },
  },
} satisfies Catalog;
