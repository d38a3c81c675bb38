import type { ErrorCode } from 'yaml';
import type { DecodeCause } from '../facts/image-types.js';
import { l, type Localized } from './types.js';

// Words for what a library reports (issue 14 item 4: one language). In zh the cause is said in
// Chinese from the library's code; in en the library's own sentence (`{text}`) is kept, since it
// is English already and names the exact place or character.

/** A YAML parser error by its code (`yaml`'s ErrorCode): every code has words, or the build fails. */
export const YAML_ERROR_WORDS = {
  ALIAS_PROPS: l('别名（*）不能带锚点或标签', '{text}'),
  BAD_ALIAS: l('别名（*）写法不对', '{text}'),
  BAD_DIRECTIVE: l('以 % 开头的指令写法不对', '{text}'),
  BAD_DQ_ESCAPE: l('双引号内的转义（\\ 后的字符）无效；写 \\\\ 表示反斜杠，或改用单引号', '{text}'),
  BAD_INDENT: l('缩进不对，或方括号、花括号没有闭合', '{text}'),
  BAD_PROP_ORDER: l('锚点（&）或标签（!）的位置不对', '{text}'),
  BAD_SCALAR_START: l('值不能以 @、`、% 等保留字符开头；请给这个值加上引号', '{text}'),
  BLOCK_AS_IMPLICIT_KEY: l('一行里只能有一个“键: 值”，下一层要换行并缩进', '{text}'),
  BLOCK_IN_FLOW: l('方括号、花括号内不能再换行写列表或映射', '{text}'),
  DUPLICATE_KEY: l('同一层中同一个键写了两次', '{text}'),
  IMPOSSIBLE: l('解析器无法处理这里的内容', '{text}'),
  KEY_OVER_1024_CHARS: l('键太长（超过 1024 个字符），可能缺少冒号', '{text}'),
  MISSING_CHAR: l('缺少配对的引号或括号，或键后面缺少冒号', '{text}'),
  MULTILINE_IMPLICIT_KEY: l('键不能跨行：上一行可能缺少冒号或引号', '{text}'),
  MULTIPLE_ANCHORS: l('一个值上有多个锚点（&）', '{text}'),
  MULTIPLE_DOCS: l('文件中有多个 YAML 文档（出现了 ---），只能有一个', '{text}'),
  MULTIPLE_TAGS: l('一个值上有多个标签（!）', '{text}'),
  NON_STRING_KEY: l('键必须是文字', '{text}'),
  RESOURCE_EXHAUSTION: l('别名展开过多，超出了解析的限度', '{text}'),
  TAB_AS_INDENT: l('用了制表符（Tab）缩进；YAML 只能用空格缩进', '{text}'),
  TAG_RESOLVE_FAILED: l('无法识别的标签（!）', '{text}'),
  UNEXPECTED_TOKEN: l('这里有多余或意外的字符（常见原因：缩进不齐或多了冒号）', '{text}'),
  BAD_COLLECTION_TYPE: l('标签（!）与列表或映射的类型不符', '{text}'),
} as const satisfies Readonly<Record<ErrorCode, Localized>>;

/** Why libvips/sharp could not decode an image, by the cause facts/image derives from its words. */
export const DECODE_ERROR_WORDS = {
  truncated: l('文件在图像数据结束前中断', '{text}'),
  unsupported: l('图片的编码方式不受支持', '{text}'),
  header: l('文件头已损坏，读不出图片的尺寸和格式', '{text}'),
  data: l('图像数据已损坏', '{text}'),
  read: l('读取文件时出错', '{text}'),
} as const satisfies Readonly<Record<DecodeCause, Localized>>;
