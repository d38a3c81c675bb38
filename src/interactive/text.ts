import type { Lang } from '../messages/types.js';

/**
 * The words of `init` and `fill`. Field labels are not here: they are the platform's own labels
 * from the schema (`fieldInfo`), so a question reads exactly like the form it prepares.
 * Scope wording is the guide's (三（四）3 “采集范围选择”).
 */
const zh = {
  scopeNames: [
    '（一）会计人员（从事会计工作）',
    '（二）不从事第（一）项所列具体会计工作但具有会计专业技术资格的人员',
    '（三）暂未工作但拟报名初级会计专业技术资格考试的人员',
    '（四）暂未工作但具有博士学位拟报名中级会计专业技术资格考试的人员',
    '（五）不符合（一）至（四）项采集范围，但通过全国统一考试，取得中级经济、统计、审计专业技术资格，拟报名中级会计专业技术资格考试的人员',
  ],
  scopeHelp: [
    '正在单位做出纳、稽核、核算、报表、会计监督、档案管理等会计工作（含会计机构负责人、总会计师；内部审计、内控岗位也选这一项）',
    '现在不做上面这些会计工作，但已取得会计初级、中级或高级资格',
    '还没有工作（含在校学生），准备报考初级会计资格',
    '还没有工作，有博士学位，准备报考中级会计资格',
    '以上都不是，但通过全国考试取得了中级经济师、统计师或审计师资格，准备报考中级会计资格',
  ],
  scopeIntro:
    '先选择采集范围：它决定平台要你填写哪些信息、准备哪些材料。\n不确定选哪一项？看每一项下面的说明（用序号或 ↑↓ 选中时显示）。',
  welcome: (dir: string) =>
    `ausm-check init：按平台“信息采集”的顺序提问，答案写入 ${dir}/profile.yaml。\n每个回答都会立即按检查规则核对。输入 - 跳过某一项（以后用 ausm-check fill 补上）；Ctrl-C 随时退出，不写入任何文件。`,
  section: (title: string) => `── ${title} ──`,
  selectHelp: '输入序号或用 ↑↓ 选择，回车确认',
  checkboxHelp: '输入序号或空格勾选（可多选），回车确认',
  searchHelp: '输入序号或名称中的任意文字筛选，↑↓ 选择，回车确认',
  noMatch: '没有匹配的选项（按退格键修改输入）',
  yes: '是',
  no: '否',
  optional: '（选填，直接回车跳过）',
  keep: '保持原样，稍后处理',
  retrySelect: '重新选择吗？',
  otherFile: '输入其他文件名…',
  noFileYet: '暂不填写（稍后把文件放进文件夹）',
  fileName: (label: string) => `${label}：文件名（文件须放在申请人文件夹里）`,
  typeValue: '手动输入…',
  noCounty: '不选区县（市级会计管理部门）',
  provinceDirect: '省直属（营业执照由省级市场监督管理局颁发）',
  departmentHelp: [
    '按单位营业执照的登记机关所在地选择；省级市场监督管理局颁发的选“省直属”（指南 三（四）2）',
    '不从事会计工作：选择户籍所在地或居住地（身份证所属地）',
    '全日制在校学生：按学籍所在地选择',
  ],
  department: {
    province: '所在会计管理部门：省（或中央单位、兵团）',
    city: '所在会计管理部门：市（地区）',
    county: '所在会计管理部门：区县',
    typed: '所在会计管理部门（省/市/区县，如 云南省/昆明市/五华区）',
  },
  student: '你是全日制在校学生吗？',
  realName: {
    alipay: '支付宝扫码（alipay）',
    online: '线上实名认证（online：需上传身份证正反面和手持身份证照片）',
  },
  addEducation: '再添加一条教育经历吗？',
  addEducationStudent:
    '大专在校生报考初级需填写高中（中专、职高、技校）学历并上传毕业证。再添加一条吗？',
  addWork: '再添加一条工作经历吗？',
  hasWork: '要填写工作经历吗？（无工作单位的无需填写；拟报考中级、高级须填写）',
  hasAccounting: '你有会计专业技术资格（初级、中级、高级）吗？',
  addAccounting: '再添加一条会计专业技术资格吗？',
  addOther: '再添加一条其他专业技术资格吗？',
  planExam: '拟报考的会计专业技术资格考试',
  planNone: '暂不填写',
  entry: (title: string, n: number) => `${title} 第${n}条`,
  addEntry: (title: string) => `添加一条${title}吗？`,
  exists: (file: string) => `${file} 已存在。改为只补充缺少或填错的信息（ausm-check fill）吗？`,
  notTouched: '未写入任何文件。',
  startOver: (file: string, dir: string) =>
    `要从头重新回答所有问题：先删除 ${file} 或给它改名（如 profile.old.yaml），再运行 ausm-check init ${dir}；只补充缺少或填错的信息：ausm-check fill ${dir}`,
  initDone: (dir: string) =>
    `init 已完成（退出码 0）：profile.yaml 已写入，但上面还有要改的问题。改好后运行 ausm-check check ${dir}，它的退出码才表示能否提交（0 可以提交，1 不可以）。`,
  wrote: (files: string) => `已写入 ${files}`,
  backup: (file: string) => `原文件已备份为 ${file}`,
  cancelled: '已取消：未写入任何文件。',
  cancelledFill: (file: string) => `已取消：${file} 未作任何修改。`,
  needsTerminal: (command: string) =>
    `ausm-check ${command} 需要在终端中交互运行（标准输入和输出须是终端，且未设置 CI）；可直接编辑 profile.yaml，或参考 examples/ 中的示例`,
  noProfile: (dir: string) => `${dir} 中没有 profile.yaml；运行 ausm-check init ${dir} 按提示生成`,
  nothingToFill: '没有可以通过回答问题补充的信息。',
  fillIntro: (n: number) =>
    `有 ${n} 项信息缺少或填错，逐项询问。输入 - 或选择“保持原样”跳过；Ctrl-C 退出，不写入任何内容。`,
  cannotAsk: '这一项无法通过提问修改，请直接编辑 profile.yaml。',
  fillNow: '现在补充这些信息吗？',
  stillWrong: '这个回答仍有问题：',
  answerHere: '在下面的问题中回答这一项',
  skipAlone: '选了“暂不填写”（或“保持原样”）就不要再勾选文件；取消其中一项后回车',
  warning: '提示',
  noChanges: '没有修改，未写入文件。',
  checking: '重新检查：',
};

type InteractiveText = typeof zh;

const en: InteractiveText = {
  scopeNames: [
    '(1) Accounting personnel (doing accounting work)',
    '(2) Not doing the accounting work of (1) but holding an accounting qualification',
    '(3) Not yet working, planning to register for the junior (初级) accounting exam',
    '(4) Not yet working, holding a doctorate, planning to register for the intermediate (中级) exam',
    '(5) None of (1)–(4), but holding an intermediate economics, statistics or audit qualification passed by national exam, planning to register for the intermediate accounting exam',
  ],
  scopeHelp: [
    'You work as a cashier, auditor, bookkeeper, report preparer, in accounting supervision or archives (also heads of accounting, CFOs, internal audit and internal control)',
    'You do none of that now, but you hold a junior, intermediate or senior accounting qualification',
    'You are not working yet (students included) and will take the junior exam',
    'You are not working yet, hold a doctorate and will take the intermediate exam',
    'None of the above, but you passed the national exam for intermediate economist, statistician or auditor and will take the intermediate accounting exam',
  ],
  scopeIntro:
    'First choose the collection scope (采集范围): it decides what the platform asks for.\nNot sure? Each choice shows a short description when selected (by number or ↑↓).',
  welcome: (dir: string) =>
    `ausm-check init: questions in the order of the platform's 信息采集 form; answers go to ${dir}/profile.yaml.\nEach answer is checked at once by the checker's rules. Type - to skip a question (fill it later with ausm-check fill); Ctrl-C quits without writing anything.`,
  section: (title: string) => `── ${title} ──`,
  selectHelp: 'type the number or use ↑↓, then Enter',
  checkboxHelp: 'type numbers or Space to tick (several allowed), then Enter',
  searchHelp: 'type the number or any part of the name to filter, ↑↓ to move, then Enter',
  noMatch: 'Nothing matches (Backspace to change what you typed)',
  yes: 'Yes',
  no: 'No',
  optional: ' (optional, Enter to skip)',
  keep: 'Leave as it is, deal with it later',
  retrySelect: 'Choose again?',
  otherFile: 'Type another file name…',
  noFileYet: 'Not yet (put the file in the folder later)',
  fileName: (label: string) => `${label}: file name (the file goes in the applicant folder)`,
  typeValue: 'Type it…',
  noCounty: 'No county (the city-level department)',
  provinceDirect: '省直属 (licence issued by the provincial market-regulation bureau)',
  departmentHelp: [
    "Choose where the employer's business licence was issued; 省直属 for a licence from the provincial bureau (guide 三（四）2)",
    'Not doing accounting work: your place of household registration or residence (where your ID card is from)',
    'Full-time students: where your school registration is',
  ],
  department: {
    province: 'Accounting management department: province (or central body, XPCC)',
    city: 'Accounting management department: city (prefecture)',
    county: 'Accounting management department: county / district',
    typed: 'Accounting management department (province/city/county, e.g. 云南省/昆明市/五华区)',
  },
  student: 'Are you a full-time student?',
  realName: {
    alipay: 'Alipay QR code (alipay)',
    online: 'Online verification (online: needs both sides of the ID card and a photo holding it)',
  },
  addEducation: 'Add another education entry?',
  addEducationStudent:
    'A college student taking the junior exam also enters the high-school (or vocational) education with its diploma. Add another entry?',
  addWork: 'Add another work entry?',
  hasWork:
    'Enter work experience? (not needed without an employer; needed for the intermediate and senior exams)',
  hasAccounting: 'Do you hold an accounting qualification (junior, intermediate, senior)?',
  addAccounting: 'Add another accounting qualification?',
  addOther: 'Add another professional qualification?',
  planExam: 'Accounting exam you plan to take',
  planNone: 'Not now',
  entry: (title: string, n: number) => `${title} #${n}`,
  addEntry: (title: string) => `Add an entry to ${title}?`,
  exists: (file: string) =>
    `${file} already exists. Only fill in what is missing or wrong instead (ausm-check fill)?`,
  notTouched: 'Nothing was written.',
  startOver: (file: string, dir: string) =>
    `To answer every question again from the start: delete ${file} or rename it (e.g. to profile.old.yaml), then run ausm-check init ${dir}; to fill in only what is missing or wrong: ausm-check fill ${dir}`,
  initDone: (dir: string) =>
    `init is done (exit code 0): profile.yaml is written, with the problems above still to fix. Once they are fixed, run ausm-check check ${dir}; its exit code says whether the folder is ready (0 ready, 1 not).`,
  wrote: (files: string) => `Wrote ${files}`,
  backup: (file: string) => `The previous version is saved as ${file}`,
  cancelled: 'Cancelled: nothing was written.',
  cancelledFill: (file: string) => `Cancelled: ${file} is unchanged.`,
  needsTerminal: (command: string) =>
    `ausm-check ${command} asks questions and needs a terminal (stdin and stdout a TTY, CI unset); edit profile.yaml directly or start from one in examples/`,
  noProfile: (dir: string) =>
    `${dir} has no profile.yaml; run ausm-check init ${dir} to be asked the questions`,
  nothingToFill: 'Nothing that an answer could fix.',
  fillIntro: (n: number) =>
    `${n} item(s) missing or wrong; asking one at a time. Type - or choose "Leave as it is" to skip; Ctrl-C quits without writing anything.`,
  cannotAsk: 'This one cannot be fixed by a question; edit profile.yaml directly.',
  fillNow: 'Fill these in now?',
  stillWrong: 'This answer still has a problem:',
  answerHere: 'Answer it at the question below',
  skipAlone: 'Tick either files or “Not yet” (“Leave as it is”), not both',
  warning: 'note',
  noChanges: 'No changes; nothing written.',
  checking: 'Checking again:',
};

export function interactiveText(lang: Lang): InteractiveText {
  return lang === 'en' ? en : zh;
}
