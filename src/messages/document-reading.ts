import { l, type Catalog } from './types.js';

/** The words of what `--deep` read on the documents (docs/spec/documents.md). */
const DEEP_NOTE = l(
  '仅在 --deep 时检查：在本机离线识别图片上的文字（不联网、不保存识别结果），与 profile.yaml 对照。识别把握不大或没找到的项不比较。两边的值都按个人信息遮盖显示（--show-pii 显示全文）。',
  'Checked only with --deep: the text on the image is read on this machine, offline (nothing is sent or stored), and compared with profile.yaml. A field not read confidently, or not found, is not compared. Both values are masked as personal data (--show-pii shows them).',
);
const PROOF_SOURCE = l(
  '填报指南 三（四）6：会计工作（经历）证明须与填报的工作经历一致；报告清单：“证明上的工作开始时间、身份证号与填报信息一致”',
  'Guide 三（四）6: the work proof must agree with the work experience entered; the report’s checklist: “the start date and ID number on the proof agree with what is filled in”',
);
const EDUCATION_SOURCE = l(
  '填报指南 三（四）5：学历信息按毕业证书、学位证书如实填写并上传证书照片',
  'Guide 三（四）5: education is entered as the diploma and degree certificate give it, with their photographs',
);
const QUALIFICATION_SOURCE = l(
  '填报指南 三（四）7：专业技术资格证书信息须与上传的证书一致',
  'Guide 三（四）7: the qualification entered must agree with the certificate uploaded',
);
const ID_SOURCE = l(
  '填报指南 一（二）、三（四）4：上传有效期内身份证的人像面和国徽面，信息与填报一致',
  'Guide 一（二）, 三（四）4: upload both sides of a valid ID card, agreeing with what is entered',
);
const WHICH_IS_RIGHT = l(
  '对照原件确认哪一边是对的：profile.yaml 填错就改正它；证明开错就请单位重新出具并盖章',
  'Check against the original which side is right: correct profile.yaml if it is wrong; if the proof is, ask the employer for a new stamped one',
);

const TICK_NOTE = l(
  '仅在 --deep 时检查：按每个方框内部的笔迹判断是否勾选（☑/☐），方框找不准或有的方框看不清是否勾选时，整页都不比较。',
  'Checked only with --deep: each box is judged ticked (☑) or empty (☐) from the ink inside it; when a box cannot be located, or one is neither clearly ticked nor clearly empty, nothing of that page is compared.',
);
const DUTIES_HINT = l(
  '会计工作类型以证明上勾选的为准：改正 profile.yaml 的 duties，或请单位按实际情况重新勾选并盖章',
  'The proof’s ticks decide: correct duties in profile.yaml, or ask the employer for a new stamped proof ticked as it really is',
);

export const DOCUMENT_READING_TEXT = {
  'document/unreadable': {
    title: l(
      '--deep 没能读清这张图片，未与填报信息比较',
      '--deep could not read this image well enough to compare it',
    ),
    source: l(
      '填报指南 一（二）：上传的图片须清晰完整，不允许上传模糊图片',
      'Guide 一（二）: uploaded images must be clear and complete, not blurred',
    ),
    fix: l(
      '在光线充足处正对文件重新拍照，让整页清晰、完整、端正，再运行 --deep。',
      'Photograph the document again in good light, straight on, the whole page sharp and upright, then run --deep again.',
    ),
    notes: DEEP_NOTE,
    messages: {
      'no-text': {
        message: l(
          '{file}（{material}）上没有识别出文字：可能太模糊、太暗或拍错了文件',
          'No text was found on {file} ({material}): it may be blurred, too dark, or the wrong file',
        ),
        hint: l(
          '重新拍照：整页入镜、对焦清晰、光线充足',
          'Photograph it again: whole page, in focus, in good light',
        ),
      },
      unsure: {
        message: l(
          '{file}（{material}）上的文字识别把握不大（模糊、太小、被裁切或歪斜），未与填报信息比较',
          'The text on {file} ({material}) could not be read with confidence (blurred, too small, cut off or skewed); it was not compared',
        ),
        hint: l(
          '重新拍照：正对文件、整页入镜、文字清晰；审核人员同样需要看清',
          'Photograph it again: straight on, the whole page, sharp text; the reviewer needs to read it too',
        ),
      },
      failed: {
        message: l(
          '{file}（{material}）无法解码为图片，未识别',
          '{file} ({material}) could not be decoded as an image; it was not read',
        ),
        hint: l('用手机相册重新导出为 JPG', 'Export it again as JPG from the phone’s photo app'),
      },
    },
  },
  'document/not-a-work-proof': {
    title: l(
      '作为工作证明上传的图片看起来不是会计工作（经历）证明',
      'The image given as the work proof does not look like a 会计工作（经历）证明',
    ),
    source: PROOF_SOURCE,
    fix: l(
      '在 profile.yaml 的 work[].proof 中指定盖章的《会计工作（经历）证明》照片。',
      'Name the photograph of the stamped 会计工作（经历）证明 in work[].proof of profile.yaml.',
    ),
    notes: DEEP_NOTE,
    messages: {
      default: {
        message: l(
          '{file} 上没有找到“会计工作（经历）证明”“工作证明”“承诺书”之类的标题：可能选错了文件',
          'No heading such as 会计工作（经历）证明, 工作证明 or 承诺书 was found on {file}: a wrong file may have been picked',
        ),
        hint: l(
          '确认选的是盖章的证明原件照片，不是劳动合同、聘书或其他页',
          'Make sure it is the photograph of the stamped proof, not a labour contract, a letter of appointment or another page',
        ),
      },
    },
  },
  'document/work-proof-name': {
    title: l(
      '工作证明上的姓名应与填报的姓名一致',
      'The name on the work proof should be basic.name',
    ),
    source: PROOF_SOURCE,
    fix: WHICH_IS_RIGHT,
    notes: DEEP_NOTE,
    messages: {
      default: {
        message: l(
          '{file} 上的姓名是 {read}，填报的姓名（basic.name）是 {profile}',
          'The name on {file} is {read}; basic.name is {profile}',
        ),
        hint: WHICH_IS_RIGHT,
      },
    },
  },
  'document/work-proof-id': {
    title: l(
      '工作证明上的身份证号应与填报的证件号码一致',
      'The ID number on the work proof should be basic.id_number',
    ),
    source: PROOF_SOURCE,
    fix: WHICH_IS_RIGHT,
    notes: DEEP_NOTE,
    messages: {
      default: {
        message: l(
          '{file} 上的身份证号是 {read}，填报的号码（basic.id_number）是 {profile}：第 {positions} 位不同',
          'The ID number on {file} is {read}; basic.id_number is {profile}: they differ at position {positions}',
        ),
        hint: WHICH_IS_RIGHT,
      },
    },
  },
  'document/work-proof-start': {
    title: l(
      '工作证明上的开始时间应与填报的工作开始时间一致',
      'The start date on the work proof should be work[].start',
    ),
    source: PROOF_SOURCE,
    fix: WHICH_IS_RIGHT,
    notes: DEEP_NOTE,
    messages: {
      default: {
        message: l(
          '{file} 上写的开始时间是 {read}，填报的工作开始时间是 {profile}',
          '{file} gives {read} as the start; the profile’s start date is {profile}',
        ),
        hint: l(
          '证明只写到月份时按月比较；以单位档案为准，改正填报或请单位重新出具证明',
          'Where the proof gives only the month, months are compared; the employer’s records decide: correct the profile or get a new proof',
        ),
      },
    },
  },
  'document/work-proof-uscc': {
    title: l(
      '工作证明上的统一社会信用代码应与填报的一致',
      'The credit code on the work proof should be work[].uscc',
    ),
    source: PROOF_SOURCE,
    fix: WHICH_IS_RIGHT,
    notes: DEEP_NOTE,
    messages: {
      default: {
        message: l(
          '{file} 上的统一社会信用代码是 {read}，填报的是 {profile}：第 {positions} 位不同',
          'The credit code on {file} is {read}; the profile has {profile}: they differ at position {positions}',
        ),
        hint: l(
          '在“国家企业信用信息公示系统”查到单位的代码，改正填报或请单位重新出具证明',
          'Look the employer’s code up in the national enterprise credit register; correct the profile or get a new proof',
        ),
      },
    },
  },
  'document/work-proof-employer': {
    title: l(
      '工作证明上的单位名称应与填报的单位名称一致',
      'The employer on the work proof should be work[].employer',
    ),
    source: PROOF_SOURCE,
    fix: WHICH_IS_RIGHT,
    notes: DEEP_NOTE,
    messages: {
      default: {
        message: l(
          '{file} 上的单位名称是“{read}”，填报的是“{profile}”',
          'The employer on {file} is “{read}”; the profile has “{profile}”',
        ),
        hint: l(
          '单位名称按营业执照上的全称填写（已忽略空格、全角半角和括号的差别）',
          'Enter the full name as on the business licence (spaces, full/half width and brackets are already ignored)',
        ),
      },
    },
  },
  'document/work-proof-status': {
    title: l(
      '工作证明上勾选的在职状态应与填报的一致',
      'The status ticked on the work proof should be work[].status',
    ),
    source: PROOF_SOURCE,
    fix: WHICH_IS_RIGHT,
    notes: TICK_NOTE,
    messages: {
      default: {
        message: l(
          '{file} 上勾选的是“{read}”，填报的在职状态（status）是“{profile}”',
          '{file} has “{read}” ticked; the profile’s status is “{profile}”',
        ),
        hint: l(
          '在职状态以单位开具证明时为准：填报改为证明上勾选的一项，或请单位按实际情况重新出具',
          'The status is the one at the time the employer issued the proof: enter the ticked one, or ask the employer for a new proof',
        ),
      },
    },
  },
  'document/work-proof-duties': {
    title: l(
      '工作证明上勾选的会计工作类型应与填报的一致',
      'The duties ticked on the work proof should be work[].duties',
    ),
    source: PROOF_SOURCE,
    fix: WHICH_IS_RIGHT,
    notes: TICK_NOTE,
    messages: {
      extra: {
        message: l(
          '{file} 上还勾选了填报中没有的会计工作类型：{extra}',
          '{file} also has duties ticked that the profile lacks: {extra}',
        ),
        hint: DUTIES_HINT,
      },
      missing: {
        message: l(
          '填报的会计工作类型在 {file} 上没有勾选：{missing}',
          'Duties in the profile are not ticked on {file}: {missing}',
        ),
        hint: DUTIES_HINT,
      },
      both: {
        message: l(
          '{file} 上勾选的会计工作类型与填报的不同：多勾选了 {extra}；没有勾选 {missing}',
          'The duties ticked on {file} differ from the profile: ticked but not entered: {extra}; entered but not ticked: {missing}',
        ),
        hint: DUTIES_HINT,
      },
    },
  },
  'document/diploma-name': {
    title: l(
      '学历/学位证书上的姓名应与填报的姓名一致',
      'The name on the diploma should be basic.name',
    ),
    source: EDUCATION_SOURCE,
    fix: l(
      '确认上传的是本人的证书；姓名变更过的，按平台要求附更名证明。',
      'Make sure the certificate is your own; after a change of name, add the proof of the change as the platform asks.',
    ),
    notes: DEEP_NOTE,
    messages: {
      default: {
        message: l(
          '{file} 上的姓名是 {read}，填报的姓名（basic.name）是 {profile}',
          'The name on {file} is {read}; basic.name is {profile}',
        ),
      },
    },
  },
  'document/diploma-date': {
    title: l(
      '学历证书上的毕业时间应与填报的毕业时间一致',
      'The graduation date on the diploma should be education[].end',
    ),
    source: EDUCATION_SOURCE,
    fix: l(
      '按证书上的学习结束时间或发证日期填写 education[].end。',
      'Enter education[].end as the diploma gives the end of study or the issue date.',
    ),
    notes: DEEP_NOTE,
    messages: {
      default: {
        message: l(
          '{file} 上的毕业时间是 {read}，填报的毕业时间是 {profile}',
          '{file} gives {read} as the graduation; the profile has {profile}',
        ),
        hint: l(
          '证书只写到月份时按月比较；学信网上的毕业日期也可作为依据',
          'Where the diploma gives only the month, months are compared; the CHSI record is also a reference',
        ),
      },
    },
  },
  'document/diploma-school': {
    title: l(
      '学历证书上的学校应与填报的学校名称一致',
      'The school on the diploma should be education[].school',
    ),
    source: EDUCATION_SOURCE,
    fix: l(
      '按证书上的学校全称填写（学校已更名的，填证书上的名称）。',
      'Enter the school’s full name as on the diploma (for a school renamed since, the name on the diploma).',
    ),
    notes: DEEP_NOTE,
    messages: {
      default: {
        message: l(
          '{file} 上的学校是“{read}”，填报的是“{profile}”',
          'The school on {file} is “{read}”; the profile has “{profile}”',
        ),
      },
    },
  },
  'document/certificate-name': {
    title: l(
      '资格证书上的姓名应与填报的姓名一致',
      'The name on the qualification certificate should be basic.name',
    ),
    source: QUALIFICATION_SOURCE,
    fix: l('确认上传的是本人的证书。', 'Make sure the certificate uploaded is your own.'),
    notes: DEEP_NOTE,
    messages: {
      default: {
        message: l(
          '{file} 上的姓名是 {read}，填报的姓名（basic.name）是 {profile}',
          'The name on {file} is {read}; basic.name is {profile}',
        ),
      },
    },
  },
  'document/id-card-number': {
    title: l(
      '身份证人像面上的号码应与填报的证件号码一致',
      'The number on the ID card should be basic.id_number',
    ),
    source: ID_SOURCE,
    fix: l(
      '对照身份证逐位核对 basic.id_number，并确认上传的是本人的身份证。',
      'Compare basic.id_number digit by digit with the card, and make sure the card is your own.',
    ),
    notes: DEEP_NOTE,
    messages: {
      default: {
        message: l(
          '{file} 上的公民身份号码是 {read}，填报的是 {profile}：第 {positions} 位不同',
          'The number on {file} is {read}; basic.id_number is {profile}: they differ at position {positions}',
        ),
      },
    },
  },
  'document/id-card-name': {
    title: l(
      '身份证人像面上的姓名应与填报的姓名一致',
      'The name on the ID card should be basic.name',
    ),
    source: ID_SOURCE,
    fix: l(
      '按身份证上的姓名填写 basic.name，并确认上传的是本人的身份证。',
      'Enter basic.name as on the card, and make sure the card is your own.',
    ),
    notes: DEEP_NOTE,
    messages: {
      default: {
        message: l(
          '{file} 上的姓名是 {read}，填报的姓名（basic.name）是 {profile}',
          'The name on {file} is {read}; basic.name is {profile}',
        ),
      },
    },
  },
  'document/id-card-expired': {
    title: l('身份证应在有效期内', 'The ID card should be valid'),
    source: ID_SOURCE,
    fix: l(
      '换领新身份证后上传新证的两面；换领期间可按属地要求上传临时身份证。',
      'Renew the card and upload both sides of the new one; meanwhile a temporary ID card may do, as the local office says.',
    ),
    notes: DEEP_NOTE,
    messages: {
      default: {
        message: l(
          '{file} 上的有效期限到 {until} 为止，已早于今天（{today}）',
          'The card on {file} was valid until {until}, before today ({today})',
        ),
      },
    },
  },
} satisfies Catalog;
