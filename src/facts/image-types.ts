/** Facts about one image file, gathered by src/facts/ (header first, pixels only when needed). */
export interface ImageFacts {
  /** Real format by magic bytes. */
  readonly format: string;
}
