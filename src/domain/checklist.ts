import type { ChecklistItem } from '../engine/types.js';
import type { Facts } from '../facts/types.js';

/** What the person must confirm by eye: no statistic can judge these. */
export const PHOTO_CHECKLIST = [
  'photo-bangs',
  'photo-glasses',
  'photo-hat',
  'photo-frontal',
  'photo-beauty',
] as const;
export const WORK_PROOF_CHECKLIST = ['work-proof-stamp', 'work-proof-dates'] as const;

/**
 * The result's checklist: the photo always, the work proof when the folder needs one. What
 * `--deep` compared need not be confirmed by eye: when it read every work proof, the start date
 * and ID number on them are checked (document/work-proof-start, document/work-proof-id).
 */
export function checklist(facts: Facts): ChecklistItem[] {
  const items: ChecklistItem[] = PHOTO_CHECKLIST.map((id) => ({ id, material: 'photo' as const }));
  const proofs = facts.materials.filter((m) => m.material === 'work-proof');
  if (proofs.length > 0) {
    const files = proofs.flatMap((m) => m.files);
    const allRead =
      files.length > 0 && files.every((f) => facts.deep?.documents.get(f)?.status === 'read');
    for (const id of WORK_PROOF_CHECKLIST)
      if (!(id === 'work-proof-dates' && allRead)) items.push({ id, material: 'work-proof' });
  }
  return items;
}
