import type { Lang } from '../../messages/types.js';

const zh = {
  folder: '文件夹',
  name: '姓名',
  verdict: '结论',
  errors: '错误',
  warnings: '警告',
  firstError: '第一个错误',
  ready: '可以提交',
  notReady: '尚不可提交',
  summary: (n: number, ready: number, notReady: number) =>
    `共 ${n} 个文件夹：${ready} 个可以提交，${notReady} 个尚不可提交`,
  interrupted: (done: number, total: number) => `已中断：只检查了 ${done} / ${total} 个文件夹`,
  title: 'ausm-check 批量检查报告',
  findings: '检查结果',
  none: '没有发现问题',
  sortHint: '点击表头排序',
  checkedOn: (today: string, root: string | undefined) =>
    `检查日期 ${today}${root !== undefined ? ` · 文件夹 ${root}` : ''}`,
};

type BatchText = typeof zh;

const en: BatchText = {
  folder: 'folder',
  name: 'name',
  verdict: 'verdict',
  errors: 'errors',
  warnings: 'warnings',
  firstError: 'first error',
  ready: 'ready',
  notReady: 'not ready',
  summary: (n, ready, notReady) => `${n} folders: ${ready} ready, ${notReady} not ready`,
  interrupted: (done, total) => `interrupted: checked ${done} of ${total} folders`,
  title: 'ausm-check batch report',
  findings: 'Findings',
  none: 'No findings',
  sortHint: 'click a column heading to sort',
  checkedOn: (today, root) => `Checked on ${today}${root !== undefined ? ` · folder ${root}` : ''}`,
};

export function batchText(lang: Lang): BatchText {
  return lang === 'en' ? en : zh;
}
