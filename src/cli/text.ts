import { errorCode, WriteRefusedError } from '../util/writable.js';
import type { Lang } from '../messages/types.js';

const zh = {
  description:
    '全国会计人员统一服务管理平台“信息采集”提交前检查：照片、扫描件、证件号码、日期与所需材料。\n示例：ausm-check ./我的材料',
  optVersion: '显示版本号（及内置参考数据的日期）',
  optHelp: '显示帮助',
  optFormat: '报告格式',
  optOutput: '把报告写入文件（终端只显示一行摘要）',
  optLang: '提示语言：zh 中文或 en 英文',
  optToday: '规则比较用的“今天”日期 YYYY-MM-DD，便于复现',
  optShowPii: '完整显示身份证号、手机号、姓名（默认按平台方式打码）',
  optMaxWarnings: '警告数超过 N 时也以退出码 1 结束',
  optQuiet: '只显示错误',
  optNoColor: '不使用颜色',
  optNoInteractive: '从不提问',
  optConfig: '单位统一的规则配置文件（ausm-check.config.yaml）',
  deepReading: (file: string) => `--deep 正在读取 ${file} …`,
  optDeep: '读取证明、学历证书、身份证图片和证件照中的人像并与填报信息核对（离线，需另装读取引擎）',
  deepMissing: (install: string | undefined) =>
    install
      ? `--deep 需要另装离线读取引擎（不随 ausm-check 默认安装）。请运行：${install}`
      : '此版本的 ausm-check 尚无 --deep 的读取引擎；请去掉 --deep 再检查',
  argDir: '申请人文件夹（含 profile.yaml 和照片、扫描件）',
  argDirs: '一个或多个申请人文件夹（各含 profile.yaml 和照片、扫描件）',
  argRule: '规则编号，如 photo/min-pixels',
  cmdCheck: '检查一个申请人文件夹（默认命令）。示例：ausm-check check ./张三',
  cmdInit:
    '按平台“信息采集”的顺序提问，生成带中文注释的 profile.yaml 和 profile.schema.json。示例：ausm-check init ./张三',
  cmdFill:
    '只询问缺少或填错的信息，写回 profile.yaml（保留注释和其余内容，原文件备份为 profile.yaml.bak）。示例：ausm-check fill ./张三',
  argInitDir: '申请人文件夹（默认当前文件夹；不存在时创建）',
  cmdBatch:
    '批量检查：ROOT 下每个含 profile.yaml 或图片的子文件夹是一位员工（部门文件夹会往下找）。示例：ausm-check batch ./员工材料 --format csv -o 结果.csv',
  argRoot: '包含多个申请人文件夹的上级文件夹',
  optJobs: '同时检查的文件夹数，也是同时解码的图片数（默认 CPU 核数；1 = 只用一个核）',
  optShard: '只检查第 K 份（共 N 份，按文件夹名稳定划分），供多台机器分担',
  optMerge: '合并多个 --format ndjson 的输出并按 --format 重新输出',
  optFindingsCsv: '另写一个每条检查结果一行的 CSV 文件',
  optBatchTemplate:
    '同时为每位员工生成会计工作（经历）证明，文件名以文件夹名开头，放在一个文件夹里',
  optTemplateOut: '--template 的输出文件夹（默认 ROOT/work-proofs）',
  cmdTemplate:
    '为每段工作经历生成预填好的《会计工作（经历）证明》(.docx)，交单位盖章。示例：ausm-check template ./张三',
  optOut: '写入的文件夹（默认为申请人文件夹）',
  optForce: '即使证明上要打印的信息有错误也生成，并覆盖已有文件',
  optOverwrite: '覆盖已有的证明文件（仍先检查要打印的信息）',
  optTemplate:
    '使用另一个模板：内置模板写名称（如 work-commitment 工作经历承诺书），或写模板文件的路径',
  cmdFix:
    '把照片和扫描件修复为合规的副本写入 --out 文件夹：压缩到大小范围内、证件照转为 JPEG、按方向转正、去除 GPS 等信息、合并同一材料的多张图片；从不放大、不改动原文件。示例：ausm-check fix ./张三 --out ./张三-修复后',
  optFixOut: '写入修复后文件的文件夹（不能是申请人文件夹或其中的文件夹）',
  optFixForce: '输出文件夹不为空时也写入，覆盖同名文件',
  optDryRun: '只显示修复计划，不写入任何文件',
  cmdRules: '列出全部规则：编号、严重程度、分类、检查内容。示例：ausm-check rules',
  cmdExplain:
    '详细说明一条规则：检查什么、依据、怎么改。示例：ausm-check explain work/after-graduation',
  cmdSchema:
    '输出 profile.yaml 的 JSON Schema（供编辑器补全）。示例：ausm-check schema > profile.schema.json',
  optSchemaReport: '改为输出检查报告（--format json）的 JSON Schema，供其他语言的程序校验报告',
  noSuchDir: (dir: string) => `文件夹不存在：${dir}`,
  notADir: (dir: string) => `不是文件夹：${dir}`,
  cannotListDir: (dir: string, permission: boolean, detail: string) =>
    permission
      ? `没有权限读取文件夹 ${dir} 的内容；给它加上读取权限（如 chmod u+rx）后再运行`
      : `无法读取文件夹 ${dir} 的内容（${detail}）；检查磁盘和文件夹是否完好`,
  unknownRule: (rule: string, near: string) =>
    `没有规则 “${rule}”${near ? `；是不是 ${near}？` : ''}（运行 ausm-check rules 查看全部）`,
  cannotWrite: (file: string, why: string) => `无法写入 ${file}：${why}`,
  readOnly: (file: string) =>
    `${file} 是只读文件，未改动；确实要让 ausm-check 写入，请先运行 chmod u+w ${file}`,
  leavesFolder: (file: string, folder: string) =>
    `${file} 经符号链接指向文件夹 ${folder} 之外，为安全起见未写入；请删除该链接，或换一个位置`,
  protectedFile: (file: string, folder: string) =>
    `不能把报告写到 ${file}：它在被检查的文件夹 ${folder} 中，会覆盖申请人的文件；请写到文件夹之外，例如 -o 报告.json`,
  notAFile: (file: string) => `${file} 不是普通文件（是文件夹、块设备或套接字），未写入`,
  errno: {
    EACCES: '没有写入权限',
    EPERM: '不允许写入',
    EROFS: '所在的文件系统是只读的',
    ENOSPC: '磁盘空间不足',
    EDQUOT: '超出磁盘配额',
    ENOENT: '路径不存在（上级文件夹不存在，或那里不能新建文件）',
    ENOTDIR: '路径中有一部分不是文件夹',
    EISDIR: '这是一个文件夹',
    ELOOP: '符号链接层数过多',
    ENXIO: '没有程序在读取这个管道',
    EEXIST: '已存在',
    EBUSY: '文件正被占用',
  } as Readonly<Record<string, string>>,
  wrote: (file: string) => `报告已写入 ${file}`,
  fillHint: (dir: string) => `运行 ausm-check fill ${dir} 按提示补充缺少或填错的信息`,
  mergeUnreadable: (file: string, why: string) => `--merge 无法读取 ${file}：${why}`,
  mergeNotJson: (at: string) =>
    `--merge ${at}：不是一行 JSON（请合并 batch --format ndjson 的输出）`,
  mergeInvalid: (at: string, where: string, why: string) =>
    `--merge ${at}：不是 ausm-check 的报告（${where}：${why}）；请合并 batch --format ndjson 的原样输出`,
  emptyDir: '文件夹参数为空（""）；请写出要检查的文件夹，当前文件夹写 .',
  badShard: (given: string, k: string, n: string) =>
    /^\d+$/.test(k) && /^\d+$/.test(n) && Number(n) > 0
      ? `--shard ${given}：第 ${k} 份超出范围，共 ${n} 份时 K 只能是 1 到 ${n}`
      : `--shard ${given}：应写成 K/N（把文件夹分成 N 份，检查第 K 份，1 ≤ K ≤ N），例如 --shard 1/4`,
  readErrno: {
    ENOENT: '文件不存在',
    EACCES: '没有读取权限',
    EPERM: '不允许读取',
    EISDIR: '这是一个文件夹，不是文件',
  } as Readonly<Record<string, string>>,
  schemaReason: {
    type: (expected: string) => `应为${expected}`,
    value: '取值不在允许的范围内',
    missing: '缺少此项',
    unknownKey: (keys: string) => `有不认识的键 ${keys}`,
    other: '内容不符合报告的格式',
  },
  schemaKinds: {
    string: '文字',
    number: '数字',
    boolean: 'true 或 false',
    object: '对象',
    array: '列表',
  } as Readonly<Record<string, string>>,
  severity: { error: '错误', warning: '警告', info: '提示', off: '关闭' } as Readonly<
    Record<string, string>
  >,
  wrongCommandCheck: (command: string, dir: string) =>
    `${dir} 本身含有 profile.yaml，是一位申请人的文件夹；请运行 ${command} check ${dir}（batch 用于包含多个申请人文件夹的上级文件夹）`,
  config: {
    read: (file: string, why: string) => `无法读取配置文件 ${file}：${why}`,
    yaml: (at: string, detail: string, excerpt: string) =>
      `配置文件 ${at} 有 YAML 语法错误：${detail}${excerpt ? `\n${excerpt}` : ''}\n检查该行的缩进、冒号后的空格和括号、引号是否成对`,
    schema: (file: string, where: string) =>
      `配置文件 ${file} 中 ${where} 不符合格式：rules 下每条写“规则编号: off、error、warning 或 info”，waivers 下每条写 rule 和 reason（可选 field、file）`,
    unknownRule: (file: string, rule: string, near: string, command: string) =>
      `配置文件 ${file} 中没有规则 “${rule}”${near ? `；是不是 ${near}？` : ''}（运行 ${command} rules 查看全部规则编号）`,
  },
  folderFailed: (folder: string, detail: string) =>
    `检查文件夹 ${folder} 时出错（${detail}）；单独运行 check 查看详情`,
  unknownCommand: (word: string, near: string) =>
    `未知命令 “${word}”，也没有这个文件夹；是不是 ${near}？（运行 ausm-check --help 查看全部命令）`,
  severalFolders: (format: string) =>
    `--format ${format} 的报告只能容纳一个文件夹；一次检查多个文件夹请用 pretty、compact 或 markdown，或用 ausm-check batch`,
  mergeDuplicate: (target: string, first: string, again: string) =>
    `--merge：文件夹 “${target}” 出现两次（${first} 与 ${again}）；同一分片合并了两次，或两批检查有同名文件夹。每个文件夹只能合并一次`,
};

type CliText = typeof zh;

const en: CliText = {
  description:
    "Pre-submission checker for the information collection (信息采集) of China's national accounting-personnel platform: photos, scans, ID numbers, dates and required materials.\nExample: ausm-check ./my-materials",
  optVersion: 'print the version (and the dates of bundled reference data)',
  optHelp: 'show help',
  optFormat: 'report format',
  optOutput: 'write the report to a file (the terminal gets a one-line summary)',
  optLang: 'message language: zh (Chinese) or en (English)',
  optToday: 'the date rules compare against, YYYY-MM-DD, for reproducible runs',
  optShowPii: 'show ID numbers, phones and names in full (masked by default, as the platform does)',
  optMaxWarnings: 'exit 1 when there are more than N warnings',
  optQuiet: 'errors only',
  optNoColor: 'plain output without colour',
  optNoInteractive: 'never ask questions',
  optConfig: 'organisation-wide rule configuration (ausm-check.config.yaml)',
  deepReading: (file) => `--deep is reading ${file} …`,
  optDeep:
    'read the proofs, diplomas, ID images and the face in the photo, and compare them with the profile (offline; needs the optional engine)',
  deepMissing: (install) =>
    install
      ? `--deep needs the optional offline reading engine (not installed with ausm-check by default). Install it with: ${install}`
      : 'this version of ausm-check has no reading engine for --deep yet; check without --deep',
  argDir: 'the applicant folder (profile.yaml plus photos and scans)',
  argDirs: 'one or more applicant folders (each with profile.yaml, photos and scans)',
  argRule: 'a rule id, e.g. photo/min-pixels',
  cmdCheck:
    'check one applicant folder (the default command). Example: ausm-check check ./zhang-san',
  cmdInit:
    "ask the questions of the platform's 信息采集 form and write a commented profile.yaml and profile.schema.json. Example: ausm-check init ./zhang-san",
  cmdFill:
    'ask only for what is missing or wrong and write it back into profile.yaml (comments and the rest kept; the old file saved as profile.yaml.bak). Example: ausm-check fill ./zhang-san',
  argInitDir: 'the applicant folder (default: the current folder; created if missing)',
  cmdBatch:
    'check every applicant folder under ROOT (each sub-folder holding a profile.yaml or images; department folders are looked into). Example: ausm-check batch ./staff --format csv -o result.csv',
  argRoot: 'the folder holding one sub-folder per applicant',
  optJobs:
    'folders checked (and images decoded) at once (default: the number of CPUs; 1 = one core)',
  optShard:
    'check only slice K of N (a stable split by folder name), to share a batch between machines',
  optMerge: 'merge several --format ndjson outputs and render them in --format',
  optFindingsCsv: 'also write a CSV with one row per finding',
  optBatchTemplate:
    "also write every employee's work proofs into one folder, each file named after its folder",
  optTemplateOut: 'the folder --template writes into (default ROOT/work-proofs)',
  cmdTemplate:
    'write the pre-filled work proof (会计工作（经历）证明, .docx) for each work entry, for the employer to stamp. Example: ausm-check template ./zhang-san',
  optOut: 'folder to write into (default: the applicant folder)',
  optForce: 'write even when the printed fields have errors, and replace existing files',
  optOverwrite: 'replace existing proof files (the printed fields are still checked first)',
  optTemplate: 'use another template: a bundled one by name (e.g. work-commitment) or a file path',
  cmdFix:
    'write compliant copies of the photos and scans into --out: recompressed into the size range, the photo converted to JPEG, rotation baked in, GPS and other metadata removed, several files of one material merged; never enlarges, never touches the originals. Example: ausm-check fix ./zhang-san --out ./zhang-san-fixed',
  optFixOut: 'folder to write the fixed files into (not the applicant folder, nor inside it)',
  optFixForce: 'write into an output folder that is not empty, replacing files of the same name',
  optDryRun: 'print the plan only; write nothing',
  cmdRules: 'list every rule: id, severity, section, what it checks. Example: ausm-check rules',
  cmdExplain:
    'explain one rule: what it checks, why, how to fix. Example: ausm-check explain work/after-graduation',
  cmdSchema:
    "print the profile's JSON Schema (for editor completion). Example: ausm-check schema > profile.schema.json",
  optSchemaReport:
    'print the JSON Schema of the report (--format json) instead, for programs in other languages',
  noSuchDir: (dir) => `no such folder: ${dir}`,
  notADir: (dir) => `not a folder: ${dir}`,
  cannotListDir: (dir, permission, detail) =>
    permission
      ? `no permission to list the folder ${dir}; give it read permission (e.g. chmod u+rx) and run again`
      : `cannot list the folder ${dir} (${detail}); check the disk and the folder`,
  unknownRule: (rule, near) =>
    `no rule "${rule}"${near ? `; did you mean ${near}?` : ''} (see ausm-check rules)`,
  cannotWrite: (file, why) => `cannot write ${file}: ${why}`,
  readOnly: (file) =>
    `${file} is read-only and was left unchanged; to let ausm-check write it, run chmod u+w ${file} first`,
  leavesFolder: (file, folder) =>
    `${file} leads through a symbolic link out of the folder ${folder}, so it was not written; remove the link or choose another place`,
  protectedFile: (file, folder) =>
    `will not write the report to ${file}: it is inside the checked folder ${folder} and would replace the applicant's file; write it outside the folder, e.g. -o report.json`,
  notAFile: (file) =>
    `${file} is not a regular file (a folder, block device or socket); not written`,
  errno: {
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EROFS: 'the file system is read-only',
    ENOSPC: 'the disk is full',
    EDQUOT: 'the disk quota is exceeded',
    ENOENT: 'no such file or folder (the folder above is missing, or no file can be made there)',
    ENOTDIR: 'a part of the path is not a folder',
    EISDIR: 'it is a folder',
    ELOOP: 'too many levels of symbolic links',
    ENXIO: 'no program is reading this pipe',
    EEXIST: 'it exists',
    EBUSY: 'the file is busy',
  },
  wrote: (file) => `report written to ${file}`,
  fillHint: (dir) => `run ausm-check fill ${dir} to be asked for what is missing or wrong`,
  mergeUnreadable: (file, why) => `--merge cannot read ${file}: ${why}`,
  mergeNotJson: (at) =>
    `--merge ${at}: this line is not JSON (merge the output of batch --format ndjson as it is)`,
  mergeInvalid: (at, where, why) =>
    `--merge ${at}: not an ausm-check report (${where}: ${why}); merge the output of batch --format ndjson as it is`,
  emptyDir: 'the folder argument is empty (""); name the folder to check, . for the current one',
  badShard: (given, k, n) =>
    /^\d+$/.test(k) && /^\d+$/.test(n) && Number(n) > 0
      ? `--shard ${given}: there are ${n} slices, so K must be 1 to ${n}, not ${k}`
      : `--shard ${given}: write it as K/N (split the folders into N slices and check slice K, 1 ≤ K ≤ N), e.g. --shard 1/4`,
  readErrno: {
    ENOENT: 'no such file',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EISDIR: 'it is a folder, not a file',
  },
  schemaReason: {
    type: (expected) => `should be ${expected}`,
    value: 'is not one of the allowed values',
    missing: 'is missing',
    unknownKey: (keys) => `has unknown keys ${keys}`,
    other: 'does not fit the report format',
  },
  schemaKinds: {
    string: 'text',
    number: 'a number',
    boolean: 'true or false',
    object: 'an object',
    array: 'a list',
  },
  severity: { error: 'error', warning: 'warning', info: 'info', off: 'off' },
  wrongCommandCheck: (command, dir) =>
    `${dir} holds a profile.yaml itself, so it is one applicant's folder; run ${command} check ${dir} (batch is for the folder above several applicant folders)`,
  config: {
    read: (file, why) => `cannot read the configuration file ${file}: ${why}`,
    yaml: (at, detail, excerpt) =>
      `the configuration file ${at} has a YAML syntax error: ${detail}${excerpt ? `\n${excerpt}` : ''}\nCheck the indentation, the space after each colon and that brackets and quotes are paired on that line`,
    schema: (file, where) =>
      `${where} in the configuration file ${file} does not fit the format: each entry under rules is "rule-id: off, error, warning or info", each under waivers has rule and reason (field and file optional)`,
    unknownRule: (file, rule, near, command) =>
      `the configuration file ${file} names no rule "${rule}"${near ? `; did you mean ${near}?` : ''} (run ${command} rules to see every rule id)`,
  },
  folderFailed: (folder, detail) =>
    `checking the folder ${folder} failed (${detail}); run check on it alone for details`,
  unknownCommand: (word, near) =>
    `unknown command "${word}", and no folder of that name; did you mean ${near}? (ausm-check --help lists the commands)`,
  severalFolders: (format) =>
    `a --format ${format} report holds one folder; to check several at once use pretty, compact or markdown, or ausm-check batch`,
  mergeDuplicate: (target, first, again) =>
    `--merge: folder "${target}" appears twice (${first} and ${again}): the same shard merged twice, or two batches with a folder of the same name. Merge each folder once`,
};

export function cliText(lang: Lang): CliText {
  return lang === 'en' ? en : zh;
}

/** Why an error stopped a write, in words: the errno's meaning and its code. */
export function writeErrorText(error: unknown, lang: Lang): string {
  const code = errorCode(error);
  const words = cliText(lang).errno[code];
  if (words !== undefined) return lang === 'en' ? `${words} (${code})` : `${words}（${code}）`;
  return error instanceof Error && (error as NodeJS.ErrnoException).code === undefined
    ? error.message.split('\n')[0]!.slice(0, 200)
    : code;
}

/**
 * The one line for a write that failed or was refused (issue 13, items 4–6): which file, why,
 * and what to do. `file` is the path as the user should see it.
 */
export function writeFailure(file: string, error: unknown, lang: Lang): string {
  const t = cliText(lang);
  if (error instanceof WriteRefusedError)
    switch (error.reason) {
      case 'read-only':
        return t.readOnly(file);
      case 'outside':
        return t.leavesFolder(file, error.folder ?? '');
      case 'protected':
        return t.protectedFile(file, error.folder ?? '');
      case 'not-a-file':
        return t.notAFile(file);
    }
  return t.cannotWrite(file, writeErrorText(error, lang));
}

/** Why a file could not be read, in words: the errno's meaning and its code. */
export function readErrorText(error: unknown, lang: Lang): string {
  const code = errorCode(error);
  const words = cliText(lang).readErrno[code] ?? cliText(lang).errno[code];
  if (words !== undefined) return lang === 'en' ? `${words} (${code})` : `${words}（${code}）`;
  return writeErrorText(error, lang);
}

/** A zod issue of the report schema in words of `lang`, not zod's English (issue 14 item 4). */
export function schemaIssueText(
  issue: { code: string; expected?: unknown; keys?: readonly string[]; input?: unknown },
  lang: Lang,
): string {
  const r = cliText(lang).schemaReason;
  const kinds = cliText(lang).schemaKinds;
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return r.missing;
      return r.type(kinds[String(issue.expected)] ?? String(issue.expected));
    case 'invalid_value':
    case 'invalid_union':
    case 'too_small':
    case 'too_big':
    case 'invalid_format':
      return r.value;
    case 'unrecognized_keys':
      return r.unknownKey((issue.keys ?? []).map((k) => `"${k}"`).join(', '));
    default:
      return r.other;
  }
}
