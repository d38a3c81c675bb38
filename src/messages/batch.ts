import type { Lang } from './types.js';

/**
 * The words of the batch-level finding `batch/duplicate-id`: not a rule of the registry (a rule
 * sees one folder; this one needs them all), so neither `explain` nor a configuration reaches it.
 */
export const DUPLICATE_ID_RULE = 'batch/duplicate-id';

const TEXT = {
  zh: {
    message: (id: string, others: string) =>
      `与 ${others} 的身份证件号码相同（${id}）：同一个号码不会属于两个人`,
    messageMasked: (id: string, others: string) =>
      `与 ${others} 的身份证件号码（遮盖后 ${id}）和姓名都相同：很可能是同一个号码`,
    hint: '核对这几个文件夹：删掉复制出的多余文件夹，或改正粘贴错的号码（按身份证原件）',
  },
  en: {
    message: (id: string, others: string) =>
      `same ID number as ${others} (${id}): one number never belongs to two people`,
    messageMasked: (id: string, others: string) =>
      `same masked ID number (${id}) and name as ${others}: most likely the same number`,
    hint: 'check these folders: delete the extra copy of a folder, or correct the pasted number (from the ID card itself)',
  },
} satisfies Record<Lang, unknown>;

/**
 * The batch-level finding of a folder found by `batch` but deleted or moved before or while it was
 * checked: said in words, not as `profile/missing` of an empty folder or a raw ENOENT (issue 14).
 */
export const FOLDER_GONE_RULE = 'batch/folder-gone';

const GONE_TEXT = {
  zh: {
    message: (folder: string) => `文件夹“${folder}”在批量检查期间被删除或移走，未能检查`,
    hint: '把该文件夹恢复或移回原处后重新运行 batch；不再需要检查它则无需处理',
  },
  en: {
    message: (folder: string) =>
      `the folder "${folder}" was deleted or moved while the batch ran and could not be checked`,
    hint: 'restore the folder (or move it back) and run batch again; if it is no longer needed, nothing to do',
  },
} satisfies Record<Lang, unknown>;

export function folderGoneText(lang: Lang): (typeof GONE_TEXT)['zh'] {
  return GONE_TEXT[lang];
}

export function duplicateIdText(lang: Lang): (typeof TEXT)['zh'] {
  return TEXT[lang];
}

/** Folders named in one finding; the rest are counted (500 copies must not make 250 000 names). */
const NAMED = 5;

/** The other folders, as the finding lists them: the first five by name, the rest counted. */
export function folderList(folders: readonly string[], lang: Lang): string {
  const named = folders.slice(0, NAMED);
  const more = folders.length - named.length;
  if (lang === 'en') {
    const list = named.map((f) => `"${f}"`).join(', ');
    return more > 0 ? `${list} and ${more} more folders` : list;
  }
  const list = named.map((f) => `“${f}”`).join('、');
  return more > 0 ? `${list}等 ${folders.length} 个文件夹` : list;
}
