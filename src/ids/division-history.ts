import { readFileSync } from 'node:fs';
import { divisionByCode, divisionPath, provinceByCode } from './divisions.js';

/**
 * Codes of the 1980–2019 GB/T 2260 tables that the current table (./divisions.ts) no longer
 * lists: an ID number keeps the code of the county that issued it. Written to
 * data/divisions-history.json by scripts/build-divisions.js (data/sources/README.md).
 */

/** The city level of municipalities and directly administered counties: no place of its own. */
const PLACEHOLDER_CITY = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;

/** A code that some table of 1980–2019 listed and the current table does not. */
export interface HistoricalDivision {
  readonly code: string;
  /** `广东省汕头市潮阳县`: province and prefecture as the tables last named them, every name of the code. */
  readonly place: string;
  /** Years of the first and last table that listed it. */
  readonly first: number;
  readonly last: number;
}

interface HistoryFile {
  readonly source: string;
  readonly tables: readonly [string, string];
  readonly codes: Readonly<Record<string, readonly [string, number, number]>>;
}

let history: { file: HistoryFile; provinces: ReadonlySet<string> } | undefined;

/** Read on the first code the current table does not know: most profiles never pay for it. */
function historyTable(): { file: HistoryFile; provinces: ReadonlySet<string> } {
  if (history) return history;
  const file = JSON.parse(
    readFileSync(new URL('../../data/divisions-history.json', import.meta.url), 'utf8'),
  ) as HistoryFile;
  const provinces = new Set(Object.keys(file.codes).map((c) => c.slice(0, 2)));
  history = { file, provinces };
  return history;
}

/** The tables the history file records (tests check them against DIVISION_HISTORY_TABLES). */
export function divisionHistoryTables(): readonly [string, string] {
  return historyTable().file.tables;
}

/** A code of the 1980–2019 tables that the current table no longer lists. */
export function historicalDivision(code: string): HistoricalDivision | undefined {
  if (!/^\d{6}$/.test(code) || !Object.hasOwn(historyTable().file.codes, code)) return undefined;
  const [place, first, last] = historyTable().file.codes[code]!;
  return { code, place, first, last };
}

/**
 * Whether the first two digits were ever a province (11–15, 21–23, 31–37, 41–46, 50–54, 61–65,
 * 71, 81, 82): a closed set, read from the current and the 1980–2019 tables.
 */
export function provincePrefixExisted(code: string): boolean {
  return provinceByCode(code) !== undefined || historyTable().provinces.has(code.slice(0, 2));
}

/** `云南省昆明市五华区`: a code of the current table or of the 1980–2019 tables, as one name. */
export function placeName(code: string): string | undefined {
  if (divisionByCode(code)) {
    const path = divisionPath(code)!.split('/');
    return path.filter((p, i) => i === 0 || !PLACEHOLDER_CITY.test(p)).join('');
  }
  return historicalDivision(code)?.place;
}
