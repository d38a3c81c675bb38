import { readFileSync } from 'node:fs';

/**
 * The province → city → county lists behind the department pickers, read from the bundled
 * division data (data/divisions.json, written by scripts/build-divisions.js). src/ids/divisions.ts
 * matches names but does not list them; the answer is still validated by department/unknown.
 */
export interface Place {
  readonly code: string;
  readonly name: string;
}

export interface DivisionTree {
  readonly provinces: readonly Place[];
  /** Cities of a two-digit province code; a municipality has none (its counties come directly). */
  readonly cities: (province: string) => readonly Place[];
  /** Counties of a four-digit city code, or of every city of a municipality's two-digit code. */
  readonly counties: (code: string) => readonly Place[];
}

/** 北京、天津、上海、重庆: the table's city level is `市辖区`/`县`; people pick the district. */
const MUNICIPALITIES = new Set(['11', '12', '31', '50']);

interface DivisionFile {
  readonly provinces: Readonly<Record<string, string>>;
  readonly cities: Readonly<Record<string, string>>;
  readonly counties: Readonly<Record<string, string>>;
}

let cached: DivisionTree | null | undefined;

/** The tree, or undefined when the data file is not there (the question falls back to typing). */
export function divisionTree(): DivisionTree | undefined {
  if (cached !== undefined) return cached ?? undefined;
  try {
    const file = JSON.parse(
      readFileSync(new URL('../../data/divisions.json', import.meta.url), 'utf8'),
    ) as DivisionFile;
    const places = (table: Readonly<Record<string, string>>, prefix: string): Place[] =>
      Object.entries(table)
        .filter(([code]) => code.startsWith(prefix))
        .map(([code, name]) => ({ code, name }));
    cached = {
      provinces: places(file.provinces, ''),
      cities: (province) => (MUNICIPALITIES.has(province) ? [] : places(file.cities, province)),
      counties: (code) => places(file.counties, code),
    };
  } catch {
    cached = null;
  }
  return cached ?? undefined;
}

export function isMunicipality(provinceCode: string): boolean {
  return MUNICIPALITIES.has(provinceCode);
}
