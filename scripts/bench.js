#!/usr/bin/env node
// Image-check benchmark (issue 4). Run: npm run bench (builds first; this script runs dist/).
// Generates a corpus once into bench-corpus/ (git-ignored): 200 applicant folders × 5 images,
// phone-sized 3000×4000 JPEGs of 2–4 MB mixed with small ID photos and JPEG/PNG scans. Then
// measures, each mode in its own child process (for its peak RSS): reading the bytes (the
// floor), header only, the full check of every folder, a full-size decode with sharp, and
// ImageMagick's `identify -format '%[type]'` per folder where the real identify is installed.
// Then the batch benchmark (issue 7): the real CLI `ausm-check batch ROOT --format ndjson` at
// --jobs 1 and 2 on 500 generated applicant folders and at --jobs 2 on 2000 (peak RSS must stay
// flat), against the floor (reading every file), the bare image pipeline (gatherImageFacts on
// every image, 2 in flight) and a naive full-size decode of every image.
// Options: --folders N (image corpus, default 200), --in-flight N (default: cores), --regenerate;
// --batch-only or --no-batch, --batch-folders N (default 500), --large-folders N (default 2000),
// --repeat N (batch runs: best of N), --large-jobs-1, --large-naive (also at the large count),
// --no-time (measure the CLI's peak RSS with a preload instead of GNU time); --phone-folders N
// (default 200: folders whose every image is a camera original, issue 17) or --no-phone.
// Then the memory cases (issue 13 item 8): huge progressive JPEGs and PNGs that are small on disk,
// the CLI's peak RSS for each; --memory-only runs only those, --no-memory skips them.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { copyFile, link, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import zlib from 'node:zlib';

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
  // Everything but the batch corpus (bench-corpus/batch/, kept by its own recipe).
  await mkdir(corpusDir, { recursive: true });
  for (const entry of await readdir(corpusDir))
    if (entry !== 'batch') await rm(path.join(corpusDir, entry), { recursive: true, force: true });
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
    // Every file once untimed: this VM pages out files idle for a minute (DAMON), so the page
    // cache is warm only just after a read, for this mode and the ones after it.
    warm = images;
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

// ---------------------------------------------------------------- batch corpus (issue 7)

// bench-corpus/batch/: `root-500/` holds 500 applicant folders (copies of a pool of generated
// images, so every file is its own inode), `root-2000/` 2000 folders of hard links to those files
// (folder k links folder k mod 500's files: the same mix, four times over).
const batchDir = path.join(corpusDir, 'batch');
const BATCH_VERSION = 1;
const TODAY = '2026-11-26';
const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐'];
const GIVEN = ['伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟'];
const GIVEN2 = ['', '', '涛', '明', '超', '英', '霞', '平', '刚', '兰', '华', '玲'];

/** A valid 18-digit ID number (GB 11643 check digit) for a Kunming Wuhua birth registration. */
function idNumber(birth, sequence) {
  const body = `530102${birth.replaceAll('-', '')}${String(sequence).padStart(3, '0')}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((a, d, k) => a + Number(d) * weights[k], 0);
  return body + '10X98765432'[sum % 11];
}

/** Person i of the batch: the scope-1 example (examples/scope-1-accountant) with its own data. */
function batchPerson(i) {
  const name =
    SURNAMES[i % SURNAMES.length] +
    GIVEN[(i * 5 + Math.floor(i / 14)) % GIVEN.length] +
    GIVEN2[(i * 7) % 12];
  const year = 1982 + (i % 15);
  const birth = `${year}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
  const sequence = 100 + (i % 800);
  const male = sequence % 2 === 1;
  // File names vary as they do in real folders; so do the kinds of file (about 1 in 7 images is
  // a phone-sized camera original, the rest small photos and JPEG/PNG scans).
  const files = {
    photo: ['证件照.jpg', `${name}-证件照.jpg`, 'photo.jpg', '照片.jpeg'][i % 4],
    diploma: i % 8 === 5 ? '毕业证-手机拍.jpg' : i % 2 === 0 ? '毕业证.png' : '毕业证扫描件.png',
    degree: i % 3 === 0 ? '学位证书.jpg' : '学位证.jpg',
    work: i % 4 === 1 ? '会计工作证明-手机拍.jpg' : '会计工作证明.jpg',
    qualification:
      i % 6 === 3 ? '初级资格证-手机拍.jpg' : i % 3 === 0 ? '初级资格证.png' : '初级资格证.jpg',
  };
  const profile = `# yaml-language-server: $schema=../../../profile.schema.json
scope: 1
department: 云南省/昆明市/五华区

basic:
  photo: ${files.photo}
  id_type: 内地居民身份证
  id_number: "${idNumber(birth, sequence)}"
  name: ${name}
  gender: ${male ? '男' : '女'}
  birth_date: ${birth}
  phone: "159${String(10000000 + ((i * 7919) % 89999999)).padStart(8, '0')}"
  political_status: ${['中共党员', '群众', '共青团员'][i % 3]}
  ethnicity: 汉族
  email: staff${i}@example.com
  address: 云南省昆明市五华区某某路${1 + (i % 300)}号

education:
  - mode: 全日制
    school: 云南大学
    start: ${year + 18}-09-01
    end: ${year + 22}-07-01
    level: 大学本科
    degree: 学士
    major: 会计学
    proof: [${files.diploma}, ${files.degree}]

work:
  - employer: 昆明韬达人力资源有限公司
    uscc: "91530102MA6P4Q7K12"
    unit_type: 企业
    industry: 租赁和商务服务业
    status: 在职
    start: ${year + 22}-08-01
    end: 至今
    duties: [出纳, 会计监督]
    proof: ${files.work}
    contact: { name: 李四, phone: "0871-12345678" }

qualifications:
  accounting:
    - level: 初级
      method: 考试
      certificate_no: "Z${year + 28}5301${String(i).padStart(8, '0')}"
      date: ${year + 28}-10-15
      proof: ${files.qualification}
`;
  const folder = `staff-${String(i + 1).padStart(4, '0')}-${name}`;
  return { folder, files, profile };
}

/** Distinct images the batch folders are copied from (kept between recipes of the roots). */
async function makeBatchPool(sharp) {
  const poolDir = path.join(batchDir, '_pool');
  const stampFile = path.join(poolDir, 'pool.json');
  const have = await readFile(stampFile, 'utf8').then(JSON.parse, () => undefined);
  if (have?.version === BATCH_VERSION) return have.made;
  await rm(poolDir, { recursive: true, force: true });
  await mkdir(poolDir, { recursive: true });
  const made = { phone: [], photo: [], scanJpg: [], scanPng: [] };
  await pool([...Array(16).keys()], 2, async (i) => {
    const img = await withGrain(
      sharp,
      documentSvg(3000, 4000, 500 + i, { table: true }),
      3000,
      4000,
      12 + (i % 5) * 2.5,
    );
    const file = path.join(poolDir, `phone-${String(i).padStart(2, '0')}.jpg`);
    await img.jpeg({ quality: 90 + (i % 3) }).toFile(file);
    made.phone.push(file);
  });
  const photoSizes = [
    [413, 579],
    [413, 626],
    [390, 567],
    [358, 441],
    [480, 640],
  ];
  await pool([...Array(40).keys()], 2, async (i) => {
    const [w, h] = photoSizes[i % photoSizes.length];
    const file = path.join(poolDir, `photo-${String(i).padStart(2, '0')}.jpg`);
    const portrait = await withGrain(sharp, portraitSvg(i + 3), w, h, 4 + (i % 5));
    await portrait.jpeg({ quality: 85 + (i % 10) }).toFile(file);
    made.photo.push(file);
  });
  await pool([...Array(30).keys()], 2, async (i) => {
    const w = 1100 + (i % 6) * 60;
    const h = Math.round(w * 1.4142);
    const file = path.join(poolDir, `scan-${String(i).padStart(2, '0')}.jpg`);
    const scan = await withGrain(sharp, documentSvg(w, h, 700 + i), w, h, 3 + (i % 4));
    await scan.jpeg({ quality: 70 + (i % 4) * 5 }).toFile(file);
    made.scanJpg.push(file);
  });
  await pool([...Array(20).keys()], 2, async (i) => {
    const w = 900 + (i % 4) * 50;
    const h = Math.round(w * 1.4142);
    const file = path.join(poolDir, `scan-${String(i).padStart(2, '0')}.png`);
    const grained = await (
      await withGrain(sharp, documentSvg(1240, 1754, 900 + i), 1240, 1754, 2)
    )
      .raw()
      .toBuffer();
    await sharp(grained, { raw: { width: 1240, height: 1754, channels: 3 } })
      .resize(w, h)
      .png({ palette: true, colours: 32 + (i % 3) * 16 })
      .toFile(file);
    made.scanPng.push(file);
  });
  for (const list of Object.values(made)) list.sort();
  await writeFile(stampFile, JSON.stringify({ version: BATCH_VERSION, made }));
  return made;
}

/**
 * The batch roots, each made once and kept with its recipe in `root-N.json` beside it
 * (`--regenerate` rebuilds everything): `root-N` of copies, `root-M` of hard links into it.
 */
async function makeBatchCorpus(folders, large, phoneFolders) {
  if (process.argv.includes('--regenerate')) await rm(batchDir, { recursive: true, force: true });
  await mkdir(batchDir, { recursive: true });
  const small = path.join(batchDir, `root-${folders}`);
  const big = path.join(batchDir, `root-${large}`);
  const recipe = (kind, n) =>
    JSON.stringify({ version: BATCH_VERSION, kind, folders: n, of: folders });
  const have = (dir) => readFile(`${dir}.json`, 'utf8').catch(() => '');
  let madeSmall = false;
  if ((await have(small)) !== recipe('copies', folders)) {
    console.error(`generating ${folders} applicant folders into ${path.relative(root, small)}/ …`);
    const { default: sharp } = await import('sharp');
    sharp.concurrency(os.availableParallelism());
    const made = await makeBatchPool(sharp);
    await rm(`${small}.json`, { force: true });
    await rm(small, { recursive: true, force: true });
    const pick = (list, k) => list[k % list.length];
    for (let i = 0; i < folders; i++) {
      const person = batchPerson(i);
      const dir = path.join(small, person.folder);
      await mkdir(dir, { recursive: true });
      await writeFile(path.join(dir, 'profile.yaml'), person.profile);
      const source = {
        // Every 5th person hands in a camera original as the standard photo.
        photo: i % 5 === 2 ? pick(made.phone, i) : pick(made.photo, i * 3),
        diploma: person.files.diploma.endsWith('.png')
          ? pick(made.scanPng, i)
          : pick(made.phone, i + 5),
        degree: pick(made.scanJpg, i * 7),
        work: person.files.work.includes('手机') ? pick(made.phone, i + 9) : pick(made.scanJpg, i),
        qualification: person.files.qualification.includes('手机')
          ? pick(made.phone, i + 3)
          : person.files.qualification.endsWith('.png')
            ? pick(made.scanPng, i + 7)
            : pick(made.scanJpg, i * 11 + 1),
      };
      for (const [kind, name] of Object.entries(person.files))
        await copyFile(source[kind], path.join(dir, name));
    }
    await writeFile(`${small}.json`, recipe('copies', folders));
    madeSmall = true;
  }
  const phone = await makePhoneRoot(phoneFolders, recipe, have, madeSmall);
  if (madeSmall || (await have(big)) !== recipe('links', large)) {
    console.error(`linking ${large} applicant folders into ${path.relative(root, big)}/ …`);
    await rm(`${big}.json`, { force: true });
    await rm(big, { recursive: true, force: true });
    for (let k = 0; k < large; k++) {
      const from = batchPerson(k % folders);
      const dir = path.join(
        big,
        `staff-${String(k + 1).padStart(4, '0')}-${from.folder.slice(11)}`,
      );
      await mkdir(dir, { recursive: true });
      for (const name of [...Object.values(from.files), 'profile.yaml'])
        await link(path.join(small, from.folder, name), path.join(dir, name));
    }
    await writeFile(`${big}.json`, recipe('links', large));
  }
  return { small, large: big, phone };
}

/**
 * `phone-N`: folders in which every image is a phone-sized camera original (3000×4000 JPEG of
 * 1.5–2.7 MB), hard links into the pool: an applicant who photographed the photo and every
 * document (issue 17 measured its ratio to a full decode on such folders). Undefined for N = 0.
 * Linked again when the pool was remade (`fresh`): old links would keep the old images.
 */
async function makePhoneRoot(count, recipe, have, fresh) {
  if (count === 0) return undefined;
  const dir = path.join(batchDir, `phone-${count}`);
  if (!fresh && (await have(dir)) === recipe('phone', count)) return dir;
  console.error(`linking ${count} phone-photo folders into ${path.relative(root, dir)}/ …`);
  const { default: sharp } = await import('sharp');
  const made = await makeBatchPool(sharp);
  await rm(`${dir}.json`, { force: true });
  await rm(dir, { recursive: true, force: true });
  for (let i = 0; i < count; i++) {
    const person = batchPerson(i);
    const target = path.join(dir, person.folder);
    await mkdir(target, { recursive: true });
    let profile = person.profile;
    for (const [k, name] of Object.values(person.files).entries()) {
      // A phone gives a JPEG: the PNG scans' names become .jpg, in the profile too.
      const jpeg = name.replace(/\.png$/, '.jpg');
      profile = profile.split(name).join(jpeg);
      await link(made.phone[(i * 5 + k) % made.phone.length], path.join(target, jpeg));
    }
    await writeFile(path.join(target, 'profile.yaml'), profile);
  }
  await writeFile(`${dir}.json`, recipe('phone', count));
  return dir;
}

/** Every applicant folder of a batch root, with its images' sizes and roles (from the profile). */
async function listBatchRoot(dir) {
  const folders = (await readdir(dir, { withFileTypes: true }))
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  const images = [];
  const others = [];
  for (const d of folders) {
    const profile = await readFile(path.join(dir, d, 'profile.yaml'), 'utf8');
    const photo = /^\s+photo: (.+)$/m.exec(profile)?.[1];
    for (const name of await readdir(path.join(dir, d))) {
      const file = path.join(dir, d, name);
      const { size } = await stat(file);
      if (name === 'profile.yaml') others.push({ file, size });
      else images.push({ file, size, roles: new Set([name === photo ? 'photo' : 'attachment']) });
    }
  }
  return { folders, images, others };
}

// ---------------------------------------------------------------- one batch mode (child process)

async function runBatchMode(mode, dir, inFlight) {
  const { folders, images, others } = await listBatchRoot(dir);
  let work;
  let warm = images.slice(0, 10);
  if (mode === 'batch-floor') {
    const files = [...images, ...others];
    work = (items) => pool(items, inFlight, (i) => readFile(i.file));
    // The whole set once untimed: the page cache is warm for this and every later mode.
    await work(files);
    return timed(() => work(files));
  } else if (mode === 'batch-naive') {
    const { default: sharp } = await import('sharp');
    sharp.concurrency(1);
    sharp.cache(false);
    work = (items) =>
      pool(items, inFlight, (i) => sharp(i.file, { limitInputPixels: false }).raw().toBuffer());
    warm = images.slice(0, 4);
  } else if (mode === 'batch-pipeline') {
    const { gatherImageFacts } = await import(dist('facts/image.js'));
    work = (items) =>
      pool(items, inFlight, (i) => gatherImageFacts(i.file, { size: i.size, roles: i.roles }));
  } else throw new Error(`unknown mode ${mode}`);
  await work(warm);
  return timed(() => work(images));

  /** One timed pass: wall time, this process's CPU and the rest of the machine's. */
  async function timed(pass) {
    const machine = await machineCpuSeconds();
    const cpu = process.cpuUsage();
    const started = process.hrtime.bigint();
    await pass();
    return batchResult(mode, folders, images, started, cpu, machine);
  }
}

async function batchResult(mode, folders, images, started, cpu, machineBefore) {
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  return {
    mode,
    folders: folders.length,
    images: images.length,
    bytes: images.reduce((a, i) => a + i.size, 0),
    seconds,
    cpuSeconds,
    othersCpuSeconds: (await machineCpuSeconds()) - machineBefore - cpuSeconds,
    peakRssMB: await peakRssMB(),
  };
}

// ---------------------------------------------------------------- the real CLI (child process)

/** GNU time, for the peak RSS and CPU time of the CLI as a whole; else a preload reports them. */
function gnuTime() {
  if (process.argv.includes('--no-time')) return undefined;
  const probe = spawnSync('/usr/bin/time', ['-f', '%M', 'true'], { encoding: 'utf8' });
  return probe.status === 0 && /^\d+\s*$/m.test(probe.stderr) ? '/usr/bin/time' : undefined;
}

/**
 * Loaded with --import into the CLI's process when GNU time is missing: writes the process's
 * VmHWM (its own peak, not the forking parent's) and CPU time to BENCH_STATS_FILE at exit.
 */
const STATS_PRELOAD =
  'data:text/javascript,' +
  encodeURIComponent(`import { readFileSync, writeFileSync } from 'node:fs';
process.on('exit', () => {
  const kb = /VmHWM:\\s+(\\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
  const cpu = process.cpuUsage();
  writeFileSync(process.env.BENCH_STATS_FILE, JSON.stringify({
    maxRssKB: kb ? Number(kb) : process.resourceUsage().maxRSS,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
  }));
});`);

/** `ausm-check batch DIR --format ndjson --jobs N` as a user runs it; wall time from spawn to exit. */
async function runCli(dir, jobs, timeBin, extraNodeArgs = []) {
  const statsFile = path.join(os.tmpdir(), `ausm-bench-${process.pid}-${jobs}.txt`);
  const cli = [
    ...extraNodeArgs,
    path.join(root, 'bin', 'ausm-check.js'),
    'batch',
    dir,
    '--format',
    'ndjson',
    '--jobs',
    String(jobs),
    '--today',
    TODAY,
  ];
  const [command, args] = timeBin
    ? [timeBin, ['-o', statsFile, '-f', '%M %U %S', process.execPath, ...cli]]
    : [process.execPath, ['--import', STATS_PRELOAD, ...cli]];
  const started = process.hrtime.bigint();
  const { code, lines, ready, stderr } = await new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, BENCH_STATS_FILE: statsFile },
    });
    let lines = 0;
    let ready = 0;
    let rest = '';
    let stderr = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk) => {
      const parts = (rest + chunk).split('\n');
      rest = parts.pop();
      for (const line of parts) {
        lines++;
        if (line.includes('"ready":true')) ready++;
      }
    });
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, lines, ready, stderr }));
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const stats = await readFile(statsFile, 'utf8');
  await rm(statsFile, { force: true });
  // Exit 1 is "some folder is not ready": the batch itself worked.
  if (code !== 0 && code !== 1) throw new Error(`batch --jobs ${jobs} exited ${code}: ${stderr}`);
  let peakRssMB;
  let cpuSeconds;
  if (timeBin) {
    const [kb, user, system] = stats.trim().split('\n').pop().split(/\s+/).map(Number);
    [peakRssMB, cpuSeconds] = [kb / 1024, user + system];
  } else {
    const s = JSON.parse(stats);
    [peakRssMB, cpuSeconds] = [s.maxRssKB / 1024, s.cpuSeconds];
  }
  return { folders: lines, ready, seconds, cpuSeconds, peakRssMB };
}

// ---------------------------------------------------------------- batch: all of it (parent)

async function batchBench() {
  const folders = Number(option('batch-folders', '500'));
  const large = Number(option('large-folders', '2000'));
  const repeat = Number(option('repeat', '1'));
  const phoneCount = process.argv.includes('--no-phone')
    ? 0
    : Number(option('phone-folders', '200'));
  const roots = await makeBatchCorpus(folders, large, phoneCount);
  const timeBin = gnuTime();
  const threads =
    process.env.UV_THREADPOOL_SIZE ?? String(Math.max(4, os.availableParallelism() + 2)); // as bin/ausm-check.js
  const child = (mode, dir, inFlight) => async () => {
    const out = spawnSync(
      process.execPath,
      [
        fileURLToPath(import.meta.url),
        '--mode',
        mode,
        '--root',
        dir,
        '--in-flight',
        String(inFlight),
      ],
      {
        encoding: 'utf8',
        env: { ...process.env, UV_THREADPOOL_SIZE: threads },
        maxBuffer: 1 << 20,
      },
    );
    if (out.status !== 0) {
      console.error(out.stderr);
      throw new Error(`mode ${mode} failed`);
    }
    return JSON.parse(out.stdout);
  };
  const smallImages = (await listBatchRoot(roots.small)).images;
  const perFolder = smallImages.length / folders;
  const cli = (dir, jobs) => async () => {
    const before = await machineCpuSeconds();
    const r = await runCli(dir, jobs, timeBin);
    const count = dir === roots.small ? folders : dir === roots.phone ? phoneCount : large;
    if (r.folders !== count) throw new Error(`batch reported ${r.folders} of ${count} folders`);
    const machine = (await machineCpuSeconds()) - before;
    return { ...r, images: r.folders * perFolder, othersCpuSeconds: machine - r.cpuSeconds };
  };
  const runs = [
    ['floor', folders, child('batch-floor', roots.small, 2)],
    ['floor', large, child('batch-floor', roots.large, 2)],
    ['pipeline 1', folders, child('batch-pipeline', roots.small, 1)],
    ['pipeline 2', folders, child('batch-pipeline', roots.small, 2)],
    ['jobs 1', folders, cli(roots.small, 1)],
    ['jobs 2', folders, cli(roots.small, 2)],
    ['jobs 2', large, cli(roots.large, 2)],
    ...(process.argv.includes('--large-jobs-1') ? [['jobs 1', large, cli(roots.large, 1)]] : []),
    ['naive', folders, child('batch-naive', roots.small, 2)],
    ...(process.argv.includes('--large-naive')
      ? [['naive', large, child('batch-naive', roots.large, 2)]]
      : []),
    ...(roots.phone
      ? [
          ['phone floor', phoneCount, child('batch-floor', roots.phone, 2)],
          ['phone jobs 1', phoneCount, cli(roots.phone, 1)],
          ['phone jobs 2', phoneCount, cli(roots.phone, 2)],
          ['phone naive', phoneCount, child('batch-naive', roots.phone, 2)],
        ]
      : []),
  ];
  // Rounds, not each run N times in a row: a burst of other work on the machine then spoils
  // one round, not every try of one mode. Kept: the fastest try, and the highest peak RSS.
  const best = new Map();
  for (let round = 1; round <= repeat; round++)
    for (const [kind, count, run] of runs) {
      const r = await run();
      const key = `${kind}, ${count}`;
      console.error(
        `  ${key}${repeat > 1 ? ` (${round}/${repeat})` : ''}: ${r.seconds.toFixed(2)} s, ` +
          `${r.peakRssMB.toFixed(0)} MB, others ${(r.othersCpuSeconds / r.seconds).toFixed(2)} cores`,
      );
      const had = best.get(key);
      const peakRssMB = Math.max(r.peakRssMB, had?.peakRssMB ?? 0);
      best.set(
        key,
        !had || r.seconds < had.seconds ? { kind, ...r, peakRssMB } : { ...had, peakRssMB },
      );
    }

  const phones = smallImages.filter((i) => i.size > 1_000_000).map((i) => i.size);
  const mb = (bytes) => (bytes / 2 ** 20).toFixed(1);
  const what = {
    floor: 'floor: read every file’s bytes once (2 files in flight)',
    'pipeline 1': 'bare image pipeline: `gatherImageFacts` on every image, 1 in flight',
    'pipeline 2': 'bare image pipeline: `gatherImageFacts` on every image, 2 in flight',
    'jobs 1': '`ausm-check batch ROOT --format ndjson --jobs 1`',
    'jobs 2': '`ausm-check batch ROOT --format ndjson --jobs 2`',
    naive: 'naive: full-size decode of every image with sharp (2 in flight)',
    'phone floor': 'phone folders (every image a camera original): read every file’s bytes once',
    'phone jobs 1': 'phone folders: `ausm-check batch ROOT --format ndjson --jobs 1`',
    'phone jobs 2': 'phone folders: `ausm-check batch ROOT --format ndjson --jobs 2`',
    'phone naive': 'phone folders: naive full-size decode of every image (2 in flight)',
  };
  const { default: sharp } = await import('sharp');
  const lines = [
    `Machine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.availableParallelism()} cores, ` +
      `${Math.round(os.totalmem() / 2 ** 30)} GB RAM; Node ${process.version}, sharp ${sharp.versions.sharp} / ` +
      `libvips ${sharp.versions.vips}; UV_THREADPOOL_SIZE=${threads}; ${new Date().toISOString().slice(0, 10)}.`,
    `Batch corpus: ${folders} applicant folders × ${perFolder} images (${smallImages.length} images, ` +
      `${(smallImages.reduce((a, i) => a + i.size, 0) / 2 ** 20).toFixed(0)} MB; ${phones.length} of them ` +
      `phone-sized 3000×4000 JPEGs of ${mb(Math.min(...phones))}–${mb(Math.max(...phones))} MB, the rest ` +
      `ID photos and JPEG/PNG scans of 10–430 KB) and ${large} folders of hard links to the same files. ` +
      `Peak RSS: ${timeBin ? 'GNU time’s maximum resident set size' : 'VmHWM'} for the CLI, VmHWM for the others. ` +
      `Best of ${repeat} (the fastest try; the highest peak RSS of all tries). “Others”: CPU used by ` +
      `other processes on the machine during the run (from /proc/stat).`,
    '',
    '| run | folders | images | seconds | folders/s | images/s | CPU (cores) | others (cores) | peak RSS |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const r of best.values())
    lines.push(
      `| ${what[r.kind]} | ${r.folders} | ${r.images} | ${r.seconds.toFixed(1)} | ` +
        `${(r.folders / r.seconds).toFixed(1)} | ${(r.images / r.seconds).toFixed(1)} | ` +
        `${(r.cpuSeconds / r.seconds).toFixed(2)} | ${(Math.max(0, r.othersCpuSeconds) / r.seconds).toFixed(2)} | ` +
        `${r.peakRssMB.toFixed(0)} MB |`,
    );
  const get = (kind, count = folders) => best.get(`${kind}, ${count}`);
  const rate = (r) => r.images / r.seconds;
  const [j1, j2, j2large] = [get('jobs 1'), get('jobs 2'), get('jobs 2', large)];
  const scaling = rate(j2) / rate(j1);
  const share = rate(j2) / rate(get('pipeline 2'));
  const peak = Math.max(j1.peakRssMB, j2.peakRssMB, j2large.peakRssMB);
  const growth = j2large.peakRssMB - j2.peakRssMB;
  const verdict = (ok) => (ok ? 'met' : '**missed**');
  lines.push(
    '',
    `- --jobs 2 ≥ 1.7× --jobs 1: ${scaling.toFixed(2)}× (${verdict(scaling >= 1.7)}); --jobs 1 ` +
      `keeps ${(j1.cpuSeconds / j1.seconds).toFixed(2)} cores busy, and the bare pipeline goes ` +
      `${(rate(get('pipeline 2')) / rate(get('pipeline 1'))).toFixed(2)}× faster from 1 to 2 images in flight.`,
    `- peak RSS < 400 MB and flat: ${j2.peakRssMB.toFixed(0)} MB at ${folders} folders, ` +
      `${j2large.peakRssMB.toFixed(0)} MB at ${large} (${growth >= 0 ? '+' : ''}${growth.toFixed(0)} MB; ` +
      `${verdict(peak < 400 && growth < 0.1 * j2.peakRssMB)}).`,
    `- batch images/s ≥ 80 % of the bare pipeline’s (2 in flight): ${(share * 100).toFixed(0)} % ` +
      `(${verdict(share >= 0.8)}); ${(rate(j2) / rate(get('naive'))).toFixed(1)}× the naive full decode.`,
  );
  // Issue 17's goals, on both corpora. --jobs N cannot beat N ÷ (the cores --jobs 1 keeps busy).
  const cores = (r) => r.cpuSeconds / r.seconds;
  const ceiling = (one) => Math.min(2, os.availableParallelism()) / cores(one);
  const goal = (name, j1_, j2_, naive) =>
    `- ${name}: --jobs 2 is ${(rate(j2_) / rate(naive)).toFixed(1)}× the naive full decode ` +
    `(≥ 5×: ${verdict(rate(j2_) / rate(naive) >= 5)}) and ${(rate(j2_) / rate(j1_)).toFixed(2)}× ` +
    `--jobs 1 (≥ 1.8×: ${verdict(rate(j2_) / rate(j1_) >= 1.8)}; --jobs 1 keeps ` +
    `${cores(j1_).toFixed(2)} cores busy, --jobs 2 ${cores(j2_).toFixed(2)}: the ceiling here is ` +
    `${ceiling(j1_).toFixed(2)}×).`;
  lines.push(goal(`mixed folders (${folders})`, j1, j2, get('naive')));
  if (get('phone jobs 2', phoneCount))
    lines.push(
      goal(
        `phone folders (${phoneCount})`,
        get('phone jobs 1', phoneCount),
        get('phone jobs 2', phoneCount),
        get('phone naive', phoneCount),
      ),
    );
  return lines.join('\n');
}

/** CPU seconds the whole machine has used (all processes), from /proc/stat; 0 where absent. */
async function machineCpuSeconds() {
  const stat_ = await readFile('/proc/stat', 'utf8').catch(() => '');
  const fields = /^cpu\s+(.*)$/m.exec(stat_)?.[1].split(/\s+/).map(Number) ?? [];
  // user nice system idle iowait irq softirq steal: all but idle and iowait are busy.
  const busy = fields.slice(0, 8).reduce((a, v, k) => (k === 3 || k === 4 ? a : a + v), 0);
  return busy / 100; // USER_HZ
}

// ---------------------------------------------------------------- memory (issue 13 item 8)

/**
 * Huge images that are small on disk: a 99.8 MP progressive photo of 1.2 MB (4:4:4), four
 * 9000×9000 progressive attachments of 476 KB, `batch --jobs 4` over eight such folders, `fix`
 * of a 99.8 MP PNG and a 30000×30000 PNG bomb. Each is the real CLI in its own process; the
 * figure is its peak RSS (target: well under 300 MB each).
 */
async function memoryBench() {
  const { default: sharp } = await import('sharp');
  const dir = path.join(corpusDir, 'memory');
  const example = path.join(root, 'examples', 'scope-1-accountant');
  const flat = (width, height) =>
    sharp({ create: { width, height, channels: 3, background: { r: 250, g: 250, b: 250 } } });
  const folder = async (name, files) => {
    const target = path.join(dir, name);
    await rm(target, { recursive: true, force: true });
    await mkdir(target, { recursive: true });
    for (const entry of await readdir(example))
      await copyFile(path.join(example, entry), path.join(target, entry));
    for (const [file, bytes] of Object.entries(files)) {
      if (bytes === null) await rm(path.join(target, file));
      else await writeFile(path.join(target, file), bytes);
    }
    return target;
  };
  console.error('  memory: generating images …');
  const photo = await flat(8640, 11550)
    .jpeg({ quality: 90, progressive: true, chromaSubsampling: '4:4:4' })
    .toBuffer();
  const scan = await flat(9000, 9000).jpeg({ quality: 90, progressive: true }).toBuffer();
  const png = await flat(8640, 11550).png({ compressionLevel: 9 }).toBuffer();
  const attachments = Object.fromEntries(
    ['毕业证.jpg', '学位证.jpg', '会计工作证明.jpg', '初级资格证.jpg'].map((f) => [f, scan]),
  );
  const photoDir = await folder('photo', { '证件照.jpg': photo });
  const attachDir = await folder('attachments', attachments);
  for (let i = 0; i < 4; i++) {
    await folder(`batch/photo-${i}`, { '证件照.jpg': photo });
    await folder(`batch/attachments-${i}`, attachments);
  }
  const pngDir = await folder('png', { '证件照.jpg': null, '证件照.png': png });
  await writeFile(
    path.join(pngDir, 'profile.yaml'),
    (await readFile(path.join(pngDir, 'profile.yaml'), 'utf8')).replace(
      'photo: 证件照.jpg',
      'photo: 证件照.png',
    ),
  );
  const bombDir = await folder('bomb', { '毕业证.jpg': pngBombBytes(30_000, 30_000) });
  const out = path.join(dir, 'fix-out');
  const cases = [
    [`one check: a 99.8 MP progressive photo (${kb(photo)})`, [photoDir]],
    [`one check: four 9000×9000 progressive attachments (${kb(scan)} each)`, [attachDir]],
    ['`batch --jobs 4` over eight such folders', ['batch', path.join(dir, 'batch'), '--jobs', '4']],
    [`\`fix\` of a 99.8 MP PNG photo (${kb(png)})`, ['fix', pngDir, '--out', out, '--force']],
    ['one check: a 30000×30000 PNG bomb as an attachment', [bombDir]],
  ];
  const timeBin = gnuTime();
  const lines = ['| case | seconds | peak RSS |', '| --- | ---: | ---: |'];
  for (const [label, args] of cases) {
    await rm(out, { recursive: true, force: true });
    const r = await peakOf([...args, '--today', TODAY], timeBin);
    lines.push(`| ${label} | ${r.seconds.toFixed(1)} | ${r.peakRssMB.toFixed(0)} MB |`);
    console.error(`  memory: ${label}: ${r.peakRssMB.toFixed(0)} MB`);
  }
  return lines.join('\n');
}

function kb(bytes) {
  return bytes.length >= 1e6
    ? `${(bytes.length / 2 ** 20).toFixed(1)} MB`
    : `${Math.round(bytes.length / 1024)} KB`;
}

/** A 1-bit grey PNG of width × height whose rows are all zero: a few hundred KB at most. */
function pngBombBytes(width, height) {
  const { deflateSync, crc32 } = zlib;
  const chunk = (type, data) => {
    const head = Buffer.alloc(4);
    head.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body) >>> 0);
    return Buffer.concat([head, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 1; // bit depth
  const rows = Buffer.alloc((1 + Math.ceil(width / 8)) * height);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The CLI with `args`; wall time from spawn to exit and its peak RSS (GNU time, else VmHWM). */
async function peakOf(args, timeBin) {
  const statsFile = path.join(os.tmpdir(), `ausm-bench-memory-${process.pid}.txt`);
  const cli = [path.join(root, 'bin', 'ausm-check.js'), ...args];
  const [command, commandArgs] = timeBin
    ? [timeBin, ['-o', statsFile, '-f', '%M', process.execPath, ...cli]]
    : [process.execPath, ['--import', STATS_PRELOAD, ...cli]];
  const started = process.hrtime.bigint();
  const child = spawnSync(command, commandArgs, {
    encoding: 'utf8',
    env: { ...process.env, BENCH_STATS_FILE: statsFile },
    maxBuffer: 1 << 26,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (child.status !== 0 && child.status !== 1)
    throw new Error(`ausm-check ${args.join(' ')} exited ${child.status}: ${child.stderr}`);
  const stats = await readFile(statsFile, 'utf8');
  await rm(statsFile, { force: true });
  const kbytes = timeBin ? Number(stats.trim().split('\n').pop()) : JSON.parse(stats).maxRssKB;
  return { seconds, peakRssMB: kbytes / 1024 };
}

// ---------------------------------------------------------------- main

async function main() {
  const childMode = option('mode');
  const inFlight = Number(option('in-flight', String(os.availableParallelism())));
  if (childMode) {
    const result = childMode.startsWith('batch-')
      ? await runBatchMode(childMode, option('root'), inFlight)
      : await runMode(childMode, inFlight);
    process.stdout.write(JSON.stringify(result));
    return;
  }
  if (process.argv.includes('--memory-only')) {
    console.log(await memoryBench());
    return;
  }
  if (process.argv.includes('--batch-only')) {
    console.log(await batchBench());
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
  if (!process.argv.includes('--no-batch')) console.log('\n' + (await batchBench()));
  if (!process.argv.includes('--no-memory')) console.log('\n' + (await memoryBench()));
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
