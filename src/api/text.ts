import type { Lang } from '../messages/types.js';

/** The library's own words: what it refuses in a call's options (the rest is the CLI's, shared). */
const zh = {
  today: (got: string) => `today 应为 YYYY-MM-DD 格式的日期（如 2026-11-26），收到 “${got}”`,
  lang: (got: string) => `lang 应为 'zh'（中文）或 'en'（英文），收到 “${got}”`,
  jobs: (got: string) => `jobs 应为正整数（同时检查的文件夹数），收到 ${got}`,
  maxWarnings: (got: string) => `maxWarnings 应为 0 或正整数，收到 ${got}`,
  format: (got: string, formats: readonly string[]) =>
    `format 应为 ${formats.join('、')} 之一，收到 “${got}”`,
  applicantFolder: (dir: string) =>
    `${dir} 本身含有 profile.yaml，是一位申请人的文件夹：请用 checkFolder 检查它（checkBatch 用于包含多个申请人文件夹的上级文件夹）`,
  notACheckResult: (format: string) =>
    `formatReport：只有 checkFolder 返回的结果对象才能生成 ${format} 格式的报告（复制或从 JSON 读回的对象不行）；JSON 报告可用 format: 'json'`,
};

const en: typeof zh = {
  today: (got) => `today must be a date YYYY-MM-DD (e.g. 2026-11-26), got "${got}"`,
  lang: (got) => `lang must be 'zh' (Chinese) or 'en' (English), got "${got}"`,
  jobs: (got) => `jobs must be a positive whole number (folders checked at once), got ${got}`,
  maxWarnings: (got) => `maxWarnings must be 0 or a positive whole number, got ${got}`,
  format: (got, formats) => `format must be one of ${formats.join(', ')}, got "${got}"`,
  applicantFolder: (dir) =>
    `${dir} holds a profile.yaml itself: it is one applicant's folder; check it with checkFolder (checkBatch is for the folder above several applicant folders)`,
  notACheckResult: (format) =>
    `formatReport: only the object checkFolder returned can be rendered as ${format} (not a copy, nor one read back from JSON); a JSON report renders with format: 'json'`,
};

export function apiText(lang: Lang): typeof zh {
  return lang === 'en' ? en : zh;
}
