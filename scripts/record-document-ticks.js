// Measures the ☐/☑ boxes of the recorded work-proof readings again (src/deep/documents/ticks.ts)
// from the fixture images and the recorded lines, without loading the OCR models: what the engine
// would add to those readings. `npm run build` first; `node scripts/bench-documents.js --record`
// records lines and ticks together.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const load = (file) => import(pathToFileURL(path.join(root, 'dist/deep/documents', file)).href);
const { pixels, grey } = await load('engine.js');
const { measureTicks } = await load('ticks.js');
const file = path.join(root, 'test/deep/documents/recorded-readings.json');
const recorded = JSON.parse(await readFile(file, 'utf8'));
for (const [name, r] of Object.entries(recorded.images)) {
  if (r.kind !== 'work-proof' || r.status !== 'read') continue;
  const data = await readFile(path.join(root, 'test/fixtures/documents', name));
  const ticks = measureTicks(grey(await pixels(data, r.rotation)), r.lines);
  if (ticks.length) r.ticks = ticks;
  else delete r.ticks;
  console.log(name, ticks.map((t) => `${t.item}:${t.density}`).join(' '));
}
// Written as prettier writes it (the lint step checks it), with the repository's settings.
const prettier = await import('prettier');
const options = (await prettier.resolveConfig(file)) ?? {};
await writeFile(
  file,
  await prettier.format(JSON.stringify(recorded), { ...options, parser: 'json' }),
);
