import type { ImageFacts } from '../../facts/image-types.js';
import { isAttachmentFormat } from '../../platform/limits.js';

/**
 * An attachment attachment/format reports: the size rules stay silent, since converting it to
 * JPEG or PNG changes its size anyway. Without image facts nothing is known, so not wrong.
 */
export function wrongFormat(image: ImageFacts | undefined): boolean {
  return (
    image !== undefined &&
    image.format !== 'unknown' &&
    !isAttachmentFormat(image.format, image.extension)
  );
}
