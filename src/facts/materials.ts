import type { MaterialKind } from '../engine/types.js';
import { isOngoing, parseDate } from '../profile/dates.js';
import type { Profile } from '../profile/schema.js';
import type { FolderEntry, MaterialNeed, MaterialSlot } from './types.js';

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

/** Files that are never material images: our own outputs and notes. */
const NOT_MATERIAL = /\.(ya?ml|json|md|txt|docx?|xlsx?|csv|html?|bak|tmp)$/i;
/** What counts as an image for `material/unused`. */
export const IMAGE_EXTENSIONS = /\.(jpe?g|png|webp|heic|heif|avif|gif|bmp|tiff?|pdf)$/i;

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

function asList(value: string | readonly string[] | undefined): string[] {
  if (value === undefined) return [];
  return (typeof value === 'string' ? [value] : [...value]).filter((v) => v.trim() !== '');
}

/** True when some work entry is still going on (`end: 至今`). */
export function hasCurrentWork(profile: Profile): boolean {
  return (profile.work ?? []).some((w) => w.end !== undefined && isOngoing(w.end));
}

const SECONDARY_LEVELS = new Set(['中等专科', '技工学校', '职业高中', '高中', '初中及以下']);
const BACHELOR_OR_HIGHER = new Set(['博士研究生', '硕士研究生', '研究生班', '大学本科']);

/**
 * Which materials this profile needs (docs/spec/rules.md, "Scope and materials"), and the
 * files that fill each: the ones the profile names, else the ones found by name.
 */
export function resolveMaterials(
  profile: Profile | undefined,
  folder: readonly FolderEntry[],
): MaterialSlot[] {
  const p: Profile = profile ?? {};
  const slots: Omit<MaterialSlot, 'found' | 'files'>[] = [];
  const add = (
    material: MaterialKind,
    field: string,
    need: MaterialNeed,
    reason: string,
    named: string | readonly string[] | undefined,
  ) => slots.push({ material, field, need, reason, named: asList(named) });

  add('photo', 'basic.photo', 'required', 'always', p.basic?.photo);

  const working = hasCurrentWork(p);
  const student = p.basic?.student === true;
  const online = p.basic?.real_name === 'online';
  let idNeed: MaterialNeed = 'optional';
  let idReason = 'optional';
  if (online) [idNeed, idReason] = ['required', 'online-real-name'];
  else if (p.department === '国家机关事务管理局')
    [idNeed, idReason] = ['required', 'central-department'];
  else if (profile !== undefined && !working && !student)
    [idNeed, idReason] = ['required', 'not-working'];
  add('id-front', 'basic.id_card.front', idNeed, idReason, p.basic?.id_card?.front);
  add('id-back', 'basic.id_card.back', idNeed, idReason, p.basic?.id_card?.back);
  add(
    'id-handheld',
    'basic.id_card.handheld',
    online ? 'required' : 'optional',
    online ? 'online-real-name' : 'optional',
    p.basic?.id_card?.handheld,
  );

  (p.education ?? []).forEach((e, i) => {
    let need: MaterialNeed = 'recommended';
    let reason = 'online-check';
    if (e.level !== undefined && SECONDARY_LEVELS.has(e.level))
      [need, reason] = ['required', 'secondary'];
    else if (e.overseas === true && e.level !== undefined && BACHELOR_OR_HIGHER.has(e.level))
      // education/overseas-certificate reports this one, with its own words.
      [need, reason] = ['optional', 'overseas'];
    else if (isBeforeOnlineRecords(e.end, e.degree)) reason = 'offline';
    add('education-proof', `education[${i}].proof`, need, reason, e.proof);
  });

  (p.work ?? []).forEach((w, i) => {
    add(
      'work-proof',
      `work[${i}].proof`,
      'required',
      p.scope === 1 ? 'scope-1' : 'work-entry',
      w.proof,
    );
  });

  (p.qualifications?.accounting ?? []).forEach((q, i) =>
    add(
      'qualification-proof',
      `qualifications.accounting[${i}].proof`,
      'recommended',
      'online-check',
      q.proof,
    ),
  );
  (p.qualifications?.other ?? []).forEach((q, i) => {
    const membership = q.type === '注册会计师' || q.type === '资产评估师';
    add(
      'qualification-proof',
      `qualifications.other[${i}].proof`,
      membership ? 'required' : 'recommended',
      membership ? 'membership-card' : 'online-check',
      q.proof,
    );
  });

  // Lookup by name: only files the profile does not already name, and only for a material
  // with a single slot of its kind (with several entries, each must name its own proof).
  const namedAnywhere = new Set(slots.flatMap((s) => s.named));
  const byMaterial = new Map<MaterialKind, string[]>();
  for (const entry of folder) {
    if (
      entry.kind === 'directory' ||
      NOT_MATERIAL.test(entry.name) ||
      namedAnywhere.has(entry.name)
    )
      continue;
    if (entry.name.startsWith('.') || /^profile\.ya?ml/i.test(entry.name)) continue;
    const m = materialOfName(entry.name);
    if (!m) continue;
    byMaterial.set(m.material, [...(byMaterial.get(m.material) ?? []), entry.name]);
  }
  const kindCount = new Map<MaterialKind, number>();
  for (const s of slots) kindCount.set(s.material, (kindCount.get(s.material) ?? 0) + 1);

  return slots.map((s) => {
    if (s.named.length > 0 || kindCount.get(s.material) !== 1)
      return { ...s, found: [], files: s.named };
    const found = [...(byMaterial.get(s.material) ?? [])].sort();
    return {
      ...s,
      found,
      files: found.length === 1 || isDiplomaAndDegree(s.material, found) ? found : [],
    };
  });
}

/** A diploma and a degree certificate found for the one education entry belong together. */
function isDiplomaAndDegree(material: MaterialKind, found: readonly string[]): boolean {
  if (material !== 'education-proof' || found.length !== 2) return false;
  const degree = found.filter((f) => /学位证|degree/i.test(stem(f)));
  return degree.length === 1;
}

/**
 * 学信网 holds no electronic record of a 学历 before 2002 or a 学位 before September 2008
 * (rules.md, education/offline-verification): the online check will fail.
 */
export function isBeforeOnlineRecords(
  end: string | undefined,
  degree: string | undefined,
): boolean {
  const d = end === undefined ? undefined : parseDate(end);
  if (!d) return false;
  if (d.year < 2002) return true;
  return (
    degree !== undefined && degree !== '无' && (d.year < 2008 || (d.year === 2008 && d.month < 9))
  );
}
