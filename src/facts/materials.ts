import { BACHELOR_OR_HIGHER, SECONDARY_LEVELS } from '../platform/levels.js';
import { materialOfName, stem, type MaterialKind } from '../platform/materials.js';
import { isOngoing, parseDate } from '../profile/dates.js';
import type { Profile } from '../profile/schema.js';
import type { FolderEntry, MaterialNeed, MaterialSlot } from './types.js';

/** Files that are never material images: our own outputs and notes. */
const NOT_MATERIAL = /\.(ya?ml|json|md|txt|docx?|xlsx?|csv|html?|bak|tmp)$/i;

function asList(value: string | readonly string[] | undefined): string[] {
  if (value === undefined) return [];
  return (typeof value === 'string' ? [value] : [...value]).filter((v) => v.trim() !== '');
}

/** True when some work entry is still going on (`end: 至今`). */
export function hasCurrentWork(profile: Profile): boolean {
  return (profile.work ?? []).some((w) => w.end !== undefined && isOngoing(w.end));
}

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
    printed?: string,
  ) =>
    slots.push({
      material,
      field,
      need,
      reason,
      named: asList(named),
      ...(printed === undefined ? {} : { printed }),
    });

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
    const printed = printedProof(folder, w.employer);
    const reason = p.scope === 1 ? 'scope-1' : 'work-entry';
    add(
      'work-proof',
      `work[${i}].proof`,
      'required',
      printed === undefined ? reason : `${reason}-printed`,
      w.proof,
      printed,
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

/**
 * The work proof `template` wrote for this employer, when it is in the folder: a `.docx` whose
 * name holds the employer's name (`会计工作证明-云南某某有限公司.docx`, `…-2.docx`), not
 * Word's `~$` lock file. It is to be printed, stamped and scanned; it is not the material.
 */
function printedProof(folder: readonly FolderEntry[], employer: unknown): string | undefined {
  if (typeof employer !== 'string' || employer.trim() === '') return undefined;
  const name = employer.trim().normalize('NFC').toLowerCase();
  return folder
    .filter(
      (e) =>
        e.kind !== 'directory' &&
        /\.docx$/i.test(e.name) &&
        !e.name.startsWith('~$') &&
        e.name.normalize('NFC').toLowerCase().includes(name),
    )
    .map((e) => e.name)
    .sort()[0];
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
