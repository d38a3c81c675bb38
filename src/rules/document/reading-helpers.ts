import { compareCode, compareText, differingPositions } from '../../deep/documents/compare.js';
import type { DocumentFields, DocumentReading } from '../../deep/documents/types.js';
import type { Report } from '../../engine/types.js';
import { checkResidentId } from '../../ids/resident-id.js';
import type { Facts, MaterialSlot } from '../../facts/types.js';
import type { MaterialKind } from '../../platform/materials.js';
import type { Profile, WorkEntry } from '../../profile/schema.js';

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

/** Each work proof `--deep` read, with the `work[i]` entry it proves (absent when none is). */
export function workProofReadings(
  facts: Facts,
): { readonly image: ReadImage; readonly entry: WorkEntry | undefined }[] {
  const work = profileOf(facts)?.work;
  return readImages(facts, 'work-proof').map((image) => ({
    image,
    entry: image.index === undefined ? undefined : work?.[image.index],
  }));
}

/** Below this a read number whose check digit fails is taken for a misreading, not a mistake. */
const SURE = 0.97;

/**
 * The check of the rules that compare the name read on each image of `material` with
 * `basic.name` (work proof, diploma, certificate, ID card): both names in the finding, masked.
 */
export function nameCheck(material: MaterialKind) {
  return (facts: Facts, report: Report<'default'>): void => {
    const name = profileOf(facts)?.basic?.name;
    for (const image of readImages(facts, material)) {
      const read = image.fields.name;
      if (read === undefined || compareText(read.value, name) !== 'differs') continue;
      report({
        field: 'basic.name',
        file: image.file,
        args: {
          file: image.file,
          read: { pii: 'name', value: read.value },
          profile: { pii: 'name', value: name! },
        },
      });
    }
  };
}

/**
 * The check of the rules that compare the ID number read on each image of `material` with
 * `basic.id_number` (work proof, ID card), naming the positions that differ. A read number whose
 * check digit fails is compared only when it was read with high confidence.
 */
export function idNumberCheck(material: MaterialKind) {
  return (facts: Facts, report: Report<'default'>): void => {
    const id = profileOf(facts)?.basic?.id_number;
    for (const image of readImages(facts, material)) {
      const read = image.fields.idNumber;
      if (read === undefined || compareCode(read.value, id) !== 'differs') continue;
      if (!checkResidentId(read.value).ok && read.confidence < SURE) continue;
      report({
        field: 'basic.id_number',
        file: image.file,
        args: {
          file: image.file,
          read: { pii: 'id', value: read.value },
          profile: { pii: 'id', value: id! },
          positions: differingPositions(read.value, id!).join(', '),
        },
      });
    }
  };
}
