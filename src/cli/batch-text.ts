import type { Lang } from '../messages/types.js';

/** The `batch` command's own lines (issue 14): what it refuses and what it says beside a report. */
const zh = {
  rootWithMerge: (root: string) =>
    `batch 不能同时给出 ROOT（${root}）和 --merge：要么检查 ROOT 下的文件夹，要么合并已有的 --format ndjson 输出（去掉其中一个）`,
  mergeNothing: (files: number) =>
    `--merge：${files} 个文件中没有任何报告，什么也没有检查（合并的应是 batch --format ndjson 的输出；分片全为空时请检查 ROOT 是否正确）`,
  emptyShard: (shard: string, total: number) =>
    `分片 ${shard} 中没有文件夹（ROOT 共 ${total} 个文件夹，分到了其他分片）`,
  notFollowed: (folder: string, why: 'link' | 'depth', depth: number) =>
    why === 'link'
      ? `未检查 ${folder}：这是一个链接，batch 不跟随链接（把文件夹本身放进 ROOT，或单独运行 check）`
      : `未检查 ${folder} 下的子文件夹：batch 只看 ROOT 下 ${depth} 层以内的文件夹（把员工文件夹移到较浅的位置，或对 ${folder} 单独运行 batch）`,
  optOverwrite: '与 --template 一起：覆盖输出文件夹中已有的证明',
  overwriteWithoutTemplate:
    '--overwrite 只用于 --template（覆盖已生成的工作证明）；不加 --template 时没有要覆盖的文件',
  tooManyEntries: (root: string, limit: number) =>
    `${root} 中的文件和文件夹超过 ${limit} 个，不像是员工材料文件夹；请给出放员工文件夹的那一层`,
};
const en: typeof zh = {
  rootWithMerge: (root) =>
    `batch takes either ROOT (${root}) or --merge, not both: check the folders under ROOT, or merge existing --format ndjson outputs (drop one of them)`,
  mergeNothing: (files) =>
    `--merge: the ${files} file(s) hold no report at all, nothing was checked (merge the outputs of batch --format ndjson; if every shard was empty, check ROOT)`,
  emptyShard: (shard, total) =>
    `shard ${shard} holds no folder (ROOT has ${total}, all in other shards)`,
  notFollowed: (folder, why, depth) =>
    why === 'link'
      ? `not checked: ${folder} is a link, and batch never follows links (put the folder itself in ROOT, or run check on it)`
      : `not checked: the sub-folders of ${folder}; batch looks ${depth} levels deep at most (move the employee folders up, or run batch on ${folder})`,
  optOverwrite: 'with --template: replace the proofs already in the output folder',
  overwriteWithoutTemplate:
    '--overwrite goes with --template (it replaces work proofs already written); without --template there is nothing to overwrite',
  tooManyEntries: (root, limit) =>
    `${root} holds more than ${limit} files and folders, which is not a folder of employees; give the level that holds the employee folders`,
};

export function batchCliText(lang: Lang): typeof zh {
  return lang === 'en' ? en : zh;
}
