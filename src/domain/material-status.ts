import type { Finding, MaterialEntry } from '../engine/types.js';
import type { Facts } from '../facts/types.js';

/**
 * The result's materials list: each material slot the folder has or needs, with its status from
 * the unwaived findings (`invalid` when an error is about its file or its field, profile problems
 * aside). An optional slot nobody filled is left out.
 */
export function materialStatuses(facts: Facts, active: readonly Finding[]): MaterialEntry[] {
  return facts.materials
    .filter((m) => m.need !== 'optional' || m.files.length > 0)
    .map((m) => {
      const hasError = active.some(
        (f) =>
          f.severity === 'error' &&
          ((f.file !== undefined && m.files.includes(f.file)) || f.field === m.field) &&
          !f.rule.startsWith('profile/'),
      );
      const status =
        m.files.length === 0
          ? m.need === 'not-needed'
            ? 'not-needed'
            : 'missing'
          : hasError
            ? 'invalid'
            : 'ok';
      return {
        material: m.material,
        field: m.field,
        ...(m.files.length === 1 ? { file: m.files[0] } : {}),
        ...(m.files.length > 1 ? { files: m.files } : {}),
        required: m.need === 'required',
        status,
      };
    });
}
