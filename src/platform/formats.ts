/** The file formats the checker tells apart, and how they are named to a person. */

/** A format recognised by its first bytes (never by the extension). */
export type ImageFormat =
  'jpeg' | 'png' | 'webp' | 'heic' | 'avif' | 'gif' | 'bmp' | 'tiff' | 'pdf';

export const FORMAT_NAMES = {
  jpeg: 'JPEG',
  png: 'PNG',
  webp: 'WebP',
  heic: 'HEIC',
  avif: 'AVIF',
  gif: 'GIF',
  bmp: 'BMP',
  tiff: 'TIFF',
  pdf: 'PDF',
} as const satisfies Record<ImageFormat, string>;

/** What counts as an image by its name (`material/unused`, the interactive file picker). */
export const IMAGE_EXTENSIONS = /\.(jpe?g|png|webp|heic|heif|avif|gif|bmp|tiff?|pdf)$/i;
