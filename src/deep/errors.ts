/**
 * `--deep` was asked for but its optional engine is not installed: the command cannot run as
 * asked (exit 2), and the CLI says the one command that installs it.
 */
export class DeepEngineMissing extends Error {
  constructor(
    /** The npm packages the missing engine needs, as `npm install` takes them. */
    readonly packages: readonly string[],
    /** The install options the packages need (e.g. an install script to skip). */
    readonly installFlags: readonly string[] = [],
  ) {
    super(`--deep needs ${packages.join(' ')}`);
    this.name = 'DeepEngineMissing';
  }
}
