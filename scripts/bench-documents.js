#!/usr/bin/env node
// The --deep OCR benchmark (issue 15; docs/benchmark.md, "Reading documents"). Builds nothing:
// run `npm run build` first. Loads the engine once, then reads the photographed test documents
// (test/fixtures/documents) at --jobs 1 and 2 (documents in flight), and prints the load time,
// wall and CPU time per document, and the peak RSS. `--record` also writes what it read to
// test/deep/documents/recorded-readings.json (the fast rule tests' input).
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { clearInterval, setInterval } from 'node:timers';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.join(root, 'test/fixtures/documents');
const { createDocumentReader } = await import(
  pathToFileURL(path.join(root, 'dist/deep/documents/engine.js')).href
);
const KIND = {
  'work-proof': 'work-proof',
  'education-proof': 'diploma',
  'qualification-proof': 'certificate',
  'id-front': 'id-front',
  'id-back': 'id-back',
};
const manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8'));
const record = process.argv.includes('--record');
const images = record ? manifest.images : manifest.images.filter((i) => !i.file.includes('/'));

let peak = 0;
const tick = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
const started = performance.now();
const read = await createDocumentReader();
const load = performance.now() - started;
const mb = (b) => Math.round(b / 2 ** 20);
console.log(
  `load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}, ${os.cpus().length} cores`,
);
console.log(
  `model load: ${(load / 1000).toFixed(2)} s, RSS after load ${mb(process.memoryUsage().rss)} MiB`,
);

const recorded = {};
for (const jobs of record ? [1] : [1, 2]) {
  const queue = [...images];
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  const worker = async () => {
    for (let image = queue.shift(); image; image = queue.shift()) {
      const t = performance.now();
      const data = await readFile(path.join(dir, image.file));
      const reading = await read({ name: image.file, data }, KIND[image.material]);
      if (jobs === 1)
        console.log(
          `  ${image.file}: ${((performance.now() - t) / 1000).toFixed(2)} s, ${reading.status}`,
        );
      recorded[image.file] = { kind: KIND[image.material], reading };
    }
  };
  await Promise.all(Array.from({ length: jobs }, worker));
  const wall = (performance.now() - t0) / images.length / 1000;
  const used = process.cpuUsage(cpu);
  const cpuPer = (used.user + used.system) / 1e6 / images.length;
  console.log(
    `--jobs ${jobs}: ${wall.toFixed(2)} s per document (wall), ${cpuPer.toFixed(2)} s CPU per document, ${images.length} documents`,
  );
}
clearInterval(tick);
console.log(`peak RSS ${mb(Math.max(peak, process.memoryUsage().rss))} MiB`);

if (record) {
  const out = {
    about:
      'What the real engine (src/deep/documents/engine.ts) read on test/fixtures/documents: the lines, recorded so that field extraction and the document/* rules are tested on real OCR output without loading the models. Refresh: npm run build && node scripts/bench-documents.js --record',
    images: Object.fromEntries(
      Object.entries(recorded).map(([file, { kind, reading }]) => [
        file,
        reading.status === 'read'
          ? {
              kind,
              status: 'read',
              rotation: reading.rotation,
              lines: reading.lines.map((l) => ({
                ...l,
                confidence: Math.round(l.confidence * 1e4) / 1e4,
              })),
              ...(reading.ticks ? { ticks: reading.ticks } : {}),
            }
          : { kind, status: 'unreadable', reason: reading.reason },
      ]),
    ),
  };
  // Written as prettier writes it (the lint step checks it), with the repository's settings.
  const file = path.join(root, 'test/deep/documents/recorded-readings.json');
  const prettier = await import('prettier');
  const options = (await prettier.resolveConfig(file)) ?? {};
  await writeFile(file, await prettier.format(JSON.stringify(out), { ...options, parser: 'json' }));
}
