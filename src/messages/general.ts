import { l, type Catalog } from './types.js';

export const GENERAL_TEXT = {
  'internal/rule-error': {
    title: l(
      '规则本身出错（不是你的材料的问题）',
      'A rule itself failed (not a problem of your materials)',
    ),
    source: l('ausm-check 内部', 'ausm-check internals'),
    fix: l(
      '请把这条信息报告给 ausm-check 的维护者；其他规则照常运行。',
      'Please report this to the ausm-check maintainers; the other rules still ran.',
    ),
    messages: {
      default: {
        message: l('规则 {rule} 运行出错：{error}', 'Rule {rule} failed: {error}'),
        hint: l(
          '这是检查工具的问题，请报告；该规则的检查结果缺失，请人工核对',
          'This is a bug in the checker; please report it. Check what this rule covers by hand.',
        ),
      },
    },
  },
} satisfies Catalog;
