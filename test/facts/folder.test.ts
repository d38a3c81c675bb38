import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, constants as fsc, openSync, writeFileSync } from 'node:fs';
import { readFile, rename, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runRules } from '../../src/engine/run.js';
import { listFolder, openInFolder, probeFile, readInFolder } from '../../src/facts/folder.js';
import { gatherImageFacts } from '../../src/facts/image.js';
import { loadProfile } from '../../src/facts/profile.js';
import { RULES } from '../../src/rules/index.js';
import { codes } from '../helpers.js';
import { basicProfile, factsOf, fixture, makeFolder, tempDir } from '../image-fixtures.js';

const SECRET = 'TOPSECRET-not-the-applicants\n';
/** The first bytes of SECRET as file/corrupt would print them (`54 4F 50 53 …`). */
const SECRET_HEAD = /54 4F 50 53/i;

/** A folder outside the applicant folder, holding a secret text file and a real photo. */
async function outsideFolder(): Promise<string> {
  const outside = await tempDir();
  await writeFile(path.join(outside, 'secret.jpg'), SECRET);
  await writeFile(path.join(outside, 'photo.jpg'), await readFile(fixture('photo.jpg')));
  return outside;
}

function mkfifo(file: string): boolean {
  try {
    execFileSync('mkfifo', [file]);
    return true;
  } catch {
    return false;
  }
}

/** A reader blocked in open() on a FIFO is released when a writer opens it. */
const fifos: string[] = [];
afterEach(() => {
  for (const f of fifos.splice(0))
    try {
      closeSync(openSync(f, fsc.O_WRONLY | fsc.O_NONBLOCK));
    } catch {
      // nobody was waiting on it
    }
});

function within<T>(ms: number, promise: Promise<T>): Promise<T | 'timed out'> {
  return Promise.race([
    promise,
    new Promise<'timed out'>((resolve) => setTimeout(() => resolve('timed out'), ms).unref()),
  ]);
}

describe('reading only what is inside the applicant folder (issue 13 item 1)', () => {
  it('refuses a material reached through a sub-folder link that leaves the folder', async () => {
    const outside = await outsideFolder();
    const dir = await makeFolder(basicProfile('sub/photo.jpg', 'sub/secret.jpg', 'ok.jpg'), {
      sub: { link: outside },
      'ok.jpg': 'scan.jpg',
    });
    const facts = await factsOf(dir);
    for (const name of ['sub/photo.jpg', 'sub/secret.jpg']) {
      expect(facts.files.get(name)!.access).toEqual({
        status: 'unreadable',
        reason: 'outside-link',
      });
      expect(facts.files.get(name)!.image).toBeUndefined();
    }
    expect(facts.files.get('ok.jpg')!.access.status).toBe('ok');
    const result = runRules(facts, RULES);
    expect(codes(result)).toContain('file/unreadable:outside-link@sub/secret.jpg');
    expect(JSON.stringify(result.findings)).not.toMatch(SECRET_HEAD);
  });

  it('follows links that stay inside, by their real path', async () => {
    const dir = await makeFolder(basicProfile('in/p.jpg', 'link.jpg', 'b.jpg'), {
      real: { dir: true },
      in: { link: 'real' },
      'b.jpg': 'scan.jpg',
      'link.jpg': { link: 'b.jpg' },
    });
    await writeFile(path.join(dir, 'real/p.jpg'), await readFile(fixture('photo.jpg')));
    expect(await probeFile(dir, 'in/p.jpg')).toMatchObject({ status: 'ok' });
    expect(await probeFile(dir, 'link.jpg')).toMatchObject({ status: 'ok' });
    // The applicant folder may itself be reached through a link.
    const alias = path.join(await tempDir(), 'alias');
    await symlink(dir, alias);
    expect(await probeFile(alias, 'in/p.jpg')).toMatchObject({ status: 'ok' });
  });

  it('tells missing, broken links, ../ paths, folders and absolute paths apart', async () => {
    const dir = await makeFolder(basicProfile('p.jpg'), {
      broken: { link: 'nowhere.jpg' },
      folder: { dir: true },
    });
    expect(await probeFile(dir, 'gone.jpg')).toEqual({ status: 'missing' });
    expect(await probeFile(dir, 'folder/gone.jpg')).toEqual({ status: 'missing' });
    expect(await probeFile(dir, 'broken')).toMatchObject({ reason: 'broken-link' });
    expect(await probeFile(dir, 'folder')).toMatchObject({ reason: 'directory' });
    expect(await probeFile(dir, '../x.jpg')).toMatchObject({ reason: 'outside-link' });
    expect(await probeFile(dir, '/etc/passwd')).toMatchObject({ reason: 'outside-link' });
  });

  it('reads a file only through a handle opened on its real path', async () => {
    const outside = await outsideFolder();
    const dir = await makeFolder(basicProfile('p.jpg'), { sub: { link: outside } });
    await writeFile(path.join(dir, 'note.txt'), 'inside');
    const inside = await readInFolder(dir, 'note.txt');
    expect(inside.access.status).toBe('ok');
    expect(inside.bytes?.toString()).toBe('inside');
    const refused = await readInFolder(dir, 'sub/secret.jpg');
    expect(refused).toEqual({ access: { status: 'unreadable', reason: 'outside-link' } });
    const opened = await openInFolder(dir, 'note.txt');
    expect(opened.access.status).toBe('ok');
    await opened.handle?.close();
  });

  it('refuses a profile.yaml that links outside the folder', async () => {
    const outside = await outsideFolder();
    await writeFile(path.join(outside, 'profile.yaml'), 'scope: 3\nbasic:\n  name: 外人\n');
    const dir = await tempDir();
    await symlink(path.join(outside, 'profile.yaml'), path.join(dir, 'profile.yaml'));
    const profile = await loadProfile(dir);
    expect(profile).toMatchObject({
      status: 'unusable',
      file: 'profile.yaml',
      problems: [{ kind: 'parse', messageId: 'outside-link' }],
    });
  });
});

describe('special files (issue 13 item 10)', () => {
  it('a FIFO is "special" at once, never waited on', async () => {
    const dir = await makeFolder(basicProfile('p.jpg'), {});
    const fifo = path.join(dir, 'p.jpg');
    if (!mkfifo(fifo)) return void console.warn('skipped: mkfifo is not available');
    fifos.push(fifo);
    expect(await within(3000, probeFile(dir, 'p.jpg'))).toMatchObject({ reason: 'special' });
    expect(await within(3000, readInFolder(dir, 'p.jpg'))).toMatchObject({
      access: { reason: 'special' },
    });
  });

  it('a material swapped for a FIFO after the check does not block the image reader', async () => {
    const dir = await makeFolder(basicProfile('p.jpg'), {});
    const fifo = path.join(dir, 'p.jpg');
    if (!mkfifo(fifo)) return void console.warn('skipped: mkfifo is not available');
    fifos.push(fifo);
    // The probe said "a regular file of 50 000 bytes"; by the time of the read it is a FIFO.
    const facts = await within(
      3000,
      gatherImageFacts(fifo, { size: 50_000, roles: new Set(['photo']) }),
    );
    expect(facts).not.toBe('timed out');
    expect(facts).toMatchObject({ format: 'unknown', head: '' });
  });

  it('a file swapped for a FIFO after it was opened is still read whole, through the handle', async () => {
    if (!existsSync('/proc/self/fd'))
      return void console.warn('skipped: no /proc/self/fd here; libvips reopens the real path');
    const dir = await makeFolder(basicProfile('p.jpg'), { 'p.jpg': 'photo.jpg' });
    const file = path.join(dir, 'p.jpg');
    const opened = await openInFolder(dir, 'p.jpg');
    if (!opened.handle) throw new Error('not opened');
    try {
      await rename(file, path.join(dir, 'moved.jpg'));
      if (!mkfifo(file)) return void console.warn('skipped: mkfifo is not available');
      fifos.push(file);
      const facts = await within(
        5000,
        gatherImageFacts(file, { size: opened.access.size, roles: new Set(['photo']), opened }),
      );
      expect(facts).not.toBe('timed out');
      expect(facts).toMatchObject({ format: 'jpeg', header: { width: expect.any(Number) } });
      expect(facts === 'timed out' ? undefined : facts.pixels).toBeDefined();
    } finally {
      await opened.handle.close();
    }
  });

  it('a profile.yaml that is a FIFO is a finding, not a hang', async () => {
    const dir = await tempDir();
    const fifo = path.join(dir, 'profile.yaml');
    if (!mkfifo(fifo)) return void console.warn('skipped: mkfifo is not available');
    fifos.push(fifo);
    expect(await within(3000, loadProfile(dir))).toMatchObject({
      status: 'unusable',
      problems: [{ messageId: 'special' }],
    });
  });
});

describe('listing the folder (issue 13 item 15)', () => {
  it('lists 20 000 entries, sorted, fast, and finds the second candidate photo', async () => {
    const dir = await makeFolder('scope: 3\n', {});
    for (let i = 0; i < 20_000; i++)
      writeFileSync(path.join(dir, `junk-${String(i).padStart(5, '0')}.txt`), '');
    await writeFile(path.join(dir, 'zz-证件照-1.jpg'), await readFile(fixture('photo.jpg')));
    await writeFile(path.join(dir, 'zz-证件照-2.jpg'), await readFile(fixture('photo.jpg')));
    const started = performance.now();
    const listing = await listFolder(dir);
    const ms = performance.now() - started;
    expect(listing.entries).toHaveLength(20_003);
    expect(listing.problem).toBeUndefined();
    const names = listing.entries.map((e) => e.name);
    expect(names).toEqual([...names].sort());
    // Measured at 130–390 ms on the shared 2-core machine (1.4 s for 120 000); generous for CI.
    expect(ms).toBeLessThan(3000);
    const facts = await factsOf(dir);
    expect(codes(runRules(facts, RULES))).toContain('material/ambiguous:default@basic.photo');
  });

  it('a folder that cannot be listed is a problem of the listing, not a throw', async () => {
    const dir = await makeFolder('scope: 3\n', {});
    // As root no permission stops opendir; a file in place of the folder fails it the same way.
    const listing = await listFolder(path.join(dir, 'profile.yaml'));
    expect(listing).toEqual({
      entries: [],
      problem: { kind: 'unreadable', reason: 'io', detail: 'ENOTDIR' },
    });
  });

  it('past the bound: the first names in sorted order, and a finding with the count', async () => {
    const dir = await makeFolder('scope: 3\n', {});
    for (let i = 0; i < 150; i++)
      writeFileSync(path.join(dir, `f-${String(i).padStart(3, '0')}.txt`), '');
    const listing = await listFolder(dir, { max: 100 });
    expect(listing.entries).toHaveLength(100);
    expect(listing.entries[0]!.name).toBe('f-000.txt');
    expect(listing.entries.at(-1)!.name).toBe('f-099.txt');
    expect(listing.problem).toEqual({ kind: 'too-large', count: 151, max: 100 });
  });
});
