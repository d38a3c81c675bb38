import { describe, expect, it } from 'vitest';
import { runRules } from '../../src/engine/run.js';
import type { CheckResult, Rule } from '../../src/engine/types.js';
import { buildFacts } from '../../src/facts/build.js';
import type { FolderListing } from '../../src/facts/folder.js';
import { memoryFolder } from '../../src/facts/memory-source.js';
import type { ProfileText } from '../../src/facts/source.js';
import type { FileAccess } from '../../src/facts/types.js';
import { renderMessage } from '../../src/messages/format.js';
import { CATALOG } from '../../src/messages/index.js';
import { LANGS } from '../../src/messages/types.js';
import { RULES } from '../../src/rules/index.js';
import { check, fakeFacts, type FakeFolder } from '../helpers.js';
import { DATA_TEXT } from './data-profile.js';
import { deepFacts, withTicks } from './document/reading-facts.js';
import {
  checkAttachmentFacts,
  checkPhotoFacts,
  photoFacts,
  scanFacts,
  sized,
  type ImagePatch,
} from './image-facts.js';
import { checkFace, face as faceAt, reading } from './photo/face-facts.js';

/*
 * Every message of every rule can be produced, and its words, zh and en, take every placeholder
 * from the finding's args. The data sections (department … eligibility) are produced by profile
 * edits in ./data-messages.test.ts; here is one case per message id of every other rule, keyed
 * `rule:messageId`, so that a message without a case fails with its id named. Each case runs all
 * the rules, so every other finding it happens to produce is rendered too.
 */

type Case = () => CheckResult;

/** `--deep` on the photographed test documents, `file` read in place of the clean image of `field`. */
const deep =
  (field: string, file: string, today?: string): Case =>
  () =>
    runRules(deepFacts({ field, file }, today), RULES);
const unreadableDocument =
  (reason: 'no-text' | 'unsure' | 'failed'): Case =>
  () =>
    runRules(
      deepFacts({
        field: 'work[0].proof',
        reading: { status: 'unreadable', kind: 'work-proof', reason },
      }),
      RULES,
    );

/** A folder with this profile text and these files, all rules. */
const folder = (profile: string | undefined, files: FakeFolder['files'] = {}): Case => {
  return () => check({ profile, files }, RULES);
};

/** A folder whose source answers as given: profile.yaml that cannot be read, a folder that cannot be listed. */
const source =
  (answers: { profile?: ProfileText; listing?: FolderListing }): Case =>
  () => {
    const memory = memoryFolder({
      target: 'test',
      profile: 'scope: 3\nbasic:\n  photo: p.jpg\n',
      entries: [{ name: 'p.jpg', kind: 'file' }],
      files: new Map([['p.jpg', { access: { status: 'ok', size: 50_000 } }]]),
    });
    const facts = buildFacts(
      {
        ...memory,
        ...(answers.profile ? { readProfile: () => answers.profile! } : {}),
        ...(answers.listing ? { list: () => answers.listing! } : {}),
      },
      { today: '2026-11-26', needs: new Set(['images']) },
    );
    return runRules(facts, RULES);
  };

/** profile.yaml as the disk source reports it when it cannot be read (facts/profile.ts `readProfileText`). */
const unreadableProfile = (messageId: string, detail?: string): Case =>
  source({
    profile: { status: 'unusable', file: 'profile.yaml', messageId, ...(detail ? { detail } : {}) },
  });

/** A standard photo `p.jpg` that cannot be read this way. */
const unreadablePhoto = (access: FileAccess): Case =>
  folder('scope: 3\nbasic:\n  photo: p.jpg\n', { 'p.jpg': { access } });

const photo = (patch: ImagePatch, name?: string): Case => {
  return () => checkPhotoFacts(photoFacts(patch), RULES, name);
};
/** The standard photo `p.jpg` as `--deep` read it. */
const deepFace = (faceReading: Parameters<typeof checkFace>[0]): Case => {
  return () => checkFace(faceReading, RULES);
};
const attachment = (name: string, patch: ImagePatch): Case => {
  return () => checkAttachmentFacts(name, scanFacts(patch), RULES);
};

const CURRENT_JOB =
  'work:\n  - { employer: 甲公司, start: 2020-01-01, end: 至今, duties: [出纳] }\n';
const PAST_JOB =
  'work:\n  - { employer: 甲公司, start: 2020-01-01, end: 2022-01-01, duties: [出纳] }\n';
const STUDENT = 'scope: 3\nbasic:\n  student: true\n';
const PHOTO = { '证件照.jpg': {} };

/** An alias bomb: nine levels of nine aliases each. */
function aliasBomb(): string {
  const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
  for (let i = 0; i < 9; i++) {
    const [prev, next] = [String.fromCharCode(97 + i), String.fromCharCode(98 + i)];
    lines.push(`${next}: &${next} [${Array(9).fill(`*${prev}`).join(',')}]`);
  }
  return `${lines.join('\n')}\n`;
}

/** A rule that throws: the engine turns it into its own finding. */
const throwing: Rule = {
  id: 'test/throws',
  severity: 'error',
  section: 'profile',
  check() {
    throw new Error('boom');
  },
};

const CASES: Readonly<Record<string, Case>> = {
  // The engine's own finding: no facts produce it, only a rule that throws.
  'internal/rule-error:default': () => runRules(fakeFacts({ profile: 'scope: 3\n' }), [throwing]),

  'profile/missing:default': folder(undefined),
  'profile/missing:batch-root': () =>
    runRules(
      buildFacts(
        memoryFolder({
          target: 'staff',
          entries: [{ name: '001-a', kind: 'directory' }],
          files: new Map([['001-a/profile.yaml', { access: { status: 'ok', size: 100 } }]]),
        }),
        { today: '2026-11-26', needs: new Set() },
      ),
      RULES,
    ),
  'profile/second-file:default': source({
    listing: {
      entries: [
        { name: 'p.jpg', kind: 'file' },
        { name: 'profile.yaml', kind: 'file' },
        { name: 'profile.yml', kind: 'file' },
      ],
    },
  }),
  'profile/parse:syntax': folder('scope: 1\nbasic: [\n'),
  'profile/parse:duplicate-key': folder('scope: 1\nscope: 2\n'),
  'profile/parse:alias': folder(aliasBomb()),
  'profile/parse:not-a-map': folder('- scope\n- 1\n'),
  'profile/parse:too-deep': folder(`scope: 1\nbasic: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`),
  'profile/parse:empty': folder(' \n'),
  'profile/parse:too-large': unreadableProfile('too-large', '2000000'),
  'profile/parse:encoding': source({
    profile: { status: 'ok', file: 'profile.yaml', bytes: new Uint8Array([0xff, 0xfe, 0x73, 0]) },
  }),
  'profile/parse:read': unreadableProfile('read', 'EIO'),
  'profile/parse:outside-link': unreadableProfile('outside-link'),
  'profile/parse:broken-link': unreadableProfile('broken-link'),
  'profile/parse:permission': unreadableProfile('permission'),
  'profile/parse:special': unreadableProfile('special'),
  'profile/unknown-key:default': folder('scope: 3\nconstructor: 1\n'),
  'profile/unknown-key:suggest': folder('scope: 3\nbasic:\n  emial: a@b.cn\n'),
  'profile/required:default': folder('scope: 3\n'),
  'profile/invalid-value:not-allowed': folder('scope: 3\nbasic:\n  gender: 未知\n'),
  'profile/invalid-value:quote-number': folder('scope: 3\nbasic:\n  phone: 15912341535\n'),
  'profile/invalid-value:type': folder('scope: 3\nbasic:\n  name: [张, 三]\n'),
  'profile/invalid-value:out-of-range': folder('scope: 3\nplan: { exam: 初级, year: 1999 }\n'),
  'profile/invalid-date:default': folder('scope: 3\nwork:\n  - start: 2023-13-01\n'),
  'profile/invalid-date:future': folder('scope: 3\nbasic:\n  birth_date: 2030-01-01\n'),
  'profile/invalid-text:control': folder('scope: 3\nbasic:\n  name: "张\\u0007三"\n'),
  'profile/invalid-text:line-break': folder('scope: 3\nbasic:\n  name: "张\\t三"\n'),
  'profile/invalid-text:noncharacter': folder('scope: 3\nbasic:\n  name: "张\\uFFFF三"\n'),
  'profile/invalid-text:surrogate': folder('scope: 3\nbasic:\n  name: "张\\uD800三"\n'),
  'profile/invalid-text:invisible': folder('scope: 3\nbasic:\n  name: "张\\u200B三"\n'),
  'profile/invalid-text:too-long': folder(`scope: 3\nbasic:\n  address: ${'很'.repeat(300_000)}\n`),
  'profile/unused-waiver:default': folder(
    'scope: 3\nwaivers:\n  - { rule: work/uscc, field: "work[0].uscc", reason: 早期代码 }\n',
  ),

  'scope/must-be-accountant:default': folder(
    `scope: 2\n${CURRENT_JOB}qualifications:\n  accounting: [{ level: 初级 }]\n`,
  ),
  'scope/work-required:default': folder('scope: 1\n'),
  'scope/work-required:none-current': folder(`scope: 1\n${PAST_JOB}`),
  'scope/not-working:default': folder(`scope: 3\n${CURRENT_JOB}`),
  'scope/accounting-qualification:default': folder('scope: 2\n'),
  'scope/doctorate:default': folder(
    'scope: 4\neducation:\n  - { level: 硕士研究生, degree: 硕士 }\n',
  ),
  'scope/other-qualification:default': folder('scope: 5\n'),
  'scope/other-qualification:not-by-exam': folder(
    'scope: 5\nqualifications:\n  other: [{ type: 审计, level: 中级, method: 评审 }]\n',
  ),
  'scope/has-qualification:default': folder(
    'scope: 3\nqualifications:\n  accounting: [{ level: 初级 }]\n',
  ),

  'material/missing:always': folder(STUDENT),
  'material/missing:not-working': folder('scope: 3\n', PHOTO),
  'material/missing:central-department': folder(
    `scope: 1\ndepartment: 国家机关事务管理局\n${CURRENT_JOB}`,
    PHOTO,
  ),
  'material/missing:online-real-name': folder(`${STUDENT}  real_name: online\n`, PHOTO),
  'material/missing:scope-1': folder(`scope: 1\n${CURRENT_JOB}`, PHOTO),
  'material/missing:scope-1-printed': folder(`scope: 1\n${CURRENT_JOB}`, {
    ...PHOTO,
    '会计工作证明-甲公司.docx': {},
  }),
  'material/missing:work-entry-printed': folder(
    `scope: 2\n${PAST_JOB}qualifications:\n  accounting: [{ level: 初级 }]\n`,
    { ...PHOTO, '会计工作证明-甲公司.docx': {} },
  ),
  'material/missing:work-entry': folder(
    `scope: 2\n${PAST_JOB}qualifications:\n  accounting: [{ level: 初级 }]\n`,
    PHOTO,
  ),
  'material/missing:secondary': folder(`${STUDENT}education:\n  - { level: 中等专科 }\n`, PHOTO),
  'material/missing:membership-card': folder(
    `${STUDENT}qualifications:\n  other: [{ type: 注册会计师 }]\n`,
    PHOTO,
  ),
  'material/not-found:default': folder(`${STUDENT}  photo: p.jpg\n`),
  'material/not-found:suggest': folder(`${STUDENT}  photo: 证件照.jpeg\n`, PHOTO),
  'material/ambiguous:default': folder(STUDENT, { '证件照1.jpg': {}, '证件照2.jpg': {} }),
  'material/ambiguous:folder-too-large': source({
    listing: {
      entries: [{ name: 'p.jpg', kind: 'file' }],
      problem: { kind: 'too-large', count: 123_456, max: 100_000 },
    },
  }),
  'material/recommended:education-proof': folder(
    `${STUDENT}education:\n  - { level: 大学本科, end: 2015-07-01 }\n`,
    PHOTO,
  ),
  'material/recommended:qualification-proof': folder(
    'scope: 2\nqualifications:\n  accounting: [{ level: 初级, method: 考试 }]\n',
    PHOTO,
  ),
  'material/unused:default': folder(STUDENT, { ...PHOTO, '旅游.jpg': {} }),

  'file/empty:default': folder(`${STUDENT}  photo: p.jpg\n`, { 'p.jpg': { size: 0 } }),
  'file/unreadable:directory': unreadablePhoto({ status: 'unreadable', reason: 'directory' }),
  'file/unreadable:permission': unreadablePhoto({ status: 'unreadable', reason: 'permission' }),
  'file/unreadable:broken-link': unreadablePhoto({ status: 'unreadable', reason: 'broken-link' }),
  'file/unreadable:outside-link': unreadablePhoto({ status: 'unreadable', reason: 'outside-link' }),
  'file/unreadable:special': unreadablePhoto({ status: 'unreadable', reason: 'special' }),
  'file/unreadable:io': unreadablePhoto({ status: 'unreadable', reason: 'io', detail: 'EIO' }),
  'file/unreadable:folder-permission': source({
    listing: {
      entries: [],
      problem: { kind: 'unreadable', reason: 'permission', detail: 'EACCES' },
    },
  }),
  'file/unreadable:folder-io': source({
    listing: { entries: [], problem: { kind: 'unreadable', reason: 'io', detail: 'EIO' } },
  }),
  'file/corrupt:truncated': photo({
    jpegEnd: { found: false },
    decodeError: { kind: 'truncated', detail: 'no JPEG end-of-image marker (FF D9)' },
    pixels: undefined,
  }),
  'file/corrupt:corrupt': photo({
    header: undefined,
    pixels: undefined,
    decodeError: { kind: 'corrupt', detail: 'VipsJpeg: Bogus marker' },
  }),
  'file/corrupt:not-image': photo({
    format: 'unknown',
    head: '3C 21 44 4F 43 54 59 50',
    header: undefined,
    pixels: undefined,
  }),
  'file/too-large:default': attachment('a.png', {
    format: 'png',
    extension: 'png',
    header: sized(12_000, 12_000),
    tooLarge: true,
    pixels: undefined,
  }),
  'file/too-large:not-checked': photo({
    header: sized(6000, 6000),
    heavy: { kind: 'progressive', bytes: 216_000_000, skipped: 'photo' },
    pixels: undefined,
  }),

  'photo/format:content': photo({ format: 'webp' }),
  'photo/format:extension': photo({ extension: 'png' }, 'p.png'),
  'photo/min-size:default': photo({ bytes: 6_000 }),
  'photo/min-pixels:default': photo({ header: sized(250, 350) }),
  'photo/background:not-white': photo({
    pixels: { background: { r: 128, g: 128, b: 128, brightness: 128 } },
  }),
  'photo/background:tinted': photo({
    pixels: { background: { r: 66, g: 142, b: 218, brightness: 130, tint: 152 } },
  }),
  'photo/background:off-white': photo({
    pixels: {
      background: {
        r: 210,
        g: 210,
        b: 210,
        brightness: 210,
        bands: { top: 210, left: 210, right: 210 },
      },
    },
  }),
  'photo/background:cast': photo({ pixels: { background: { tint: 16 } } }),
  'photo/background:uneven': photo({ pixels: { background: { coverage: 0.59 } } }),
  'photo/color:greyscale': photo({ header: { space: 'b-w', channels: 1 }, pixels: undefined }),
  'photo/color:cmyk': photo({
    header: { space: 'cmyk', channels: 4 },
    pixels: { colour: { p99: 0, p999: 0 } },
  }),
  'photo/blur:default': photo({ pixels: { sharpness: 199, fineDetail: 1.39 } }),
  'photo/upscaled:default': photo({ pixels: { sharpness: 971, fineDetail: 3.38 } }),
  'photo/aspect:default': photo({ header: sized(413, 500) }),
  'photo/orientation:landscape': photo({ header: sized(579, 413) }),
  'photo/orientation:exif': photo({
    header: { width: 579, height: 413, displayWidth: 413, displayHeight: 579, orientation: 6 },
  }),
  'photo/trailing-data:default': photo({
    bytes: 46_670 + 8192,
    jpegEnd: { found: true, trailingBytes: 8192 },
  }),
  'photo/trailing-data:padding': photo({
    bytes: 6_000 + 12 * 1024,
    jpegEnd: { found: true, trailingBytes: 12 * 1024 },
  }),
  'photo/face-count:none': deepFace(reading()),
  'photo/face-count:several': deepFace(reading(faceAt(), faceAt())),
  'photo/head-size:small': deepFace(reading(faceAt({ heightPct: 19 }))),
  'photo/head-size:large': deepFace(reading(faceAt({ heightPct: 95 }))),
  'photo/head-position:left': deepFace(reading(faceAt({ offsetPct: -25 }))),
  'photo/head-position:right': deepFace(reading(faceAt({ offsetPct: 25 }))),
  'photo/head-position:cut-off': deepFace(reading(faceAt({ topPct: 0 }))),
  'photo/head-tilt:default': deepFace(reading(faceAt({ tiltDeg: 16 }))),

  'attachment/format:content': attachment('a.jpg', { format: 'heic' }),
  'attachment/format:extension': attachment('a.jpg', { format: 'png' }),
  'attachment/size:too-small': attachment('a.jpg', { bytes: 20_480, pixels: undefined }),
  'attachment/size:too-large': attachment('a.jpg', { bytes: 2_400_000, pixels: undefined }),
  'attachment/size-margin:default': attachment('a.jpg', { bytes: 505_000, pixels: undefined }),
  'attachment/color:default': attachment('a.jpg', { pixels: { colour: { p99: 7, p999: 7 } } }),
  'attachment/legibility:default': attachment('a.jpg', { header: sized(400, 566) }),
  'attachment/merge:default': folder(
    'scope: 1\nbasic:\n  photo: p.jpg\nwork:\n  - { employer: 甲公司, end: 至今, proof: [w1.jpg, w2.jpg] }\n',
    { 'p.jpg': {}, 'w1.jpg': {}, 'w2.jpg': {} },
  ),
  'attachment/merge:education': folder(
    `${STUDENT}  photo: p.jpg\neducation:\n  - { level: 大学本科, proof: [a.jpg, b.jpg, c.jpg] }\n`,
    { 'p.jpg': {}, 'a.jpg': {}, 'b.jpg': {}, 'c.jpg': {} },
  ),

  'document/seal:default': () =>
    check(
      {
        profile:
          'scope: 1\nbasic:\n  photo: p.jpg\nwork:\n  - { employer: 甲公司, end: 至今, proof: w.jpg }\n',
        files: {
          'p.jpg': {},
          'w.jpg': {
            image: scanFacts({ pixels: { seal: { found: false, diameter: 0, redShare: 0 } } }),
          },
        },
      },
      RULES,
    ),

  'privacy/gps:default': photo({ header: { gps: { latitude: 25.04, longitude: 102.71 } } }),
  'document/unreadable:no-text': unreadableDocument('no-text'),
  'document/unreadable:unsure': unreadableDocument('unsure'),
  'document/unreadable:failed': unreadableDocument('failed'),
  'document/not-a-work-proof:default': deep('work[0].proof', 'variants/proof-not-a-proof.jpg'),
  'document/work-proof-name:default': deep('work[0].proof', 'variants/proof-other-name.jpg'),
  'document/work-proof-id:default': deep('work[0].proof', 'variants/proof-other-id.jpg'),
  'document/work-proof-start:default': deep('work[0].proof', 'variants/proof-other-start.jpg'),
  'document/work-proof-uscc:default': deep('work[0].proof', 'variants/proof-other-uscc.jpg'),
  'document/work-proof-employer:default': deep(
    'work[0].proof',
    'variants/proof-other-employer.jpg',
  ),
  'document/work-proof-status:default': deep('work[0].proof', 'variants/proof-other-status.jpg'),
  'document/work-proof-duties:extra': deep('work[0].proof', 'variants/proof-other-duties.jpg'),
  'document/work-proof-duties:missing': () =>
    runRules(
      deepFacts({
        field: 'work[0].proof',
        reading: withTicks('会计工作证明.jpg', { 会计监督: 0 }),
      }),
      RULES,
    ),
  'document/work-proof-duties:both': () =>
    runRules(
      deepFacts({
        field: 'work[0].proof',
        reading: withTicks('variants/proof-other-duties.jpg', { 会计监督: 0 }),
      }),
      RULES,
    ),
  'document/diploma-name:default': deep('education[0].proof', 'variants/diploma-other-name.jpg'),
  'document/diploma-date:default': deep('education[0].proof', 'variants/diploma-other-date.jpg'),
  'document/diploma-school:default': deep(
    'education[0].proof',
    'variants/diploma-other-school.jpg',
  ),
  'document/certificate-name:default': deep(
    'qualifications.accounting[0].proof',
    'variants/certificate-other-name.jpg',
  ),
  'document/id-card-number:default': deep(
    'basic.id_card.front',
    'variants/idcard-front-other-number.jpg',
  ),
  'document/id-card-name:default': deep(
    'basic.id_card.front',
    'variants/idcard-front-other-name.jpg',
  ),
  'document/id-card-expired:default': deep(
    'basic.id_card.back',
    'variants/idcard-back-expired.jpg',
  ),
};

const ids = Object.entries(CATALOG)
  .filter(([rule]) => !(rule in DATA_TEXT))
  .flatMap(([rule, text]) => Object.keys(text.messages).map((id) => `${rule}:${id}`));

describe('every message outside the data sections', () => {
  it('has a case, and every case names a message that exists', () => {
    expect(ids.filter((id) => !(id in CASES))).toEqual([]);
    expect(Object.keys(CASES).filter((id) => !ids.includes(id))).toEqual([]);
  });

  it.each(ids)('%s is produced, and renders every placeholder in zh and en', (id) => {
    const make = CASES[id];
    expect(make, `no case for ${id}`).toBeDefined();
    const { findings } = make!();
    expect(findings.map((f) => `${f.rule}:${f.messageId}`)).toContain(id);
    for (const f of findings)
      for (const lang of LANGS) {
        const { message, hint } = renderMessage(f, { lang, showPii: false });
        expect(`${message} ${hint}`, `${f.rule}:${f.messageId} (${lang})`).not.toMatch(/\{\w+\}/);
      }
  });
});
