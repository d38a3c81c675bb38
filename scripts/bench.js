#!/usr/bin/env node
// Image-check benchmark (issue 4). Run: npm run bench (builds first; this script runs dist/).
// Generates a corpus once into bench-corpus/ (git-ignored): 200 applicant folders × 5 images,
// phone-sized 3000×4000 JPEGs of 2–4 MB mixed with small ID photos and JPEG/PNG scans. Then
// measures, each mode in its own child process (for its peak RSS): reading the bytes (the
// floor), header only, the full check of every folder, a full-size decode with sharp, and
// ImageMagick's `identify -format '%[type]'` per folder where the real identify is installed.
// Options: --folders N (default 200), --in-flight N (default: cores), --regenerate.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { copyFile, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpusDir = path.join(root, 'bench-corpus');
const dist = (p) => pathToFileURL(path.join(root, 'dist', p)).href;
const CORPUS_VERSION = 2;
const MODES = [
  'read',
  'header',
  'check',
  'decode',
  'phone-check',
  'phone-photo',
  'phone-decode',
  'identify',
];
const LABELS = {
  read: 'all images: read the bytes (the floor)',
  header: 'all images: header only (magic bytes, end marker, metadata, EXIF)',
  check: 'all images: full check of every folder (`checkFolder`, every rule)',
  decode: 'all images: full-size decode with sharp',
  'phone-check':
    'phone JPEGs: image facts in their folders’ roles (1 in 6 the photo, the rest ID images)',
  'phone-photo': 'phone JPEGs: image facts as the standard photo (shrink-on-load + statistics)',
  'phone-decode': 'phone JPEGs: full-size decode with sharp',
  identify: "ImageMagick `identify -format '%[type]'` per folder",
};

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

/** Runs `work` over items with at most `limit` in flight. */
async function pool(items, limit, work) {
  const queue = [...items];
  await Promise.all(
    Array.from({ length: limit }, async () => {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item);
    }),
  );
}

// ---------------------------------------------------------------- corpus

function documentSvg(width, height, seed, { background = '#f4f1e8', table = false } = {}) {
  let s = seed;
  const random = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  const scale = width / 1240;
  const words = [];
  for (let line = 0; line < 34; line++) {
    let x = 110 * scale;
    const y = (190 + line * 42) * scale;
    while (x < 1120 * scale) {
      const w = (18 + random() * 95) * scale;
      words.push(
        `<rect x="${x.toFixed(0)}" y="${y.toFixed(0)}" width="${w.toFixed(0)}" height="${(13 * scale).toFixed(0)}" fill="#272727"/>`,
      );
      x += w + 12 * scale;
    }
  }
  const desk = table
    ? `<rect width="${width}" height="${height}" fill="#6b5a48"/><rect x="${width * 0.06}" y="${height * 0.06}" width="${width * 0.88}" height="${height * 0.88}" fill="${background}" transform="rotate(1.5 ${width / 2} ${height / 2})"/>`
    : `<rect width="${width}" height="${height}" fill="${background}"/>`;
  return Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
  ${desk}${words.join('')}
  <circle cx="${width * 0.72}" cy="${height * 0.82}" r="${width * 0.1}" stroke="#c81e1e" stroke-width="${width * 0.01}" fill="none"/>
</svg>`);
}

function portraitSvg(seed) {
  const hues = ['#ffffff', '#ffffff', '#ffffff', '#f4f4f4', '#438edb'];
  return Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="413" height="579">
  <rect width="413" height="579" fill="${hues[seed % hues.length]}"/>
  <path d="M20 579 Q 40 450 140 420 L 273 420 Q 373 450 393 579 Z" fill="#1d2331"/>
  <rect x="176" y="330" width="61" height="95" fill="#d9a88a"/>
  <ellipse cx="206" cy="250" rx="${84 + (seed % 7)}" ry="112" fill="#e8bda0"/>
  <path d="M112 250 Q 100 90 206 82 Q 312 90 300 250 Q 290 150 206 140 Q 122 150 112 250 Z" fill="#231a14"/>
  <circle cx="174" cy="240" r="6" fill="#3b2a20"/><circle cx="238" cy="240" r="6" fill="#3b2a20"/>
  <path d="M184 318 q 22 14 44 0" stroke="#b5555a" stroke-width="5" fill="none"/>
</svg>`);
}

/** Renders an SVG with camera-like Gaussian grain (native: fast). */
async function withGrain(sharp, svg, width, height, sigma) {
  const base = await sharp(svg).resize(width, height).removeAlpha().raw().toBuffer();
  const noise = await sharp({
    create: { width, height, channels: 3, noise: { type: 'gaussian', mean: 128, sigma } },
  })
    .raw()
    .toBuffer();
  return sharp(base, { raw: { width, height, channels: 3 } }).composite([
    { input: noise, raw: { width, height, channels: 3 }, blend: 'overlay' },
  ]);
}

async function makeCorpus(folders) {
  const stampFile = path.join(corpusDir, 'corpus.json');
  const wanted = { version: CORPUS_VERSION, folders };
  const have = await readFile(stampFile, 'utf8').then(JSON.parse, () => undefined);
  if (
    !process.argv.includes('--regenerate') &&
    have?.version === wanted.version &&
    have.folders === folders
  )
    return;
  const { default: sharp } = await import('sharp');
  sharp.concurrency(os.availableParallelism());
  await rm(corpusDir, { recursive: true, force: true });
  const pool_ = path.join(corpusDir, '_pool');
  await mkdir(pool_, { recursive: true });
  console.error(
    `generating the corpus (${folders} folders) into ${path.relative(root, corpusDir)}/ …`,
  );
  const made = { phone: [], photo: [], scanJpg: [], scanPng: [] };
  await pool([...Array(12).keys()], 2, async (i) => {
    const sigma = 13 + (i % 4) * 3; // 2–4 MB at quality 92
    const img = await withGrain(
      sharp,
      documentSvg(3000, 4000, i + 1, { table: true }),
      3000,
      4000,
      sigma,
    );
    const file = path.join(pool_, `phone-${i}.jpg`);
    await img.jpeg({ quality: 92 }).toFile(file);
    made.phone.push(file);
  });
  for (let i = 0; i < 20; i++) {
    const file = path.join(pool_, `photo-${i}.jpg`);
    await (await withGrain(sharp, portraitSvg(i), 413, 579, 6)).jpeg({ quality: 90 }).toFile(file);
    made.photo.push(file);
  }
  for (let i = 0; i < 10; i++) {
    const jpg = path.join(pool_, `scan-${i}.jpg`);
    await (
      await withGrain(sharp, documentSvg(1240, 1754, 100 + i), 1240, 1754, 5)
    )
      .jpeg({ quality: 80 })
      .toFile(jpg);
    made.scanJpg.push(jpg);
    const png = path.join(pool_, `scan-${i}.png`);
    const grained = await (
      await withGrain(sharp, documentSvg(1240, 1754, 200 + i), 1240, 1754, 2)
    )
      .raw()
      .toBuffer();
    await sharp(grained, { raw: { width: 1240, height: 1754, channels: 3 } })
      .resize(1000)
      .png({ palette: true, colours: 64 })
      .toFile(png);
    made.scanPng.push(png);
  }
  for (const list of Object.values(made)) list.sort();
  const profile = `scope: 3
basic:
  photo: photo.jpg
  id_card:
    front: id-front.jpg
    back: id-back.jpg
education:
  - proof: diploma.png
work:
  - proof: work-proof.jpg
`;
  for (let i = 0; i < folders; i++) {
    const dir = path.join(corpusDir, `applicant-${String(i).padStart(4, '0')}`);
    await mkdir(dir);
    await writeFile(path.join(dir, 'profile.yaml'), profile);
    const pick = (list, k) => list[k % list.length];
    // Every 5th person gives a camera original as the photo; every 2nd photographs the ID card.
    await copyFile(
      i % 5 === 0 ? pick(made.phone, i) : pick(made.photo, i),
      path.join(dir, 'photo.jpg'),
    );
    await copyFile(
      i % 2 === 0 ? pick(made.phone, i + 1) : pick(made.scanJpg, i),
      path.join(dir, 'id-front.jpg'),
    );
    await copyFile(
      i % 2 === 0 ? pick(made.phone, i + 2) : pick(made.scanJpg, i + 1),
      path.join(dir, 'id-back.jpg'),
    );
    await copyFile(pick(made.scanPng, i), path.join(dir, 'diploma.png'));
    await copyFile(pick(made.scanJpg, i + 2), path.join(dir, 'work-proof.jpg'));
  }
  await rm(pool_, { recursive: true, force: true });
  await writeFile(stampFile, JSON.stringify(wanted));
}

async function listCorpus() {
  const folders = (await readdir(corpusDir)).filter((d) => d.startsWith('applicant-')).sort();
  const images = [];
  for (const d of folders)
    for (const name of [
      'photo.jpg',
      'id-front.jpg',
      'id-back.jpg',
      'diploma.png',
      'work-proof.jpg',
    ]) {
      const file = path.join(corpusDir, d, name);
      const { size } = await stat(file);
      images.push({ file, size, folder: d });
    }
  return { folders: folders.map((d) => path.join(corpusDir, d)), images };
}

/** ImageMagick's real identify, not a stand-in script. */
function realIdentify() {
  for (const candidate of ['/usr/bin/identify', '/usr/local/bin/identify', '/usr/bin/magick']) {
    try {
      const out = execFileSync(candidate, ['-version'], { encoding: 'utf8', timeout: 5000 });
      if (/ImageMagick/.test(out))
        return candidate.endsWith('magick') ? [candidate, 'identify'] : [candidate];
    } catch {
      // not this one
    }
  }
  return undefined;
}

// ---------------------------------------------------------------- one mode (child process)

async function runMode(mode, inFlight) {
  const { folders, images } = await listCorpus();
  const isPhone = (img) => img.size > 1_000_000;
  const phones = images.filter(isPhone);
  let work;
  // Items measured, and a few run first untimed (lazy module and libvips start-up, JIT).
  let all = images;
  let warm = images.slice(0, 10);
  let count = images.length;
  let bytes = images.reduce((a, i) => a + i.size, 0);
  if (mode === 'read') {
    work = (items) => pool(items, inFlight, (i) => readFile(i.file));
  } else if (mode === 'header' || mode === 'phone-check' || mode === 'phone-photo') {
    const { gatherImageFacts } = await import(dist('facts/image.js'));
    const list = mode === 'header' ? images : phones;
    if (mode !== 'header') [count, bytes] = [list.length, list.reduce((a, i) => a + i.size, 0)];
    const rolesOf = (i) =>
      new Set(
        mode === 'header'
          ? []
          : mode === 'phone-photo' || i.file.endsWith('photo.jpg')
            ? ['photo']
            : ['attachment'],
      );
    work = (items) =>
      pool(items, inFlight, async (i) => {
        const facts = await gatherImageFacts(i.file, { size: i.size, roles: rolesOf(i) });
        if (mode === 'phone-photo' && !facts.pixels) throw new Error(`no pixels for ${i.file}`);
      });
    warm = list.slice(0, 6);
    all = list;
  } else if (mode === 'check') {
    const { checkFolder } = await import(dist('check.js'));
    work = (items) => pool(items, inFlight, (dir) => checkFolder(dir, { today: '2026-11-26' }));
    [warm, all] = [folders.slice(0, 2), folders];
  } else if (mode === 'decode' || mode === 'phone-decode') {
    const { default: sharp } = await import('sharp');
    sharp.concurrency(1);
    sharp.cache(false);
    const list = mode === 'decode' ? images : phones;
    if (mode === 'phone-decode')
      [count, bytes] = [phones.length, phones.reduce((a, i) => a + i.size, 0)];
    work = (items) =>
      pool(items, inFlight, (i) => sharp(i.file, { limitInputPixels: false }).raw().toBuffer());
    [warm, all] = [list.slice(0, 4), list];
  } else if (mode === 'identify') {
    const identify = realIdentify();
    if (!identify) return { mode, skipped: 'ImageMagick identify is not installed' };
    [warm, all] = [folders.slice(0, 1), folders];
    work = (items) =>
      pool(
        items,
        inFlight,
        (dir) =>
          new Promise((resolve, reject) => {
            const files = images.filter((i) => i.folder === path.basename(dir)).map((i) => i.file);
            const child = spawn(
              identify[0],
              [...identify.slice(1), '-format', '%[type]\n', ...files],
              {
                stdio: ['ignore', 'ignore', 'ignore'],
              },
            );
            child.on('error', reject);
            child.on('close', resolve);
          }),
      );
  } else throw new Error(`unknown mode ${mode}`);
  await work(warm);
  const started = process.hrtime.bigint();
  await work(all);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { mode, count, bytes, seconds, peakRssMB: await peakRssMB() };
}

/**
 * This process's peak resident memory. VmHWM, not getrusage's maxRSS: on Linux the latter keeps
 * the peak of the parent the child was forked from (here, the corpus generator).
 */
async function peakRssMB() {
  const status = await readFile('/proc/self/status', 'utf8').catch(() => '');
  const kb = /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
  return (kb ? Number(kb) : process.resourceUsage().maxRSS) / 1024;
}

// ---------------------------------------------------------------- main

async function main() {
  const childMode = option('mode');
  const inFlight = Number(option('in-flight', String(os.availableParallelism())));
  if (childMode) {
    process.stdout.write(JSON.stringify(await runMode(childMode, inFlight)));
    return;
  }
  const folders = Number(option('folders', '200'));
  await makeCorpus(folders);
  const threads = String(Math.max(4, inFlight * 2));
  const rows = [];
  for (const mode of MODES) {
    const child = spawnSync(
      process.execPath,
      [fileURLToPath(import.meta.url), '--mode', mode, '--in-flight', String(inFlight)],
      {
        encoding: 'utf8',
        env: { ...process.env, UV_THREADPOOL_SIZE: process.env.UV_THREADPOOL_SIZE ?? threads },
        maxBuffer: 1 << 20,
      },
    );
    if (child.status !== 0) {
      console.error(child.stderr);
      throw new Error(`mode ${mode} failed`);
    }
    const result = JSON.parse(child.stdout);
    rows.push(result);
    console.error(`  ${mode}: ${result.skipped ?? `${result.seconds.toFixed(2)} s`}`);
  }
  const { default: sharp } = await import('sharp');
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const lines = [
    `Machine: ${cpu}, ${os.availableParallelism()} cores, ${Math.round(os.totalmem() / 2 ** 30)} GB RAM; ` +
      `Node ${process.version}, sharp ${sharp.versions.sharp} / libvips ${sharp.versions.vips}; ` +
      `${inFlight} files or folders in flight, UV_THREADPOOL_SIZE=${process.env.UV_THREADPOOL_SIZE ?? threads}; ` +
      `${new Date().toISOString().slice(0, 10)}.`,
    `Corpus: ${folders} folders, ${rows[0].count} images, ${(rows[0].bytes / 2 ** 20).toFixed(0)} MB ` +
      `(${rows.find((r) => r.mode === 'phone-decode').count} phone-sized 3000×4000 JPEGs), warm page cache.`,
    '',
    '| mode | images | images/s | MB/s | peak RSS |',
    '| --- | ---: | ---: | ---: | ---: |',
  ];
  for (const r of rows) {
    if (r.skipped) {
      lines.push(`| ${LABELS[r.mode]} | — | ${r.skipped} | | |`);
      continue;
    }
    lines.push(
      `| ${LABELS[r.mode]} | ${r.count} | ${(r.count / r.seconds).toFixed(1)} | ` +
        `${(r.bytes / 2 ** 20 / r.seconds).toFixed(1)} | ${r.peakRssMB.toFixed(0)} MB |`,
    );
  }
  const by = Object.fromEntries(rows.map((r) => [r.mode, r]));
  const rate = (m) => by[m].count / by[m].seconds;
  const ratio = (a, b) => (rate(a) / rate(b)).toFixed(1);
  lines.push(
    '',
    `Targets (2 cores): header only ${rate('header').toFixed(0)} images/s (≥ 1000); ` +
      `phone JPEGs checked in their roles ${ratio('phone-check', 'phone-decode')}× faster than decoded (≥ 3×), ` +
      `${ratio('phone-photo', 'phone-decode')}× when every one is the standard photo; ` +
      `whole folders ${ratio('check', 'decode')}× faster than decoding every image; ` +
      `peak RSS of the full check ${by.check.peakRssMB.toFixed(0)} MB (< 300).`,
  );
  console.log(lines.join('\n'));
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
