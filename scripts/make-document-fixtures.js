#!/usr/bin/env node
// Renders the photographed test documents of test/fixtures/documents/ (issue 15): one made-up
// person's stamped 会计工作(经历)证明 and its one-mismatch variants, a diploma, a qualification
// certificate and the two sides of an ID card, laid out after the project's own template
// (templates/work-proof.yaml) and the guide's appendix, rendered from SVG with real CJK fonts
// (librsvg through fontconfig) and then "photographed": tilt, a slight keystone, uneven, warm or
// dim light, grain, JPEG. The images are committed, so tests and CI need no fonts; this script
// needs them (apt-get install fonts-noto-cjk) and skips, saying so, where they are absent.
//
// Run: npm run build && node scripts/make-document-fixtures.js
// The identity numbers are computed with the project's own check-digit code (dist/ids).
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { parse } from 'yaml';
import { drawnPortrait, grain, rng, seedOf } from './drawing.js';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const out = path.join(root, 'test', 'fixtures', 'documents');

function fontsPresent() {
  try {
    return /Noto (Serif|Sans) CJK SC/.test(
      execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' }),
    );
  } catch {
    return false;
  }
}
if (!fontsPresent()) {
  console.log('skipped: no CJK fonts (apt-get install fonts-noto-cjk), the committed images stay');
  process.exit(0);
}

const { residentIdCheckChar } = await import(path.join(root, 'dist/ids/resident-id.js'));
const { usccCheckChar, orgCodeCheck } = await import(path.join(root, 'dist/ids/uscc.js'));

const residentId = (first17) => first17 + residentIdCheckChar(first17);
function orgCode(body8) {
  const r = orgCodeCheck(body8 + '0');
  return body8 + (r.ok ? '0' : r.expected);
}
const uscc = (prefix8, body8) => {
  const first17 = prefix8 + orgCode(body8);
  return first17 + usccCheckChar(first17);
};

// ---------------------------------------------------------------------------------------------
// The person (made up) and what each variant changes.

export const PERSON = {
  name: '王晓梅',
  gender: '女',
  ethnicity: '汉',
  birth: { y: 1988, m: 5, d: 12 },
  id: residentId('53010219880512026'),
  address: ['云南省昆明市五华区翠湖南路', '18号3栋2单元501室'],
  idIssuer: '昆明市公安局五华分局',
  idValid: '2016.05.20-2036.05.20',
  employer: '云南滇池会计服务有限公司',
  uscc: uscc('91530102', '31207658'),
  status: '在职',
  start: { y: 2009, m: 8, d: 3 },
  duties: ['出纳', '收入、费用(支出)的核算', '会计监督'],
  contact: { name: '赵敏', phone: '0871-65123456' },
  school: '云南财经大学',
  major: '会计学',
  eduStart: { y: 2005, m: 9 },
  eduEnd: { y: 2009, m: 7, d: 1 },
  diplomaNo: '106891200905000123',
  certificateNo: 'Z2013530100000456',
  certificateDate: { y: 2013, m: 10, d: 15 },
};

const OTHER = {
  id: residentId('53010219880521026'),
  name: '王小梅',
  start: { y: 2009, m: 9, d: 1 },
  uscc: uscc('91530102', '31207685'),
  employer: '云南滇池财务咨询有限公司',
  status: '离职',
  duties: ['出纳', '稽核', '收入、费用(支出)的核算', '会计监督'],
  eduEnd: { y: 2010, m: 7, d: 1 },
  school: '云南大学',
  idValidExpired: '2006.05.20-2016.05.20',
};

const DUTIES = [
  '出纳',
  '稽核',
  '资产、负债和所有者权益(净资产)的核算',
  '收入、费用(支出)的核算',
  '财务成果(政府预算执行结果)的核算',
  '财务会计报告(决算报告)编制',
  '会计监督',
  '会计机构内会计档案管理',
  '其他会计工作',
];

// ---------------------------------------------------------------------------------------------
// Text on the page (randomness, grain and the drawn portrait come from ./drawing.js).

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const SERIF = "'Liberation Serif','Noto Serif CJK SC','DejaVu Sans'";
const SANS = "'Liberation Sans','Noto Sans CJK SC','DejaVu Sans'";
const KAI = "'Noto Serif CJK SC'";

/** Approximate advance of a string in ems: CJK and full-width 1, Latin and digits about half. */
function ems(text) {
  let w = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0);
    if (c === 0x2610 || c === 0x2611) w += 0.85;
    else if (c >= 0x2e80) w += 1;
    else if (/[A-Z]/.test(ch)) w += 0.68;
    else if (ch === ' ') w += 0.25;
    else w += 0.5;
  }
  return w;
}

/** Wraps a paragraph at `widthEm`, never inside a run of Latin letters or digits. */
function wrap(text, widthEm, indentEm = 0) {
  // A tick box stays with the word it ticks, so that 在职/退休/离职 are never cut in two.
  const tokens = text.match(/[☐☑] [\u4e00-\u9fff]{2}|[A-Za-z0-9.-]+|./gu) ?? [];
  const lines = [];
  let line = '';
  let limit = widthEm - indentEm;
  for (const token of tokens) {
    if (ems(line + token) > limit && line !== '') {
      // Chinese punctuation never starts a line.
      if (/^[，。、：；）)]$/.test(token)) {
        line += token;
        continue;
      }
      lines.push(line);
      line = token.trimStart();
      limit = widthEm;
    } else line += token;
  }
  if (line) lines.push(line);
  return lines;
}

const fmtDate = ({ y, m, d }) => `${y} 年 ${m} 月 ${d} 日`;
const box = (on) => (on ? '☑' : '☐');

// ---------------------------------------------------------------------------------------------
// Seals: a red ring with the unit's name along the upper arc and a star, ink a little uneven.

function sealSvg(cx, cy, r, name, seed, { bottom = '', star = true } = {}) {
  const random = rng(seed);
  const chars = [...name];
  const span = Math.min(250, chars.length * 24);
  const fs = Math.round(r * 0.27);
  const letters = chars
    .map((ch, i) => {
      const a = -90 - span / 2 + (span * (i + 0.5)) / chars.length;
      const rad = (a * Math.PI) / 180;
      const x = cx + (r - fs * 0.95) * Math.cos(rad);
      const y = cy + (r - fs * 0.95) * Math.sin(rad);
      return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" font-family="'Noto Sans CJK SC'" font-weight="bold" font-size="${fs}" text-anchor="middle" dominant-baseline="central" transform="rotate(${(a + 90).toFixed(1)} ${x.toFixed(1)} ${y.toFixed(1)})">${esc(ch)}</text>`;
    })
    .join('');
  const s = r * 0.3;
  const pts = Array.from({ length: 10 }, (_, i) => {
    const rr = i % 2 ? s * 0.4 : s;
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    return `${(cx + rr * Math.cos(a)).toFixed(1)},${(cy + rr * Math.sin(a)).toFixed(1)}`;
  }).join(' ');
  // Blotches where the stamp pressed less: small white-ish holes in the ink.
  const holes = Array.from(
    { length: 40 },
    () =>
      `<circle cx="${(cx + (random() - 0.5) * 2 * r).toFixed(1)}" cy="${(cy + (random() - 0.5) * 2 * r).toFixed(1)}" r="${(1 + random() * 4).toFixed(1)}" fill="#000"/>`,
  ).join('');
  const id = `seal${seed}`;
  return `<defs><mask id="${id}"><rect x="${cx - r - 10}" y="${cy - r - 10}" width="${2 * r + 20}" height="${2 * r + 20}" fill="#fff"/>${holes}</mask></defs>
  <g mask="url(#${id})" fill="#d4202a" stroke="#d4202a" opacity="0.82" transform="rotate(${((random() - 0.5) * 24).toFixed(1)} ${cx} ${cy})">
    <circle cx="${cx}" cy="${cy}" r="${r - 4}" fill="none" stroke-width="${(r * 0.055).toFixed(1)}"/>
    <g stroke="none">${letters}</g>
    ${star ? `<polygon points="${pts}" stroke="none"/>` : ''}
    ${bottom ? `<text x="${cx}" y="${cy + r * 0.58}" stroke="none" font-family="'Noto Sans CJK SC'" font-weight="bold" font-size="${Math.round(fs * 0.8)}" text-anchor="middle">${esc(bottom)}</text>` : ''}
  </g>`;
}

// ---------------------------------------------------------------------------------------------
// Pages (SVG). A4 at 150 dpi: 1240 × 1754; 12 pt = 25 px, 18 pt = 37.5 px, 2.5 cm = 148 px.

const A4 = { width: 1240, height: 1754, margin: 148, body: 25, line: 47 };

function textLine(
  x,
  y,
  text,
  { size = A4.body, anchor = 'start', font = SERIF, bold = false } = {},
) {
  return `<text x="${x}" y="${y}" font-family="${font}" font-size="${size}" ${bold ? 'font-weight="bold"' : ''} text-anchor="${anchor}" fill="#111">${esc(text)}</text>`;
}

/** The 会计工作(经历)证明 of templates/work-proof.yaml, filled like `ausm-check template` fills it. */
function proofPage(f, { stamped = true, heading = true, seed = 1 } = {}) {
  const { width, margin, body, line } = A4;
  const widthEm = (width - 2 * margin) / body;
  const parts = [];
  let y = margin + body;
  if (heading) {
    parts.push(textLine(margin, y, '附件'));
    y += line + 24;
    parts.push(
      textLine(width / 2, y + 12, '会计工作(经历)证明', {
        size: 37.5,
        anchor: 'middle',
        bold: true,
      }),
    );
    y += 37.5 + 24 + line;
  }
  const para =
    `兹有${f.name} (身份证号: ${f.id}) 系我单位 (${box(f.status === '在职')} 在职、${box(f.status === '退休')} 退休、${box(f.status === '离职')} 离职) 正式职工, ` +
    `于${fmtDate(f.start)}至今在我单位从事会计工作。从事的会计工作类型如下:`;
  for (const [i, l] of wrap(para, widthEm, 2).entries()) {
    parts.push(textLine(margin + (i === 0 ? 2 * body : 0), y, l));
    y += line;
  }
  for (const duty of DUTIES) {
    parts.push(textLine(margin + 2 * body, y, `${box(f.duties.includes(duty))} ${duty}`));
    y += line;
  }
  y += 8;
  parts.push(textLine(margin + 2 * body, y, `单位名称: ${f.employer}`));
  y += line;
  parts.push(textLine(margin + 2 * body, y, `社会统一信用代码: ${f.uscc}`));
  y += line;
  parts.push(textLine(margin + 2 * body, y, '特此证明。'));
  y += line + 34;
  const right = width - margin;
  parts.push(textLine(right - 7 * body, y, '单位(盖章):', { anchor: 'end' }));
  y += line + 42;
  const dateY = y;
  parts.push(textLine(right - 2 * body, y, '2026 年 11 月 16 日', { anchor: 'end' }));
  y += line + 42;
  parts.push(textLine(margin, y, `(单位联系人及联系电话: ${f.contact.name} ${f.contact.phone})`));
  const seal = stamped ? sealSvg(right - 5.5 * body, dateY - 40, 118, f.employer, seed) : '';
  return {
    svg: page(A4.width, A4.height, parts.join('\n') + seal),
    width: A4.width,
    height: A4.height,
  };
}

/** A page of a labour contract, stamped: a real document, but not the work proof (no heading). */
function contractPage(f, seed) {
  const { width, margin, body, line } = A4;
  const widthEm = (width - 2 * margin) / body;
  const paras = [
    '第五条 甲方根据工作需要，安排乙方在财务部门从事会计工作。乙方应按照甲方的要求，按时完成规定的工作数量，达到规定的质量标准。',
    '第六条 甲方实行标准工时制度，乙方每日工作时间不超过八小时，每周工作时间不超过四十小时。甲方因工作需要安排乙方延长工作时间的，应依法支付加班工资。',
    '第七条 甲方每月十五日前以货币形式支付乙方上月工资，工资标准按甲方薪酬制度执行，不低于当地最低工资标准。',
    '第八条 甲乙双方按照国家和地方有关规定参加社会保险，缴纳社会保险费。乙方个人缴纳部分由甲方从乙方工资中代扣代缴。',
    '第九条 甲方应为乙方提供符合国家规定的劳动安全卫生条件和必要的劳动防护用品，定期对乙方进行职业培训。',
    '第十条 本合同一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。',
  ];
  const parts = [];
  let y = margin + body;
  for (const p of paras) {
    for (const [i, l] of wrap(p, widthEm, 2).entries()) {
      parts.push(textLine(margin + (i === 0 ? 2 * body : 0), y, l));
      y += line;
    }
    y += 12;
  }
  y += 60;
  parts.push(textLine(margin, y, `甲方(盖章): ${f.employer}`));
  parts.push(textLine(width / 2 + 120, y, `乙方(签字): ${f.name}`));
  y += line + 30;
  parts.push(textLine(margin, y, '2009 年 8 月 3 日'));
  parts.push(textLine(width / 2 + 120, y, '2009 年 8 月 3 日'));
  parts.push(textLine(width / 2, A4.height - 90, '— 2 —', { anchor: 'middle' }));
  const seal = sealSvg(margin + 240, y - 50, 118, f.employer, seed);
  return {
    svg: page(A4.width, A4.height, parts.join('\n') + seal),
    width: A4.width,
    height: A4.height,
  };
}

const cn = (n) => [...String(n)].map((d) => '〇一二三四五六七八九'[Number(d)]).join('');
function cnNumber(n) {
  if (n <= 10) return n === 10 ? '十' : cn(n);
  if (n < 20) return '十' + cn(n % 10);
  return cn(Math.floor(n / 10)) + '十' + (n % 10 ? cn(n % 10) : '');
}
const cnDate = ({ y, m, d }) => `${cn(y)}年${cnNumber(m)}月${d ? cnNumber(d) + '日' : ''}`;

/** 普通高等学校毕业证书, landscape: photo left, the text right, the school's seal on its name. */
function diplomaPage(f, seed) {
  const width = 1600;
  const height = 1130;
  const parts = [
    `<rect x="30" y="30" width="${width - 60}" height="${height - 60}" fill="none" stroke="#b58a3a" stroke-width="14"/>`,
    `<rect x="52" y="52" width="${width - 104}" height="${height - 104}" fill="none" stroke="#b58a3a" stroke-width="3"/>`,
    textLine(width / 2, 170, '普通高等学校', { size: 44, anchor: 'middle', font: KAI, bold: true }),
    textLine(width / 2, 250, '毕 业 证 书', { size: 64, anchor: 'middle', font: KAI, bold: true }),
    `<rect x="150" y="360" width="250" height="330" fill="#3b6aa8"/>`,
    `<ellipse cx="275" cy="500" rx="72" ry="92" fill="#e8c0a0"/>`,
    `<path d="M175 690 Q 275 560 375 690 Z" fill="#222"/>`,
  ];
  const text =
    `学生 ${f.name}，性别${f.gender}，${cnDate(PERSON.birth)}生，于${cnDate(PERSON.eduStart)}至${cnDate({ ...f.eduEnd, d: 0 })}` +
    `在本校${PERSON.major}专业四年制本科学习，修完教学计划规定的全部课程，成绩合格，准予毕业。`;
  let y = 400;
  const x = 480;
  const size = 34;
  for (const [i, l] of wrap(text, (width - x - 130) / size, 2).entries()) {
    parts.push(textLine(x + (i === 0 ? 2 * size : 0), y, l, { size }));
    y += 62;
  }
  y += 60;
  parts.push(textLine(x, y, `校 名：${f.school}`, { size }));
  const sealY = y - 12;
  parts.push(textLine(x + 560, y, '校(院)长：李建国', { size }));
  y += 90;
  parts.push(textLine(x, y, `证书编号：${PERSON.diplomaNo}`, { size: 30 }));
  parts.push(textLine(width - 140, y, cnDate(f.eduEnd), { size: 30, anchor: 'end' }));
  const seal = sealSvg(x + 230, sealY, 130, f.school, seed);
  return { svg: page(width, height, parts.join('\n') + seal, '#fbf6ea'), width, height };
}

/** The inner page of a 会计专业技术资格证书 (初级). */
function certificatePage(f, seed) {
  const width = 1500;
  const height = 1060;
  const rows = [
    ['姓　　名', f.name],
    ['性　　别', f.gender],
    ['出生年月', `${PERSON.birth.y}年${PERSON.birth.m}月`],
    ['身份证件号', PERSON.id],
    ['专　　业', '会计'],
    ['资格级别', '初级'],
    ['资格名称', '助理会计师'],
    [
      '批准日期',
      `${PERSON.certificateDate.y}年${PERSON.certificateDate.m}月${PERSON.certificateDate.d}日`,
    ],
    ['管 理 号', PERSON.certificateNo],
  ];
  const parts = [
    `<rect x="24" y="24" width="${width - 48}" height="${height - 48}" fill="none" stroke="#2f6b4f" stroke-width="8"/>`,
    textLine(width / 2, 130, '会计专业技术资格证书', {
      size: 56,
      anchor: 'middle',
      font: KAI,
      bold: true,
    }),
    `<rect x="130" y="220" width="240" height="320" fill="#e9eef5" stroke="#999"/>`,
    `<ellipse cx="250" cy="360" rx="68" ry="88" fill="#e8c0a0"/>`,
    `<path d="M150 540 Q 250 420 350 540 Z" fill="#333"/>`,
  ];
  let y = 250;
  for (const [label, value] of rows) {
    parts.push(textLine(470, y, label, { size: 32 }));
    parts.push(textLine(700, y, value, { size: 32 }));
    y += 70;
  }
  parts.push(
    textLine(width - 150, height - 110, '中华人民共和国财政部', { size: 30, anchor: 'end' }),
  );
  const seal = sealSvg(width - 300, height - 150, 120, '中华人民共和国财政部', seed, {
    bottom: '',
  });
  return { svg: page(width, height, parts.join('\n') + seal, '#fdfbf3'), width, height };
}

/** 居民身份证 人像面 at 85.6 × 54 mm → 1284 × 810. */
function idFrontPage(f) {
  const width = 1284;
  const height = 810;
  const label = (x, y, t) =>
    `<text x="${x}" y="${y}" font-family="${SANS}" font-size="34" fill="#3d5d8f">${esc(t)}</text>`;
  const value = (x, y, t, size = 40) =>
    `<text x="${x}" y="${y}" font-family="${SERIF}" font-size="${size}" fill="#111">${esc(t)}</text>`;
  const parts = [
    `<defs><linearGradient id="card" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#e6eef4"/><stop offset="1" stop-color="#f3efe2"/></linearGradient></defs>`,
    `<rect width="${width}" height="${height}" rx="48" fill="url(#card)"/>`,
    label(90, 140, '姓 名'),
    value(230, 140, f.name, 44),
    label(90, 230, '性 别'),
    value(230, 230, PERSON.gender),
    label(360, 230, '民 族'),
    value(490, 230, PERSON.ethnicity),
    label(90, 320, '出 生'),
    value(230, 320, `${PERSON.birth.y}  年  ${PERSON.birth.m}  月 ${PERSON.birth.d}  日`),
    label(90, 410, '住 址'),
    value(230, 410, PERSON.address[0]),
    value(230, 466, PERSON.address[1]),
    label(90, 680, '公民身份号码'),
    `<text x="420" y="682" font-family="'Liberation Mono','DejaVu Sans Mono'" font-size="50" letter-spacing="4" fill="#111">${f.id}</text>`,
    `<rect x="880" y="110" width="330" height="420" fill="#f2f0ec"/>`,
    `<ellipse cx="1045" cy="300" rx="95" ry="120" fill="#e3b99c"/>`,
    `<path d="M950 270 Q 1045 130 1140 270 Q 1100 190 1045 200 Q 990 190 950 270 Z" fill="#1d1612"/>`,
    `<path d="M890 530 Q 1045 380 1200 530 Z" fill="#2c3e5a"/>`,
  ];
  return { svg: page(width, height, parts.join('\n'), 'none'), width, height };
}

/** 居民身份证 国徽面: the emblem, the title, 签发机关 and 有效期限. */
function idBackPage(f) {
  const width = 1284;
  const height = 810;
  const parts = [
    `<defs><linearGradient id="cardb" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#eaf0f3"/><stop offset="1" stop-color="#f1ecdc"/></linearGradient></defs>`,
    `<rect width="${width}" height="${height}" rx="48" fill="url(#cardb)"/>`,
    `<circle cx="200" cy="200" r="110" fill="#c8282e"/><circle cx="200" cy="200" r="80" fill="none" stroke="#e2b43c" stroke-width="14"/>`,
    `<polygon points="200,140 214,182 258,182 222,208 236,250 200,224 164,250 178,208 142,182 186,182" fill="#e2b43c"/>`,
    `<text x="400" y="190" font-family="${SANS}" font-size="54" font-weight="bold" fill="#222" letter-spacing="10">中华人民共和国</text>`,
    `<text x="400" y="320" font-family="${SANS}" font-size="86" font-weight="bold" fill="#222" letter-spacing="18">居民身份证</text>`,
    `<text x="250" y="600" font-family="${SANS}" font-size="34" fill="#333">签发机关</text>`,
    `<text x="440" y="600" font-family="${SERIF}" font-size="38" fill="#111">${esc(PERSON.idIssuer)}</text>`,
    `<text x="250" y="690" font-family="${SANS}" font-size="34" fill="#333">有效期限</text>`,
    `<text x="440" y="690" font-family="${SERIF}" font-size="38" fill="#111">${esc(f.idValid)}</text>`,
  ];
  return { svg: page(width, height, parts.join('\n'), 'none'), width, height };
}

function page(width, height, content, paper = '#fcfcfa') {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    ${paper === 'none' ? '' : `<rect width="100%" height="100%" fill="${paper}"/>`}
    ${content}
  </svg>`;
}

/** The standard photo, drawn like the example folders' (white backdrop, grain on the person). */
async function portrait(seed) {
  const drawn = await drawnPortrait({
    width: 413,
    height: 579,
    seed,
    random: rng(seed),
    hair: '#1c1410',
    shirt: '#1f1f2a',
  });
  return drawn.jpeg({ quality: 92, chromaSubsampling: '4:4:4' }).toBuffer();
}

// ---------------------------------------------------------------------------------------------
// "Photographing": the printed page on a desk, tilted, lit unevenly, through a phone's JPEG.

const LIGHTS = {
  /** Daylight from a window on the left: a soft gradient. */
  daylight: { tint: [1, 1, 1], gradient: ['#ffffff', '#d8d8d8'], gamma: 1 },
  /** A warm desk lamp: yellow-orange cast, bright spot top right. */
  warm: { tint: [1.0, 0.93, 0.8], gradient: ['#fff6e6', '#b9a58a'], gamma: 1 },
  /** An evening room: dim and a little warm. */
  dim: { tint: [0.72, 0.66, 0.56], gradient: ['#e8e0d4', '#8a8276'], gamma: 1.15 },
};

/**
 * Puts a rendered page on a desk and photographs it. `tilt` degrees, `keystone` a shear that
 * stands for the perspective of a phone held a little off-axis; output long side `long` px.
 */
async function photograph(pageSvg, opts) {
  const {
    seed,
    light = 'daylight',
    tilt = 1.5,
    keystone = 0.015,
    desk = '#5b5f66',
    margin = 0.07,
    long = 1500,
    grey = false,
    blur = 0,
    sideways = false,
    maxBytes = 195 * 1024,
  } = opts;
  const random = rng(seed);
  let pageImg = sharp(Buffer.from(pageSvg.svg));
  let pagePng = await pageImg.png().toBuffer();
  if (grey) {
    // A photocopy: grey toner, harder contrast, speckles, the paper a little grey.
    pagePng = await sharp(pagePng)
      .greyscale()
      .linear(1.25, -30)
      .composite([
        { input: await grain(pageSvg.width, pageSvg.height, seed + 3, 50), blend: 'soft-light' },
      ])
      .png()
      .toBuffer();
  } else {
    pagePng = await sharp(pagePng)
      .composite([
        { input: await grain(pageSvg.width, pageSvg.height, seed + 3, 14), blend: 'soft-light' },
      ])
      .png()
      .toBuffer();
  }
  // On the desk, with room around the page.
  const W = Math.round(pageSvg.width * (1 + 2 * margin));
  const H = Math.round(pageSvg.height * (1 + 2 * margin));
  const onDesk = await sharp({ create: { width: W, height: H, channels: 3, background: desk } })
    .composite([
      { input: await grain(W, H, seed + 5, 30), blend: 'soft-light' },
      {
        input: pagePng,
        left: Math.round(pageSvg.width * margin),
        top: Math.round(pageSvg.height * margin),
      },
    ])
    .png()
    .toBuffer();
  const angle = tilt * (random() < 0.5 ? -1 : 1);
  const k = keystone * (random() < 0.5 ? -1 : 1);
  let tilted = await sharp(onDesk)
    .affine(
      [
        [1, k],
        [k * 0.5, 1],
      ],
      { background: desk, interpolator: 'bicubic' },
    )
    .rotate(angle, { background: desk })
    .png()
    .toBuffer();
  // Crop back to the page's aspect ratio, as a phone frames it.
  const meta = await sharp(tilted).metadata();
  const cw = Math.round(W * 0.97);
  const ch = Math.round(H * 0.97);
  tilted = await sharp(tilted)
    .extract({
      left: Math.round((meta.width - cw) / 2),
      top: Math.round((meta.height - ch) / 2),
      width: cw,
      height: ch,
    })
    .png()
    .toBuffer();
  // The light: a gradient multiplied in, then the colour of the lamp.
  const L = LIGHTS[light];
  const gx = random() < 0.5 ? 0 : 1;
  const lightSvg = `<svg xmlns="http://www.w3.org/2000/svg" width="${cw}" height="${ch}"><defs><radialGradient id="l" cx="${gx}" cy="0.1" r="1.3"><stop offset="0" stop-color="${L.gradient[0]}"/><stop offset="1" stop-color="${L.gradient[1]}"/></radialGradient></defs><rect width="100%" height="100%" fill="url(#l)"/></svg>`;
  let img = sharp(tilted)
    .composite([{ input: Buffer.from(lightSvg), blend: 'multiply' }])
    .recomb([
      [L.tint[0], 0, 0],
      [0, L.tint[1], 0],
      [0, 0, L.tint[2]],
    ]);
  let buffer = await img.png().toBuffer();
  img = sharp(buffer);
  if (L.gamma !== 1) img = img.gamma(L.gamma);
  const longSide = Math.max(cw, ch);
  img = img.resize(Math.round((cw * long) / longSide), Math.round((ch * long) / longSide));
  img = img.blur(blur > 0 ? blur : 0.6);
  buffer = await img.png().toBuffer();
  // Sideways: the pixels themselves turned, no EXIF orientation (sharp writes none).
  if (sideways) buffer = await sharp(buffer).rotate(90).png().toBuffer();
  for (let q = 82; q >= 40; q -= 6) {
    const jpeg = await sharp(buffer).jpeg({ quality: q, mozjpeg: true }).toBuffer();
    if (jpeg.length <= maxBytes) return jpeg;
  }
  throw new Error('cannot get under the size limit');
}

// ---------------------------------------------------------------------------------------------
// What to write.

const base = {
  name: PERSON.name,
  id: PERSON.id,
  status: PERSON.status,
  start: PERSON.start,
  duties: PERSON.duties,
  employer: PERSON.employer,
  uscc: PERSON.uscc,
  contact: PERSON.contact,
  school: PERSON.school,
  gender: PERSON.gender,
  eduEnd: PERSON.eduEnd,
  idValid: PERSON.idValid,
};

/** Each image: file, how it is drawn, what it shows, the rules it must raise (manifest.json). */
const IMAGES = [
  // The clean set, named so that profile.yaml finds them.
  {
    file: '会计工作证明.jpg',
    material: 'work-proof',
    draw: (s) => proofPage(base, { seed: s }),
    photo: { light: 'warm' },
    shows: 'clean stamped work proof, warm lamp light',
    expect: [],
  },
  {
    file: '毕业证.jpg',
    material: 'education-proof',
    draw: (s) => diplomaPage(base, s),
    photo: { light: 'daylight', long: 1500 },
    shows: 'clean diploma (Chinese-numeral dates)',
    expect: [],
  },
  {
    file: '初级资格证.jpg',
    material: 'qualification-proof',
    draw: (s) => certificatePage(base, s),
    photo: { light: 'daylight', long: 1400 },
    shows: 'clean qualification certificate',
    expect: [],
  },
  {
    file: '身份证人像面.jpg',
    material: 'id-front',
    draw: () => idFrontPage(base),
    photo: { light: 'daylight', long: 1200, margin: 0.12, desk: '#3a3f48' },
    shows: 'clean ID card, portrait side',
    expect: [],
  },
  {
    file: '身份证国徽面.jpg',
    material: 'id-back',
    draw: () => idBackPage(base),
    photo: { light: 'daylight', long: 1200, margin: 0.12, desk: '#3a3f48' },
    shows: 'ID card emblem side, valid until 2036',
    expect: [],
  },
  // Work-proof variants, each given as work[0].proof instead of the clean one.
  ...[
    [
      'proof-dim.jpg',
      {},
      'clean stamped work proof, dim evening light on a wooden desk',
      [],
      { light: 'dim', desk: '#6b4a32' },
    ],
    [
      'proof-other-id.jpg',
      { id: OTHER.id },
      `ID number ${OTHER.id} instead of ${PERSON.id}`,
      ['document/work-proof-id'],
    ],
    [
      'proof-other-name.jpg',
      { name: OTHER.name },
      `name ${OTHER.name} instead of ${PERSON.name}`,
      ['document/work-proof-name'],
    ],
    [
      'proof-other-start.jpg',
      { start: OTHER.start },
      `start ${fmtDate(OTHER.start)} instead of ${fmtDate(PERSON.start)}`,
      ['document/work-proof-start'],
    ],
    [
      'proof-other-uscc.jpg',
      { uscc: OTHER.uscc },
      `USCC ${OTHER.uscc} instead of ${PERSON.uscc}`,
      ['document/work-proof-uscc'],
    ],
    [
      'proof-other-employer.jpg',
      { employer: OTHER.employer },
      `employer ${OTHER.employer} instead of ${PERSON.employer}`,
      ['document/work-proof-employer'],
    ],
    [
      'proof-other-status.jpg',
      { status: OTHER.status },
      `离职 ticked instead of 在职`,
      ['document/work-proof-status'],
    ],
    [
      'proof-other-duties.jpg',
      { duties: OTHER.duties },
      `稽核 ticked as well (profile: ${PERSON.duties.join('、')})`,
      ['document/work-proof-duties'],
    ],
  ].map(([file, change, shows, expect, photo = {}]) => ({
    file: `variants/${file}`,
    material: 'work-proof',
    draw: (s) => proofPage({ ...base, ...change }, { seed: s }),
    photo: { light: 'daylight', ...photo },
    shows,
    expect,
  })),
  {
    file: 'variants/proof-unstamped.jpg',
    material: 'work-proof',
    draw: (s) => proofPage(base, { seed: s, stamped: false }),
    photo: { light: 'warm' },
    shows: 'the filled proof printed but not stamped',
    expect: ['document/seal'],
  },
  {
    file: 'variants/proof-photocopy.jpg',
    material: 'work-proof',
    draw: (s) => proofPage(base, { seed: s }),
    photo: { light: 'warm', grey: true },
    shows: 'a grey photocopy of the stamped proof, photographed in warm light',
    expect: ['document/seal'],
  },
  {
    file: 'variants/proof-not-a-proof.jpg',
    material: 'work-proof',
    draw: (s) => contractPage(base, s),
    photo: { light: 'daylight' },
    shows: 'a stamped page of a labour contract given as the proof (no heading)',
    expect: ['document/not-a-work-proof'],
  },
  {
    file: 'variants/proof-sideways.jpg',
    material: 'work-proof',
    draw: (s) => proofPage(base, { seed: s }),
    photo: { light: 'daylight', sideways: true },
    shows: 'the clean stamped proof photographed sideways (rotated 90°, no EXIF)',
    expect: [],
    allowed: ['document/unreadable'],
  },
  {
    file: 'variants/proof-blurred.jpg',
    material: 'work-proof',
    draw: (s) => proofPage(base, { seed: s }),
    photo: { light: 'daylight', blur: 5 },
    shows: 'the clean stamped proof, so far out of focus that the seal is a pale smudge',
    expect: ['document/seal'],
    allowed: ['document/unreadable'],
  },
  // Diplomas, certificate, ID card.
  ...[
    [
      'diploma-other-date.jpg',
      { eduEnd: OTHER.eduEnd },
      `study period ends ${cnDate({ ...OTHER.eduEnd, d: 0 })}, issued ${cnDate(OTHER.eduEnd)} (profile: 2009-07-01)`,
      ['document/diploma-date'],
    ],
    [
      'diploma-other-school.jpg',
      { school: OTHER.school },
      `school ${OTHER.school} instead of ${PERSON.school}`,
      ['document/diploma-school'],
    ],
    [
      'diploma-other-name.jpg',
      { name: OTHER.name },
      `name ${OTHER.name} instead of ${PERSON.name}`,
      ['document/diploma-name'],
    ],
  ].map(([file, change, shows, expect]) => ({
    file: `variants/${file}`,
    material: 'education-proof',
    draw: (s) => diplomaPage({ ...base, ...change }, s),
    photo: { light: 'daylight', long: 1500 },
    shows,
    expect,
  })),
  {
    file: 'variants/certificate-other-name.jpg',
    material: 'qualification-proof',
    draw: (s) => certificatePage({ ...base, name: OTHER.name }, s),
    photo: { light: 'warm', long: 1400 },
    shows: `name ${OTHER.name} instead of ${PERSON.name}`,
    expect: ['document/certificate-name'],
  },
  ...[
    [
      'idcard-front-other-number.jpg',
      { id: OTHER.id },
      `number ${OTHER.id} instead of ${PERSON.id}`,
      ['document/id-card-number'],
      idFrontPage,
      'id-front',
    ],
    [
      'idcard-front-other-name.jpg',
      { name: OTHER.name },
      `name ${OTHER.name} instead of ${PERSON.name}`,
      ['document/id-card-name'],
      idFrontPage,
      'id-front',
    ],
    [
      'idcard-back-expired.jpg',
      { idValid: OTHER.idValidExpired },
      `有效期限 ${OTHER.idValidExpired}: expired`,
      ['document/id-card-expired'],
      idBackPage,
      'id-back',
    ],
  ].map(([file, change, shows, expect, draw, material]) => ({
    file: `variants/${file}`,
    material,
    draw: () => draw({ ...base, ...change }),
    photo: { light: 'daylight', long: 1200, margin: 0.12, desk: '#3a3f48' },
    shows,
    expect,
  })),
];

const MATERIAL_FIELD = {
  'work-proof': 'work[0].proof',
  'education-proof': 'education[0].proof',
  'qualification-proof': 'qualifications.accounting[0].proof',
  'id-front': 'basic.id_card.front',
  'id-back': 'basic.id_card.back',
};

async function main() {
  await mkdir(path.join(out, 'variants'), { recursive: true });
  const only = process.argv[2];
  const manifest = [];
  for (const image of IMAGES) {
    const seed = seedOf(image.file);
    if (!only || image.file.includes(only)) {
      const jpeg = await photograph(image.draw(seed), { seed, ...image.photo });
      await writeFile(path.join(out, image.file), jpeg);
      const meta = await sharp(jpeg).metadata();
      console.log(
        `${image.file}: ${meta.width}×${meta.height}, ${Math.round(jpeg.length / 1024)} KB`,
      );
    }
    manifest.push({
      file: image.file,
      material: image.material,
      field: MATERIAL_FIELD[image.material],
      shows: image.shows,
      expect: image.expect,
      ...(image.allowed ? { allowed: image.allowed } : {}),
    });
  }
  await writeFile(path.join(out, '证件照.jpg'), await portrait(seedOf('证件照')));
  const profile = parse(await readFile(path.join(out, 'profile.yaml'), 'utf8'));
  if (profile.basic.id_number !== PERSON.id || profile.work[0].uscc !== PERSON.uscc)
    throw new Error('profile.yaml does not describe the person drawn here');
  // Formatted as the repository's Prettier check (npm run lint) wants it.
  const prettier = await import('prettier');
  const manifestFile = path.join(out, 'manifest.json');
  const format = async (text) =>
    prettier.format(text, {
      ...(await prettier.resolveConfig(manifestFile)),
      filepath: manifestFile,
    });
  await writeFile(
    manifestFile,
    await format(
      JSON.stringify(
        {
          about:
            'Photographed test documents of one made-up person (scripts/make-document-fixtures.js). The clean set is what profile.yaml names; each variant replaces the material of `field` and must raise exactly `expect` (and may raise `allowed`), nothing else.',
          person: {
            name: PERSON.name,
            id_number: PERSON.id,
            employer: PERSON.employer,
            uscc: PERSON.uscc,
            other: OTHER,
          },
          images: manifest,
        },
        null,
        2,
      ),
    ),
  );
}

await main();
