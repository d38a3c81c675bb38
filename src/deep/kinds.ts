/** What `--deep` reads an image as: from the material the profile gives it, never guessed from content. */
export type DocumentKind =
  'work-proof' | 'diploma' | 'degree' | 'certificate' | 'id-front' | 'id-back';

/** One image to read: its encoded bytes, already read through the folder's one door. */
export interface DeepImage {
  /** The file name relative to the applicant folder. */
  readonly name: string;
  readonly data: Buffer;
}
