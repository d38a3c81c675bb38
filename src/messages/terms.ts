import { DECODE_ERROR_WORDS, YAML_ERROR_WORDS } from './library-errors.js';
import { MATERIAL_NAMES } from './materials.js';
import { l, type Localized } from './types.js';

/**
 * Words a rule picks by key (a material, a reason, a unit) and passes as an argument, `{ term,
 * key, args }`: the rule holds the data, the words stay here and are chosen when rendered.
 * `{placeholders}` in a term come from the term's own `args`.
 */
export const TERMS = {
  material: MATERIAL_NAMES,
  /** What file/too-large could not decode. */
  'image-kind': {
    progressive: l('渐进式 JPEG', 'progressive JPEG'),
    interlaced: l('隔行扫描 PNG', 'interlaced PNG'),
    whole: l('图片', 'image'),
  },
  /** Which checks file/too-large left out. */
  'skipped-checks': {
    photo: l('背景、颜色、清晰度', 'background, colour, sharpness'),
    colour: l('彩色/黑白', 'colour or greyscale'),
  },
  /** What an EXIF orientation tag asks a viewer to do (photo/orientation). */
  'exif-orientation': {
    2: l('水平翻转', 'mirrored'),
    3: l('旋转 180°', 'rotated 180°'),
    4: l('垂直翻转', 'flipped vertically'),
    5: l('翻转并旋转 90°', 'mirrored and rotated 90°'),
    6: l('顺时针旋转 90°', 'rotated 90° clockwise'),
    7: l('翻转并旋转 270°', 'mirrored and rotated 270°'),
    8: l('逆时针旋转 90°', 'rotated 90° counter-clockwise'),
  },
  /** The bad line of a YAML error, `‸` at the column (profile/parse). */
  'yaml-excerpt': {
    line: l('（该行：{text}）', ' (the line: {text})'),
    none: l('', ''),
  },
  /** A YAML parser error by its code (profile/parse); en keeps the parser's words. */
  'yaml-error': YAML_ERROR_WORDS,
  /** Why an image could not be decoded (file/corrupt); en keeps the decoder's words. */
  'decode-error': DECODE_ERROR_WORDS,
  /** Which end marker a truncated image lacks (file/corrupt). */
  'end-marker': {
    'jpeg-eoi': l('缺少 JPEG 结束标记 FF D9', 'no JPEG end-of-image marker FF D9'),
    'png-iend': l('缺少 PNG 结束块 IEND', 'no PNG end chunk IEND'),
  },
  /** A file name without an extension. */
  extension: { none: l('（无扩展名）', '(none)') },
  /** Whether an ID number was checked in its cleaned-up form (identity/format, identity/checksum). */
  'id-normalised': {
    changed: l(
      '（已按半角数字、大写 X、去掉空格和横线后检查）',
      ' (checked after converting to half-width digits, upper-case X, without spaces or dashes)',
    ),
    unchanged: l('', ''),
  },
  /** Whether a USCC was checked in its cleaned-up form (work/uscc). */
  'uscc-normalised': {
    changed: l(
      '（已去掉空格和横线、转为半角大写后检查）',
      ' (checked without spaces or dashes, in half-width upper case)',
    ),
    unchanged: l('', ''),
  },
  /** The parity of the resident ID's gender digit (identity/gender). */
  parity: { odd: l('奇数', 'odd'), even: l('偶数', 'even') },
  /** A later full-time study's end (work/before-full-time-study). */
  graduation: {
    graduated: l('{end} 毕业', 'graduated {end}'),
    ongoing: l('尚未毕业', 'not yet graduated'),
  },
  /** The degrees a level of study allows (education/degree-level). */
  'allowed-degree': {
    none: l('无', '无 (none)'),
    or: l('{degree} 或 无', '{degree} or 无'),
  },
  /** A span of work in months, `53 个月（4 年 5 个月）` (eligibility rules). */
  months: {
    months: l('{months} 个月', '{months} months'),
    years: l('{count} 个月（{years} 年）', '{count} months ({years} years)'),
    'years-months': l(
      '{count} 个月（{years} 年 {months} 个月）',
      '{count} months ({years} years {months} months)',
    ),
  },
} as const satisfies Readonly<Record<string, Readonly<Record<string | number, Localized>>>>;

/** The words of a term, or undefined when there are none (a bug that rendering reports). */
export function termText(term: string, key: string | number): Localized | undefined {
  const group: Readonly<Record<string | number, Localized>> | undefined =
    TERMS[term as keyof typeof TERMS];
  return group && Object.hasOwn(group, key) ? group[key] : undefined;
}
