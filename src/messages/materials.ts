import type { Localized, MaterialKind } from '../engine/types.js';
import { l } from './types.js';

export const MATERIAL_NAMES = {
  photo: l('标准证件照', 'standard ID photo'),
  'id-front': l('身份证明人像面', 'ID document, portrait side'),
  'id-back': l('身份证明国徽面', 'ID document, emblem side'),
  'id-handheld': l('手持证件人像面照片', 'photo holding the ID document'),
  'work-proof': l('会计工作（经历）证明', 'work proof (会计工作（经历）证明)'),
  'education-proof': l('学历/学位证明材料', 'diploma / degree proof'),
  'qualification-proof': l('专业技术资格证明材料', 'qualification proof'),
} as const satisfies Record<MaterialKind, Localized>;

export function materialName(kind: MaterialKind): Localized {
  return MATERIAL_NAMES[kind];
}
