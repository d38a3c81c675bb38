import type { FileFacts, MaterialSlot } from '../facts/types.js';
import type { MaterialKind } from '../platform/materials.js';
import type { DeepRequest, DocumentKind } from './types.js';

/** The document each material is read as; the handheld ID photo is not read. */
const KIND: Partial<Record<MaterialKind, DocumentKind>> = {
  'work-proof': 'work-proof',
  'education-proof': 'diploma',
  'qualification-proof': 'certificate',
  'id-front': 'id-front',
  'id-back': 'id-back',
};

/**
 * What `--deep` reads in a folder, from the materials the profile gives (never guessed from the
 * content): each file of a material once, as its first material gives it, and only files whose
 * header was read as an image sharp can decode. A degree certificate (学位证, `degree` in the name)
 * among the education proofs is read as one.
 */
export function deepRequests(
  materials: readonly MaterialSlot[],
  files: ReadonlyMap<string, FileFacts>,
): DeepRequest[] {
  const requests = new Map<string, DeepRequest>();
  for (const slot of materials)
    for (const name of slot.files) {
      if (requests.has(name) || !readable(files.get(name))) continue;
      if (slot.material === 'photo') requests.set(name, { name, read: 'face' });
      else {
        const kind = KIND[slot.material];
        if (!kind) continue;
        const degree = kind === 'diploma' && /学位|degree/i.test(name);
        requests.set(name, { name, read: 'document', kind: degree ? 'degree' : kind });
      }
    }
  return [...requests.values()];
}

function readable(file: FileFacts | undefined): boolean {
  const image = file?.image;
  return Boolean(
    file?.access.status === 'ok' &&
    image?.header &&
    !image.tooLarge &&
    !image.heavy &&
    !image.decodeError,
  );
}
