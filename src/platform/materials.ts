/** The materials the platform asks for, and the words that find each by file name. */

export type MaterialKind =
  | 'photo'
  | 'id-front'
  | 'id-back'
  | 'id-handheld'
  | 'work-proof'
  | 'education-proof'
  | 'qualification-proof';

/**
 * Words that find a material by file name when the profile names no file
 * (docs/spec/profile.md, "Materials found by file name"). A name containing words of two
 * materials (`手持身份证人像面`) goes to the longer, more specific word.
 */
export const MATERIAL_WORDS: Readonly<Record<MaterialKind, readonly string[]>> = {
  photo: ['证件照', 'photo'],
  'id-front': ['人像面', '身份证正面', 'id-front', 'id_front'],
  'id-back': ['国徽面', '非人像面', '身份证反面', 'id-back', 'id_back'],
  'id-handheld': ['手持', 'handheld'],
  'work-proof': ['工作证明', '经历证明', '承诺书', 'work-proof'],
  'education-proof': ['毕业证', '学位证', '认证报告', '认证书', 'diploma', 'degree'],
  'qualification-proof': ['资格证', '会员证', 'qualification'],
};

/** A file name without its extension, lower case. */
export function stem(name: string): string {
  const dot = name.lastIndexOf('.');
  return (dot > 0 ? name.slice(0, dot) : name).toLowerCase();
}

/**
 * The material a file name points to, by the most specific matching word: the longest, except
 * that 手持 (holding the ID) beats the side it shows: `手持身份证人像面` is the handheld photo.
 */
export function materialOfName(name: string): { material: MaterialKind; word: string } | undefined {
  const s = stem(name);
  const weight = (material: MaterialKind, word: string) =>
    word.length + (material === 'id-handheld' ? 10 : 0);
  let best: { material: MaterialKind; word: string } | undefined;
  for (const [material, words] of Object.entries(MATERIAL_WORDS) as [
    MaterialKind,
    readonly string[],
  ][])
    for (const word of words)
      if (
        s.includes(word.toLowerCase()) &&
        (!best || weight(material, word) > weight(best.material, best.word))
      )
        best = { material, word };
  return best;
}
