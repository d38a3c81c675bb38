// Placeholder of the lead's src/deep/errors.ts (DEEP-PLUMBING.md); main's version replaces it.
export class DeepEngineMissing extends Error {
  constructor(readonly packages: readonly string[]) {
    super(`--deep needs ${packages.join(' ')}`);
  }
}
