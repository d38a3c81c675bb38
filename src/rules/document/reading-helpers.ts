import type { DocumentFields, DocumentReading } from '../../deep/documents/types.js';
import type { Facts, MaterialSlot } from '../../facts/types.js';
import type { MaterialKind } from '../../platform/materials.js';
import type { Profile } from '../../profile/schema.js';

/** One image `--deep` read, with the material slot (and so the profile entry) it fills. */
export interface ReadImage {
  readonly slot: MaterialSlot;
  readonly file: string;
  readonly fields: DocumentFields;
  /** The entry's index for `work[i].proof`, `education[i].proof`, `qualifications.accounting[i].proof`. */
  readonly index?: number;
}

/** Every image of `material` that `--deep` read; nothing when it did not run. */
export function readImages(facts: Facts, material: MaterialKind): ReadImage[] {
  const documents = facts.deep?.documents;
  if (documents === undefined) return [];
  return facts.materials
    .filter((slot) => slot.material === material)
    .flatMap((slot) =>
      slot.files.flatMap((file) => {
        const reading: DocumentReading | undefined = documents.get(file);
        if (reading?.status !== 'read') return [];
        const m = /\[(\d+)\]/.exec(slot.field);
        return [{ slot, file, fields: reading.fields, ...(m ? { index: Number(m[1]) } : {}) }];
      }),
    );
}

/** The profile, when it parsed. */
export function profileOf(facts: Facts): Profile | undefined {
  return facts.profile.status === 'ok' ? facts.profile.data : undefined;
}
