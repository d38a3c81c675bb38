import type { Lang } from '../messages/types.js';

/** The `batch` command's own lines (issue 14): what it refuses and what it says beside a report. */
const zh = {
  rootWithMerge: (root: string) =>
    `batch 不能同时给出 ROOT（${root}）和 --merge：要么检查 ROOT 下的文件夹，要么合并已有的 --format ndjson 输出（去掉其中一个）`,
  mergeNothing: (files: number) =>
    `--merge：${files} 个文件中没有任何报告，什么也没有检查（合并的应是 batch --format ndjson 的输出；分片全为空时请检查 ROOT 是否正确）`,
  emptyShard: (shard: string, total: number) =>
    `分片 ${shard} 中没有文件夹（ROOT 共 ${total} 个文件夹，分到了其他分片）`,
};
const en: typeof zh = {
  rootWithMerge: (root) =>
    `batch takes either ROOT (${root}) or --merge, not both: check the folders under ROOT, or merge existing --format ndjson outputs (drop one of them)`,
  mergeNothing: (files) =>
    `--merge: the ${files} file(s) hold no report at all, nothing was checked (merge the outputs of batch --format ndjson; if every shard was empty, check ROOT)`,
  emptyShard: (shard, total) =>
    `shard ${shard} holds no folder (ROOT has ${total}, all in other shards)`,
};

export function batchCliText(lang: Lang): typeof zh {
  return lang === 'en' ? en : zh;
}
