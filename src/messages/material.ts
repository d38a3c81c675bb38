import { l, type Catalog } from './types.js';

const FOUND_BY_NAME = l(
  '在 profile.yaml 中写明文件名，或把文件命名为含有“证件照”“人像面”“国徽面”“手持”“工作证明”“毕业证”“学位证”“资格证”等字样',
  'Name the file in profile.yaml, or give it a name containing 证件照, 人像面, 国徽面, 手持, 工作证明, 毕业证, 学位证 or 资格证 (photo, id-front, id-back, handheld, work-proof, diploma, degree, qualification)',
);

/** The proof `template` wrote is in the folder: what is left is on paper. */
const PRINTED = l(
  '已生成的 {document} 在文件夹里：打印后请单位盖章，再扫描或拍照（文件名含“工作证明”，或在 profile.yaml 的 proof 中写明）放入文件夹',
  '{document} (the generated proof) is in the folder: print it, have the employer stamp it, then scan or photograph it into the folder (a name containing 工作证明, or named in proof in profile.yaml)',
);

export const MATERIAL_TEXT = {
  'material/missing': {
    title: l('所选采集范围需要的材料都应齐全', 'Every material the scope needs should be present'),
    source: l(
      '填报指南 一“信息采集准备材料”、二（各采集范围需准备的材料）、三（四）4 附件提示',
      'Guide 一 (materials), 二 (what each scope prepares), 三（四）4 (attachment notes)',
    ),
    fix: FOUND_BY_NAME,
    messages: {
      always: {
        message: l(
          '缺少{material}：每个人都必须上传',
          'Missing {material}: everyone must upload it',
        ),
        hint: FOUND_BY_NAME,
      },
      'not-working': {
        message: l(
          '缺少{material}：暂未工作且不是在校学生的，须上传身份证或居住证',
          'Missing {material}: someone not working and not a student must upload the ID card or residence permit',
        ),
        hint: FOUND_BY_NAME,
      },
      'central-department': {
        message: l(
          '缺少{material}：会计管理部门选择国家机关事务管理局的，须上传身份证或居住证',
          'Missing {material}: with 国家机关事务管理局 as department, the ID card or residence permit is required',
        ),
        hint: FOUND_BY_NAME,
      },
      'online-real-name': {
        message: l(
          '缺少{material}：线上实名认证需要证件人像面、非人像面和手持证件照片',
          'Missing {material}: online real-name verification needs both ID sides and a photo holding the ID',
        ),
        hint: l(
          '准备三张照片，或改用支付宝扫码实名认证（real_name: alipay）',
          'Prepare the three images, or verify with Alipay instead (real_name: alipay)',
        ),
      },
      'scope-1': {
        message: l(
          '缺少{material}：从事会计工作的人员必须上传加盖公章的会计工作（经历）证明',
          'Missing {material}: accountants must upload the stamped work proof',
        ),
        hint: l(
          '运行 `ausm-check template` 生成预填好的证明，请单位盖章后拍照放入文件夹',
          'Run `ausm-check template` for a pre-filled proof; have it stamped and put a photo of it in the folder',
        ),
      },
      'scope-1-printed': {
        message: l(
          '缺少{material}：从事会计工作的人员必须上传加盖公章的会计工作（经历）证明',
          'Missing {material}: accountants must upload the stamped work proof',
        ),
        hint: PRINTED,
      },
      'work-entry-printed': {
        message: l(
          '缺少{material}：填写的每段工作经历都需要单位盖章的证明',
          'Missing {material}: each listed work entry needs a proof stamped by the employer',
        ),
        hint: PRINTED,
      },
      'work-entry': {
        message: l(
          '缺少{material}：填写的每段工作经历都需要单位盖章的证明',
          'Missing {material}: each listed work entry needs a proof stamped by the employer',
        ),
        hint: l(
          '运行 `ausm-check template` 生成预填好的证明，请单位盖章后拍照放入文件夹',
          'Run `ausm-check template` for a pre-filled proof; have it stamped and put a photo of it in the folder',
        ),
      },
      secondary: {
        message: l(
          '缺少{material}：高中、中专、职高、技校的学历不能在线核验，必须上传毕业证照片',
          'Missing {material}: 高中/中专/职高/技校 diplomas are never checked online; a photo of the diploma is required',
        ),
        hint: FOUND_BY_NAME,
      },
      'membership-card': {
        message: l(
          '缺少{material}：注册会计师、资产评估师需上传会员证彩色照片',
          'Missing {material}: CPAs and asset appraisers must upload their membership card',
        ),
        hint: FOUND_BY_NAME,
      },
    },
  },
  'material/not-found': {
    title: l(
      'profile.yaml 中写的文件应在文件夹里',
      'Files named in profile.yaml should be in the folder',
    ),
    source: l(
      'profile.md：材料路径相对于 profile.yaml 所在文件夹',
      'profile.md: material paths are relative to the profile folder',
    ),
    fix: l(
      '核对文件名（包括扩展名），或把文件放进该文件夹。',
      'Check the file name (and extension), or put the file into the folder.',
    ),
    messages: {
      default: {
        message: l('找不到文件 {file}', 'File {file} is not in the folder'),
        hint: l(
          '把文件放进文件夹，或改正 profile.yaml 中的文件名',
          'Put the file in the folder, or correct its name in profile.yaml',
        ),
      },
      suggest: {
        message: l(
          '找不到文件 {file}；文件夹里相近的有：{suggestions}',
          'File {file} is not in the folder; similar names there: {suggestions}',
        ),
        hint: l(
          '改正 profile.yaml 中的文件名（注意扩展名 .jpg/.jpeg/.png）',
          'Correct the name in profile.yaml (mind the extension .jpg/.jpeg/.png)',
        ),
      },
    },
  },
  'material/ambiguous': {
    title: l(
      '按文件名查找材料时，每项材料应只匹配一个文件',
      'Each material should match one file by name',
    ),
    source: l(
      'profile.md “Materials found by file name”：多个匹配时不自动选择',
      'profile.md, "Materials found by file name": several matches are never picked silently',
    ),
    fix: l(
      '在 profile.yaml 中写明用哪个文件，或删除/改名多余的文件。',
      'Name the file to use in profile.yaml, or remove or rename the others.',
    ),
    messages: {
      default: {
        message: l(
          '{count} 个文件都像是{material}：{files}',
          '{count} files look like the {material}: {files}',
        ),
        hint: l(
          '在 profile.yaml 的该字段写明要用的文件名',
          'Name the one to use in this field of profile.yaml',
        ),
      },
      'folder-too-large': {
        message: l(
          '申请人文件夹中至少有 {count} 个文件或子文件夹，超过上限 {max}：只看了按名称排序的前 {max} 个，按文件名查找材料可能漏掉文件',
          'The applicant folder holds at least {count} files or sub-folders, more than the limit of {max}: only the first {max} by name were looked at, so finding materials by file name may miss a file',
        ),
        hint: l(
          '把 profile.yaml 和材料图片移到一个只放这些文件的新文件夹，再检查那个文件夹',
          'Move profile.yaml and the material images into a new folder that holds only them, and check that folder',
        ),
      },
    },
  },
  'material/recommended': {
    title: l(
      '在线核验可能不通过的材料，最好提前准备证明图片',
      'Proofs needed when the online check fails are best prepared',
    ),
    source: l(
      '填报指南 一（四）（五）：比对/核验不通过的需上传证明材料',
      'Guide 一（四）（五）: when the online check fails, a proof image must be uploaded',
    ),
    fix: l(
      '准备证书彩色照片或学信网认证报告截图，放入文件夹并在 proof 中写明。',
      'Prepare a colour photo of the certificate (or the 学信网 report) and name it under proof.',
    ),
    messages: {
      'education-proof': {
        message: l(
          '没有{material}：若学信网自动比对不通过，需要上传学历/学位证书或认证报告',
          'No {material}: if the online 学信网 check fails you must upload the diploma/degree or its verification report',
        ),
        hint: l(
          '提前准备好毕业证、学位证照片或学信网认证报告截图',
          'Prepare photos of the diploma and degree, or a 学信网 report screenshot',
        ),
      },
      'qualification-proof': {
        message: l(
          '没有{material}：若平台自动核验不通过，需要上传证书照片',
          'No {material}: if the online check fails you must upload the certificate',
        ),
        hint: l('提前准备好资格证书彩色照片', 'Prepare a colour photo of the certificate'),
      },
    },
  },
  'material/unused': {
    title: l(
      '文件夹中的图片都应被某项材料用到',
      'Images in the folder should each be used by a material',
    ),
    source: l(
      'ausm-check：帮你发现放错或命名不规范的文件',
      'ausm-check: spots misplaced or oddly named files',
    ),
    fix: l(
      '在 profile.yaml 中写明它属于哪项材料，或按材料命名，或移出文件夹。',
      'Name it under a material in profile.yaml, rename it, or move it out of the folder.',
    ),
    messages: {
      default: {
        message: l('图片 {file} 没有被任何材料用到', 'Image {file} is not used by any material'),
        hint: l(
          '若它是某项材料，请在 profile.yaml 中写明或按材料改名；否则可忽略',
          'If it is a material, name it in profile.yaml or rename it; otherwise ignore this',
        ),
      },
    },
  },
  'file/empty': {
    title: l('材料文件不应是空文件', 'Material files should not be empty'),
    source: l('填报指南 一：文件大小要求', 'Guide 一: file size requirements'),
    fix: l('重新导出或复制原文件。', 'Export or copy the original file again.'),
    messages: {
      default: {
        message: l('{file} 是空文件（0 字节）', '{file} is empty (0 bytes)'),
        hint: l(
          '文件可能复制或下载失败，请重新复制原图',
          'The copy or download probably failed; copy the original again',
        ),
      },
    },
  },
  'file/unreadable': {
    title: l('材料文件应能被读取', 'Material files should be readable'),
    source: l(
      'ausm-check：无法读取的文件也无法上传',
      'ausm-check: a file that cannot be read cannot be uploaded either',
    ),
    fix: l(
      '确认它是文件夹内的普通文件，并有读取权限。',
      'Make sure it is a regular file inside the folder that you can read.',
    ),
    messages: {
      directory: {
        message: l('{file} 是一个文件夹，不是图片文件', '{file} is a folder, not an image file'),
        hint: l(
          '写明文件夹里的那张图片，或把图片移出来',
          'Name the image inside it instead, or move the image out',
        ),
      },
      permission: {
        message: l('没有权限读取 {file}', 'No permission to read {file}'),
        hint: l(
          '修改文件权限（如 chmod u+r）后再运行',
          'Fix the permissions (e.g. chmod u+r) and run again',
        ),
      },
      'broken-link': {
        message: l(
          '{file} 是一个失效的链接（指向的文件不存在）',
          '{file} is a broken link (its target does not exist)',
        ),
        hint: l('把真正的图片复制到文件夹中', 'Copy the real image into the folder'),
      },
      'outside-link': {
        message: l(
          '{file} 指向申请人文件夹之外，出于安全未读取',
          '{file} points outside the applicant folder; not read, for safety',
        ),
        hint: l(
          '把图片本身复制进该文件夹，不要用链接或 ../ 路径',
          'Copy the image itself into the folder; do not use links or ../ paths',
        ),
      },
      special: {
        message: l('{file} 不是普通文件', '{file} is not a regular file'),
        hint: l('把真正的图片复制到文件夹中', 'Copy the real image into the folder'),
      },
      io: {
        message: l('读取 {file} 时出错：{detail}', 'Error reading {file}: {detail}'),
        hint: l('检查磁盘和文件是否完好', 'Check the disk and the file'),
      },
      'folder-permission': {
        message: l(
          '没有权限列出申请人文件夹的内容，无法按文件名查找材料',
          'No permission to list the applicant folder, so no material can be found by file name',
        ),
        hint: l(
          '给文件夹加上读取权限（如 chmod u+rx 文件夹）后再运行',
          'Give the folder read permission (e.g. chmod u+rx on the folder) and run again',
        ),
      },
      'folder-io': {
        message: l(
          '列出申请人文件夹的内容时出错（{detail}），无法按文件名查找材料',
          'Error listing the applicant folder ({detail}), so no material can be found by file name',
        ),
        hint: l('检查磁盘和文件夹是否完好', 'Check the disk and the folder'),
      },
    },
  },
} satisfies Catalog;
