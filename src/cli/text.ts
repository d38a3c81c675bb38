import { errorCode, WriteRefusedError } from '../util/writable.js';
import type { Lang } from '../messages/types.js';

const zh = {
  description:
    '全国会计人员统一服务管理平台“信息采集”提交前检查：照片、扫描件、证件号码、日期与所需材料。\n示例：ausm-check ./我的材料',
  optVersion: '显示版本号（及内置参考数据的日期）',
  optHelp: '显示帮助',
  optFormat: '报告格式',
  optOutput: '把报告写入文件（终端只显示一行摘要）',
  optLang: '提示语言：zh 中文（默认）或 en 英文',
  optToday: '规则比较用的“今天”日期 YYYY-MM-DD，便于复现',
  optShowPii: '完整显示身份证号、手机号、姓名（默认按平台方式打码）',
  optMaxWarnings: '警告数超过 N 时也以退出码 1 结束',
  optQuiet: '只显示错误',
  optNoColor: '不使用颜色',
  optNoInteractive: '从不提问',
  optConfig: '单位统一的规则配置文件（ausm-check.config.yaml）',
  argDir: '申请人文件夹（含 profile.yaml 和照片、扫描件）',
  argRule: '规则编号，如 photo/min-pixels',
  cmdCheck: '检查一个申请人文件夹（默认命令）。示例：ausm-check check ./张三',
  cmdInit:
    '按平台“信息采集”的顺序提问，生成带中文注释的 profile.yaml 和 profile.schema.json。示例：ausm-check init ./张三',
  cmdFill:
    '只询问缺少或填错的信息，写回 profile.yaml（保留注释和其余内容，原文件备份为 profile.yaml.bak）。示例：ausm-check fill ./张三',
  argInitDir: '申请人文件夹（默认当前文件夹；不存在时创建）',
  cmdBatch:
    '批量检查：ROOT 下每个含 profile.yaml 的子文件夹是一位员工。示例：ausm-check batch ./员工材料 --format csv -o 结果.csv',
  argRoot: '包含多个申请人文件夹的上级文件夹',
  optJobs: '同时检查的文件夹数，也是同时解码的图片数（默认 CPU 核数；1 = 只用一个核）',
  optShard: '只检查第 K 份（共 N 份，按文件夹名稳定划分），供多台机器分担',
  optMerge: '合并多个 --format ndjson 的输出并按 --format 重新输出',
  optFindingsCsv: '另写一个每条检查结果一行的 CSV 文件',
  optBatchTemplate: '同时为每位员工生成会计工作（经历）证明，按文件夹顺序编号放在一个文件夹里',
  optTemplateOut: '--template 的输出文件夹（默认 ROOT/work-proofs）',
  cmdTemplate:
    '为每段工作经历生成预填好的《会计工作（经历）证明》(.docx)，交单位盖章。示例：ausm-check template ./张三',
  optOut: '写入的文件夹（默认为申请人文件夹）',
  optForce: '即使证明上要打印的信息有错误也生成，并覆盖已有文件',
  optOverwrite: '覆盖已有的证明文件（仍先检查要打印的信息）',
  optTemplate: '使用另一个模板文件（如 templates/work-commitment.yaml 工作经历承诺书）',
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
  optLang: 'message language: zh (default) or en',
  optToday: 'the date rules compare against, YYYY-MM-DD, for reproducible runs',
  optShowPii: 'show ID numbers, phones and names in full (masked by default, as the platform does)',
  optMaxWarnings: 'exit 1 when there are more than N warnings',
  optQuiet: 'errors only',
  optNoColor: 'plain output without colour',
  optNoInteractive: 'never ask questions',
  optConfig: 'organisation-wide rule configuration (ausm-check.config.yaml)',
  argDir: 'the applicant folder (profile.yaml plus photos and scans)',
  argRule: 'a rule id, e.g. photo/min-pixels',
  cmdCheck:
    'check one applicant folder (the default command). Example: ausm-check check ./zhang-san',
  cmdInit:
    "ask the questions of the platform's 信息采集 form and write a commented profile.yaml and profile.schema.json. Example: ausm-check init ./zhang-san",
  cmdFill:
    'ask only for what is missing or wrong and write it back into profile.yaml (comments and the rest kept; the old file saved as profile.yaml.bak). Example: ausm-check fill ./zhang-san',
  argInitDir: 'the applicant folder (default: the current folder; created if missing)',
  cmdBatch:
    'check every applicant folder under ROOT (each sub-folder holding a profile.yaml). Example: ausm-check batch ./staff --format csv -o result.csv',
  argRoot: 'the folder holding one sub-folder per applicant',
  optJobs:
    'folders checked (and images decoded) at once (default: the number of CPUs; 1 = one core)',
  optShard:
    'check only slice K of N (a stable split by folder name), to share a batch between machines',
  optMerge: 'merge several --format ndjson outputs and render them in --format',
  optFindingsCsv: 'also write a CSV with one row per finding',
  optBatchTemplate:
    "also write every employee's work proofs into one folder, numbered in folder order",
  optTemplateOut: 'the folder --template writes into (default ROOT/work-proofs)',
  cmdTemplate:
    'write the pre-filled work proof (会计工作（经历）证明, .docx) for each work entry, for the employer to stamp. Example: ausm-check template ./zhang-san',
  optOut: 'folder to write into (default: the applicant folder)',
  optForce: 'write even when the printed fields have errors, and replace existing files',
  optOverwrite: 'replace existing proof files (the printed fields are still checked first)',
  optTemplate: 'use another template file (e.g. templates/work-commitment.yaml)',
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
    `--merge ${at}: not a JSON line (merge the output of batch --format ndjson)`,
  mergeInvalid: (at, where, why) =>
    `--merge ${at}: not an ausm-check report (${where}: ${why}); merge the output of batch --format ndjson as it is`,
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
