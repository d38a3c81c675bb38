import type { Localized } from '../engine/types.js';
import type { Lang } from './types.js';

/** What `ausm-check template` says (not rule findings: those are in the catalogue). */
export const TEMPLATE_TEXT = {
  noSuchDir: {
    zh: '找不到文件夹：{dir}',
    en: 'No such folder: {dir}',
  },
  noProfile: {
    zh: '{dir} 中没有 profile.yaml，无法填写会计工作（经历）证明；先运行 ausm-check init {dir}',
    en: 'No profile.yaml in {dir}, so there is nothing to fill the work proof from; run ausm-check init {dir} first',
  },
  profileUnusable: {
    zh: '{file} 无法读取，未生成任何文件：',
    en: '{file} cannot be read; nothing was written:',
  },
  noWork: {
    zh: 'profile.yaml 中没有工作经历（work），没有需要单位盖章的会计工作（经历）证明',
    en: 'profile.yaml has no work entry (work), so there is no work proof to write',
  },
  badTemplate: {
    zh: '模板 {file} 无法使用：{detail}',
    en: 'Template {file} cannot be used: {detail}',
  },
  badOut: {
    zh: '无法写入 {dir}：{detail}',
    en: 'Cannot write to {dir}: {detail}',
  },
  refused: {
    zh: '未生成：以下问题会原样印在证明上，盖章后才发现就要再去一次人事部门。请先改正 profile.yaml，或加 --force 照样生成。',
    en: 'Nothing written: these problems would be printed on the proof, and finding them after the stamp means a second trip to HR. Correct profile.yaml first, or add --force to write it anyway.',
  },
  forced: {
    zh: '已按 --force 生成，但证明中的以下内容有误，盖章前请改正：',
    en: 'Written because of --force, but these parts of the proof are wrong; correct them before it is stamped:',
  },
  warnings: {
    zh: '请核对：',
    en: 'Please check:',
  },
  exists: {
    zh: '{file} 已存在，未覆盖；要覆盖请加 --overwrite',
    en: '{file} exists and was not overwritten; add --overwrite to replace it',
  },
  wrote: {
    zh: '已生成 {file}',
    en: 'Wrote {file}',
  },
  blanks: {
    zh: '  留空待手写：{fields}',
    en: '  Left blank to fill in by hand: {fields}',
  },
  dayBlank: {
    zh: '{field}（日）',
    en: '{field} (day)',
  },
  nextStep: {
    zh: '打印后请单位核对内容，加盖单位公章或人事部门章，并填写落款日期；拍照后作为会计工作（经历）证明上传。',
    en: 'Print it, have the employer check it, stamp it with the unit or HR seal and date it; then photograph it and upload it as the work proof.',
  },
} as const satisfies Record<string, Localized>;

export type TemplateTextKey = keyof typeof TEMPLATE_TEXT;

export function templateText(
  key: TemplateTextKey,
  lang: Lang,
  args: Readonly<Record<string, string>> = {},
): string {
  return TEMPLATE_TEXT[key][lang].replace(/\{(\w+)\}/g, (whole, k: string) => args[k] ?? whole);
}
