import type { Localized } from '../engine/types.js';
import type { AdviceKey } from '../fix/types.js';
import type { Lang } from './types.js';

/** What `ausm-check fix` says (not rule findings: those are in the catalogue). */
export const FIX_TEXT = {
  noOut: {
    zh: 'fix 需要用 --out 指定输出文件夹（修复后的文件写到那里，原文件夹不会被改动），例如：ausm-check fix {dir} --out {dir}-修复后',
    en: 'fix needs --out: the folder to write the fixed files into (the original folder is never changed), e.g. ausm-check fix {dir} --out {dir}-fixed',
  },
  noSuchDir: { zh: '文件夹不存在：{dir}', en: 'No such folder: {dir}' },
  outIsDir: {
    zh: '--out 不能是申请人文件夹本身或其中的文件夹：{out}（fix 从不写入原文件夹）',
    en: '--out cannot be the applicant folder or a folder inside it: {out} (fix never writes into the original folder)',
  },
  outHoldsDir: {
    zh: '--out 不能是包含申请人文件夹的上级文件夹：{out}',
    en: '--out cannot be a folder that contains the applicant folder: {out}',
  },
  outNotDir: { zh: '{out} 已存在，但不是文件夹', en: '{out} exists and is not a folder' },
  outNotEmpty: {
    zh: '{out} 已存在且不是空文件夹；请换一个文件夹，或加 --force 覆盖其中的同名文件',
    en: '{out} exists and is not empty; choose another folder, or add --force to replace files of the same name in it',
  },
  cannotWrite: { zh: '无法写入 {out}：{detail}', en: 'Cannot write to {out}: {detail}' },
  cannotMerge: {
    zh: '无法合并 {files}：解码失败（{detail}）；请先处理这些文件',
    en: 'Cannot merge {files}: decoding failed ({detail}); deal with these files first',
  },

  header: { zh: 'ausm-check fix：{dir} → {out}', en: 'ausm-check fix: {dir} → {out}' },
  dryRunHeader: {
    zh: '修复计划（--dry-run，未写入任何文件）：{dir} → {out}',
    en: 'Fix plan (--dry-run, nothing written): {dir} → {out}',
  },
  nothingFound: {
    zh: '没有找到材料文件（照片、扫描件）。',
    en: 'No material files (photos, scans) were found.',
  },
  copyOnly: { zh: '原样复制：{files}', en: 'Copied as they are: {files}' },
  resolves: { zh: '解决：{rules}', en: 'Resolves: {rules}' },
  profileEdit: {
    zh: 'profile.yaml：{path} 改为 {value}',
    en: 'profile.yaml: {path} becomes {value}',
  },
  listSeparator: { zh: '、', en: ', ' },

  'step.convert': { zh: '{from} 转为 JPEG', en: '{from} converted to JPEG' },
  'step.rename': {
    zh: '内容本来就是 {format}：扩展名 .{from} 改为 .{to}，不重新压缩',
    en: 'already {format} inside: extension .{from} renamed to .{to}, not recompressed',
  },
  'step.orient': {
    zh: '按 EXIF 方向标记（{orientation}）把图像转正，写入像素',
    en: 'EXIF orientation ({orientation}) applied to the pixels',
  },
  'step.srgb.cmyk': { zh: 'CMYK 转为 sRGB 彩色', en: 'CMYK converted to sRGB colour' },
  'step.srgb.16-bit': { zh: '每通道 16 位转为 8 位', en: '16 bits per channel reduced to 8' },
  'step.srgb.alpha': { zh: '透明部分铺上白底', en: 'transparency laid on white' },
  'step.strip.gps': {
    zh: '去除 GPS 位置及 EXIF 等全部元数据',
    en: 'GPS position and all other metadata (EXIF …) removed',
  },
  'step.strip': { zh: '去除 EXIF 等全部元数据', en: 'all metadata (EXIF …) removed' },
  'step.trailing': {
    zh: '删除 JPEG 结束标记之后的 {bytes} 字节',
    en: '{bytes} bytes after the JPEG end marker removed',
  },
  'step.shrink': {
    zh: '重新压缩到 {max} 字节以内（现为 {size} KB）：先降低质量（不低于 {quality}），仍超出才缩小（长边不小于 {long} 像素）',
    en: 'recompressed to at most {max} bytes (now {size} KB): quality first (not below {quality}), made smaller only if that is not enough (long side at least {long} px)',
  },
  'step.raise': {
    zh: '以较高质量重新压缩，使文件不小于 {min} KB（现为 {size} KB）：像素足够，不放大、不填充',
    en: 're-encoded at a higher quality to reach {min} KB (now {size} KB): it has the pixels for it; nothing enlarged or padded',
  },
  'step.merge.stack': {
    zh: '合并为一张图片：上下排列，白色间隔，统一宽度 {width} 像素（共 {width}×{height}）',
    en: 'merged into one image: one under the other, white gap, common width {width} px ({width}×{height})',
  },
  'step.merge.row': {
    zh: '合并为一张图片：左右排列，白色间隔，统一高度 {height} 像素（共 {width}×{height}）',
    en: 'merged into one image: side by side, white gap, common height {height} px ({width}×{height})',
  },

  'column.file': { zh: '文件', en: 'File' },
  'column.size': { zh: '大小', en: 'Size' },
  'column.pixels': { zh: '像素', en: 'Pixels' },
  'column.format': { zh: '格式', en: 'Format' },
  'column.action': { zh: '处理', en: 'Done' },
  'column.findings': { zh: '问题', en: 'Findings' },
  'row.before': { zh: '修复前', en: 'before' },
  'row.after': { zh: '修复后', en: 'after' },
  'action.merged': { zh: '合并，', en: 'merged, ' },
  none: { zh: '无', en: 'none' },
  'action.copy': { zh: '原样复制', en: 'copied' },
  'action.lossless': { zh: '无损处理', en: 'lossless' },
  'action.encode': { zh: 'JPEG 质量 {quality}', en: 'JPEG quality {quality}' },
  'action.scaled': { zh: '，缩小到 {percent}%', en: ', scaled to {percent}%' },
  'action.failed': { zh: '无法解码，原样复制', en: 'could not decode; copied' },
  decodeFailed: {
    zh: '{file} 的像素无法解码（{detail}），已原样复制',
    en: 'The pixels of {file} could not be decoded ({detail}); it was copied as it is',
  },

  written: {
    zh: '已写入 {out}：{count} 个材料文件',
    en: 'Wrote {count} material file(s) to {out}',
  },
  profileWritten: {
    zh: '，以及 profile.yaml（文件名已更新，注释保留）',
    en: ', and profile.yaml (file names updated, comments kept)',
  },
  profileCopied: { zh: '，以及 profile.yaml', en: ', and profile.yaml' },
  profileEditFailed: {
    zh: 'profile.yaml 中的 {path} 未能自动修改，请手动改为：{value}',
    en: 'Could not update {path} in profile.yaml; set it by hand to: {value}',
  },
  unfixedHeading: {
    zh: '无法自动修复，需要本人处理：',
    en: 'Not fixed: what you need to do',
  },
  materialFindings: {
    zh: '另有 {count} 个材料问题 fix 无法处理（缺少材料图片、找不到或无法确定的文件）：需要本人拍照或扫描后放入文件夹，或在 profile.yaml 中写明文件名。',
    en: '{count} more material finding(s) fix cannot deal with (a material without an image, a file not found or not clear): photograph or scan it into the folder, or name the file in profile.yaml.',
  },
  otherFindings: {
    zh: '另有 {count} 个其他问题（如 profile.yaml 中的信息）。',
    en: '{count} more finding(s) of another kind (e.g. in profile.yaml).',
  },
  ready: { zh: '结果：{out} 可以提交。', en: 'Result: {out} is ready to submit.' },
  notReady: {
    zh: '结果：{out} 仍有 {errors} 个错误、{warnings} 个警告；运行 ausm-check {out} 查看完整报告。',
    en: 'Result: {out} still has {errors} error(s) and {warnings} warning(s); run ausm-check {out} for the full report.',
  },
  dryRunReady: {
    zh: '以上修复后，图片方面没有需要本人处理的错误；运行时会重新检查输出文件夹。',
    en: 'After these fixes no image error is left for you; the real run re-checks the output folder.',
  },
} as const satisfies Record<string, Localized>;

/** What the person does instead, for each finding fix leaves alone. */
export const FIX_ADVICE = {
  'never-enlarge': {
    zh: '用原始照片重新导出或重新拍摄，像素不小于 295×413。填报指南：禁止将像素数量不满足要求的照片进行放大后使用，本工具也不放大。',
    en: 'Export the original photo again or take a new one, at least 295×413 px. The guide forbids enlarging a photo that has too few pixels, and so does this tool.',
  },
  'white-background': {
    zh: '在白色背景前重新拍摄，或到照相馆拍摄白底证件照。本工具不替换背景：抠图换底会改变照片本身。',
    en: 'Take the photo again in front of a white backdrop, or have a studio take a white-background ID photo. This tool does not replace backgrounds: that changes the photo itself.',
  },
  'colour-photo': {
    zh: '使用彩色原图（指南要求白底彩色照片）；黑白照片无法恢复颜色。',
    en: 'Use the colour original (the guide asks for a colour photo on white); colour cannot be put back into a grey photo.',
  },
  'retake-sharp': {
    zh: '重新拍摄清晰的照片（对焦准确、光线充足、手机拿稳）；锐化找不回细节，本工具不做修饰。',
    en: 'Take a sharp photo again (in focus, good light, a steady hand); sharpening cannot restore detail, and this tool does no retouching.',
  },
  'original-photo': {
    zh: '使用未经放大的原始照片，或重新拍摄。',
    en: 'Use the original photo, not an enlarged copy, or take a new one.',
  },
  'crop-yourself': {
    zh: '从原图按 295:413（约 5:7）重新裁剪，保留头顶到肩部。裁掉哪些内容由本人决定，本工具不裁剪。',
    en: 'Crop the original again at 295:413 (about 5:7), from above the head to the shoulders. What to cut away is your choice: this tool does not crop.',
  },
  'retake-head': {
    zh: '本工具不裁剪、不移动也不旋转头像（那等于做一张新照片）：请重新拍摄，或从原图重新裁剪，头顶留出空白、头部居中、露出双肩。',
    en: 'This tool does not crop, move or rotate the head (that would be making a new photo): take the photo again, or crop the original again with room above the head, the head centred and the shoulders in.',
  },
  portrait: {
    zh: '使用竖版照片：从原图重新裁剪为竖版，或竖着重新拍摄。',
    en: 'Use an upright (portrait) photo: crop the original again, or take it again holding the phone upright.',
  },
  'no-padding': {
    zh: '这个文件靠末尾填充的字节才达到 10 KB；请用原图以较高质量重新导出。本工具不填充字节。',
    en: 'This file only reached 10 KB with padding bytes at its end; export the original again at a higher quality. This tool never pads files.',
  },
  'colour-scan': {
    zh: '用彩色模式重新拍摄或扫描原件（指南要求彩色照片）。',
    en: 'Photograph or scan the original again in colour (the guide asks for colour images).',
  },
  rescan: {
    zh: '重新拍摄或扫描原件，短边不少于 600 像素；本工具不放大图片。',
    en: 'Photograph or scan the original again, at least 600 px on the short side; this tool does not enlarge images.',
  },
  'export-image': {
    zh: '在手机或电脑上把它导出为 JPG（iPhone：设置 › 相机 › 格式 › 兼容性最佳；PDF：导出为图片或截图），不要只改扩展名。',
    en: 'Export it as JPG on the phone or computer (iPhone: Settings › Camera › Formats › Most Compatible; a PDF: export as an image or take a screenshot); renaming is not enough.',
  },
  'original-file': {
    zh: '文件已损坏或无法读取：找回原始文件，或重新拍摄、扫描。',
    en: 'The file is damaged or cannot be read: find the original file, or photograph or scan it again.',
  },
  'too-large-file': {
    zh: '像素多得不像照片或扫描件：重新导出为正常尺寸的图片（如长边 4000 像素以内）。',
    en: 'Far more pixels than any photo or scan: export it again at a normal size (e.g. up to 4000 px on the long side).',
  },
  'merge-blocked': {
    zh: '{file} 无法读取，因此没有合并；先处理好这个文件，再运行 fix。',
    en: '{file} cannot be read, so nothing was merged; deal with that file first, then run fix again.',
  },
  'merge-by-hand': {
    zh: '把这些文件合并成一张图片后上传；其中无法读取的文件处理好之后，fix 可以自动合并。',
    en: 'Merge these files into one image; once the unreadable one is dealt with, fix can merge them.',
  },
  'does-not-fit': {
    zh: '即使质量 60、长边缩到 1200 像素仍超过 500 KB：裁掉与材料无关的边缘后重新拍摄，或用较低分辨率扫描。',
    en: 'Even at quality 60 and 1200 px on the long side it is over 500 KB: photograph it again without the surroundings, or scan at a lower resolution.',
  },
  'too-little-detail': {
    zh: '图像细节太少，以最高质量压缩也达不到大小下限：用原图或更高分辨率重新拍摄、扫描。本工具不放大、不填充。',
    en: 'Too little detail to reach the minimum size even at the highest quality: use the original, or photograph or scan it at a higher resolution. This tool never enlarges or pads.',
  },
  'rule-hint': { zh: '{hint}', en: '{hint}' },
} as const satisfies Record<AdviceKey, Localized>;

export type FixTextKey = keyof typeof FIX_TEXT;

function fill(template: string, args: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, k: string) =>
    args[k] === undefined ? whole : String(args[k]),
  );
}

export function fixText(
  key: FixTextKey,
  lang: Lang,
  args: Readonly<Record<string, string | number>> = {},
): string {
  return fill(FIX_TEXT[key][lang], args);
}

export function fixAdvice(
  key: AdviceKey,
  lang: Lang,
  args: Readonly<Record<string, string | number>> = {},
): string {
  return fill(FIX_ADVICE[key][lang], args);
}
