import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFacts } from '../../src/facts/build.js';
import { collectFacts, diskFolder } from '../../src/facts/collect.js';
import type { ImageFacts } from '../../src/facts/image-types.js';
import { memoryFolder, type MemoryFile } from '../../src/facts/memory-source.js';
import type { FolderSource, ImageRequest } from '../../src/facts/source.js';
import type { Facts } from '../../src/facts/types.js';
import { basicProfile, fixture, makeFolder, tempDir } from '../image-fixtures.js';

const TODAY = { today: '2026-11-26', needs: new Set<'images'>() };
const WITH_IMAGES = { today: '2026-11-26', needs: new Set(['images'] as const) };

/** What two sources must agree on (the disk's target is a path, memory's a name). */
function comparable(facts: Facts) {
  // `locate` is a function per parse: compared by its answers instead.
  const profile = { ...facts.profile, locate: undefined };
  return { ...facts, target: undefined, profile, files: [...facts.files.entries()] };
}

describe('buildFacts on a folder in memory', () => {
  const profile = basicProfile('证件照.jpg', 'front.jpg', 'missing-back.jpg');
  const files = new Map<string, MemoryFile>([
    ['证件照.jpg', { access: { status: 'ok', size: 40_000 } }],
    ['front.jpg', { access: { status: 'ok', size: 70_000 } }],
    ['身份证反面.jpg', { access: { status: 'ok', size: 0 } }],
  ]);
  const entries = [...files.keys()].sort().map((name) => ({ name, kind: 'file' as const }));
  const source = memoryFolder({ target: 'mem', profile, entries, files });

  it('gives facts at once, frozen, with the files the materials name', () => {
    const facts = buildFacts(source, TODAY);
    expect(facts).not.toBeInstanceOf(Promise);
    expect(Object.isFrozen(facts)).toBe(true);
    expect(Object.isFrozen(facts.materials[0])).toBe(true);
    expect(facts.profile.status).toBe('ok');
    expect(facts.target).toBe('mem');
    expect(facts.folderTruncated).toBe(false);
    expect([...facts.files.values()]).toEqual([
      { name: '证件照.jpg', access: { status: 'ok', size: 40_000 } },
      { name: 'front.jpg', access: { status: 'ok', size: 70_000 } },
      { name: 'missing-back.jpg', access: { status: 'missing' } },
    ]);
  });

  it('a folder without a profile has a missing profile, and its materials are found by name', () => {
    const facts = buildFacts(memoryFolder({ target: 'mem', entries, files }), TODAY);
    expect(facts.profile).toEqual({ status: 'missing' });
    expect(facts.materials.find((m) => m.material === 'photo')?.files).toEqual(['证件照.jpg']);
  });

  it('does not freeze what the caller handed in', () => {
    buildFacts(source, TODAY);
    expect(Object.isFrozen(entries)).toBe(false);
  });
});

describe('buildFacts asks for images only when a rule needs them', () => {
  /** A synchronous source that records what it was asked. */
  function spy(): { source: FolderSource<true>; asked: ImageRequest[][] } {
    const asked: ImageRequest[][] = [];
    const image = { format: 'jpeg' } as unknown as ImageFacts;
    const inner = memoryFolder({
      target: 'mem',
      profile: `${basicProfile('p.jpg', 'front.jpg', 'back.jpg')}work:\n  - proof: p.jpg\n`,
      entries: [],
      files: new Map<string, MemoryFile>([
        ['p.jpg', { access: { status: 'ok', size: 10 }, image }],
        ['front.jpg', { access: { status: 'ok', size: 0 }, image }],
        ['back.jpg', { access: { status: 'unreadable', reason: 'special' }, image }],
      ]),
    });
    return {
      asked,
      source: {
        ...inner,
        gatherImages: (requests) => {
          asked.push([...requests]);
          return inner.gatherImages(requests);
        },
      },
    };
  }

  it('never, when no rule reads images', () => {
    const { source, asked } = spy();
    buildFacts(source, TODAY);
    expect(asked).toEqual([]);
  });

  it('for readable, non-empty files, with every role their materials give them', () => {
    const { source, asked } = spy();
    const facts = buildFacts(source, WITH_IMAGES);
    expect(asked).toEqual([[{ name: 'p.jpg', roles: new Set(['photo', 'attachment']) }]]);
    expect(facts.files.get('p.jpg')?.image).toBeDefined();
    expect(facts.files.get('front.jpg')?.image).toBeUndefined();
    expect(facts.files.get('back.jpg')?.image).toBeUndefined();
  });
});

describe('buildFacts on the disk', () => {
  it('gives the same facts as the same folder in memory', async () => {
    const profile = basicProfile('证件照.jpg', 'front.jpg', 'absent.jpg');
    const dir = await makeFolder(profile, { '证件照.jpg': 'photo.jpg', 'front.jpg': 'scan.jpg' });
    await mkdir(path.join(dir, 'sub'));
    const onDisk = await buildFacts(diskFolder(dir), TODAY);
    const size = async (name: string) => (await readFile(path.join(dir, name))).length;
    const files = new Map<string, MemoryFile>([
      ['证件照.jpg', { access: { status: 'ok', size: await size('证件照.jpg') } }],
      ['front.jpg', { access: { status: 'ok', size: await size('front.jpg') } }],
    ]);
    const inMemory = buildFacts(
      memoryFolder({ target: dir, profile, entries: onDisk.folder, files }),
      TODAY,
    );
    expect(onDisk.target).toBe(dir);
    expect(comparable(onDisk)).toEqual(comparable(inMemory));
    expect(onDisk.profile.status === 'ok' && onDisk.profile.locate('basic.photo')).toEqual(
      inMemory.profile.status === 'ok' && inMemory.profile.locate('basic.photo'),
    );
  });

  it('reads through the folder door: a link out of the folder is refused, its image not read', async () => {
    const outside = await tempDir();
    await writeFile(path.join(outside, 'photo.jpg'), await readFile(fixture('photo.jpg')));
    const dir = await makeFolder(basicProfile('p.jpg'), {});
    await symlink(path.join(outside, 'photo.jpg'), path.join(dir, 'p.jpg'));
    const facts = await collectFacts(dir, WITH_IMAGES);
    expect(facts.files.get('p.jpg')).toEqual({
      name: 'p.jpg',
      access: { status: 'unreadable', reason: 'outside-link' },
    });
  });

  it('gathers image facts of readable files, opened again through the door', async () => {
    const dir = await makeFolder(basicProfile('p.jpg'), { 'p.jpg': 'photo.jpg' });
    const facts = await buildFacts(diskFolder(dir, { filesInFlight: 1 }), WITH_IMAGES);
    expect(facts.files.get('p.jpg')?.image).toMatchObject({ format: 'jpeg' });
    expect(Object.isFrozen(facts.files.get('p.jpg')?.image)).toBe(true);
  });
});

it('a synchronous source that answers later is a programming error, not wrong facts', () => {
  const inner = memoryFolder({ target: 'mem', entries: [], files: new Map() });
  const late = { ...inner, list: () => Promise.resolve(inner.list()) };
  expect(() => buildFacts(late as unknown as FolderSource<true>, TODAY)).toThrow(/synchronous/);
});
